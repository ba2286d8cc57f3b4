package org.frontline.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Debian's GDAL command-line tools ({@code gdal-bin}: ogrinfo, ogr2ogr), the real GIS client every download
 * and the OGC API are checked against. Missing tools fail the test loudly: ./scripts/test.sh installs them.
 */
public final class Gdal {
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*): ([A-Za-z0-9]+(?:\\([A-Za-z0-9]+\\))?) \\(");
    private static final Pattern COUNT = Pattern.compile("^Feature Count: (\\d+)", Pattern.MULTILINE);
    private static final Pattern GEOMETRY = Pattern.compile("^Geometry: (.+)$", Pattern.MULTILINE);

    private Gdal() {
    }

    /** Runs a GDAL tool and answers its standard output; a non-zero exit fails the test with the tool's output. */
    public static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + String.join(" ", command));
            }
            String text = new String(out, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as("%s\n%s", String.join(" ", command), text).isZero();
            return text;
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed: these tests need Debian's gdal-bin "
                    + "(apt-get install gdal-bin; ./scripts/test.sh installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What {@code ogrinfo -so -al} says about the (first) layer: feature count, geometry type, fields and types. */
    public record Layer(int count, String geometry, Map<String, String> fields, String text) {
        public String type(String field) {
            assertThat(fields).as(text).containsKey(field);
            return fields.get(field);
        }
    }

    public static Layer summary(String... source) {
        List<String> cmd = new ArrayList<>(List.of("ogrinfo", "-ro", "-so", "-al"));
        cmd.addAll(List.of(source));
        String text = run(cmd.toArray(String[]::new));
        return layer(text);
    }

    static Layer layer(String text) {
        Matcher c = COUNT.matcher(text);
        assertThat(c.find()).as("no feature count in:\n%s", text).isTrue();
        Matcher g = GEOMETRY.matcher(text);
        String geometry = g.find() ? g.group(1).trim() : null;
        Map<String, String> fields = new LinkedHashMap<>();
        // field lines are the only unindented "name: Type (width.precision)" lines
        for (String line : text.split("\\R")) {
            Matcher f = FIELD.matcher(line);
            if (f.find()) fields.put(f.group(1), f.group(2));
        }
        return new Layer(Integer.parseInt(c.group(1)), geometry, fields, text);
    }

    /** The features {@code ogrinfo -al} prints (one "OGRFeature(" line each). */
    public static int features(String ogrinfoOutput) {
        int n = 0;
        for (String line : ogrinfoOutput.split("\\R")) if (line.startsWith("OGRFeature(")) n++;
        return n;
    }
}
