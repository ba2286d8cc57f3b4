package org.frontline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.ArticlePipeline;
import org.frontline.FrontlineProperties;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.MatchKind;
import org.frontline.gazetteer.Place;
import org.springframework.web.bind.annotation.PathVariable;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.gazetteer.GazetteerFilter;
import org.frontline.ingest.Article;
import org.frontline.store.ArticleRow;
import org.frontline.store.ClaimQuery;
import org.frontline.store.FrontlineStore;
import org.frontline.store.ProcessedArticle;
import org.frontline.store.SaveOutcome;
import org.frontline.web.export.GeoJsonExporter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The REST/GeoJSON API of DESIGN.md's contract table. */
@RestController
@RequestMapping("/api")
class ApiController {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private final FrontlineStore store;
    private final GazetteerService gazetteer;
    private final ArticlePipeline pipeline;
    private final FrontlineProperties props;
    /** Spring's mapper, so streamed answers are written with the same settings as the others. */
    private final JsonMapper json;
    /** server.compression.enabled: the streamed claims compress themselves, so they follow the same switch. */
    private final boolean compression;
    private final AnswerCache answers;

    ApiController(FrontlineStore store, GazetteerService gazetteer, ArticlePipeline pipeline, FrontlineProperties props,
                  JsonMapper json, @Value("${server.compression.enabled:false}") boolean compression) {
        this.store = store;
        this.gazetteer = gazetteer;
        this.pipeline = pipeline;
        this.props = props;
        this.json = json;
        this.compression = compression;
        this.answers = new AnswerCache(props.answerCacheSize() != null ? props.answerCacheSize().toBytes()
                : AnswerCache.defaultBound(Runtime.getRuntime().maxMemory()));
    }

    @GetMapping("/articles")
    List<ArticleRow> articles() {
        return store.articles();
    }

    @GetMapping("/mentions")
    ResponseEntity<?> mentions(@RequestParam(required = false) String article, @RequestParam(required = false) String f) {
        Format format = Format.of(f);
        if (article == null || article.isBlank()) throw new BadParameterException("article", "required: the id of an article (see /api/articles)");
        if (store.article(article).isEmpty()) throw new NotFoundException("no article with id '" + Params.clip(article) + "'");
        List<PointFeature> features = store.mentions(article).stream().filter(m -> m.resolved()).map(Features::mention).toList();
        return respond(features, format, f != null, "frontline-mentions-" + safe(article));
    }

    @GetMapping("/places")
    ResponseEntity<?> places(@RequestParam(required = false) String f) {
        Format format = Format.of(f);
        return respond(store.places().stream().map(Features::place).toList(), format, f != null, "frontline-places");
    }

    @GetMapping("/claims")
    ResponseEntity<?> claims(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String date, @RequestParam(required = false) String bbox,
                             @RequestParam(required = false) String type, @RequestParam(required = false) String actor,
                             @RequestParam(required = false) String article, @RequestParam(required = false) String f,
                             HttpServletRequest request, HttpServletResponse response) throws IOException {
        Format format = Format.of(f);
        LocalDate day = Params.date("date", date);
        LocalDate start = day != null ? day : Params.date("from", from);
        LocalDate end = day != null ? day : Params.date("to", to);
        Params.range(start, end);
        ClaimQuery q = new ClaimQuery(start, end, Params.bbox(bbox), Params.type(type),
                Params.side("actor", actor, props.sides().keySet()), article == null || article.isBlank() ? null : article);
        String name = "frontline-claims" + (day != null ? "-" + day
                : (start != null ? "-" + start : "") + (end != null ? "_" + end : ""));
        if (format == Format.GEOJSON) {
            streamClaims(q, f != null ? name + "." + format.exporter().extension() : null, request, response);
            return null; // answered
        }
        return respond(ClaimFeatures.list(store, q), format, f != null, name);
    }

