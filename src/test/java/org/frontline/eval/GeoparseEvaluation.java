package org.frontline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontline.SharedData;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.PreparedArticle;
import org.frontline.ingest.TextRange;
import org.frontline.resolve.Mention;
import org.frontline.resolve.Resolver;
import org.frontline.resolve.ResolverProfile;

/**
 * Scores the resolver on the annotated world-news corpora in ../shared/data/eval/geoparse (GeoWebNews, LGL,
 * TR-News) with the {@link ResolverProfile#WORLD} profile and the {@link WorldGazetteer}:
 *
 * <ol>
 * <li>resolution given the gold spans ({@link Resolver#resolveAt}): accuracy within 161 km (100 miles, the
 * customary threshold), median error in km, and how many spans fell back to the article focus;
 * <li>end to end from raw text ({@link Resolver#resolve}): precision, recall and F1 of toponym spans by exact
 * match (same start and end) and by overlap (one-to-one, any shared character), then accuracy within 161 km of
 * the overlap-matched spans and the share of all gold spans found and placed within 161 km.
 * </ol>
 *
 * <p>Run: {@code mvn -Peval test-compile exec:exec [-Deval.corpora=geowebnews,lgl,trnews]} (see
 * docs/evaluation.md). Writes the table and error examples to stdout and to target/eval/geoparse.md.
 */
public final class GeoparseEvaluation {
    static final double KM_161 = 161;
    /** Every gold-span error, one TAB-separated line each, when -Deval.dump=FILE is given. */
    private static final StringBuilder DUMP = System.getProperty("eval.dump") == null ? null : new StringBuilder();
    private static final double NOWHERE = 20_038; // half the equator: the error of an answer not given

    private GeoparseEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        List<String> corpora = Arrays.asList(System.getProperty("eval.corpora", "geowebnews,lgl,trnews").split(","));
        WorldGazetteer world = new WorldGazetteer(WorldGazetteer.defaultCache());
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "machine: %d cores, java %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        List<Result> results = new ArrayList<>();
        StringBuilder examples = new StringBuilder();
        for (boolean demonyms : new boolean[] {true, false}) {
            List<String> these = corpora.stream().filter(c -> annotatesDemonyms(c) == demonyms).toList();
            if (these.isEmpty()) continue;
            long t0 = System.nanoTime();
            try (GazetteerService gazetteer = new GazetteerService(world.sources(demonyms))) {
                System.err.printf("world gazetteer (demonyms %s): %s in %.1f s%n", demonyms, gazetteer.current(),
                        (System.nanoTime() - t0) / 1e9);
                Resolver resolver = new Resolver(gazetteer, ResolverProfile.WORLD);
                for (String c : these) {
                    GeoparseCorpus corpus = GeoparseCorpus.read(SharedData.file("data/eval/geoparse/" + c + ".jsonl"));
                    Result r = score(corpus, resolver, gazetteer.current());
                    results.add(r);
                    examples.append(r.examples());
                }
            }
        }
        report.append(table(results)).append('\n').append(examples);
        System.out.println(report);
        Path out = Path.of("target/eval/geoparse.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        if (DUMP != null) Files.writeString(Path.of(System.getProperty("eval.dump")), DUMP);
    }

    /**
     * All three corpora annotate demonyms and adjectives of countries ("Turkish", "Sudanese", "Palestinians") as
     * toponyms of the country, so all three get the demonym file. (The switch stays for corpora that do not.)
     */
    static boolean annotatesDemonyms(String corpus) {
        return true;
    }

    record Result(String corpus, int docs, int gold, int repaired, int unusable, double goldAcc, double ceiling,
                  double goldMedian, int focusFallbacks, int unanswered, Prf exact, Prf overlap, double e2eAccMatched, double e2eAccAll,
                  double seconds, String examples) {
    }

    record Prf(int tp, int predicted, int gold) {
        double p() {
            return predicted == 0 ? 0 : (double) tp / predicted;
        }

