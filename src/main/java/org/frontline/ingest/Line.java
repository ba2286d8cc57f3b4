package org.frontline.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of an article with its offsets (end excludes the line break). The word count and the prose ending are
 * computed once when the line is cut: chrome detection and sentence splitting ask for them several times a line.
 */
record Line(int index, int start, int end, String text, int words, boolean endsLikeProse) {
    boolean blank() {
        return words == 0;
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int i = text.indexOf('\n', start);
            if (i < 0) i = n;
            int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
            String line = text.substring(start, end);
            lines.add(new Line(lines.size(), start, end, line, words(line), endsLikeProse(line)));
            start = i + 1;
        }
        return lines;
    }

    private static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isWhitespace(text.charAt(i));
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }

    /**
     * {@link Character#isWhitespace(char)}, answered without the Unicode tables for ASCII: the library call goes
     * through a per-block lookup that the JIT does not inline once the text path has met non-Latin text.
     */
    static boolean isWhitespace(char c) {
        if (c < 128) return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f';
        return Character.isWhitespace(c);
    }

    /** Ends like prose: a full stop, a question, an exclamation, or a closing quote after one. */
    private static boolean endsLikeProse(String text) {
        String t = text.strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        return ".!?".indexOf(last) >= 0 || ("\"”’'".indexOf(last) >= 0 && t.length() > 1 && ".!?,".indexOf(t.charAt(t.length() - 2)) >= 0);
    }
}
