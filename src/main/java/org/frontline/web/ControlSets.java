package org.frontline.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.frontline.ControlArea;
import org.frontline.frontline.ControlChange;
import org.frontline.frontline.FrontLine;
import org.frontline.store.FrontlineStore;
import org.frontline.web.export.Feature;
import org.frontline.web.export.FeatureSet;
import org.frontline.web.ogc.ItemFilter;

/**
 * Control areas, front lines and changes as typed feature sets for every output (GeoJSON, CSV, GeoPackage,
 * Shapefile, OGC items). Ids begin with the day so that an OGC item id finds its day's map again.
 */
final class ControlSets {
    private ControlSets() {
    }

    static FeatureSet areas(LocalDate date, List<ControlArea> areas) {
        List<Feature> fs = new ArrayList<>();
        Map<String, Integer> seq = new LinkedHashMap<>();
        for (ControlArea a : areas) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("date", date);
            v.put("side", a.side().wire());
            v.put("areaKm2", round(a.areaKm2()));
            v.put("settlements", a.settlements());
            v.put("settlementsByClaims", a.settlementsByClaims());
            v.put("claims", a.claimCount());
            v.put("claimIds", a.claimIds());
            v.put("claimIdsTruncated", a.claimIds().size() < a.claimCount());
            String side = a.side().wire();
            fs.add(new Feature(date + "-" + side + "-" + seq.merge(side, 1, Integer::sum), a.geometry(), v));
        }
        return FeatureSet.of("control", fs);
    }

    static FeatureSet frontLines(LocalDate date, List<FrontLine> lines) {
        List<Feature> fs = new ArrayList<>();
        int i = 0;
        for (FrontLine l : lines) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("date", date);
            v.put("between", l.between());
            v.put("sides", List.of(l.sideA().wire(), l.sideB().wire()));
            v.put("lengthKm", round(l.lengthKm()));
            fs.add(new Feature(date + "-" + l.between().replace('|', '-') + "-" + (++i), l.geometry(), v));
        }
        return FeatureSet.of("frontline", fs);
    }

    static FeatureSet changes(LocalDate fromDate, LocalDate toDate, List<ControlChange> changes) {
        List<Feature> fs = new ArrayList<>();
        int i = 0;
        for (ControlChange c : changes) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("fromDate", fromDate);
            v.put("toDate", toDate);
            v.put("from", c.from().wire());
            v.put("to", c.to().wire());
            v.put("areaKm2", round(c.areaKm2()));
            v.put("settlements", c.settlements());
            v.put("claims", c.claimCount());
            v.put("claimIds", c.claimIds());
            v.put("claimIdsTruncated", c.claimIds().size() < c.claimCount());
            fs.add(new Feature(toDate + "-" + fromDate + "-" + (++i), c.geometry(), v));
        }
        return FeatureSet.of("changes", fs);
    }

    /** The asked instant, or an interval's last day, or without datetime the latest day with claims. */
    static LocalDate day(ItemFilter filter, FrontlineStore store) {
        if (filter.to() != null) return filter.to();
        if (filter.from() != null) return filter.from();
        List<LocalDate> dates = store.dates();
        return dates.isEmpty() ? LocalDate.now() : dates.get(dates.size() - 1);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
