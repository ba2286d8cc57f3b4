package org.frontline.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The policy for capitalised words that are places somewhere but not in war news.
 *
 * <p>A world gazetteer has a town for almost every surname (Austin, Price, Wallace, Johnson) and month (May).
 * Three rules keep them out, from most to least certain: (1) a bundled list of people, organisations, months and
 * weekdays that are never taken as bare place names; (2) a candidate name that is glued to another capitalised
 * word which is not itself a place word ("Ned Price", "Lloyd Austin", "Boris Johnson") is part of a longer proper
 * name; (3) once a word has been seen as part of such a name, later bare uses in the same article are that
 * person too ("Price said", "Austin reportedly added").
 */
final class NotPlaces {
    private static final Set<String> WORDS = load();
    /** Capitalised words that introduce a person's name. */
    private static final Set<String> TITLES = Set.of("president", "minister", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "mayor", "governor", "general", "gen", "mr", "mrs", "ms", "dr", "pope", "king", "queen",
            "senator", "ambassador", "adviser", "advisor", "chief", "commander", "premier", "chancellor", "speaker",
            "prosecutor", "correspondent", "colonel", "lieutenant", "captain", "sergeant", "director", "head");

    private NotPlaces() {
    }

    static boolean listed(String span) {
        return WORDS.contains(span.toLowerCase(Locale.ROOT));
    }

    static boolean title(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = NotPlaces.class.getResourceAsStream("not-places.txt")) {
            if (in == null) throw new IllegalStateException("not-places.txt missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) words.add(t.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
