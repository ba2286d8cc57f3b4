package org.frontline.web.ogc;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.frontline.web.export.FeatureSet;

/**
 * One collection of the OGC API: its id in the URL, title and description, and where its features come from. A
 * source answers a filter with the matching features (it may filter by bbox itself for speed; the API filters by
 * bbox again on the features' envelopes, so lines and polygons need nothing special). Declare one as a bean and it
 * is served; see docs/downloads-and-ogc.md.
 *
 * @param temporal whether {@code datetime} filters this collection (places have no date: it is ignored there)
 * @param extent   the spatial and temporal extent advertised in the collection's metadata
 */
public record OgcCollection(String id, String title, String description, boolean temporal, Source source,
                            Supplier<Extent> extent) {

    /** The features of the collection that match the filter, in a stable order (paging slices it). */
    @FunctionalInterface
    public interface Source {
        FeatureSet items(ItemFilter filter);
    }

    /** bbox as minLon, minLat, maxLon, maxLat (null: unknown); dates inclusive, null when open or unknown. */
    public record Extent(double[] bbox, LocalDate start, LocalDate end) {
    }

    public OgcCollection {
        if (!id.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("collection id must be a URL-safe word: " + id);
    }
}
