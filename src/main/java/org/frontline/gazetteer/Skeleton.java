package org.frontline.gazetteer;

/**
 * The romanisation-blind "skeleton" of a folded Latin name, so that the Ukrainian and Russian forms of a name
 * and the older English spellings meet: Kharkiv/Kharkov/Harkov, Hostomel/Gostomel, Kupiansk/Kupyansk,
 * Balakliia/Balakliya/Balakleya, Chuhuiv/Chuhuyiv/Chuguev, Zaporizhzhia/Zaporozhye, Kyiv/Kiev,
 * Chornobyl/Chernobyl, Odesa/Odessa.
 *
 * <p>Rules, in order: spaces go (Ivano Frankivsk = Ivanofrankivsk); digraphs become one token (shch/sch, zh, kh,
 * ch, sh, tch); h, kh and g are one sound class (Ukrainian г is h, Russian г is g, and English writers drop the
 * k of kh); j is a vowel (Kyjiv); w is v; an initial "vu" before a consonant is "u" (Vuhledar/Ugledar). Every
 * run of vowels (y included) becomes one class token — A if it holds an a (ia, ya, iia, iya, eya), U if it holds
 * a u (iu, yu, ui, ue), otherwise I (i, y, yi, ii, e, ie, o: Ukrainian i for Russian o/e) — and a run that ends
 * the name becomes an ending token of its grammatical class: -a/-ia/-ya/-iia/-eya, -u/-iu, -y/-i/-yi, and
 * -e/-o/-ye/-oye. Doubled tokens collapse (Odessa, zhzh); English "th" is a token of its own.
 * The skeleton is deliberately lenient; matches through it are reported as {@link MatchKind#VARIANT}, never
 * EXACT, and only names with at least {@link #MIN_TOKENS} tokens take part, so short names do not collide.
 */
final class Skeleton {
    static final int MIN_TOKENS = 5;

    private Skeleton() {
    }

    /** The skeleton of a folded Latin key, or null when the key is not Latin or too short to be distinctive. */
    static String of(String key) {
        // one pass over the characters and no intermediate strings: the index takes the skeleton of every
        // distinct name (~240k) at load, much of it before the JIT has compiled anything
        char[] s = lettersOf(key);
        if (s == null) {
            return null;
        }
        int n = s.length;
        int i = n > 2 && s[0] == 'v' && s[1] == 'u' && !isVowel(s[2]) ? 1 : 0; // Vuhledar = Uhledar
        char[] t = new char[2 * n];
        int len = 0;
        while (i < n) {
            char c = s[i];
            if (isVowel(c)) {
                boolean hasA = false;
                boolean hasU = false;
                while (i < n && isVowel(s[i])) {
                    hasA |= s[i] == 'a';
                    hasU |= s[i] == 'u';
                    i++;
                }
                // endings keep the grammar apart: -a/-ia/-ya/-iia/-eya (feminine, Balakliia), -y/-i/-yi (plural,
                // Pryluky/Priluki), -e/-o/-ye/-oye (neuter, Rubizhne/Rubezhnoye): Turka is no Turkey, Druzhba no
                // Druzhby, Zakharovo no Zakharova, Udovychenky no Udovichenko
                char lastVowel = s[i - 1];
                t[len++] = i < n ? (hasA ? 'A' : hasU ? 'U' : 'I')
                        : hasA ? '&' : hasU ? '%' : lastVowel == 'y' || lastVowel == 'i' || lastVowel == 'j' ? '@' : '$';
                continue;
            }
            char next = i + 1 < n ? s[i + 1] : 0;
            char tok = c;
            int used = 1;
            switch (c) {
                case 's' -> {
                    if (next == 'h' && at(s, i + 2, 'c') && at(s, i + 3, 'h')) {
                        tok = 'S'; // shch
                        used = 4;
                    } else if (next == 'c' && at(s, i + 2, 'h')) {
                        tok = 'S'; // sch
                        used = 3;
                    } else if (next == 'h' || next == 'z') {
                        tok = 'S'; // sh, sz
                        used = 2;
                    }
                }
                case 't' -> {
                    if (next == 'c' && at(s, i + 2, 'h')) {
                        tok = 'C'; // tch
                        used = 3;
                    } else if (next == 'h') {
                        tok = 'T'; // English, never Ukrainian or Russian romanisation: they're/there stay away from Tkhory
                        used = 2;
                    }
                }
                case 'z' -> {
                    if (next == 'h') {
                        tok = 'Z';
                        used = 2;
                    }
                }
                case 'k' -> {
                    if (next == 'h') {
                        tok = 'G';
                        used = 2;
                    }
                }
                case 'g' -> {
                    tok = 'G';
                    used = next == 'h' ? 2 : 1;
                }
                case 'c' -> {
                    tok = 'C';
                    used = next == 'h' || next == 'z' ? 2 : 1;
                }
                case 'h' -> tok = 'G';
                case 'w' -> tok = 'v';
                case 'q' -> tok = 'k';
                case 'x' -> {
                    len = append(t, len, 'k');
                    tok = 's';
                }
                default -> {
                }
            }
            len = append(t, len, tok);
            i += used;
        }
        return len >= MIN_TOKENS ? new String(t, 0, len) : null;
    }

    /** The key's characters without its spaces, or null when it is not a Latin key (see NameFolder.isLatinKey). */
    private static char[] lettersOf(String key) {
        int n = key.length();
        if (n == 0) {
            return null;
        }
        char[] s = new char[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                s[len++] = c;
            } else if (c != ' ') {
                return null;
            }
        }
        return len == n ? s : java.util.Arrays.copyOf(s, len);
    }

    private static boolean at(char[] s, int i, char c) {
        return i < s.length && s[i] == c;
    }

    /** Appends a token unless it doubles the last one: Odessa = Odesa, Zaporizhzhia = Zaporizhia. */
    private static int append(char[] t, int len, char tok) {
        if (len > 0 && t[len - 1] == tok) {
            return len;
        }
        t[len] = tok;
        return len + 1;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'j';
    }
}
