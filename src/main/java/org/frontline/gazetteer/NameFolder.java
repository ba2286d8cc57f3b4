package org.frontline.gazetteer;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * Folds a written name to the key the index stores: lower case, diacritics removed, the apostrophe zoo
 * (' ’ ʼ ‘ ` ´ ʹ and the soft-sign primes transliterators emit) dropped, hyphens and punctuation turned into
 * single spaces. Cyrillic stays Cyrillic (with й/ї/ё folded like other diacritics) so Cyrillic alternates match
 * Cyrillic queries exactly; transliteration is a separate step ({@link Cyrillic}).
 */
final class NameFolder {
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

    private NameFolder() {
    }

    /** The folded key, or "" when the name holds no letters or digits. */
    static String fold(String name) {
        if (name == null) {
            return "";
        }
        String ascii = foldAscii(name);
        return ascii != null ? ascii : foldUnicode(name);
    }

    /**
     * Fast path for plain ASCII, the bulk of news text and of the lookups: one pass, no normaliser. Returns null
     * when the name has any non-ASCII character.
     */
    private static String foldAscii(String s) {
        int n = s.length();
        char[] out = new char[n];
        int len = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingSpace && len > 0) {
                    out[len++] = ' ';
                }
                pendingSpace = false;
                out[len++] = c;
            } else if (c == '\'' || c == '`' || c == '"') {
                // apostrophes mark soft signs or elision inside a word: Kup'yans'k = Kupyansk
            } else {
                pendingSpace = true;
            }
        }
        return new String(out, 0, len);
    }

    private static String foldUnicode(String s) {
        String d = NFKD.normalize(s.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(d.length());
        boolean pendingSpace = false;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || isApostrophe(cp)) {
                recomposeCyrillic(out, cp);
                continue;
            }
            String mapped = special(cp);
            if (mapped != null) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(mapped);
            } else if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /**
     * Й and Ї are letters of their own, not и/і with a diacritic: folding them away would turn Київ into кіів and
     * spoil its transliteration. (Ё is folded to е, as Russian text usually writes it.)
     */
    private static void recomposeCyrillic(StringBuilder out, int mark) {
        int last = out.length() - 1;
        if (last < 0) {
            return;
        }
        char prev = out.charAt(last);
        if (prev == 'и' && mark == 0x0306) {
            out.setCharAt(last, 'й');
        } else if (prev == 'і' && mark == 0x0308) {
            out.setCharAt(last, 'ї');
        }
    }

    static boolean isApostrophe(int cp) {
        return switch (cp) {
            case '\'', '`', '"', 0x2019, 0x2018, 0x02BC, 0x02BB, 0x02B9, 0x02BA, 0x00B4, 0x2032, 0x2033, 0x201C,
                    0x201D, 0x201E, 0x02EE, 0x0301, 0xFF07 -> true;
            default -> false;
        };
    }

    /** Latin letters NFKD does not decompose. */
    private static String special(int cp) {
        return switch (cp) {
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ' -> "d";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ı' -> "i";
            case 'ð' -> "d";
            case 'þ' -> "th";
            default -> null;
        };
    }

    static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0400 && c <= 0x052F) {
                return true;
            }
        }
        return false;
    }

    /** True when every letter is basic Latin a-z (after folding), i.e. the skeleton rules apply. */
    static boolean isLatinKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!((c >= 'a' && c <= 'z') || c == ' ' || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
