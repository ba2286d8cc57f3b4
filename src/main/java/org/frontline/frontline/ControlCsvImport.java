package org.frontline.frontline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimType;
import org.frontline.claims.DatePrecision;
import org.frontline.frontline.ImportReport.RejectedRow;
import org.frontline.gazetteer.Place;
import org.frontline.resolve.Mention;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Turns a settlement-control table (CSV with a header: name, lat, lon, held_by, as_of, optional source_link;
 * other columns ignored) into control claims. One row, one claim: a capture by the holding side dated as_of
 * (a "Contested" row becomes a fighting claim). A row is located on the gazetteer settlement of the same name
 * nearest to its coordinates within {@code importNameKm}; failing that, on the nearest settlement within
 * {@code importPositionKm} whatever its name; failing that, it is rejected (no synthetic places: a control map is
 * made of gazetteer settlements). Bad rows are reported and never stop good rows.
 */
public final class ControlCsvImport {

    /** The claimant used when the caller names none. */
    public static final String DEFAULT_SOURCE = "Control table import";

    /** Coastal towns may sit just outside a generalised border; this much slack (degrees, about 3 km) is allowed. */
    private static final double BORDER_SLACK_DEG = 0.03;

    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            formatter("uuuu-M-d"), formatter("d MMMM uuuu"), formatter("d MMM uuuu"), formatter("MMMM d, uuuu"),
            formatter("MMM d, uuuu"), formatter("d MMMM, uuuu"), formatter("d.M.uuuu"));
    private static final List<DateTimeFormatter> MONTH_FORMATS = List.of(
            formatter("MMMM uuuu"), formatter("MMM uuuu"), formatter("uuuu-M"));

    private final ControlModel model;
    private final ControlInputs inputs;
    private final ControlSettings settings;
    private final PreparedGeometry border;
    private final Map<String, List<Integer>> byFoldedName = new HashMap<>();
    private final GeometryFactory factory = new GeometryFactory();

    public ControlCsvImport(ControlModel model, ControlInputs inputs, ControlSettings settings) {
        this.model = model;
        this.inputs = inputs;
        this.settings = settings;
        this.border = PreparedGeometryFactory.prepare(inputs.border());
        List<Settlement> all = model.settlements();
        for (int i = 0; i < all.size(); i++) {
            byFoldedName.computeIfAbsent(fold(all.get(i).name()), k -> new ArrayList<>()).add(i);
        }
    }

    /** The claims of the good rows and the report on all rows. */
    public record Result(List<Claim> claims, ImportReport report) {
    }

    public Result read(java.io.Reader csv, String sourceName) {
        return read(csv, sourceName, null);
    }

    /**
     * Reads a table; rows with an empty as_of take {@code defaultAsOf} (e.g. the date of a Wikipedia snapshot),
     * or are rejected when it is null.
     */
    public Result read(java.io.Reader csv, String sourceName, LocalDate defaultAsOf) {
        String source = sourceName == null || sourceName.isBlank() ? DEFAULT_SOURCE : sourceName.trim();
        List<Csv.Record> records = Csv.read(csv);
        if (records.isEmpty()) {
            throw new ControlImportException("the control table is empty: expected a header with name, lat, lon, "
                    + "held_by, as_of");
        }
        Map<String, Integer> col = header(records.get(0).fields());
        List<Claim> claims = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        int byName = 0;
        int byPosition = 0;
        for (Csv.Record r : records.subList(1, records.size())) {
            String name = field(r, col, "name");
            try {
                Row row = parse(r, col, name, defaultAsOf);
                Match m = locate(row);
                Claim claim = claim(row, m, source, r);
                if (!ids.add(claim.id())) {
                    throw new RowException("duplicate of an earlier row");
                }
                claims.add(claim);
                if (m.byName()) {
                    byName++;
                } else {
                    byPosition++;
                }
            } catch (RowException e) {
                rejected.add(new RejectedRow(r.line(), name, e.getMessage()));
            }
        }
        return new Result(claims, new ImportReport(source, records.size() - 1, claims.size(), byName, byPosition,
                rejected));
    }

    private static Map<String, Integer> header(List<String> fields) {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            col.putIfAbsent(fields.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("name", "lat", "lon", "held_by", "as_of")) {
            if (!col.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new ControlImportException("the control table's header lacks column(s) " + String.join(", ", missing)
                    + "; expected name, lat, lon, held_by, as_of and optionally source_link, got: "
                    + String.join(",", fields));
        }
        return col;
    }

    private static String field(Csv.Record r, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= r.fields().size() ? "" : r.fields().get(i).trim();
    }

    private record Row(String name, double lat, double lon, String heldBy, Side side, LocalDate date,
                       DatePrecision precision, String asOf, String link) {
    }

    private record Match(int settlement, boolean byName, double km) {
    }

    private static final class RowException extends RuntimeException {
        RowException(String message) {
            super(message, null, false, false);
        }
    }

    private Row parse(Csv.Record r, Map<String, Integer> col, String name, LocalDate defaultAsOf) {
        if (name.isEmpty()) {
            throw new RowException("missing name");
        }
        double lat = number(field(r, col, "lat"), "lat");
        double lon = number(field(r, col, "lon"), "lon");
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new RowException("coordinates out of range (lat " + lat + ", lon " + lon + ")");
        }
        Point p = factory.createPoint(new Coordinate(lon, lat));
        // islands and coastal places may lie off a generalised border: a gazetteer settlement close by vouches
        if (!border.covers(p) && !inputs.border().isWithinDistance(p, BORDER_SLACK_DEG)
                && model.nearest(lon, lat, settings.importPositionKm()) < 0) {
            throw new RowException("coordinates outside Ukraine (lat " + lat + ", lon " + lon + ")");
        }
        String heldBy = field(r, col, "held_by");
        Side side = settings.side(heldBy);
        if (side == null) {
            throw new RowException(heldBy.isEmpty() ? "missing held_by"
                    : "unknown side '" + heldBy + "' (known: " + String.join(", ", settings.sideAliases().keySet())
                    + ")");
        }
        String asOf = field(r, col, "as_of");
        if (asOf.isEmpty() && defaultAsOf != null) {
            asOf = defaultAsOf.toString();
        }
        Object[] date = date(asOf);
        return new Row(name, lat, lon, heldBy, side, (LocalDate) date[0], (DatePrecision) date[1], asOf,
                field(r, col, "source_link"));
    }

    private static double number(String s, String column) {
        if (s.isEmpty()) {
            throw new RowException("missing " + column);
        }
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new RowException("unparseable " + column + " '" + s + "'");
        }
    }

    /** ISO dates, "2 May 2014", "May 2, 2014" (day precision), "May 2014" (month), "2014" (year). */
    static Object[] date(String s) {
        if (s.isEmpty()) {
            throw new RowException("missing as_of date (give a default date for such rows with asOf)");
        }
        String t = s.replaceAll("\\s+", " ").trim();
        for (DateTimeFormatter f : DAY_FORMATS) {
            try {
                return new Object[] {LocalDate.parse(t, f), DatePrecision.DAY};
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : MONTH_FORMATS) {
            try {
                return new Object[] {YearMonth.parse(t, f).atDay(1), DatePrecision.MONTH};
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        if (t.matches("(19|20)\\d\\d")) {
            return new Object[] {LocalDate.of(Integer.parseInt(t), 1, 1), DatePrecision.YEAR};
        }
        throw new RowException("unparseable date '" + s + "' (use 2022-05-02 or 2 May 2022)");
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    private Match locate(Row row) {
        Set<Integer> candidates = new LinkedHashSet<>(byFoldedName.getOrDefault(fold(row.name()), List.of()));
        for (long id : inputs.names().idsNamed(row.name())) {
            int i = model.indexOf(id);
            if (i >= 0) {
                candidates.add(i);
            }
        }
        int best = -1;
        double bestKm = Double.MAX_VALUE;
        for (int i : candidates) {
            Settlement s = model.settlements().get(i);
            double km = Geodesy.distanceKm(row.lon(), row.lat(), s.lon(), s.lat());
            if (km <= settings.importNameKm() && km < bestKm) {
                best = i;
                bestKm = km;
            }
        }
        if (best >= 0) {
            return new Match(best, true, bestKm);
        }
        int near = model.nearest(row.lon(), row.lat(), settings.importPositionKm());
        if (near >= 0) {
            Settlement s = model.settlements().get(near);
            return new Match(near, false, Geodesy.distanceKm(row.lon(), row.lat(), s.lon(), s.lat()));
        }
        throw new RowException("unresolvable name '" + row.name() + "': no settlement of that name within "
                + fmt(settings.importNameKm()) + " km of (" + row.lat() + ", " + row.lon() + ") and none within "
                + fmt(settings.importPositionKm()) + " km");
    }

    private Claim claim(Row row, Match m, String source, Csv.Record r) {
        Settlement s = model.settlements().get(m.settlement());
        Place place = inputs.places().apply(s);
        String articleId = "import:" + slug(source);
        String reason = m.byName()
                ? String.format(Locale.ROOT, "control table row (line %d): name match %.1f km from the row's coordinates",
                r.line(), m.km())
                : String.format(Locale.ROOT, "control table row (line %d): no name match; nearest settlement, %.1f km",
                r.line(), m.km());
        Mention mention = new Mention(articleId, 0, 0, row.name().length(), row.name(), s.name(), place,
                m.byName() ? 1.0 : 0.5, reason);
        String quote = row.name() + ": held by " + row.heldBy() + " as of " + row.asOf()
                + (row.link().isEmpty() ? "" : " (" + row.link() + ")");
        boolean contested = row.side() == Side.CONTESTED;
        String id = "ctl-" + hash(source + "|" + row.name() + "|" + row.lat() + "|" + row.lon() + "|"
                + row.side() + "|" + row.date());
        return new Claim(id, articleId, row.link().isEmpty() ? source : row.link(), row.date(), row.date(),
                row.precision(), contested ? ClaimType.FIGHTING : ClaimType.CAPTURED,
                contested ? null : row.side().wire(), source, null, false, mention, 0, quote.length(), quote,
                List.of());
    }

    /** Case, diacritics, apostrophes and hyphens folded away, for matching table names to gazetteer names. */
    static String fold(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("['’ʼ`ʹ]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static String slug(String s) {
        String f = fold(s).replace(' ', '-');
        return f.length() > 60 ? f.substring(0, 60) : f;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fmt(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }
}
