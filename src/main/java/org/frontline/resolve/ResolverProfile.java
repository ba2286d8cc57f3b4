package org.frontline.resolve;

import java.util.Locale;
import java.util.Set;
import org.frontline.gazetteer.Place;

/**
 * What the resolver may assume about the news it reads. The service reads war news from Ukraine: a bare
 * "Kharkiv" or "Vilkhuvatka" is far more likely the Ukrainian place than a namesake abroad, so the country prior
 * ranks Ukraine first and its neighbours next ({@link #UKRAINE}, the default). World news has no home country: the
 * same prior would send "Paris, Texas" readers to a village in Ukraine, so {@link #WORLD} weighs all countries
 * alike, lets country demonyms and country acronyms ("Turkish", "US") stand for their countries when the
 * gazetteer knows them, keeps regions and countries in the running against small settlements of the same name
 * (Georgia, Texas), and widens the neighbourhood kernel (local US news names places tens of km apart, Ukrainian
 * front-line reports villages a few km apart).
 *
 * @param name            "ukraine" or "world" (run option {@code --frontline.resolver-profile})
 * @param homeCountry     ISO code of the country whose places come first, or null
 * @param neighbours      countries weighted {@code neighbourWeight}; all others {@code foreignWeight}
 * @param kernelKm        e-folding distance of the coherence kernel: exp(-km / kernelKm)
 * @param worldNames      countries, regions, demonyms and acronyms compete on importance with settlements
 * @param abstainBelow    below this confidence the resolver abstains rather than put a dot in a likely wrong
 *                        place; world gazetteers give famous names dozens of namesakes (22 Alexandrias), which
 *                        dilutes the confidence of the right one, so the world threshold is lower
 */
public record ResolverProfile(String name, String homeCountry, Set<String> neighbours, double neighbourWeight,
                              double foreignWeight, double kernelKm, boolean worldNames, double abstainBelow) {
    public static final ResolverProfile UKRAINE = new ResolverProfile("ukraine", "UA",
            Set.of("RU", "BY", "PL", "MD", "RO", "HU", "SK"), 0.45, 0.3, 10, false, 0.12);
    public static final ResolverProfile WORLD = new ResolverProfile("world", null, Set.of(), 1, 1, 40, true, 0.04);

    public ResolverProfile {
        neighbours = Set.copyOf(neighbours);
    }

    /** The profile of that name (case-insensitive); an unknown name is an error, not a silent default. */
    public static ResolverProfile named(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "", "ukraine" -> UKRAINE;
            case "world" -> WORLD;
            default -> throw new IllegalArgumentException("unknown resolver profile '" + name + "' (ukraine, world)");
        };
    }

    double countryWeight(Place p) {
        if (homeCountry == null || homeCountry.equals(p.countryCode())) return 1.0;
        return neighbours.contains(p.countryCode()) ? neighbourWeight : foreignWeight;
    }
}