    /**
     * Writes the claims as GeoJSON while they are read (the map asks for a day at a time: 2 MB and 3,000 claims at
     * 1M stored), with the headers {@link #respond} and {@link DataVersionETags} would give. A failure before the
     * first ~16 kB leave (the generator's and Tomcat's buffers) still becomes a problem+json answer: the response
     * is reset, ETag included. Later, the answer is already under way and the connection is cut instead, so a
     * client never takes a truncated collection for a whole one.
     */
    private void streamClaims(ClaimQuery q, String attachment, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(GeoJsonExporter.GEO_JSON.toString());
        if (attachment != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(attachment).build().toString());
        }
        Object etag = request.getAttribute(DataVersionETags.ATTRIBUTE);
        if (etag != null) {
            response.setHeader(HttpHeaders.ETAG, etag.toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        boolean gzip = compression && acceptsGzip(request);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        Long version = request.getAttribute(DataVersionETags.VERSION) instanceof Long v ? v : null;
        String key = answers.enabled() && version != null
                ? AnswerCache.key(version, request.getRequestURI(), request.getQueryString(), gzip) : null;
        byte[] cached = key == null ? null : answers.get(version, key);
        if (cached != null) {
            response.setContentLength(cached.length);
            response.getOutputStream().write(cached);
            return;
        }
        OutputStream body = response.getOutputStream();
        AnswerCache.Recorder recorder = key == null ? null : answers.recorder();
        if (recorder != null) body = recorder.around(body);
        if (gzip) {
            // Gzip here rather than by Tomcat (which then leaves the answer alone): Tomcat's deflate level 6 cost
            // ~20 ms of CPU per 2 MB day at 1M claims, level 1 ~7 ms, for an answer ~25 % larger on the wire.
            body = new GZIPOutputStream(body, 16384) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }
        JsonGenerator g = json.createGenerator(body);
        try {
            GeoJsonStream out = new GeoJsonStream(g);
            ClaimFeatures.stream(store, q, out::feature);
            out.end();
        } catch (RuntimeException e) {
            if (!response.isCommitted()) response.reset();
            throw e;
        }
        g.close(); // only on success: closing flushes what the generator holds (and ends the gzip stream)
        byte[] copy = recorder == null ? null : recorder.copy();
        if (copy != null) answers.put(version, key, copy);
    }

    /** Whether the client takes gzip (RFC 9110: listed without q=0). */
    static boolean acceptsGzip(HttpServletRequest request) {
        java.util.Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        while (headers != null && headers.hasMoreElements()) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.trim().split(";");
                if (!parts[0].trim().equalsIgnoreCase("gzip")) continue;
                boolean refused = false;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
                    if (p.startsWith("q=") && p.substring(2).matches("0(\\.0*)?")) refused = true;
                }
                if (!refused) return true;
            }
        }
        return false;
    }

    /** The download formats every collection answers with {@code f=}, so clients need not probe. */
    @GetMapping("/formats")
    List<Map<String, String>> formats() {
        List<Map<String, String>> out = new java.util.ArrayList<>();
        for (Format f : Format.values()) {
            out.add(Map.of("f", f.name().toLowerCase(java.util.Locale.ROOT), "extension", f.exporter().extension(),
                    "mediaType", f.exporter().mediaType().toString()));
        }
        return out;
    }

    @GetMapping("/dates")
    List<LocalDate> dates() {
        return store.dates();
    }

    @GetMapping("/gazetteer")
    ResponseEntity<?> gazetteer(@RequestParam(required = false) String q, @RequestParam(required = false) String limit,
                                @RequestParam(required = false) String bbox, @RequestParam(required = false) String admin1,
                                @RequestParam(required = false) String country, @RequestParam(required = false) String f) {
        Format format = Format.of(f);
        if (q == null || q.isBlank()) throw new BadParameterException("q", "required: a place name to look up");
        if (q.length() > 200) throw new BadParameterException("q", "at most 200 characters");
        double[] box = Params.bbox(bbox);
        String countryCode = country == null || country.isBlank() ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
        if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
            throw new BadParameterException("country", "an ISO 3166 two-letter code such as UA");
        }
        String admin1Code = admin1 == null || admin1.isBlank() ? null : admin1.trim();
        if (admin1Code != null && !admin1Code.matches("[A-Za-z0-9]{1,20}")) {
            throw new BadParameterException("admin1", "a GeoNames admin1 code such as 07");
        }
        if (admin1Code != null && countryCode == null) countryCode = "UA";
        GazetteerFilter filter = new GazetteerFilter(
                box == null ? null : new org.locationtech.jts.geom.Envelope(box[0], box[2], box[1], box[3]), countryCode, admin1Code);
        Gazetteer g = gazetteer.current();
        List<Candidate> found = g.search(q, filter, Params.limit(limit, 20, 500));
        List<PointFeature> features = new java.util.ArrayList<>();
        for (int i = 0; i < found.size(); i++) features.add(Features.candidate(found.get(i), i + 1, g));
        return respond(features, format, f != null, "frontline-gazetteer");
    }

    /**
     * One gazetteer place as a Feature: its polygon when it is a region with a boundary (oblasts, Donbas), else its
     * point. Region phrases in articles resolve to these places, so a map can draw the area a claim refers to.
     */
    @GetMapping("/gazetteer/{id}")
    ResponseEntity<?> gazetteerPlace(@PathVariable String id) {
        long placeId;
        try {
            placeId = Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new BadParameterException("id", "'" + Params.clip(id) + "' is not a gazetteer id (a whole number)");
        }
        Gazetteer g = gazetteer.current();
        Place p = g.byId(placeId).orElseThrow(() -> new NotFoundException("no gazetteer place with id " + placeId));
        ObjectNode feature = FeatureWriter.feature(Features.candidate(new Candidate(p, p.name(), MatchKind.EXACT), 1, g));
        g.boundary(placeId).ifPresent(poly -> feature.set("geometry", GeometryJson.of(poly)));
        ((ObjectNode) feature.path("properties")).remove(List.of("rank", "matchedName", "match"));
        return ResponseEntity.ok().contentType(GEO_JSON).body(feature);
    }

    @PostMapping(path = "/parse", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode parse(@RequestBody JsonNode body) {
        ProcessedArticle p = pipeline.process(articleFrom(body, "parse"));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("mentions", FeatureWriter.collection(p.mentions().stream().filter(m -> m.resolved()).map(Features::mention).toList()));
        out.set("claims", FeatureWriter.collection(p.claims().stream().map(Features::claim).toList()));
        return out;
    }

    @PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> addArticle(@RequestBody JsonNode body) {
        Article a = articleFrom(body, null);
        SaveOutcome saved = store.save(pipeline.process(a), "api");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", saved.articleId());
        answer.put("created", saved.created());
        URI location = URI.create("/api/mentions?article=" + saved.articleId());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).location(location).body(answer);
    }

    /**
     * Reads an article from a JSON body. For {@code POST /api/articles} without an id the id is derived from the
     * content, so that a retried request lands on the same article.
     */
    private Article articleFrom(JsonNode body, String fixedId) {
        if (body == null || !body.isObject()) throw new BadParameterException("body", "expected a JSON object with text and published");
        JsonNode textNode = body.get("text");
        if (textNode == null || !textNode.isString() || textNode.asString().isBlank()) {
            throw new BadParameterException("text", "required: the article text as a non-empty string");
        }
        String text = textNode.asString();
        if (text.length() > props.maxArticleChars()) {
            throw new BadParameterException("text", "longer than the limit of " + props.maxArticleChars() + " characters");
        }
        if (text.indexOf('\0') >= 0) throw new BadParameterException("text", "contains NUL characters: binary data is not article text");
        JsonNode pub = body.get("published");
        if (pub == null || !pub.isString()) throw new BadParameterException("published", "required: the publication date as YYYY-MM-DD");
        LocalDate published;
        try {
            published = LocalDate.parse(pub.asString().trim());
        } catch (DateTimeParseException e) {
            throw new BadParameterException("published", "'" + Params.clip(pub.asString()) + "' is not a date (YYYY-MM-DD)");
        }
        if (published.isAfter(LocalDate.now().plusDays(1))) throw new BadParameterException("published", published + " is in the future");
        String id = fixedId;
        if (id == null) {
            String given = str(body, "id");
            if (given != null && !given.matches("[A-Za-z0-9_.-]{1,100}")) {
                throw new BadParameterException("id", "1 to 100 characters of letters, digits, '_', '.', '-'");
            }
            id = given != null ? given : "api-" + FrontlineStore.contentHash(published, text).substring(0, 16);
        }
        return new Article(id, str(body, "title"), str(body, "source"), str(body, "url"), published, text);
    }

    private static String str(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isString()) throw new BadParameterException(field, "must be a string");
        return n.asString();
    }

    private ResponseEntity<?> respond(List<PointFeature> features, Format format, boolean download, String baseName) {
        // the layer (GeoPackage table, Shapefile name) is the collection: "frontline-claims-2022-09-08" -> "claims"
        String layer = baseName.replaceFirst("^frontline-", "").replaceFirst("-.*$", "");
        return Downloads.respond(FeatureWriter.set(layer, features), format, download, baseName);
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
