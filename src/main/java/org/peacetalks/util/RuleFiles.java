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
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
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
}
