package org.frontline.web.ogc;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontline.web.BadParameterException;
import org.frontline.web.NotFoundException;
import org.frontline.web.export.Feature;
import org.frontline.web.export.GeoJsonExporter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * OGC API - Features - Part 1: Core at {@code /ogc}: landing page, conformance, API definition, collections and
 * their items with {@code bbox}, {@code datetime}, {@code limit} and {@code offset} paging. JSON (GeoJSON for
 * features) by default; HTML for {@code f=html} or a browser's Accept header. Unknown query parameters are a 400,
 * as the standard requires, so a typo never silently returns everything.
 */
@RestController
@RequestMapping("/ogc")
class OgcController {
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final MediaType OPENAPI = MediaType.parseMediaType("application/vnd.oai.openapi+json;version=3.0");
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 10_000;
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    private static final Set<String> ONLY_F = Set.of("f");
    private static final Set<String> ITEMS_PARAMS = Set.of("f", "bbox", "datetime", "limit", "offset");
    /**
     * A collection's metadata also takes (and ignores) the items' filters: GDAL before 3.10 has no datetime option
     * and filters by time only when the filter is part of the collection URL it is given, which it then sends to
     * the collection too ({@code OAPIF:.../collections/claims?datetime=2022-02-25}).
     */
    private static final Set<String> COLLECTION_PARAMS = Set.of("f", "bbox", "datetime");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OgcCollections collections;

    OgcController(OgcCollections collections) {
        this.collections = collections;
    }

