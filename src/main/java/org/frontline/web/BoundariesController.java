package org.frontline.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.frontline.FrontlineProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The bundled boundaries (Ukraine's border and oblasts) as GeoJSON, for the offline basemap and for GIS users. */
@RestController
class BoundariesController {
    private static final Map<String, String> FILES = Map.of(
            "border", "ukraine-border.geojson",
            "oblasts", "ukraine-oblasts.geojson");
    private final Path dir;

    BoundariesController(FrontlineProperties props) {
        this.dir = props.gazetteerPath().resolve("boundaries");
    }

    @GetMapping("/api/boundaries/{name}")
    ResponseEntity<Resource> boundary(@PathVariable String name) throws IOException {
        String file = FILES.get(name);
        if (file == null) throw new NotFoundException("no boundary layer '" + Params.clip(name) + "' (try " + FILES.keySet() + ")");
        Path path = dir.resolve(file);
        if (!Files.isReadable(path)) throw new NotFoundException("boundary file missing: " + path);
        return ResponseEntity.ok().contentType(ApiController.GEO_JSON).body(new FileSystemResource(path));
    }
}
