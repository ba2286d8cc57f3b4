package org.frontline.frontline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regenerates gazetteer/baseline/ru-held-2022-02-23.geojson from the oblast polygons and the hand-drawn
 * 2015-2022 line of contact below. Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.frontline.frontline.BaselineBuilder}.
 */
public final class BaselineBuilder {

    /**
     * The line of contact of February 2015 - February 2022 (Minsk II), drawn by hand between settlements known to
     * be held by each side, from north-east to the Sea of Azov; the Russian-held side is to the south and east.
     * Closed far outside the oblasts (in Russia and the sea) and then clipped to Donetsk and Luhansk oblasts.
     */
    static final double[][] LINE_OF_CONTACT = {
            // along the Siverskyi Donets: Stanytsia Luhanska, Shchastia, Trokhizbenka (UA) north of the river
            {39.90, 48.635}, {39.60, 48.628}, {39.48, 48.640}, {39.40, 48.665}, {39.30, 48.700},
            {39.22, 48.718}, {39.10, 48.725}, {38.97, 48.735}, {38.85, 48.718},
            // Zolote / Popasna (UA) against Pervomaisk / Kirovsk (RU)
            {38.72, 48.700}, {38.60, 48.668}, {38.53, 48.650}, {38.47, 48.600},
            // Svitlodarsk bulge (UA) against Debaltseve (RU, since February 2015)
            {38.44, 48.520}, {38.35, 48.450}, {38.27, 48.405}, {38.16, 48.390},
            // north of Horlivka, Toretsk (UA)
            {38.06, 48.390}, {37.96, 48.350}, {37.89, 48.300}, {37.86, 48.220},
            // Avdiivka (UA) against Yasynuvata (RU); Donetsk airport, Pisky (UA)
            {37.80, 48.150}, {37.77, 48.100}, {37.71, 48.060}, {37.64, 48.030},
            // Marinka, Krasnohorivka (UA) west of Donetsk
            {37.57, 47.975}, {37.55, 47.920}, {37.58, 47.860},
            // Olenivka, Dokuchaievsk (RU) against Novotroitske, Volnovakha (UA)
            {37.61, 47.790}, {37.62, 47.720}, {37.70, 47.640},
            // down the Kalmius: Hranitne (UA) against Starobesheve, Staromarivka (RU)
            {37.80, 47.560}, {37.90, 47.470}, {37.86, 47.360}, {37.80, 47.260},
            // Sartana, Hnutove (UA) against Pikuzy/Kominternove (RU); Shyrokyne (UA) on the coast
            {37.78, 47.195}, {37.86, 47.120}, {37.86, 47.000},
            // close through the sea and Russia
            {38.60, 46.700}, {41.00, 46.700}, {41.00, 48.635}, {39.90, 48.635}};

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : SharedData.baselineFile();
        Files.writeString(out, build(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    static String build() {
        GeometryFactory gf = new GeometryFactory();
        Geometry oblasts = SharedData.readGeoJson(SharedData.repo("gazetteer/boundaries/ukraine-oblasts.geojson"));
        Map<String, Geometry> byAdmin1 = new LinkedHashMap<>();
        for (int i = 0; i < oblasts.getNumGeometries(); i++) {
            Geometry g = oblasts.getGeometryN(i);
            Map<?, ?> props = (Map<?, ?>) g.getUserData();
            byAdmin1.put(String.valueOf(props.get("admin1")), g);
        }
        Coordinate[] ring = new Coordinate[LINE_OF_CONTACT.length];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Coordinate(LINE_OF_CONTACT[i][0], LINE_OF_CONTACT[i][1]);
        }
        Geometry beyondLine = gf.createPolygon(ring);
        Geometry donbas = UnaryUnionOp.union(List.of(byAdmin1.get("05"), byAdmin1.get("14")));
        Geometry ordlo = beyondLine.intersection(donbas);

        List<Map<String, Object>> features = new ArrayList<>();
        features.add(feature(byAdmin1.get("11"), "Autonomous Republic of Crimea",
                "Natural Earth 10m admin-1 polygon (gazetteer/boundaries/ukraine-oblasts.geojson, admin1 11)",
                "Occupied by Russia since February-March 2014; annexation not recognised internationally."));
        features.add(feature(byAdmin1.get("20"), "Sevastopol",
                "Natural Earth 10m admin-1 polygon (gazetteer/boundaries/ukraine-oblasts.geojson, admin1 20)",
                "Occupied by Russia since February-March 2014."));
        features.add(feature(ordlo, "Occupied parts of Donetsk and Luhansk oblasts",
                "Approximate line of contact of 2015-2022 drawn by hand for Frontline from public knowledge "
                        + "(OSCE SMM reports and maps, the Minsk II line, Wikipedia 'War in Donbas'), "
                        + "clipped to the Natural Earth Donetsk (05) and Luhansk (14) oblast polygons",
                "Held by Russia and its proxies ('DPR', 'LPR') on 2022-02-23: Donetsk, Horlivka, Makiivka, "
                        + "Yenakiieve, Debaltseve, Luhansk, Alchevsk, Kadiivka, Dovzhansk, Khrustalnyi, Antratsyt, "
                        + "Shakhtarsk, Chystiakove, Snizhne, Ilovaisk, Amvrosiivka, Novoazovsk. Ukraine held "
                        + "Mariupol, Avdiivka, Marinka, Sievierodonetsk, Lysychansk, Shchastia, Popasna, Stanytsia "
                        + "Luhanska. Accuracy a few km: the grey zone is not modelled."));
        // the rear: Ukraine's outline where it runs along the oblasts bordering Russia and Belarus (none of them has
        // a coast); Volyn's short Belarusian border is left out, as it also borders Poland
        List<Geometry> rearOblasts = new ArrayList<>();
        for (String a : List.of("19", "27", "13", "02", "21", "07", "14")) {
            rearOblasts.add(byAdmin1.get(a));
        }
        Geometry outline = SharedData.border(SharedData.repo("gazetteer/boundaries/ukraine-border.geojson"));
        Geometry rear = outline.getBoundary().intersection(UnaryUnionOp.union(rearOblasts).buffer(0.01));
        org.locationtech.jts.operation.linemerge.LineMerger merger = new org.locationtech.jts.operation.linemerge.LineMerger();
        merger.add(rear);
        Map<String, Object> rearFeature = feature(gf.buildGeometry(merger.getMergedLineStrings()),
                "Land border with Russia and Belarus (the rear)",
                "Ukraine's outline (gazetteer/boundaries/ukraine-border.geojson) along the Natural Earth oblasts "
                        + "Rivne (19), Zhytomyr (27), Kyiv (13), Chernihiv (02), Sumy (21), Kharkiv (07) and Luhansk (14)",
                "Where the February 2022 invasion came from. Colours nothing by itself: used only to close triangles "
                        + "between a Russian-held town and the border (docs/control-method.md, 'between' rule).");
        @SuppressWarnings("unchecked")
        Map<String, Object> rearProps = (Map<String, Object>) rearFeature.get("properties");
        rearProps.put("role", "rear");
        features.add(rearFeature);
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("name", "ru-held-2022-02-23");
        fc.put("features", features);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(fc) + "\n";
    }

    private static Map<String, Object> feature(Geometry g, String name, String source, String note) {
        GeoJsonWriter w = new GeoJsonWriter(6);
        w.setEncodeCRS(false);
        w.setForceCCW(true);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("side", "RU");
        props.put("name", name);
        props.put("source", source);
        props.put("note", note);
        f.put("properties", props);
        f.put("geometry", JsonMapper.builder().build().readValue(w.write(g), Map.class));
        return f;
    }
}
