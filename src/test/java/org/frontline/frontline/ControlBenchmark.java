package org.frontline.frontline;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Timing of the control stage on all ~32k settlements of UA.txt.gz (docs/control-evaluation.md). Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.frontline.frontline.ControlBenchmark}
 *
 * <ol>
 * <li>cell build (once per gazetteer);</li>
 * <li>one date, warm JVM, no cached maps or dissolved areas: areas + front line;</li>
 * <li>a year of daily maps (2022) from all seven Wikipedia snapshots, with the production caches (dissolved
 * areas reused when a group of cells is unchanged) and without any reuse.</li>
 * </ol>
 */
public final class ControlBenchmark {

    public static void main(String[] args) throws IOException {
        ControlInputs inputs = SharedData.ukraine();
        ControlService.InMemoryClaims claims = new ControlService.InMemoryClaims();
        ControlService control = new ControlService(() -> inputs, claims, claims,
                ControlSettings.defaults(null).withBaselineFile(SharedData.baselineFile()));
        long t0 = System.nanoTime();
        control.warmUp();
        System.out.printf(Locale.ROOT, "settlements %d, cell build (cold JVM) %d ms%n", inputs.settlements().size(),
                ms(t0));
        try (var files = Files.list(SharedData.data("eval/control"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("wiki_")).sorted().toList()) {
                String name = f.getFileName().toString();
                LocalDate snapshot = LocalDate.parse(name.substring(name.length() - 14, name.length() - 4));
                control.importCsv(new StringReader(Files.readString(f)), name, snapshot);
            }
        }
        System.out.printf(Locale.ROOT, "claims %d%n", claims.controlClaims().size());

        LocalDate day = LocalDate.of(2022, 9, 1);
        for (int i = 0; i < 40; i++) { // warm-up
            control.clearMapCaches();
            control.areas(day.minusDays(i));
            control.frontLines(day.minusDays(i));
        }
        long[] one = new long[20];
        for (int i = 0; i < one.length; i++) {
            control.clearMapCaches();
            long t = System.nanoTime();
            control.areas(day);
            control.frontLines(day);
            one[i] = System.nanoTime() - t;
        }
        Arrays.sort(one);
        System.out.printf(Locale.ROOT, "one date (areas + front line, warm, no cache): median %d ms, min %d ms, "
                + "max %d ms%n", one[one.length / 2] / 1_000_000, one[0] / 1_000_000, one[one.length - 1] / 1_000_000);
        // the side assignment alone, with and without the between rule, interleaved so that load from other
        // processes hits both alike
        Baseline baseline = Baseline.read(SharedData.baselineFile());
        ControlModel with = new ControlModel(inputs.settlements(), baseline, control.settings());
        ControlModel without = new ControlModel(inputs.settlements(), baseline, control.settings().withBetweenKm(0));
        ControlModel.Evidence ev = with.evidence(claims.controlClaims());
        long[][] state = new long[2][30];
        for (int i = -10; i < 30; i++) {
            for (int m = 0; m < 2; m++) {
                long s = System.nanoTime();
                (m == 0 ? with : without).state(day, ev);
                if (i >= 0) {
                    state[m][i] = System.nanoTime() - s;
                }
            }
        }
        Arrays.sort(state[0]);
        Arrays.sort(state[1]);
        System.out.printf(Locale.ROOT, "side assignment only: median %.1f ms with the between rule, %.1f ms without%n",
                state[0][15] / 1e6, state[1][15] / 1e6);
        long t = System.nanoTime();
        control.areas(day);
        control.frontLines(day);
        System.out.printf(Locale.ROOT, "same date again (cached): %.3f ms%n", (System.nanoTime() - t) / 1e6);

        for (boolean reuse : new boolean[] {true, false}) {
            control.clearMapCaches();
            List<Long> per = new ArrayList<>();
            long start = System.nanoTime();
            int areas = 0;
            for (LocalDate d = LocalDate.of(2022, 1, 1); d.getYear() == 2022; d = d.plusDays(1)) {
                if (!reuse) {
                    control.clearMapCaches();
                }
                long s = System.nanoTime();
                areas += control.areas(d).size();
                control.frontLines(d);
                per.add(System.nanoTime() - s);
            }
            long total = System.nanoTime() - start;
            per.sort(Long::compare);
            System.out.printf(Locale.ROOT, "year 2022 daily (%s): %d ms total, per day median %d ms, max %d ms, "
                    + "%d areas%n", reuse ? "production caches" : "no reuse", total / 1_000_000,
                    per.get(per.size() / 2) / 1_000_000, per.get(per.size() - 1) / 1_000_000, areas);
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
