package org.peacetalks.fuzz;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.peacetalks.util.RuleFiles;

/**
 * The rule reader on any bytes: lines, sections and words read or refused with
 * the file and line; boilerplate rules (id, kind, regex) compiled or refused.
 */
class RuleFilesFuzzTest {
    @FuzzTest(maxDuration = Fuzz.CI_DURATION)
    void ruleFilesAreReadOrRefused(byte[] data) {
        fuzzerTestOneInput(data);
    }

    public static void fuzzerTestOneInput(byte[] data) {
        String content = Fuzz.text(data);
        Fuzz.refusalOnly(() -> {
            List<RuleFiles.Line> lines = RuleFiles.parse("fuzz.rules", new StringReader(content));
            for (RuleFiles.Line l : lines)
                if (l.text().isEmpty() || l.text().startsWith("#") || l.number() < 1) throw new AssertionError("not a rule line: " + l);
            Map<String, List<RuleFiles.Line>> sections = RuleFiles.sections("fuzz.rules", lines);
            for (String name : sections.keySet()) {
                if (!sections.get(name).isEmpty()) RuleFiles.words(sections, "fuzz.rules", name);
            }
        });
        // A rule file is the project's own data, not untrusted input, and Jazzer's regex-injection detector reports any
        // pattern that fails to compile: the regex of each line is quoted, so ids, kinds and the line structure are
        // fuzzed here and the refusal of a bad regex is CleanerTest's.
        // The lines are the reader's own (a lone CR ends a line for it), so that no quote is split across two lines.
        StringBuilder quoted = new StringBuilder();
        for (RuleFiles.Line l : RuleFiles.parse("fuzz.rules", new StringReader(content))) {
            String[] parts = l.text().split("\\s+", 3);
            quoted.append(parts.length == 3 ? parts[0] + " " + parts[1] + " " + Pattern.quote(parts[2]) : l.text()).append('\n');
        }
        Fuzz.refusalOnly(() -> org.peacetalks.ingest.Cleaner.fromRules("fuzz.rules", quoted.toString()));
    }
}
