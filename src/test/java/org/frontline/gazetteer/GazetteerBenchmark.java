package org.frontline.gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Measures what docs/gazetteer.md promises for the full gazetteer (bundled cities500 + cities-world + the full
 * UA.txt.gz): load time, retained heap, and single-thread lookups per second. Run with
 * {@code mvn -o -q -Pbench test-compile exec:exec} (see the {@code bench} profile in pom.xml), or directly:
 * {@code java -Xmx1g -cp target/classes:target/test-classes:<deps> org.frontline.gazetteer.GazetteerBenchmark
 * [gazetteerDir] [fullFile]}.
 */
public final class GazetteerBenchmark {
    private GazetteerBenchmark() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "gazetteer");
        Path full = Path.of(args.length > 1 ? args[1]
                : System.getProperty("frontline.shared", "../shared") + "/data/gazetteer/UA.txt.gz");
        GazetteerSources sources = new GazetteerSources(dir, List.of(full));
        System.out.printf("cores %d, max heap %d MB, java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));

        long before = usedHeap();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        // as Gazetteer.load does it, with the stages timed apart: the additions are parsed aside the files
        var additions = GazetteerLoader.parseAdditionsAside(sources);
        BaseData base = GazetteerLoader.loadBase(sources);
        long t1 = System.nanoTime();
        Gazetteer g = Gazetteer.assemble(base, GazetteerLoader.additions(additions));
        long t2 = System.nanoTime();
        double coldMs = (t2 - t0) / 1e6;
        double coldCpuMs = (processCpuNanos() - cpu0) / 1e6;
        long retained = usedHeap() - before;
        System.out.printf("load (cold JVM): %.0f ms (files %.0f ms, additions + index %.0f ms), %d places, %s%n",
                coldMs, (t1 - t0) / 1e6, (t2 - t1) / 1e6, g.size(), g);
        System.out.printf("load CPU time (all threads, incl. JIT and GC): %.0f ms%n", coldCpuMs);
        System.out.printf("retained heap: %d MB%n", retained >> 20);

        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            Gazetteer again = Gazetteer.load(sources);
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
            if (again.size() != g.size()) {
                throw new IllegalStateException("unstable load");
            }
        }
        System.out.printf("load (warm, best of 3): %.0f ms%n", best);

        List<String> exact = new ArrayList<>();
        for (Place p : g.places()) {
            if (p.inUkraine()) {
                exact.add(p.name());
            }
        }
        Random random = new Random(42);
        String[] names = new String[1 << 14];
        for (int i = 0; i < names.length; i++) {
            names[i] = exact.get(random.nextInt(exact.size()));
        }
        String[] variants = {"Kharkov", "Gostomel", "Kupyansk", "Balakleya", "Chuguev", "Zaporozhye", "Kiev",
            "Odessa", "Chernobyl", "Харків", "Kyiv's", "Kharkiv region", "Hostomil", "Chuhuyev"};
        report("exact names (as written in GeoNames)", g, names);
        report("variants, Cyrillic, possessives, regions", g, variants);
        report("fuzzy (Kremenchuck, Mariupl, Sievierodonetks)", g,
                new String[] {"Kremenchuck", "Mariupl", "Sievierodonetks"});
    }

    private static void report(String label, Gazetteer g, String[] queries) {
        long sink = 0;
        for (int i = 0; i < 200_000; i++) { // warm-up for the JIT
            sink += g.lookup(queries[i % queries.length]).size();
        }
        long n = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + 3_000_000_000L;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1024; i++) {
                sink += g.lookup(queries[(int) (n++ % queries.length)]).size();
            }
        }
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        double perCpuSecond = n / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        System.out.printf("lookups, one thread, %s: %,.0f per CPU-second (%,.0f per wall second; checksum %d)%n",
                label, perCpuSecond, perSecond, sink % 10);
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return r.totalMemory() - r.freeMemory();
    }
}
