package org.peacetalks.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.util.FmtUtils;

/** SHACL validation with a report a person can act on: one line per violation, naming the file it came from. */
public final class Validation {
    private final Shapes shapes;

    public Validation(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /**
     * Validates {@code data}; returns one line per violation. {@code where}
     * maps a focus node to the file (and line) it came from.
     */
    public List<String> violations(Graph data, Function<Node, String> where) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (e.severity() != Severity.Violation) continue;
            String path = e.resultPath() == null ? "" : " " + e.resultPath();
            String value = e.value() == null ? "" : " (value " + FmtUtils.stringForNode(e.value()) + ")";
            out.add(where.apply(e.focusNode()) + ": " + FmtUtils.stringForNode(e.focusNode()) + path + ": " + e.message() + value);
        }
        return out;
    }
}
