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
 * Three rules keep them out, from most to least certain: (1) bundled lists of people, organisations, months,
 * weekdays and sentence-initial words, and of countries (see countries.txt), that are never taken as bare place
 * names; (2) a candidate name that is glued to another capitalised
 * word which is not itself a place word ("Ned Price", "Lloyd Austin", "Boris Johnson") is part of a longer proper
 * name; (3) once a word has been seen as part of such a name, later bare uses in the same article are that
 * person too ("Price said", "Austin reportedly added").
 */
final class NotPlaces {
    private static final Set<String> WORDS = load("not-places.txt");
    private static final Set<String> COUNTRIES = load("countries.txt");
    /** Capitalised words that introduce a person's name. */
    private static final Set<String> TITLES = Set.of("president", "minister", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "mayor", "governor", "general", "gen", "mr", "mrs", "ms", "dr", "pope", "king", "queen",
            "senator", "ambassador", "adviser", "advisor", "chief", "commander", "premier", "chancellor", "speaker",
            "prosecutor", "correspondent", "colonel", "lieutenant", "captain", "sergeant", "director", "head");

    private NotPlaces() {
    }

    /** Listed as a person, organisation or common word; a leading "The" does not hide it ("The White House"). */
    static boolean listed(String span) {
        return listedLowerCase(span.toLowerCase(Locale.ROOT));
    }

    /** {@link #listed} of a span already in lower case ({@link Locale#ROOT}). */
    static boolean listedLowerCase(String key) {
        if (key.startsWith("the ")) key = key.substring(4);
        return WORDS.contains(key) || COUNTRIES.contains(key);
    }

    /** A country's name or adjective ("Ukraine", "Turkish"): a country, which the bundled gazetteer does not hold. */
    static boolean country(String span) {
        String key = span.toLowerCase(Locale.ROOT);
        if (key.startsWith("the ")) key = key.substring(4);
        return COUNTRIES.contains(key);
    }

    static boolean title(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = NotPlaces.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " missing from the classpath");
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
