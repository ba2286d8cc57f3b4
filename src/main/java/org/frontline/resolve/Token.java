package org.frontline.resolve;

/** A word of the text with its offsets; a possessive ending ('s, ’s) is left outside the token. */
record Token(int start, int end, String text) {
    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** NATO, SWIFT, US: acronyms name organisations and countries, not settlements. */
    boolean acronym() {
        if (text.length() < 2) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLetter(c) && !Character.isUpperCase(c)) return false;
        }
        return true;
    }
}
