package org.frontline.web;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.frontline.web.export.CsvExporter;
import org.frontline.web.export.FeatureSet;
import org.frontline.web.export.GeoJsonExporter;
import org.frontline.web.export.UnsupportedFormatException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Answers a feature set in a format: GeoJSON and CSV as bodies, GeoPackage and zipped Shapefile written whole to a
 * temporary file first, so that a failure is still a problem+json answer rather than a truncated download, then
 * streamed. Every controller with collections answers through here (see docs/downloads-and-ogc.md).
 */
final class Downloads {
    private Downloads() {
    }

    /**
     * @param attachment whether to answer as a download ({@code f} given) with the file name {@code baseName.ext}
     */
    static ResponseEntity<?> respond(FeatureSet set, Format format, boolean attachment, String baseName) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (attachment || format == Format.GPKG || format == Format.SHP) {
            ok.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(baseName + "." + format.exporter().extension()).build().toString());
        }
        ok.contentType(format.exporter().mediaType());
        return switch (format) {
            case GEOJSON -> ok.body(GeoJsonExporter.collection(set));
            case CSV -> ok.body(CsvExporter.text(set));
            case GPKG, SHP -> file(ok, set, format);
        };
    }

    private static ResponseEntity<?> file(ResponseEntity.BodyBuilder ok, FeatureSet set, Format format) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("frontline-download", "." + format.exporter().extension());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                format.exporter().write(set, out);
            }
            long length = Files.size(tmp);
            InputStream in = new FileInputStream(tmp.toFile());
            // Unlinked while open: the bytes stay readable until the response closes the stream, and nothing is
            // left behind if the client goes away.
            deleteQuietly(tmp);
            return ok.contentLength(length).body(new InputStreamResource(in));
        } catch (UnsupportedFormatException e) {
            deleteQuietly(tmp);
            throw new BadParameterException("f", e.getMessage());
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write the " + format + " download", e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            p.toFile().deleteOnExit(); // a platform that cannot delete open files
        }
    }
}
