package org.frontline.web.ogc;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.0 definition behind {@code /ogc/api}: one items path per collection (as pygeoapi and ldproxy
 * publish them), so clients such as GDAL read each collection's parameters and the {@code limit} maximum from it.
 */
final class OpenApiDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiDocument() {
    }

    static ObjectNode of(String base, List<OgcCollection> collections, int defaultLimit, int maxLimit) {
        ObjectNode doc = NODES.objectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Frontline OGC API - Features");
        info.put("version", "1.0.0");
        info.put("description", "Claims and places of the Frontline service; see the landing page.");
        doc.putArray("servers").addObject().put("url", base);
        ObjectNode paths = doc.putObject("paths");
        get(paths, "/", "landingPage", "The landing page", "application/json", List.of(format()));
        get(paths, "/conformance", "getConformance", "The conformance classes", "application/json", List.of(format()));
        get(paths, "/api", "getApi", "This API definition", "application/vnd.oai.openapi+json;version=3.0", List.of());
        get(paths, "/collections", "getCollections", "The collections", "application/json", List.of(format()));
        for (OgcCollection c : collections) {
            String p = "/collections/" + c.id();
            get(paths, p, "describe_" + c.id(), c.title() + ": metadata", "application/json", List.of(format()));
            ArrayNode itemParams = NODES.arrayNode();
            itemParams.add(limit(defaultLimit, maxLimit));
            itemParams.add(offset());
            itemParams.add(bbox());
            if (c.temporal()) itemParams.add(datetime());
            itemParams.add(format());
            List<ObjectNode> ps = new java.util.ArrayList<>();
            itemParams.forEach(n -> ps.add((ObjectNode) n));
            get(paths, p + "/items", "getFeatures_" + c.id(), c.title() + ": features", "application/geo+json", ps);
            ObjectNode featureId = NODES.objectNode();
            featureId.put("name", "featureId").put("in", "path").put("required", true).putObject("schema").put("type", "string");
            get(paths, p + "/items/{featureId}", "getFeature_" + c.id(), c.title() + ": one feature", "application/geo+json",
                    List.of(featureId, format()));
        }
        return doc;
    }

    private static void get(ObjectNode paths, String path, String id, String summary, String type, List<ObjectNode> params) {
        ObjectNode op = paths.putObject(path).putObject("get");
        op.put("operationId", id);
        op.put("summary", summary);
        ArrayNode ps = op.putArray("parameters");
        params.forEach(ps::add);
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", "OK");
        ObjectNode content = ok.putObject("content");
        content.putObject(type).putObject("schema").put("type", "object");
        if (!type.startsWith("application/vnd.oai")) content.putObject("text/html").putObject("schema").put("type", "string");
        ObjectNode problem = NODES.objectNode().put("description", "RFC 9457 problem details");
        problem.putObject("content").putObject("application/problem+json").putObject("schema").put("type", "object");
        responses.set("400", problem.deepCopy());
        responses.set("404", problem);
    }

    private static ObjectNode limit(int dflt, int max) {
        ObjectNode p = NODES.objectNode();
        p.put("name", "limit").put("in", "query").put("required", false).put("style", "form").put("explode", false)
                .put("description", "Features per page; larger values are served as the maximum.");
        p.putObject("schema").put("type", "integer").put("minimum", 1).put("maximum", max).put("default", dflt);
        return p;
    }

    private static ObjectNode offset() {
        ObjectNode p = NODES.objectNode();
        p.put("name", "offset").put("in", "query").put("required", false)
                .put("description", "Features to skip (the next/prev links carry it).");
        p.putObject("schema").put("type", "integer").put("minimum", 0).put("default", 0);
        return p;
    }

    private static ObjectNode bbox() {
        ObjectNode p = NODES.objectNode();
        p.put("name", "bbox").put("in", "query").put("required", false).put("style", "form").put("explode", false)
                .put("description", "minLon,minLat,maxLon,maxLat in CRS84 (6 numbers with heights also accepted)");
        ObjectNode s = p.putObject("schema");
        s.put("type", "array").put("minItems", 4).put("maxItems", 6).putObject("items").put("type", "number");
        return p;
    }

    private static ObjectNode datetime() {
        ObjectNode p = NODES.objectNode();
        p.put("name", "datetime").put("in", "query").put("required", false).put("style", "form").put("explode", false)
                .put("description", "An instant (2022-02-25 or 2022-02-25T10:00:00Z) or an interval (2022-02-24/2022-02-26, "
                        + "../2022-03-01, 2022-09-01/..); matched against the claim's event date, by whole days.");
        p.putObject("schema").put("type", "string");
        return p;
    }

    private static ObjectNode format() {
        ObjectNode p = NODES.objectNode();
        p.put("name", "f").put("in", "query").put("required", false).put("description", "json or html (default: by Accept)");
        ObjectNode s = p.putObject("schema");
        s.put("type", "string");
        s.putArray("enum").add("json").add("html");
        return p;
    }
}
