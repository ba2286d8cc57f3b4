package org.frontline.web.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every exporter writes: a layer name ({@code claims}, {@code control}), a typed schema and the features.
 * Points, lines and polygons alike, so the control endpoints go through the same writers as the claims.
 */
public record FeatureSet(String layer, List<Attribute> attributes, List<Feature> features) {

    public FeatureSet {
        attributes = List.copyOf(attributes);
        features = List.copyOf(features);
    }

    /**
     * A set whose schema is read from the values: each attribute in order of first appearance, typed by its first
     * non-null value (integers meeting reals become reals, other mixes text; all-null columns are text).
     */
    public static FeatureSet of(String layer, List<Feature> features) {
        Map<String, AttributeType> types = new LinkedHashMap<>();
        for (Feature f : features) {
            f.values().forEach((k, v) -> {
                AttributeType seen = types.get(k);
                AttributeType now = AttributeType.of(v);
                if (now == null) types.putIfAbsent(k, null); // keeps the column's position until a value types it
                else types.put(k, seen == null ? now : seen.widen(now));
            });
        }
        List<Attribute> schema = new ArrayList<>();
        types.forEach((k, t) -> schema.add(new Attribute(k, t == null ? AttributeType.TEXT : t)));
        return new FeatureSet(layer, schema, features);
    }

    public int size() {
        return features.size();
    }
}
