package org.peacetalks.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.peacetalks.extract.Extractor;
import org.peacetalks.rdf.RdfFiles;
import org.peacetalks.util.InputException;
import org.peacetalks.util.RuleFiles;
import org.peacetalks.vocab.PT;

/** The rule catalogue: declarations read from the rule files, and stages held to what is declared. */
class RuleCatalogueTest {
    private static RuleCatalogue of(String file, String text) {
        return RuleCatalogue.of(Map.of(file, RuleFiles.sections(file, RuleFiles.parse(file, new StringReader(text))).get("rules")));
    }

    @Test
    void aDeclarationGivesIdConfidenceAndComment() {
        RuleCatalogue c = of("t.rules", """
            # shapes
            [rules]
            quote-after | 0.85 | “…,” Peskov said
            quote-ranked | learned | the ranker's choice
            """);
        Rule r = c.rule("quote-after");
        assertEquals(new Rule("quote-after", 0.85, "“…,” Peskov said", "t.rules:3"), r);
        assertTrue(c.rule("quote-ranked").learned());
        var scope = c.scope("quotes", PT.Ids.standard(), List.of("quote-after", "quote-ranked"));
        assertEquals("https://w3id.org/peacetalks/id/rule/quote-after", scope.iri("quote-after"));
        assertEquals(0.85, scope.confidence("quote-after"));
        // a learned rule's confidence is the model's, never a declared number
        var e = assertThrows(IllegalStateException.class, () -> scope.confidence("quote-ranked"));
        assertTrue(e.getMessage().contains("learned"), e.getMessage());
    }

    @Test
    void anIdUsedButNotDeclaredFailsTheAssemblyNamingStageAndId() {
        RuleCatalogue c = of("t.rules", "[rules]\nblame-verb | 0.75 | X torpedoed the deal\n");
        var e = assertThrows(IllegalStateException.class,
            () -> c.scope("blame", PT.Ids.standard(), List.of("blame-verb", "blame-telepathy")));
        assertTrue(e.getMessage().contains("stage blame fires rule 'blame-telepathy'"), e.getMessage());
        // a stage firing a declared rule it did not name in its scope fails too
        RuleCatalogue two = of("t.rules", "[rules]\nblame-verb | 0.75 | a\nblame-noun | 0.65 | b\n");
        var scope = two.scope("blame", PT.Ids.standard(), List.of("blame-verb"));
        var e2 = assertThrows(IllegalStateException.class, () -> scope.iri("blame-noun"));
        assertEquals("stage blame fired rule 'blame-noun', which it does not declare", e2.getMessage());
        assertThrows(IllegalStateException.class, () -> two.rule("blame-passive"));
    }

    @Test
    void badDeclarationsNameTheFileAndLine() {
        assertEquals("t.rules:3: rule 'a-b' is declared twice (first at t.rules:2)",
            assertThrows(InputException.class, () -> of("t.rules", "[rules]\na-b | 0.5 | one\na-b | 0.6 | two\n")).getMessage());
        assertEquals("t.rules:2: confidence of rule 'a-b' is 1.5, outside [0, 1]",
            assertThrows(InputException.class, () -> of("t.rules", "[rules]\na-b | 1.5 | one\n")).getMessage());
        assertEquals("t.rules:2: confidence of rule 'a-b' is 'high', not a number in [0, 1] or 'learned'",
            assertThrows(InputException.class, () -> of("t.rules", "[rules]\na-b | high | one\n")).getMessage());
        assertEquals("t.rules:2: a rule is 'id | confidence | comment', got 'a-b | 0.5'",
            assertThrows(InputException.class, () -> of("t.rules", "[rules]\na-b | 0.5\n")).getMessage());
        assertEquals("t.rules:2: bad rule id 'A_b' (lowercase words joined by '-')",
            assertThrows(InputException.class, () -> of("t.rules", "[rules]\nA_b | 0.5 | one\n")).getMessage());
    }

    /** Every shipped declaration is fired by some stage, and every rule a stage fires is declared (else the extractor is not built). */
    @Test
    void theShippedCatalogueIsExactlyWhatTheExtractorFires() {
        Graph ref = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(Path.of("data/reference"))) RdfFiles.parseInto(f, ref);
        Set<String> fired = new Extractor(ref, PT.Ids.standard(), null, null, null, null).rulesFired();
        Set<String> declared = new TreeSet<>();
        RuleCatalogue.shipped().rules().forEach(r -> declared.add(r.id()));
        assertEquals(declared, fired);
        assertEquals(56, declared.size());  // all five files read
        for (Rule r : RuleCatalogue.shipped().rules()) assertTrue(r.comment().length() > 10, r.declaredAt());
    }
}
