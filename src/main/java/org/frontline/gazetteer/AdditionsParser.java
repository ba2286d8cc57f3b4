package org.frontline.gazetteer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses and validates {@code additions.yaml} through SnakeYAML's node API, which keeps line numbers. It collects
 * every problem (unknown section or key, missing or mistyped field, coordinate out of range, duplicate id or key)
 * as "file:line: message" and rejects the file whole when there is any: a half-applied additions file would
 * leave the user guessing which of their edits are live.
 */
final class AdditionsParser {
    private static final Set<String> SECTIONS = Set.of("add", "alias", "move", "suppress");
    private static final Set<String> ADD_KEYS = Set.of("id", "name", "lat", "lon", "featureClass", "featureCode",
            "country", "admin1", "population", "alternates", "source");
    private static final Set<String> ALIAS_KEYS = Set.of("id", "names");
    private static final Set<String> MOVE_KEYS = Set.of("id", "lat", "lon", "source");
    private static final Set<String> SUPPRESS_KEYS = Set.of("id", "reason");
    private static final Set<String> FEATURE_CLASSES = Set.of("A", "H", "L", "P", "R", "S", "T", "U", "V");

    private final String file;
    private final List<String> problems = new ArrayList<>();
    private int firstProblemLine;

    private AdditionsParser(String file) {
        this.file = file;
    }

