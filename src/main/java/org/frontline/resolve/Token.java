package org.frontline.resolve;

import java.util.Locale;

/**
 * A word of the text with its offsets; a possessive ending ('s, ’s) is left outside the token.
 *
 * <p>A view on the text rather than a copy: most words of a sentence are lower case and are only stepped over, so
 * the word is cut out (and lower-cased) only when the finder asks for it, and then once.
 */
final class Token {
    private final String source;
    private final int start;
    private final int end;
    private String text;
    private String lower;

    /** {@code source.substring(start, end)} is the word; never empty. */
    Token(String source, int start, int end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        if (text == null) text = source.substring(start, end);
        return text;
    }

    /** The word in lower case ({@link Locale#ROOT}), for the finder's word lists. */
    String lower() {
        if (lower == null) lower = text().toLowerCase(Locale.ROOT);
        return lower;
    }

    /**
     * A token starts with a letter or digit, never with half a surrogate pair, so its first char is its first code
     * point. ASCII (most words) is answered without the Unicode tables: its upper case letters are A to Z.
     */
    boolean capitalised() {
        char c = source.charAt(start);
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** NATO, SWIFT, US: acronyms name organisations and countries, not settlements. */
    boolean acronym() {
        if (end - start < 2) return false;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLetter(c) && !Character.isUpperCase(c)) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return text() + "@" + start;
    }
}
