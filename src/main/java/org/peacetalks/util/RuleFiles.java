package org.peacetalks.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads rule and lexicon files kept as resources beside the code that uses them; comments (#) and blank lines skipped. */
public final class RuleFiles {
    private RuleFiles() {}

    /** One meaningful line and its 1-based number, for error messages. */
    public record Line(int number, String text) {}

    /** The lines of {@code resource} next to {@code owner}; a missing file is an error naming it. */
    public static List<Line> read(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) throw new InputException(resource, "rule file not found on the classpath");
        return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The meaningful lines of a rule file's text; {@code resource} names it in errors. */
    public static List<Line> parse(String resource, java.io.Reader in) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(new Line(no, t));
            }
        } catch (IOException e) {
            throw new InputException(resource, "cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The lines of a sectioned rule file: each {@code [name]} header opens a
     * section, later lines belong to it; a line before any header is an error.
     */
    public static java.util.Map<String, List<Line>> sections(Class<?> owner, String resource) {
        return sections(resource, read(owner, resource));
    }

    /** {@link #sections(Class, String)} of lines already read. */
    public static java.util.Map<String, List<Line>> sections(String resource, List<Line> lines) {
        java.util.Map<String, List<Line>> out = new java.util.LinkedHashMap<>();
        List<Line> current = null;
        for (Line l : lines) {
            if (l.text().startsWith("[")) {
                if (!l.text().matches("\\[[a-z-]+\\]")) throw new InputException(resource + ":" + l.number(), "bad section header '" + l.text() + "'");
                current = out.computeIfAbsent(l.text().substring(1, l.text().length() - 1).strip(), k -> new ArrayList<>());
            } else if (current == null) {
                throw new InputException(resource + ":" + l.number(), "entry before the first [section] header");
            } else {
                current.add(l);
            }
        }
        return out;
    }

    /** Section {@code name} as lowercase entries; a missing or empty section is an error naming the file. */
    public static List<String> words(java.util.Map<String, List<Line>> sections, String resource, String name) {
        List<Line> lines = sections.get(name);
        if (lines == null || lines.isEmpty()) throw new InputException(resource, "section [" + name + "] is missing or empty");
        return lines.stream().map(l -> l.text().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