    /** Parses the file; a missing file is no additions. Throws {@link AdditionsException} listing all problems. */
    static Additions parse(Path path, String displayName) {
        if (!Files.exists(path)) {
            return new Additions(displayName, List.of(), List.of(), List.of(), List.of());
        }
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AdditionsException(displayName, 0, List.of(displayName + ": not valid UTF-8"));
        } catch (IOException e) {
            throw new AdditionsException(displayName, 0, List.of(displayName + ": cannot read: " + e));
        }
        return parse(text, displayName);
    }

    static Additions parse(String text, String displayName) {
        return new AdditionsParser(displayName).run(text);
    }

    private Additions run(String text) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problem(m == null ? 0 : m.getLine() + 1, "not valid YAML: " + e.getProblem());
            throw failure();
        } catch (YAMLException e) {
            problem(0, "not valid YAML: " + e.getMessage());
            throw failure();
        }
        List<Additions.Add> adds = new ArrayList<>();
        List<Additions.Alias> aliases = new ArrayList<>();
        List<Additions.Move> moves = new ArrayList<>();
        List<Additions.Suppress> suppressions = new ArrayList<>();
        if (root != null && !isNull(root)) {
            if (!(root instanceof MappingNode map)) {
                problem(line(root), "expected sections add, alias, move, suppress at the top level");
                throw failure();
            }
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                String section = keyText(t.getKeyNode());
                int at = line(t.getKeyNode());
                if (!SECTIONS.contains(section)) {
                    problem(at, "unknown section '" + section + "' (expected add, alias, move or suppress)");
                    continue;
                }
                Integer before = seen.putIfAbsent(section, at);
                if (before != null) {
                    problem(at, "section '" + section + "' appears twice (first on line " + before + ")");
                    continue;
                }
                for (Map<String, Node> entry : entries(t.getValueNode(), section)) {
                    switch (section) {
                        case "add" -> addEntry(entry, adds);
                        case "alias" -> aliasEntry(entry, aliases);
                        case "move" -> moveEntry(entry, moves);
                        default -> suppressEntry(entry, suppressions);
                    }
                }
            }
        }
        checkDuplicateIds(adds);
        if (!problems.isEmpty()) {
            throw failure();
        }
        return new Additions(file, adds, aliases, moves, suppressions);
    }

    /** The entries of a section as key → node maps (the "" key holds the entry node itself, for its line). */
    private List<Map<String, Node>> entries(Node section, String name) {
        List<Map<String, Node>> out = new ArrayList<>();
        if (isNull(section)) {
            return out;
        }
        if (!(section instanceof SequenceNode seq)) {
            problem(line(section), "section '" + name + "' must be a list of entries (- id: ...)");
            return out;
        }
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                problem(line(item), "an entry of '" + name + "' must be a mapping of fields");
                continue;
            }
            Map<String, Node> fields = new LinkedHashMap<>();
            fields.put("", item);
            for (NodeTuple t : m.getValue()) {
                String key = keyText(t.getKeyNode());
                if (fields.containsKey(key)) {
                    problem(line(t.getKeyNode()), "field '" + key + "' given twice");
                }
                fields.put(key, t.getValueNode());
            }
            out.add(fields);
        }
        return out;
    }

    private void addEntry(Map<String, Node> e, List<Additions.Add> out) {
        int at = line(e.get(""));
        int before = problems.size();
        unknownKeys(e, ADD_KEYS, "add");
        Long id = id(e, at);
        String name = string(e, "name", at, true);
        Double lat = coordinate(e, "lat", 90, at, true);
        Double lon = coordinate(e, "lon", 180, at, true);
        String featureClass = string(e, "featureClass", at, false);
        if (featureClass != null && !FEATURE_CLASSES.contains(featureClass)) {
            problem(line(e.get("featureClass")), "featureClass must be one of " + FEATURE_CLASSES.stream().sorted().toList());
        }
        String featureCode = string(e, "featureCode", at, false);
        String country = string(e, "country", at, false);
        if (country != null && !country.matches("[A-Z]{2}")) {
            problem(line(e.get("country")), "country must be a two-letter ISO code like UA");
        }
        String admin1 = string(e, "admin1", at, false);
        Long population = null;
        if (e.containsKey("population")) {
            population = integer(e.get("population"), "population");
            if (population != null && population < 0) {
                problem(line(e.get("population")), "population must not be negative");
            }
        }
        List<String> alternates = e.containsKey("alternates") ? names(e.get("alternates"), "alternates") : List.of();
        String source = string(e, "source", at, false);
        if (problems.size() == before) {
            out.add(new Additions.Add(at, id, name, lat, lon, featureClass, featureCode, country, admin1,
                    population, alternates, source));
        }
    }

    private void aliasEntry(Map<String, Node> e, List<Additions.Alias> out) {
        int at = line(e.get(""));
        int before = problems.size();
        unknownKeys(e, ALIAS_KEYS, "alias");
        Long id = id(e, at);
        List<String> names = List.of();
        if (!e.containsKey("names")) {
            problem(at, "alias needs 'names'");
        } else {
            names = names(e.get("names"), "names");
            if (names.isEmpty() && problems.size() == before) {
                problem(line(e.get("names")), "'names' is empty");
            }
        }
        if (problems.size() == before) {
            out.add(new Additions.Alias(at, id, names));
        }
    }

    private void moveEntry(Map<String, Node> e, List<Additions.Move> out) {
        int at = line(e.get(""));
        int before = problems.size();
        unknownKeys(e, MOVE_KEYS, "move");
        Long id = id(e, at);
        Double lat = coordinate(e, "lat", 90, at, true);
        Double lon = coordinate(e, "lon", 180, at, true);
        String source = string(e, "source", at, false);
        if (problems.size() == before) {
            out.add(new Additions.Move(at, id, lat, lon, source));
        }
    }

    private void suppressEntry(Map<String, Node> e, List<Additions.Suppress> out) {
        int at = line(e.get(""));
        int before = problems.size();
        unknownKeys(e, SUPPRESS_KEYS, "suppress");
        Long id = id(e, at);
        String reason = string(e, "reason", at, false);
        if (problems.size() == before) {
            out.add(new Additions.Suppress(at, id, reason));
        }
    }

    private void checkDuplicateIds(List<Additions.Add> adds) {
        Map<Long, Integer> first = new HashMap<>();
        for (Additions.Add a : adds) {
            Integer before = first.putIfAbsent(a.id(), a.line());
            if (before != null) {
                problem(a.line(), "duplicate id " + a.id() + " (already added on line " + before + ")");
            }
        }
    }

    private void unknownKeys(Map<String, Node> e, Set<String> allowed, String section) {
        for (String key : e.keySet()) {
            if (!key.isEmpty() && !allowed.contains(key)) {
                problem(keyLine(e, key), "unknown field '" + key + "' in " + section + " (allowed: "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private int keyLine(Map<String, Node> e, String key) {
        return line(e.get(key));
    }

    private Long id(Map<String, Node> e, int at) {
        if (!e.containsKey("id")) {
            problem(at, "missing required field 'id'");
            return null;
        }
        Long id = integer(e.get("id"), "id");
        if (id != null && id <= 0) {
            problem(line(e.get("id")), "id must be a positive integer");
        }
        return id;
    }

    private Long integer(Node n, String what) {
        if (!(n instanceof ScalarNode s) || isNull(n)) {
            problem(line(n), what + " must be an integer");
            return null;
        }
        try {
            return Long.parseLong(s.getValue().strip());
        } catch (NumberFormatException ex) {
            problem(line(n), what + " must be an integer, not '" + s.getValue() + "'");
            return null;
        }
    }

    private Double coordinate(Map<String, Node> e, String key, double max, int at, boolean required) {
        Node n = e.get(key);
        if (n == null) {
            if (required) {
                problem(at, "missing required field '" + key + "'");
            }
            return null;
        }
        if (!(n instanceof ScalarNode s) || isNull(n) || s.getTag().equals(Tag.STR) && s.getScalarStyle()
                != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
            problem(line(n), key + " must be a number");
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(s.getValue().strip());
        } catch (NumberFormatException ex) {
            problem(line(n), key + " must be a number, not '" + s.getValue() + "'");
            return null;
        }
        if (!(d >= -max && d <= max)) {
            problem(line(n), key + " " + s.getValue() + " is out of range [-" + (int) max + ", " + (int) max + "]");
            return null;
        }
        return d;
    }

    private String string(Map<String, Node> e, String key, int at, boolean required) {
        Node n = e.get(key);
        if (n == null || isNull(n)) {
            if (required) {
                problem(n == null ? at : line(n), "missing required field '" + key + "'");
            }
            return null;
        }
        if (!(n instanceof ScalarNode s)) {
            problem(line(n), key + " must be a single value");
            return null;
        }
        String v = s.getValue().strip();
        if (v.isEmpty() && required) {
            problem(line(n), key + " must not be empty");
            return null;
        }
        return v.isEmpty() ? null : v;
    }

    private List<String> names(Node n, String what) {
        List<String> out = new ArrayList<>();
        if (n instanceof ScalarNode s && !isNull(n)) {
            out.add(s.getValue().strip());
        } else if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !isNull(item) && !s.getValue().isBlank()) {
                    out.add(s.getValue().strip());
                } else {
                    problem(line(item), what + " must be a list of names");
                }
            }
        } else if (!isNull(n)) {
            problem(line(n), what + " must be a list of names");
        }
        return out;
    }

    private static String keyText(Node key) {
        return key instanceof ScalarNode s ? s.getValue() : String.valueOf(key);
    }

    private static boolean isNull(Node n) {
        return n == null || Tag.NULL.equals(n.getTag());
    }

    private static int line(Node n) {
        return n == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private void problem(int line, String message) {
        if (problems.isEmpty()) {
            firstProblemLine = line;
        }
        problems.add(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
    }

    private AdditionsException failure() {
        return new AdditionsException(file, firstProblemLine, problems);
    }
}
