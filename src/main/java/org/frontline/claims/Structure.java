package org.frontline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.ingest.PreparedArticle;
import org.frontline.ingest.Sentence;

/**
 * The entries of an article: in a live blog each entry title (a heading) opens an entry that runs to the next
 * title, and attribution, hedging and "the site" reach across the entry's paragraphs but never into the next entry.
 * An article with fewer than two headings is no live blog; there each paragraph is its own entry, so that a
 * "could not verify" in one paragraph does not hedge the whole article.
 *
 * <p>Photo captions ("... [Reuters]") are neither headings nor claims: they describe a picture, often an older one,
 * and carry no date of their own.
 */
final class Structure {
    private static final Pattern CAPTION = Pattern.compile(
            "\\[[^\\]]*(?:/|Photo|Reuters|AFP|AP\\b|EPA|Getty|File|Al Jazeera)[^\\]]*\\]\\s*$");

    record Unit(Sentence sentence, int entry, boolean heading, boolean caption) {
    }

    private final List<Unit> units = new ArrayList<>();
    /** The units of each entry, by entry number: attribution and "the site" ask for them sentence after sentence. */
    private final List<List<Unit>> entries = new ArrayList<>();

    Structure(PreparedArticle article) {
        List<Sentence> body = new ArrayList<>();
        for (Sentence s : article.sentences()) if (!article.isChrome(s.start())) body.add(s);
        boolean[] captions = new boolean[body.size()];
        int headings = 0;
        for (int i = 0; i < body.size(); i++) {
            captions[i] = isCaption(body.get(i));
            if (body.get(i).heading() && !captions[i]) headings++;
        }
        boolean blog = headings >= 2;
        int entry = -1;
        int lastParagraph = Integer.MIN_VALUE;
        for (int i = 0; i < body.size(); i++) {
            Sentence s = body.get(i);
            boolean caption = captions[i];
            boolean heading = s.heading() && !caption;
            if (blog ? heading || entry < 0 : s.paragraph() != lastParagraph) entry++;
            lastParagraph = s.paragraph();
            units.add(new Unit(s, entry, heading && blog, caption));
        }
        for (Unit u : units) {
            while (entries.size() <= u.entry()) entries.add(new ArrayList<>());
            entries.get(u.entry()).add(u);
        }
        entries.replaceAll(List::copyOf);
    }

    static boolean isCaption(Sentence s) {
        // a caption ends in a bracket: most sentences have none, and the pattern would try every position
        return s.text().indexOf(']') >= 0 && CAPTION.matcher(s.text()).find();
    }

    List<Unit> units() {
        return units;
    }

    List<Unit> entry(int entry) {
        return entry >= 0 && entry < entries.size() ? entries.get(entry) : List.of();
    }

    Unit heading(int entry) {
        for (Unit u : entry(entry)) if (u.heading()) return u;
        return null;
    }
}
