package org.frontline.web.export;

import java.io.IOException;
import java.io.OutputStream;
import org.springframework.http.MediaType;

/**
 * One download format. Kept this small so that a GeoTools-backed writer (where GeoTools is available) or another
 * format slots in beside the ones here without touching the controllers.
 */
public interface FeatureExporter {
    /** File name extension without the dot ({@code gpkg}, {@code zip}). */
    String extension();

    MediaType mediaType();

    /** Writes the whole set; does not close {@code out}. */
    void write(FeatureSet set, OutputStream out) throws IOException;
}