        double r() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }
    }

    static Result score(GeoparseCorpus corpus, Resolver resolver, Gazetteer g) {
        Ingest ingest = new Ingest();
        List<Double> goldErrors = new ArrayList<>();
        int focus = 0;
        int unanswered = 0;
        int reachable = 0;
        int tpExact = 0;
        int tpOverlap = 0;
        int predicted = 0;
        int matchedWithin = 0;
        Map<String, String> examples = new LinkedHashMap<>();
        Map<String, Integer> classes = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        for (GeoparseCorpus.Doc doc : corpus.docs()) {
            PreparedArticle prepared = ingest.prepare(new Article(doc.id(), "", "", "", LocalDate.of(2018, 1, 1), doc.text()));
            // (a) gold spans
            List<TextRange> ranges = doc.gold().stream().map(x -> new TextRange(x.start(), x.end())).toList();
            List<Mention> atGold = resolver.resolveAt(prepared, ranges);
            for (int i = 0; i < doc.gold().size(); i++) {
                GeoparseCorpus.Gold gold = doc.gold().get(i);
                Mention m = atGold.get(i);
                double err = m.place() == null ? NOWHERE : km(m.place().lat(), m.place().lon(), gold.lat(), gold.lon());
                goldErrors.add(err);
                if (m.place() == null) unanswered++;
                else if (isFocusFallback(m)) focus++;
                if (err <= KM_161 || anyCandidateNear(doc.text().substring(gold.start(), gold.end()), gold, g)) reachable++;
                if (err > KM_161) {
                    String cls = classify(m, gold, g);
                    if (DUMP != null) DUMP.append(String.join("\t", corpus.name(), doc.id(), cls, gold.name(),
                            gold.lat() + "," + gold.lon(), m.place() == null ? "-" : m.place().name() + " " + m.place().countryCode()
                                    + " " + m.place().featureCode() + " " + m.place().admin1(),
                            Long.toString(Math.round(err)), String.valueOf(m.reason()))).append('\n');
                    classes.merge(cls, 1, Integer::sum);
                    examples.putIfAbsent(cls, String.format(Locale.ROOT, "%s: \"%s\" (gold %.2f,%.2f) -> %s, %.0f km; %s",
                            doc.id(), gold.name(), gold.lat(), gold.lon(), m.place() == null ? "none"
                                    : m.place().name() + " " + m.place().countryCode() + " " + m.place().featureCode(),
                            err, m.reason()));
                }
            }
            // (b) end to end
            List<Mention> found = resolver.resolve(prepared).stream().filter(Mention::resolved).toList();
            predicted += found.size();
            boolean[] used = new boolean[found.size()];
            for (GeoparseCorpus.Gold gold : doc.gold()) {
                int hit = -1;
                for (int k = 0; k < found.size(); k++) {
                    Mention m = found.get(k);
                    if (used[k] || m.end() <= gold.start() || m.start() >= gold.end()) continue;
                    if (hit < 0 || m.start() == gold.start() && m.end() == gold.end()) hit = k;
                }
                if (hit < 0) {
                    String cls = "e2e missed: " + missReason(doc.text(), gold, g);
                    classes.merge(cls, 1, Integer::sum);
                    examples.putIfAbsent(cls, doc.id() + ": \"" + gold.name() + "\" in \"" + context(doc.text(), gold.start(), gold.end()) + "\"");
                    if (DUMP != null) DUMP.append(String.join("\t", corpus.name(), doc.id(), cls, gold.name(),
                            gold.lat() + "," + gold.lon(), "-", "-", context(doc.text(), gold.start(), gold.end()))).append('\n');
                    continue;
                }
                used[hit] = true;
                Mention m = found.get(hit);
                tpOverlap++;
                if (m.start() == gold.start() && m.end() == gold.end()) tpExact++;
                if (km(m.place().lat(), m.place().lon(), gold.lat(), gold.lon()) <= KM_161) matchedWithin++;
            }
            for (int k = 0; k < found.size(); k++) {
                if (used[k]) continue;
                Mention m = found.get(k);
                String cls = "e2e spurious: " + (m.place().featureCode() != null && m.place().featureCode().startsWith("PCL")
                        ? "country name not annotated" : m.confidence() < 0.3 ? "low-confidence name" : "confident name not annotated");
                classes.merge(cls, 1, Integer::sum);
                examples.putIfAbsent(cls, doc.id() + ": \"" + m.text() + "\" -> " + m.place().name() + " "
                        + m.place().countryCode() + " in \"" + context(doc.text(), m.start(), m.end()) + "\"");
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int gold = corpus.goldCount();
        double within = goldErrors.stream().filter(e -> e <= KM_161).count();
        double[] sorted = goldErrors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
        StringBuilder ex = new StringBuilder("### " + corpus.name() + ": error classes (count, one example)\n\n");
        classes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e ->
                ex.append("- ").append(e.getKey()).append(" (").append(e.getValue()).append("): ")
                        .append(examples.get(e.getKey())).append('\n'));
        ex.append('\n');
        return new Result(corpus.name(), corpus.docs().size(), gold, corpus.repaired(), corpus.unusable(), within / gold,
                (double) reachable / gold, median, focus, unanswered, new Prf(tpExact, predicted, gold), new Prf(tpOverlap, predicted, gold),
                tpOverlap == 0 ? 0 : (double) matchedWithin / tpOverlap, (double) matchedWithin / gold, seconds, ex.toString());
    }

    /** Why a gold-span answer is more than 161 km off. */
    private static String classify(Mention m, GeoparseCorpus.Gold gold, Gazetteer g) {
        if (m.place() == null) return "gold spans: name not in gazetteer, no focus to fall back on";
        if (isFocusFallback(m)) return "gold spans: name not in gazetteer, article focus wrong";
        return anyCandidateNear(m.text(), gold, g) ? "gold spans: wrong homonym chosen" : "gold spans: no entry of that name near the gold point";
    }

    /**
     * Whether any entry the gazetteer offers for the name lies within 161 km of the gold point: the spans a perfect
     * choice among our own candidates could get right. Their share (plus the spans the focus fallback gets right
     * anyway) is the ceiling of gold-span accuracy with this gazetteer, whatever the disambiguation.
     */
    private static boolean anyCandidateNear(String name, GeoparseCorpus.Gold gold, Gazetteer g) {
        List<Candidate> all = g.lookup(name);
        if (all.isEmpty()) all = g.search(name, 40);
        return all.stream().anyMatch(c -> km(c.place().lat(), c.place().lon(), gold.lat(), gold.lon()) <= KM_161);
    }

    /**
     * A span the gazetteer could not match, placed at the article's focus: it has a place but matched no name.
     * (Not "confidence at most {@link Resolver#FOCUS_CONFIDENCE}": a real but doubtful choice among 36 Richmonds
     * can be as unsure, and was counted here before.)
     */
    private static boolean isFocusFallback(Mention m) {
        return m.place() != null && m.matchedName() == null;
    }

    private static String missReason(String text, GeoparseCorpus.Gold gold, Gazetteer g) {
        String name = text.substring(gold.start(), gold.end());
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) return "lower-case or non-letter span";
        if (g.lookup(name).isEmpty()) return "name not in gazetteer";
        return "known name rejected (person/organisation rules, longer name, abstained)";
    }

    private static String context(String text, int start, int end) {
        String s = text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40));
        return s.replace('\n', ' ');
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    static String table(List<Result> results) {
        StringBuilder t = new StringBuilder();
        t.append("| corpus | docs | gold spans | gold-span acc@161 | ceiling (best candidate) | median km | focus fallbacks | e2e P / R / F1 exact | e2e P / R / F1 overlap | e2e acc@161 (matched) | e2e found+within 161 / gold | s |\n");
        t.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            t.append(String.format(Locale.ROOT, "| %s | %d | %d (%d repaired, %d unusable) | %.1f %% | %.1f %% | %.1f | %d | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.1f %% | %.1f %% | %.0f |%n",
                    r.corpus(), r.docs(), r.gold(), r.repaired(), r.unusable(), 100 * r.goldAcc(), 100 * r.ceiling(), r.goldMedian(),
                    r.focusFallbacks(), 100 * r.exact().p(), 100 * r.exact().r(), 100 * r.exact().f1(),
                    100 * r.overlap().p(), 100 * r.overlap().r(), 100 * r.overlap().f1(), 100 * r.e2eAccMatched(),
                    100 * r.e2eAccAll(), r.seconds()));
        }
        return t.toString();
    }
}