    @GetMapping({"", "/"})
    ResponseEntity<?> landing(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        boolean html = html(params, request, ONLY_F);
        String base = base();
        ObjectNode doc = NODES.objectNode();
        doc.put("title", "Frontline");
        doc.put("description", "Dated, attributed claims about places in the Russia–Ukraine war, read from news articles, "
                + "and the places they name, as OGC API - Features.");
        ArrayNode links = doc.putArray("links");
        link(links, base, "self", "application/json", "This document");
        link(links, base + "?f=html", "alternate", "text/html", "This document as HTML");
        link(links, base + "/api", "service-desc", OPENAPI.toString(), "The API definition (OpenAPI 3.0)");
        link(links, base + "/conformance", "conformance", "application/json", "Conformance classes");
        link(links, base + "/collections", "data", "application/json", "Collections");
        return answer(html, "Frontline", doc, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/conformance")
    ResponseEntity<?> conformance(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        boolean html = html(params, request, ONLY_F);
        ObjectNode doc = NODES.objectNode();
        ArrayNode classes = doc.putArray("conformsTo");
        CONFORMANCE.forEach(classes::add);
        ArrayNode links = doc.putArray("links");
        link(links, base() + "/conformance", "self", "application/json", "This document");
        return answer(html, "Conformance", doc, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/api")
    ResponseEntity<?> api(@RequestParam MultiValueMap<String, String> params) {
        unknown(params, ONLY_F);
        return ResponseEntity.ok().contentType(OPENAPI).body(OpenApiDocument.of(base(), collections.all(), DEFAULT_LIMIT, MAX_LIMIT));
    }

    @GetMapping("/collections")
    ResponseEntity<?> collections(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        boolean html = html(params, request, ONLY_F);
        String base = base();
        ObjectNode doc = NODES.objectNode();
        ArrayNode links = doc.putArray("links");
        link(links, base + "/collections", "self", "application/json", "This document");
        link(links, base + "/collections?f=html", "alternate", "text/html", "This document as HTML");
        ArrayNode list = doc.putArray("collections");
        for (OgcCollection c : collections.all()) list.add(describe(c, base));
        return answer(html, "Collections", doc, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/collections/{id}")
    ResponseEntity<?> collection(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
                                 HttpServletRequest request) {
        boolean html = html(params, request, COLLECTION_PARAMS);
        OgcCollection c = find(id);
        return answer(html, c.title(), describe(c, base()), MediaType.APPLICATION_JSON);
    }

    @GetMapping("/collections/{id}/items")
    ResponseEntity<?> items(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
                            HttpServletRequest request) {
        OgcCollection c = find(id);
        boolean html = html(params, request, ITEMS_PARAMS);
        Bbox bbox = bbox(params.getFirst("bbox"));
        LocalDate[] range = Datetime.parse(params.getFirst("datetime"));
        int limit = limit(params.getFirst("limit"));
        int offset = offset(params.getFirst("offset"));
        ItemFilter filter = c.temporal() ? new ItemFilter(bbox, range[0], range[1]) : new ItemFilter(bbox, null, null);

        List<Feature> matched = c.source().items(filter).features();
        if (bbox != null) {
            matched = matched.stream().filter(f -> f.geometry() != null && bbox.intersects(f.geometry().getEnvelopeInternal())).toList();
        }
        int from = Math.min(offset, matched.size());
        int to = Math.min(from + limit, matched.size());
        List<Feature> page = matched.subList(from, to);

        ObjectNode doc = NODES.objectNode();
        doc.put("type", "FeatureCollection");
        ArrayNode features = doc.putArray("features");
        for (Feature f : page) features.add(GeoJsonExporter.feature(f));
        String self = base() + "/collections/" + c.id() + "/items";
        ArrayNode links = doc.putArray("links");
        link(links, page(self, params, offset, limit, "json"), "self", GeoJsonExporter.GEO_JSON.toString(), "This page");
        link(links, page(self, params, offset, limit, "html"), "alternate", "text/html", "This page as HTML");
        if (to < matched.size()) {
            link(links, page(self, params, to, limit, null), "next", GeoJsonExporter.GEO_JSON.toString(), "Next page");
        }
        if (offset > 0) {
            link(links, page(self, params, Math.max(0, offset - limit), limit, null), "prev", GeoJsonExporter.GEO_JSON.toString(), "Previous page");
        }
        link(links, base() + "/collections/" + c.id(), "collection", "application/json", c.title());
        doc.put("numberMatched", matched.size());
        doc.put("numberReturned", page.size());
        doc.put("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return answer(html, c.title(), doc, GeoJsonExporter.GEO_JSON);
    }

    @GetMapping("/collections/{id}/items/{featureId}")
    ResponseEntity<?> item(@PathVariable String id, @PathVariable String featureId,
                           @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        OgcCollection c = find(id);
        boolean html = html(params, request, ONLY_F);
        // per-day collections (control areas: 2022-09-08-RU-1) begin their ids with the day they belong to
        ItemFilter scope = ItemFilter.ALL;
        if (c.temporal() && featureId.matches("\\d{4}-\\d{2}-\\d{2}-.*")) {
            try {
                LocalDate day = LocalDate.parse(featureId.substring(0, 10));
                scope = new ItemFilter(null, day, day);
            } catch (java.time.format.DateTimeParseException e) {
                // not a day after all: search everything
            }
        }
        Feature found = c.source().items(scope).features().stream()
                .filter(f -> f.id() != null && f.id().toString().equals(featureId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no feature '" + Datetime.clip(featureId) + "' in collection " + c.id()));
        ObjectNode doc = GeoJsonExporter.feature(found);
        String self = base() + "/collections/" + c.id() + "/items/" + UriComponentsBuilder.newInstance().pathSegment(featureId).build().encode().toUriString().substring(1);
        ArrayNode links = doc.putArray("links");
        link(links, self, "self", GeoJsonExporter.GEO_JSON.toString(), "This feature");
        link(links, self + "?f=html", "alternate", "text/html", "This feature as HTML");
        link(links, base() + "/collections/" + c.id(), "collection", "application/json", c.title());
        return answer(html, c.title() + " " + featureId, doc, GeoJsonExporter.GEO_JSON);
    }

    // --- collection metadata ----------------------------------------------------------------------------------

    private static ObjectNode describe(OgcCollection c, String base) {
        String self = base + "/collections/" + c.id();
        ObjectNode o = NODES.objectNode();
        o.put("id", c.id());
        o.put("title", c.title());
        o.put("description", c.description());
        o.put("itemType", "feature");
        o.putArray("crs").add(CRS84);
        OgcCollection.Extent e = c.extent() == null ? null : c.extent().get();
        if (e != null) {
            ObjectNode extent = o.putObject("extent");
            if (e.bbox() != null) {
                ObjectNode spatial = extent.putObject("spatial");
                ArrayNode box = spatial.putArray("bbox").addArray();
                for (double d : e.bbox()) box.add(d);
                spatial.put("crs", CRS84);
            }
            if (c.temporal() && (e.start() != null || e.end() != null)) {
                ObjectNode temporal = extent.putObject("temporal");
                ArrayNode interval = temporal.putArray("interval").addArray();
                if (e.start() == null) interval.addNull(); else interval.add(e.start() + "T00:00:00Z");
                if (e.end() == null) interval.addNull(); else interval.add(e.end() + "T23:59:59Z");
                temporal.put("trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
            }
        }
        ArrayNode links = o.putArray("links");
        link(links, self, "self", "application/json", "This collection");
        link(links, self + "?f=html", "alternate", "text/html", "This collection as HTML");
        link(links, self + "/items", "items", GeoJsonExporter.GEO_JSON.toString(), c.title() + " (GeoJSON)");
        link(links, self + "/items?f=html", "items", "text/html", c.title() + " (HTML)");
        return o;
    }

    private OgcCollection find(String id) {
        return collections.get(id).orElseThrow(() -> new NotFoundException("no collection '" + Datetime.clip(id)
                + "'; the collections are " + collections.all().stream().map(OgcCollection::id).toList()));
    }

    // --- parameters -------------------------------------------------------------------------------------------

    /** Whether to answer HTML: {@code f=html}, or no {@code f} and a client that prefers text/html (a browser). */
    private static boolean html(MultiValueMap<String, String> params, HttpServletRequest request, Set<String> allowed) {
        unknown(params, allowed);
        String f = params.getFirst("f");
        if (f != null && !f.isBlank()) {
            return switch (f.trim().toLowerCase(Locale.ROOT)) {
                case "html" -> true;
                case "json", "geojson" -> false;
                default -> throw new BadParameterException("f", "'" + Datetime.clip(f) + "' is not a format here (json, html)");
            };
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) return false;
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            types = new java.util.ArrayList<>(types);
            types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()); // stable: ties keep the client's order
            for (MediaType t : types) {
                if (t.getQualityValue() == 0) continue;
                if (t.isCompatibleWith(MediaType.TEXT_HTML) && !t.isWildcardType()) return true;
                if (t.isWildcardType() || t.getSubtype().contains("json")) return false;
            }
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false; // an unreadable Accept header gets the default, JSON
        }
        return false;
    }

    private static void unknown(MultiValueMap<String, String> params, Set<String> allowed) {
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw new BadParameterException(name, "unknown query parameter; this resource takes " + allowed.stream().sorted().toList());
            }
        }
    }

    static Bbox bbox(String value) {
        if (value == null || value.isBlank()) return null;
        String[] parts = value.split(",");
        if (parts.length != 4 && parts.length != 6) {
            throw new BadParameterException("bbox", "expected minLon,minLat,maxLon,maxLat (4 numbers, or 6 with heights), got '"
                    + Datetime.clip(value) + "'");
        }
        double[] n = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                n[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadParameterException("bbox", "'" + Datetime.clip(parts[i]) + "' is not a number");
            }
            if (!Double.isFinite(n[i])) throw new BadParameterException("bbox", "coordinates must be finite numbers");
        }
        // 6 numbers: minLon, minLat, minHeight, maxLon, maxLat, maxHeight; heights do not apply to these 2D features
        double minLon = n[0], minLat = n[1], maxLon = parts.length == 4 ? n[2] : n[3], maxLat = parts.length == 4 ? n[3] : n[4];
        if (minLon < -180 || minLon > 180 || maxLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLat > 90 || maxLat < -90) {
            throw new BadParameterException("bbox", "longitudes must lie in [-180, 180] and latitudes in [-90, 90] (CRS84)");
        }
        if (minLat > maxLat) throw new BadParameterException("bbox", "the southern edge " + minLat + " is north of the northern edge " + maxLat);
        return new Bbox(minLon, minLat, maxLon, maxLat);
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) return DEFAULT_LIMIT;
        long n = whole("limit", value);
        if (n < 1) throw new BadParameterException("limit", "must be at least 1");
        return (int) Math.min(n, MAX_LIMIT); // larger asks get the maximum, as the standard permits
    }

    static int offset(String value) {
        if (value == null || value.isBlank()) return 0;
        long n = whole("offset", value);
        if (n < 0) throw new BadParameterException("offset", "must not be negative");
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static long whole(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "'" + Datetime.clip(value) + "' is not a whole number");
        }
    }

    // --- links and answers ------------------------------------------------------------------------------------

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/ogc").build().toUriString();
    }

    /** The items URL with the client's filters kept, and this page's offset, limit and format. */
    private static String page(String items, MultiValueMap<String, String> params, int offset, int limit, String f) {
        UriComponentsBuilder u = UriComponentsBuilder.fromUriString(items);
        for (String p : List.of("bbox", "datetime")) {
            String v = params.getFirst(p);
            if (v != null && !v.isBlank()) u.queryParam(p, v);
        }
        u.queryParam("limit", limit);
        if (offset > 0) u.queryParam("offset", offset);
        if ("html".equals(f)) u.queryParam("f", "html");
        return u.encode().build().toUriString();
    }

    private static void link(ArrayNode links, String href, String rel, String type, String title) {
        ObjectNode l = links.addObject();
        l.put("href", href);
        l.put("rel", rel);
        l.put("type", type);
        l.put("title", title);
    }

    private static ResponseEntity<?> answer(boolean html, String title, JsonNode doc, MediaType json) {
        if (html) return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(OgcHtml.page(title, doc));
        return ResponseEntity.ok().contentType(json).body(doc);
    }
}
