package org.frontline.ingest;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits article body into sentences with offsets into the original text, using ICU's sentence rules with the
 * English abbreviation exceptions (Mr., U.S., Gen.) so that titles do not cut sentences.
 */
final class SentenceSplitter {
    private static final ULocale ENGLISH_WITH_EXCEPTIONS = new ULocale("en@ss=standard");
    /**
     * One iterator per thread, pointed at each line in turn: building one (rules, exception trie) costs more than
     * splitting a short article, and an iterator holds its text, so threads cannot share one.
     */
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ENGLISH_WITH_EXCEPTIONS));

    List<Sentence> split(String text, List<Line> lines, List<TextRange> chrome) {
        List<Sentence> out = new ArrayList<>();
        BreakIterator it = ITERATOR.get();
        int paragraph = -1;
        boolean previousBlank = true;
        for (Line line : lines) {
            if (line.blank()) {
                previousBlank = true;
                continue;
            }
            if (isChrome(line, chrome)) continue;
            // Each non-blank line is a block in these captures (live blogs put one paragraph a line), so a new line
            // always starts a new paragraph; blank lines only make the break more certain.
            paragraph++;
            previousBlank = false;
            boolean heading = line.words() <= 20 && !line.endsLikeProse();
            it.setText(line.text());
            int s = it.first();
            for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                int start = line.start() + s;
                int end = line.start() + e;
                while (start < end && isLead(text.charAt(start))) start++;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
                if (end <= start) continue;
                out.add(new Sentence(out.size(), paragraph, start, end, text.substring(start, end), heading));
            }
        }
        return out;
    }

    private static boolean isLead(char c) {
        return Character.isWhitespace(c) || c == '•' || c == '-' || c == '*' || c == '–' || c == '\u00a0';
    }

    private static boolean isChrome(Line line, List<TextRange> chrome) {
        for (TextRange r : chrome) {
            if (r.start() <= line.start() && line.end() <= r.end()) return true;
        }
        return false;
    }
}
