package org.frontline.gazetteer;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cyrillic to Latin. Queries go through ICU's BGN/PCGN transliterators in both their Ukrainian and Russian
 * forms (Харків → Kharkiv, Харьков → Khar'kov), the spellings English news uses. The index uses a fast table of
 * its own for the skeleton keys of Cyrillic alternates: at 156k alternates ICU would cost seconds of load time,
 * and the skeleton erases the differences between the two romanisations anyway.
 */
final class Cyrillic {
    private static final String[] TABLE = new String[0x0500 - 0x0400];

    static {
        String[][] pairs = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "h"}, {"ґ", "g"}, {"д", "d"}, {"е", "e"}, {"є", "ye"},
            {"ё", "yo"}, {"ж", "zh"}, {"з", "z"}, {"и", "y"}, {"і", "i"}, {"ї", "yi"}, {"й", "y"}, {"к", "k"},
            {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"},
            {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""},
            {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"}, {"ў", "u"}, {"ј", "y"}, {"љ", "l"},
            {"њ", "n"}, {"ћ", "c"}, {"џ", "dzh"}, {"ђ", "d"}, {"ѓ", "g"}, {"ќ", "k"}, {"ѕ", "dz"},
        };
        for (String[] p : pairs) {
            TABLE[p[0].charAt(0) - 0x0400] = p[1];
            TABLE[Character.toUpperCase(p[0].charAt(0)) - 0x0400] = p[1];
        }
    }

    private static final ThreadLocal<Transliterator> UKRAINIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Ukrainian-Latin/BGN"));
    private static final ThreadLocal<Transliterator> RUSSIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN"));

    private Cyrillic() {
    }

    /** The table romanisation of a (folded) Cyrillic string; non-Cyrillic characters pass through. */
    static String romanise(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = c - 0x0400;
            if (k >= 0 && k < TABLE.length && TABLE[k] != null) {
                out.append(TABLE[k]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Folded Latin readings of a Cyrillic query: Ukrainian BGN, Russian BGN and the table form, distinct. */
    static List<String> readings(String written) {
        Set<String> out = new LinkedHashSet<>();
        out.add(NameFolder.fold(UKRAINIAN.get().transliterate(written)));
        out.add(NameFolder.fold(RUSSIAN.get().transliterate(written)));
        out.add(NameFolder.fold(romanise(written)));
        out.removeIf(s -> !NameFolder.isLatinKey(s));
        return List.copyOf(out);
    }
}
