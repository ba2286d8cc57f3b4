package org.frontline.web.ogc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The registry of the OGC API's collections: every {@link OgcCollection} bean, in bean order. */
@Component
public class OgcCollections {
    private final Map<String, OgcCollection> byId = new LinkedHashMap<>();

    public OgcCollections(List<OgcCollection> collections) {
        for (OgcCollection c : collections) {
            if (byId.putIfAbsent(c.id(), c) != null) throw new IllegalStateException("two OGC collections named " + c.id());
        }
    }

    public List<OgcCollection> all() {
        return List.copyOf(byId.values());
    }

    public Optional<OgcCollection> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
