package org.frontline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.frontline.ingest.Article;

/** SHA-256 of an article's publication date and text: the same report sent twice is stored once. */
final class ContentHash {
    private ContentHash() {
    }

    static String of(Article a) {
        return of(a.published(), a.text());
    }

    static String of(java.time.LocalDate published, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(published.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
