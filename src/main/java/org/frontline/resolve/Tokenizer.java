package org.frontline.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into words, keeping hyphenated and apostrophised names whole (Ivano-Frankivsk, Vil'khuvatka)
 * and cutting possessives off (Kyiv's → Kyiv), with offsets into the article text.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokens(String text, int from, int to) {
        // the sentence's chars copied once: every char is tested at least once, and String.charAt pays a bounds
        // check and a test of the string's coding (Latin-1 or UTF-16) each time
        char[] cs = new char[to - from];
        text.getChars(from, to, cs, 0);
        int n = cs.length;
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!letterOrDigit(cs[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char d = cs[i];
                if (letterOrDigit(d)) {
                    i++;
                } else if (isJoiner(d) && i + 1 < n && Character.isLetter(cs[i + 1])) {
                    i++;
                } else {
                    break;
                }
            }
            int end = trimPossessive(cs, start, i);
            out.add(new Token(text, from + start, from + end));
        }
        return out;
    }

    /** {@link Character#isLetterOrDigit(char)}, answered without a table lookup for ASCII, most of the text. */
    private static boolean letterOrDigit(char c) {
        if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
    }

    private static int trimPossessive(char[] cs, int start, int end) {
        if (end - start > 3) {
            char apostrophe = cs[end - 2];
            char s = cs[end - 1];
            if ((s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '’' || apostrophe == 'ʼ')) return end - 2;
        }
        return end;
    }
}
