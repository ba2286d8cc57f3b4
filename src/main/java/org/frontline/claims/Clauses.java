package org.frontline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into clauses so that an event word only reaches the places of its own clause. News sentences
 * chain several events ("Deadly battles have reached Kyiv, with Ukraine's government accusing ..."); a place in
 * one clause is rarely the scene of the verb in another. We cut at semicolons, colons, dashes, and at a comma
 * followed by a subordinating word. A bare comma is not a cut: it usually opens an apposition ("Hostomel airfield,
 * situated ... northwest of Kyiv") or a list of places that share one verb.
 */
final class Clauses {
    private static final Pattern CUT = Pattern.compile(
            "\\s*[;:]\\s+|\\s+[–—]\\s+|\\s+-\\s+|"
                    + ",\\s+(?=(?:but|while|whereas|as|when|which|who|where|although|though|after|before|since|"
                    + "leaving|accusing|adding|saying|despite|even as|because|with)\\b)|\\s+but\\s+");

    private Clauses() {
    }

    static List<Span> split(String sentence) {
        List<Span> out = new ArrayList<>();
        Matcher m = CUT.matcher(sentence);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) out.add(new Span(start, m.start()));
            start = m.end();
        }
        if (start < sentence.length()) out.add(new Span(start, sentence.length()));
        if (out.isEmpty()) out.add(new Span(0, sentence.length()));
        return out;
    }

    static Span containing(List<Span> clauses, int offset) {
        for (Span c : clauses) if (c.contains(offset)) return c;
        // offsets that fall on a cut (the comma itself) belong to the clause before it
        Span best = clauses.get(0);
        for (Span c : clauses) if (c.start() <= offset) best = c;
        return best;
    }
}
