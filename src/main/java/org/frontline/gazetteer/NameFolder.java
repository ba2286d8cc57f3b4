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
        if (ascii != null) {
            return ascii;
        }
        String table = foldTable(name);
        return table != null ? table : foldUnicode(name);
    }

    /** Separator marker in {@link #LATIN}: the character splits words. */
    private static final String SEPARATOR = " ";
    /** Folded form of every Latin-script character up to U+024F, computed once with the ICU path. */
    private static final String[] LATIN = new String[0x250];
    /** The same for the Cyrillic block: й and ї stay, ё becomes е, ў becomes у. */
    private static final String[] CYRILLIC = new String[0x100];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            if (isApostrophe(c)) {
                LATIN[c] = "";
                continue;
            }
            String f = foldUnicode(String.valueOf(c));
            LATIN[c] = f.isEmpty() && !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK
                    ? SEPARATOR : f;
        }
        for (char c = 0x0400; c <= 0x04FF; c++) {
            String f = foldUnicode(String.valueOf(c));
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            CYRILLIC[c - 0x0400] = f.isEmpty() && !Character.isLetter(c) && !mark ? SEPARATOR : f;
        }
    }

    /**
     * Second fast path, for Latin with diacritics (Vil’khuvatka, Kramators’k, Zaporižžja) and for Cyrillic: a table
     * per character (filled by the ICU path, so both paths agree) instead of the normaliser. Returns null for
     * anything else (other scripts, combining marks), which then takes the ICU path.
     */
    private static String foldTable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String mapped;
            if (c < LATIN.length) {
                mapped = LATIN[c];
            } else if (c >= 0x0400 && c <= 0x04FF) {
                mapped = CYRILLIC[c - 0x0400];
            } else if (isApostrophe(c)) {
                continue;
            } else if (c == 0x2013 || c == 0x2014 || c == 0x2010 || c == 0x2011 || c == 0x00A0) {
                mapped = SEPARATOR; // dashes, non-breaking space
            } else {
                return null;
            }
            if (mapped == SEPARATOR) {
                pendingSpace = true;
            } else if (!mapped.isEmpty()) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(mapped);
            }
        }
        return out.toString();
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
        StringBuilder noApostrophes = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isApostrophe(s.charAt(i))) { // before NFKD, which turns ´ into a space and a combining accent
                noApostrophes.append(s.charAt(i));
            }
        }
        String d = NFKD.normalize(noApostrophes.toString().toLowerCase(Locale.ROOT));
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
