package org.frontline.web;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frontline.frontline.ControlFeatures;
import org.frontline.frontline.ControlImportException;
import org.frontline.frontline.ControlService;
import org.frontline.frontline.ImportReport;
import org.frontline.frontline.SettlementControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Control areas, front lines and changes per date as GeoJSON; control-table imports. */
@RestController
public class ControlController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final ControlService control;

    public ControlController(ControlService control) {
        this.control = control;
    }

    @GetMapping("/api/control")
    public ResponseEntity<String> control(@RequestParam(required = false) String date) {
        LocalDate d = date("date", date);
        return geoJson(ControlFeatures.areas(d, control.areas(d)));
    }

    @GetMapping("/api/frontline")
    public ResponseEntity<String> frontline(@RequestParam(required = false) String date) {
        LocalDate d = date("date", date);
        return geoJson(ControlFeatures.frontLines(d, control.frontLines(d)));
    }

    @GetMapping("/api/changes")
    public ResponseEntity<String> changes(@RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to) {
        LocalDate a = date("from", from);
        LocalDate b = date("to", to);
        if (b.isBefore(a)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "parameter 'to' (" + b + ") must not be before parameter 'from' (" + a + ")");
        }
        return geoJson(ControlFeatures.changes(a, b, control.changes(a, b)));
    }

    /** Why one settlement (gazetteer id) has its side on the date: basis, deciding settlement and claims. */
    @GetMapping(value = "/api/control/settlements/{placeId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> settlement(@PathVariable long placeId, @RequestParam(required = false) String date) {
        LocalDate d = date("date", date);
        SettlementControl s = control.settlement(placeId, d).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "place " + placeId + " is not a settlement of the control map"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("placeId", s.settlement().id());
        m.put("name", s.settlement().name());
        m.put("lat", s.settlement().lat());
        m.put("lon", s.settlement().lon());
        m.put("date", d.toString());
        m.put("side", s.side().wire());
        m.put("basis", s.basis().wire());
        m.put("decidedByPlaceId", s.decidedBy() == null ? null : s.decidedBy().id());
        m.put("decidedByName", s.decidedBy() == null ? null : s.decidedBy().name());
        m.put("distanceKm", Math.round(s.distanceKm() * 10) / 10.0);
        m.put("claimIds", s.claimIds());
        return m;
    }

    /**
     * Imports a control table (text/csv); answers counts and the rejected rows with their line numbers.
     * {@code source} names the claimant; {@code asOf} dates rows whose as_of is empty (snapshot tables).
     */
    @PostMapping(value = "/api/control/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ImportReport importCsv(@RequestBody(required = false) String csv,
                                  @RequestParam(required = false) String source,
                                  @RequestParam(required = false) String asOf) {
        if (csv == null || csv.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "the request body must be a CSV control table with a header: name, lat, lon, held_by, as_of");
        }
        try {
            LocalDate defaultAsOf = asOf == null || asOf.isBlank() ? null : date("asOf", asOf);
            return control.importCsv(new StringReader(csv), source, defaultAsOf);
        } catch (ControlImportException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException(name, "required: an ISO date such as 2022-03-15");
        }
        LocalDate d = Params.date(name, value);
        if (d.getYear() < 1900 || d.getYear() > 2200) throw new BadParameterException(name, "outside the years 1900 to 2200");
        return d;
    }

    private static ResponseEntity<String> geoJson(String body) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }
}
