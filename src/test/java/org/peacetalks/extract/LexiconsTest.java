package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetalks.rdf.RdfFiles;

/** The one reporting-verb list of attribution.rules, read for the dependency reader (lemmas) and the quotation reader (forms). */
class LexiconsTest {
    static Lexicons lex;

    @BeforeAll
    static void load() throws Exception {
        Graph reference = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(Path.of("data/reference"))) RdfFiles.parseInto(f, reference);
        lex = new Lexicons(reference);
    }

    @Test
    void eachVerbIsReadByTheReadersItsRoleNames() {
        // "say | quotes": both readers; "accuse": the dependency reader only; "ask | quotes only": quotations only;
        // "believe" ([belief-verbs]): a stance, never the verb of a quotation
        List<Boolean> lemma = List.of("say", "accuse", "ask", "believe").stream().map(lex.reportingVerbs::contains).toList();
        List<Boolean> forms = List.of("said", "accused", "asked", "believed").stream().map(lex.reportingForms::contains).toList();
        assertEquals(List.of(true, true, false, true), lemma);
        assertEquals(List.of(true, false, true, false), forms);
    }

    @Test
    void quotationFormsAreTheInflectionsOfTheMarkedVerbsAndThePhrases() {
        assertEquals(Set.of(true), Set.of(lex.reportingForms.containsAll(List.of("says", "said", "saying", "told", "tells",
            "wrote", "written", "replied", "according to", "put it"))));
        assertEquals(List.of(), lex.reportingForms.stream().filter(f -> f.equals("sayed") || f.equals("writed") || f.equals("called")).toList());
    }
}
