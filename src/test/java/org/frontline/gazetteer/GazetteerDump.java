package org.frontline.gazetteer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the full gazetteer (bundled files + {@code ../shared/data/gazetteer/UA.txt.gz}) as text: every place in
 * index order, then every key with its candidate list, the skeleton postings and the prefix maps. A speed change
 * to loading or to the index build must leave this file byte-identical; compare the dumps of the two builds:
 * {@code java -cp target/classes:target/test-classes:<deps> org.frontline.gazetteer.GazetteerDump gazetteer
 * /tmp/after.txt} (a third argument names another full file).
 */
public final class GazetteerDump {
    private GazetteerDump() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "gazetteer");
        Path out = Path.of(args.length > 1 ? args[1] : "gazetteer-dump.txt");
        Path full = Path.of(args.length > 2 ? args[2]
                : System.getProperty("frontline.shared", "../shared") + "/data/gazetteer/UA.txt.gz");
        Gazetteer g = Gazetteer.load(new GazetteerSources(dir, List.of(full)));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            g.dump(w);
        }
        System.out.println(out + ": " + g);
    }
}
