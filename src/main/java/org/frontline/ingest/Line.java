package org.frontline.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of an article with its offsets (end excludes the line break). The word count and the prose ending are
 * computed once when the line is cut: chrome detection and sentence splitting ask for them several times a line.
 * {@code words} is counted up to {@link #MANY_WORDS}: no rule asks about more than 20 words, and a line of prose
 * need not be read to its end.
 */
record Line(int index, int start, int end, String text, int words, boolean endsLikeProse) {
    /** The word count of a line with this many words or more. */
    static final int MANY_WORDS = 21;

    boolean blank() {
        return words == 0;
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        // the words are counted over one copy of the article's chars: String.charAt pays a bounds check and a test
        // of the string's coding (Latin-1 or UTF-16, which one curly quote makes of the whole text) for every char
        char[] cs = text.toCharArray();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int i = text.indexOf('\n', start);
            if (i < 0) i = n;
            int end = i > start && cs[i - 1] == '\r' ? i - 1 : i;
            String line = text.substring(start, end);
            lines.add(new Line(lines.size(), start, end, line, words(cs, start, end), endsLikeProse(line)));
            start = i + 1;
        }
        return lines;
    }

    private static int words(char[] cs, int from, int to) {
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to && n < MANY_WORDS; i++) {
            boolean space = isWhitespace(cs[i]);
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
        // the line stripped of surrounding whitespace is text[begin, end), without copying it
        int end = text.length();
        while (end > 0 && isWhitespace(text.charAt(end - 1))) end--;
        int begin = 0;
        while (begin < end && isWhitespace(text.charAt(begin))) begin++;
        if (begin == end) return false;
        char last = text.charAt(end - 1);
        return ".!?".indexOf(last) >= 0 || ("\"”’'".indexOf(last) >= 0 && end - begin > 1 && ".!?,".indexOf(text.charAt(end - 2)) >= 0);
    }
}
