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
        if (!NameFolder.isLatinKey(key)) {
            return null;
        }
        String s = key.replace(" ", "");
        if (s.length() > 2 && s.startsWith("vu") && !isVowel(s.charAt(2))) {
            s = s.substring(1);
        }
        StringBuilder t = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isVowel(c)) {
                boolean hasA = false;
                boolean hasU = false;
                while (i < n && isVowel(s.charAt(i))) {
                    char v = s.charAt(i);
                    hasA |= v == 'a';
                    hasU |= v == 'u';
                    i++;
                }
                // endings keep the grammar apart: -a/-ia/-ya/-iia/-eya (feminine, Balakliia), -y/-i/-yi (plural,
                // Pryluky/Priluki), -e/-o/-ye/-oye (neuter, Rubizhne/Rubezhnoye): Turka is no Turkey, Druzhba no
                // Druzhby, Zakharovo no Zakharova, Udovychenky no Udovichenko
                char lastVowel = s.charAt(i - 1);
                t.append(i < n ? (hasA ? 'A' : hasU ? 'U' : 'I')
                        : hasA ? '&' : hasU ? '%' : lastVowel == 'y' || lastVowel == 'i' || lastVowel == 'j' ? '@' : '$');
                continue;
            }
            char tok;
            int used = 1;
            if (s.startsWith("shch", i)) {
                tok = 'S';
                used = 4;
            } else if (s.startsWith("sch", i) || s.startsWith("tch", i)) {
                tok = s.charAt(i) == 's' ? 'S' : 'C';
                used = 3;
            } else if (s.startsWith("zh", i)) {
                tok = 'Z';
                used = 2;
            } else if (s.startsWith("kh", i) || s.startsWith("gh", i)) {
                tok = 'G';
                used = 2;
            } else if (s.startsWith("th", i)) {
                tok = 'T'; // English, never Ukrainian or Russian romanisation: they're/there stay away from Tkhory
                used = 2;
            } else if (s.startsWith("ch", i) || s.startsWith("cz", i)) {
                tok = 'C';
                used = 2;
            } else if (s.startsWith("sh", i) || s.startsWith("sz", i)) {
                tok = 'S';
                used = 2;
            } else {
                tok = switch (c) {
                    case 'h', 'g' -> 'G';
                    case 'w' -> 'v';
                    case 'q' -> 'k';
                    case 'c' -> 'C';
                    default -> c;
                };
                if (c == 'x') {
                    append(t, 'k');
                    tok = 's';
                }
            }
            append(t, tok);
            i += used;
        }
        return t.length() >= MIN_TOKENS ? t.toString() : null;
    }

    private static void append(StringBuilder t, char tok) {
        if (t.length() > 0 && t.charAt(t.length() - 1) == tok) {
            return; // doubled letters: Odessa = Odesa, Zaporizhzhia = Zaporizhia
        }
        t.append(tok);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'j';
    }
}
