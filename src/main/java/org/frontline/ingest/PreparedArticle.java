package org.frontline.ingest;

import java.util.List;

/** An article with its page chrome marked and its body split into sentences. */
public record PreparedArticle(Article article, List<TextRange> chrome, List<Sentence> sentences) {
    public PreparedArticle {
        chrome = List.copyOf(chrome);
        sentences = List.copyOf(sentences);
    }

    public boolean isChrome(int offset) {
        for (TextRange r : chrome) if (r.contains(offset)) return true;
        return false;
    }
}
