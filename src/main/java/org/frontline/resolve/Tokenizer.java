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
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!letterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < to) {
                char d = text.charAt(i);
                if (letterOrDigit(d)) {
                    i++;
                } else if (isJoiner(d) && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            int end = trimPossessive(text, start, i);
            out.add(new Token(text, start, end));
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

    private static int trimPossessive(String text, int start, int end) {
        if (end - start > 3) {
            char apostrophe = text.charAt(end - 2);
            char s = text.charAt(end - 1);
            if ((s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '’' || apostrophe == 'ʼ')) return end - 2;
        }
        return end;
    }
}
