package org.frontline.web.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * DBF field names hold at most 10 ASCII characters. Rather than cut names blindly (claimantSide and claimantName
 * would both become "claimantSi"), the longest camelCase word loses its inner vowels first, then the next longest,
 * while the name is too long (claimantSide -> clmntSide, datePrecision -> datePrcsn, articleTitle -> artclTitle,
 * conflictsWith -> cnflctsWth), and only then is the name cut; clashes get a numeric suffix. The mapping is deterministic,
 * so a column keeps its short name across downloads, and each zip carries it in a fields file.
 */
public final class DbfNames {
    static final int MAX = 10;

    private DbfNames() {
    }

    /** Full attribute name to DBF field name, in the attributes' order. */
    public static Map<String, String> map(List<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER); // DBF readers compare field names without case
        for (String n : names) {
            String base = shorten(n);
            String candidate = base;
            for (int i = 2; used.contains(candidate); i++) {
                String suffix = Integer.toString(i);
                candidate = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
            }
            used.add(candidate);
            out.put(n, candidate);
        }
        return out;
    }

    static String shorten(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (ascii.isEmpty()) ascii = "field";
        if (Character.isDigit(ascii.charAt(0))) ascii = "f" + ascii;
        if (ascii.length() <= MAX) return ascii;
        List<String> words = words(ascii);
        // squeeze the longest word first, then the next, while the name is too long
        boolean[] squeezed = new boolean[words.size()];
        while (length(words) > MAX) {
            int longest = -1;
            for (int i = 0; i < words.size(); i++) {
                if (!squeezed[i] && (longest < 0 || words.get(i).length() > words.get(longest).length())) longest = i;
            }
            if (longest < 0) break;
            words.set(longest, squeeze(words.get(longest)));
            squeezed[longest] = true;
        }
        String joined = String.join("", words);
        return joined.length() <= MAX ? joined : joined.substring(0, MAX);
    }

    /** Splits camelCase and snake_case: "claimIdsTruncated" -> claim, Ids, Truncated. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!w.isEmpty()) out.add(w.toString());
                w.setLength(0);
                continue;
            }
            if (Character.isUpperCase(c) && !w.isEmpty()) {
                out.add(w.toString());
                w.setLength(0);
            }
            w.append(c);
        }
        if (!w.isEmpty()) out.add(w.toString());
        return out;
    }

    /** Drops the vowels after a word's first letter: "claimant" -> "clmnt", "article" -> "artcl". */
    private static String squeeze(String w) {
        if (w.length() <= 2) return w;
        StringBuilder b = new StringBuilder().append(w.charAt(0));
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if ("aeiou".indexOf(Character.toLowerCase(c)) < 0) b.append(c);
        }
        return b.toString();
    }

    private static int length(List<String> words) {
        return words.stream().mapToInt(String::length).sum();
    }
}
