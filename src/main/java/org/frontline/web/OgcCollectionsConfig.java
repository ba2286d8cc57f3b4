package org.frontline.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.store.ClaimQuery;
import org.frontline.store.FrontlineStore;
import org.frontline.web.export.Feature;
import org.frontline.web.export.FeatureSet;
import org.frontline.web.ogc.ItemFilter;
import org.frontline.web.ogc.OgcCollection;
import org.locationtech.jts.geom.Envelope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The collections of the OGC API ({@code /ogc/collections}), in the order listed. Each is a bean; the control
 * collections join here as one bean each once the frontline stage is merged (docs/downloads-and-ogc.md).
 */
@Configuration
class OgcCollectionsConfig {

    @Bean
    @Order(1)
    OgcCollection claimsCollection(FrontlineStore store) {
        OgcCollection.Source source = filter -> claims(store, filter);
        return new OgcCollection("claims", "Claims",
                "Dated, attributed claims (captured, withdrawn, advance, repelled, fighting, strike, evacuation) at the place "
                        + "they name; datetime filters by the event date, by whole days.", true, source,
                () -> {
                    List<LocalDate> dates = store.dates();
                    return new OgcCollection.Extent(bbox(source.items(ItemFilter.ALL)),
                            dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1));
                });
    }

    @Bean
    @Order(2)
    OgcCollection placesCollection(FrontlineStore store) {
        OgcCollection.Source source = filter -> {
            List<Feature> features = new ArrayList<>();
            for (var p : FeatureWriter.set("places", store.places().stream().map(Features::place).toList()).features()) {
                // a place's id is its gazetteer id, the same placeId the claims carry
                features.add(new Feature(p.values().get("placeId"), p.geometry(), p.values()));
            }
            return FeatureSet.of("places", features);
        };
        return new OgcCollection("places", "Places",
                "Places named by at least one stored article, with how often; places have no date, so datetime does not "
                        + "filter them.", false, source,
                () -> new OgcCollection.Extent(bbox(source.items(ItemFilter.ALL)), null, null));
    }

    @Bean
    @Order(3)
    OgcCollection controlCollection(org.frontline.frontline.ControlService control, FrontlineStore store) {
        return new OgcCollection("control", "Control areas", "Areas held by each side on one day (UA, RU, contested); "
                + "datetime picks the day (an interval: its last day; none: the latest day with claims).", true,
                filter -> { LocalDate d = ControlSets.day(filter, store); return ControlSets.areas(d, control.areas(d)); },
                () -> new OgcCollection.Extent(new double[]{22.1, 44.3, 40.3, 52.4}, null, null));
    }

    @Bean
    @Order(4)
    OgcCollection frontlineCollection(org.frontline.frontline.ControlService control, FrontlineStore store) {
        return new OgcCollection("frontline", "Front line", "Where the sides' areas meet on one day; datetime picks the "
                + "day as for control.", true,
                filter -> { LocalDate d = ControlSets.day(filter, store); return ControlSets.frontLines(d, control.frontLines(d)); },
                () -> new OgcCollection.Extent(new double[]{22.1, 44.3, 40.3, 52.4}, null, null));
    }

    private static FeatureSet claims(FrontlineStore store, ItemFilter filter) {
        double[] bbox = filter.bbox() == null ? null : filter.bbox().array();
        // the same cross-article conflict links as /api/claims, so both sides of a disputed place show together
        return FeatureWriter.set("claims", ClaimFeatures.list(store, new ClaimQuery(filter.from(), filter.to(), bbox, null, null, null)));
    }

    private static double[] bbox(FeatureSet set) {
        Envelope e = new Envelope();
        for (Feature f : set.features()) if (f.geometry() != null) e.expandToInclude(f.geometry().getEnvelopeInternal());
        return e.isNull() ? null : new double[]{e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
    }
}
