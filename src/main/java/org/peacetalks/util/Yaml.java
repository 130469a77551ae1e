package org.peacetalks.util;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML node tree that remembers where every value came from, so that each
 * error names the file and line. Built on SnakeYAML's composer (no object
 * binding: our files are data, and unknown keys must be reported, not ignored).
 */
public final class Yaml {
    private final String file;
    private final Node node;

    private Yaml(String file, Node node) {
        this.file = file;
        this.node = node;
    }

    /** Parses one YAML document; a syntax error becomes an {@link InputException} with its position. */
    public static Yaml parse(String file, String content) {
        try (Reader r = new StringReader(content)) {
            LoaderOptions opts = new LoaderOptions();
            opts.setAllowDuplicateKeys(false);
            Composer composer = new Composer(new ParserImpl(new StreamReader(r), opts), new Resolver(), opts);
            Node root = composer.getSingleNode();
            if (root == null) throw new InputException(file, "empty YAML document");
            return new Yaml(file, root);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new InputException(file, m == null ? -1 : m.getLine() + 1, m == null ? -1 : m.getColumn() + 1,
                "malformed YAML: " + (e.getProblem() == null ? e.getMessage() : e.getProblem()));
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof InputException ie) throw ie;
            throw new InputException(file, "malformed YAML: " + e.getMessage());
        }
    }

    public String file() { return file; }
    public int line() { return node.getStartMark().getLine() + 1; }
    public int column() { return node.getStartMark().getColumn() + 1; }

    public InputException error(String message) {
        return new InputException(file, line(), column(), message);
    }

    public boolean isMap() { return node instanceof MappingNode; }
    public boolean isList() { return node instanceof SequenceNode; }
    public boolean isNull() { return node instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue()); }

    private Map<String, Yaml> entries() {
        if (!(node instanceof MappingNode m)) throw error("expected a mapping (key: value)");
        Map<String, Yaml> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) throw new Yaml(file, t.getKeyNode()).error("keys must be plain words");
            out.put(k.getValue(), new Yaml(file, t.getValueNode()));
        }
        return out;
    }

    /** The keys of this mapping; throws naming any key not in {@code allowed}. */
    public Set<String> keys(Set<String> allowed) {
        Map<String, Yaml> e = entries();
        for (Map.Entry<String, Yaml> en : e.entrySet()) {
            if (!allowed.contains(en.getKey()))
                throw en.getValue().error("unknown key '" + en.getKey() + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
        return e.keySet();
    }

    /** The value under {@code key}, or null when absent or YAML null. */
    public Yaml get(String key) {
        Yaml v = entries().get(key);
        return v == null || v.isNull() ? null : v;
    }

    public Yaml require(String key) {
        Yaml v = get(key);
        if (v == null) throw error("missing required key '" + key + "'");
        return v;
    }

    public List<Yaml> list() {
        if (!(node instanceof SequenceNode s)) throw error("expected a list");
        List<Yaml> out = new ArrayList<>();
        for (Node n : s.getValue()) out.add(new Yaml(file, n));
        return out;
    }

    public String str() {
        if (!(node instanceof ScalarNode s)) throw error("expected a single value, not a list or mapping");
        return s.getValue();
    }

    public String str(String key) {
        Yaml v = get(key);
        return v == null ? null : v.str();
    }

    public List<String> strList(String key) {
        Yaml v = get(key);
        if (v == null) return List.of();
        if (!v.isList()) return List.of(v.str());
        return v.list().stream().map(Yaml::str).toList();
    }

    public BigDecimal decimal() {
        String s = str();
        try {
            return new BigDecimal(s.replace("_", ""));
        } catch (NumberFormatException e) {
            throw error("expected a number, found '" + s + "'");
        }
    }

    public BigDecimal decimal(String key) {
        Yaml v = get(key);
        return v == null ? null : v.decimal();
    }

    public Integer integer(String key) {
        Yaml v = get(key);
        if (v == null) return null;
        String s = v.str();
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw v.error("'" + key + "' must be an integer, found '" + s + "'");
        }
    }

    public Boolean bool(String key) {
        Yaml v = get(key);
        if (v == null) return null;
        return switch (v.str().toLowerCase()) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw v.error("'" + key + "' must be true or false, found '" + v.str() + "'");
        };
    }

    /** One of {@code allowed} (lowercase words), or {@code dflt} when absent. */
    public String word(String key, Set<String> allowed, String dflt) {
        Yaml v = get(key);
        if (v == null) return dflt;
        String s = v.str().trim().toLowerCase();
        if (!allowed.contains(s))
            throw v.error("'" + key + "' must be one of " + allowed.stream().sorted().toList() + ", found '" + v.str() + "'");
        return s;
    }
}
