package org.frontline.ingest;

/** One line of an article with its offsets (end excludes the line break). */
record Line(int index, int start, int end, String text) {
    boolean blank() {
        return text.isBlank();
    }

    int words() {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }

    /** Ends like prose: a full stop, a question, an exclamation, or a closing quote after one. */
    boolean endsLikeProse() {
        String t = text.strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        return ".!?".indexOf(last) >= 0 || ("\"”’'".indexOf(last) >= 0 && t.length() > 1 && ".!?,".indexOf(t.charAt(t.length() - 2)) >= 0);
    }

    static java.util.List<Line> split(String text) {
        java.util.List<Line> lines = new java.util.ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(new Line(lines.size(), start, end, text.substring(start, end)));
                start = i + 1;
            }
        }
        return lines;
    }
}
