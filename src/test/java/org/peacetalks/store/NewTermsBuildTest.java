package org.peacetalks.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.util.InputException;
import org.peacetalks.vocab.PT;

/**
 * The curated format's keys for the terms of ontology 0.2.0 (assessments, attestations,
 * occasions, degrees, exchanges, data sets, derivation, full quotations, notes) come out
 * as the triples the ontology defines, and each misuse stops the build naming file and
 * line; the shapes' SPARQL constraints reject graphs that break them.
 */
class NewTermsBuildTest {
    static final String ARTICLE = "Reuters reported that Russia is winning. A draft reviewed by Reuters stipulates neutrality "
        + "in exchange for guarantees. Russia would cede a limited amount of land at the Istanbul talks. "
        + "Front-line maps show Russia holds 18% of Ukraine. “We are open to a dialogue on Ukraine,” Putin said.\n";
    static final String REFERENCE = """
        @prefix pt: <https://w3id.org/peacetalks/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @base <https://w3id.org/peacetalks/id/> .
        <person/vladimir-putin> a pt:Person ; rdfs:label "Vladimir Putin"@en .
        <org/reuters> a pt:NewsOutlet ; rdfs:label "Reuters"@en .
        <state/russia> a pt:State , pt:Territory ; rdfs:label "Russia"@en .
        <state/ukraine> a pt:State , pt:Territory ; rdfs:label "Ukraine"@en .
        <document/draft> a pt:TreatyDraft ; rdfs:label "The draft"@en .
        <document/report> a pt:Report ; rdfs:label "The report"@en .
        <event/istanbul-talks> a pt:Negotiation ; rdfs:label "Istanbul talks"@en .
        <measure/count> a skos:Concept ; skos:prefLabel "count"@en ; skos:inScheme <measure/scheme> .
        <measure/scheme> a skos:ConceptScheme ; rdfs:label "measures"@en .
        """;
    static final String ANNOTATIONS = """
        article: a1
        derivedFrom: document/report
        sources:
          - id: maps
            anchor: Front-line maps
            kind: map
        claims:
          - anchor: Reuters reported that Russia is winning.
            source: org/reuters
            verb: reported
            statedIn: document/report
            note: a heading
            assessment: {assessed: state/russia, verdict: winning, content: Russia is winning}
          - anchor: A draft reviewed by Reuters
            source: org/reuters
            attestation: {document: document/draft, attests: sighting, copies: 1, content: Reuters reviewed a draft}
          - anchor: stipulates neutrality
            id: neutrality
            source: org/reuters
            provision: {document: document/draft, content: neutrality, inExchangeFor: guarantees}
          - anchor: in exchange for guarantees
            id: guarantees
            source: org/reuters
            provision: {document: document/draft, content: guarantees}
          - anchor: Russia would cede a limited amount of land at the Istanbul talks.
            source: article
            position: {holder: state/russia, stance: offer, content: cede land, degree: limited, degreeText: a limited amount,
                       heldAt: event/istanbul-talks, heldOn: 2022-03}
          - anchor: Russia holds 18% of Ukraine
            source: article
            basedOn: source/maps
            control: {controller: state/russia, territory: state/ukraine, share: 18}
          - anchor: “We are open to
            source: person/vladimir-putin
            quote: We are open to
            fullQuote: We are open to a dialogue on Ukraine
            statement: {about: [state/ukraine], content: We are open to a dialogue on Ukraine}
        """;

    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void setUp() throws IOException {
        data = dir.resolve("data");
        write("articles/a1.txt", ARTICLE);
        write("articles/a1.meta.yaml", "title: null\n");
        write("annotations/a1.yaml", ANNOTATIONS);
        write("reference/entities.ttl", REFERENCE);
    }

    void write(String rel, String content) throws IOException {
        Path p = data.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    Graph article() {
        StoreBuilder.Prepared p = new StoreBuilder(data, Path.of("ontology"), PT.Ids.standard()).prepare();
        return p.articleGraphs().values().iterator().next();
    }

    static List<String> select(Graph g, String vars, String where) {
        String q = "PREFIX pt: <https://w3id.org/peacetalks/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX id: <https://w3id.org/peacetalks/id/> SELECT " + vars + " WHERE { " + where + " }";
        List<String> rows = new java.util.ArrayList<>();
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(g))) {
            qe.execSelect().forEachRemaining(s -> {
                TreeSet<String> cols = new TreeSet<>();
                s.varNames().forEachRemaining(v -> cols.add(v + "=" + (s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString())));
                rows.add(String.join(" ", cols));
            });
        }
        java.util.Collections.sort(rows);
        return rows;
    }

    InputException fails(String expectedFile, String expectedText) {
        InputException e = assertThrows(InputException.class, this::article);
        assertTrue(e.getMessage().startsWith(expectedFile), () -> "message should name " + expectedFile + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(expectedText), () -> "message should say '" + expectedText + "': " + e.getMessage());
        return e;
    }

    @Test
    void emitsEveryNewTerm() {
        Graph g = article();
        assertEquals(List.of("c=Russia is winning"),
            select(g, "?c", "?p a pt:Assessment ; pt:assessed id:state\\/russia ; pt:verdict pt:Winning ; pt:concerns id:state\\/russia ; pt:content ?c"));
        assertEquals(List.of("n=a heading"), select(g, "?n", "?cl pt:statedIn id:document\\/report ; rdfs:comment ?n"));
        assertEquals(List.of("v=1"), select(g, "?v", "?p a pt:DocumentAttestation ; pt:attests pt:Sighting ; pt:document id:document\\/draft ; pt:quantity/pt:value ?v"));
        assertEquals(List.of("a=neutrality b=guarantees"), select(g, "?a ?b", "?p pt:content ?a ; pt:inExchangeFor ?q . ?q pt:content ?b"));
        assertEquals(List.of("d=2022-03 t=a limited amount"),
            select(g, "?d ?t", "?p pt:heldAt id:event\\/istanbul-talks ; pt:concerns id:event\\/istanbul-talks ; pt:heldOn ?d ; pt:degree pt:Limited ; pt:degreeText ?t"));
        assertEquals(List.of("l=Front-line maps"), select(g, "?l", "?c pt:basedOn ?m . ?m a pt:Map ; rdfs:label ?l"));
        assertEquals(List.of("a=https://w3id.org/peacetalks/id/article/" + select(g, "?x", "?x a pt:NewsArticle").get(0).replaceAll(".*/article/", "")),
            select(g, "?a", "?a pt:derivedFromReport id:document\\/report ; prov:wasDerivedFrom id:document\\/report"));
        assertEquals(List.of("f=We are open to a dialogue on Ukraine"), select(g, "?f", "?c pt:fullQuotation ?f"));
    }

    @Test
    void rejectsExchangeWithAnUnknownClaim() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("inExchangeFor: guarantees", "inExchangeFor: guarantee"));
        fails("data/annotations/a1.yaml:17", "inExchangeFor names no claim id of this file: 'guarantee'");
    }

    @Test
    void rejectsDuplicateClaimIds() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("id: guarantees", "id: neutrality"));
        fails("data/annotations/a1.yaml:22:9", "duplicate claim id 'neutrality'");
    }

    @Test
    void rejectsADataSetAsSource() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("    source: article\n    basedOn: source/maps", "    source: source/maps"));
        fails("data/annotations/a1.yaml:30", "'source/maps' is a data set or map, not someone who makes a claim");
    }

    @Test
    void rejectsAFullQuoteNotInTheText() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("fullQuote: We are open to a dialogue on Ukraine", "fullQuote: We are open to a dialogue on Europe"));
        fails("data/annotations/a1.yaml:36:16", "fullQuote is not in the article text");
    }

    @Test
    void rejectsAFullQuoteNoLongerThanItsAnchor() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("fullQuote: We are open to a dialogue on Ukraine", "fullQuote: We are open to"));
        fails("data/annotations/a1.yaml:36:16", "fullQuote is only for a quotation longer than its anchor");
    }

    @Test
    void rejectsADegreeOnAStatement() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("statement: {about: [state/ukraine],", "statement: {degree: major, about: [state/ukraine],"));
        fails("data/annotations/a1.yaml:37:25", "'degree' qualifies a position or a provision");
    }

    @Test
    void rejectsADegreeTextNotInTheText() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("degreeText: a limited amount", "degreeText: a small amount"));
        fails("data/annotations/a1.yaml", "degreeText is not in the article text");
    }

    @Test
    void rejectsAnUnknownVerdict() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("verdict: winning", "verdict: victorious"));
        fails("data/annotations/a1.yaml:13:51", "'verdict' must be one of [cannot-win, losing, stalemate, upper-hand, winning], found 'victorious'");
    }

    @Test
    void shapesRejectAPersonAsBasisAndADocumentAsOccasion() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("basedOn: source/maps", "basedOn: person/vladimir-putin")
            .replace("heldAt: event/istanbul-talks", "heldAt: document/report"));
        InputException e = fails("data/annotations/a1.yaml", "a claim is based on a data set, a map or a document");
        assertTrue(e.getMessage().contains("pt:heldAt") || e.getMessage().contains("heldAt"), e.getMessage());
    }

    @Test
    void shapesRejectAnAboutnessPropertyWithoutConcerns() {
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.source("ontology/shapes.ttl").parse(shapes);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source("ontology/peacetalks.ttl").parse(g);
        RDFParser.fromString("""
            @prefix pt: <https://w3id.org/peacetalks/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            <urn:p> a pt:Proposition , pt:Statement ; pt:content "x" ; pt:about <urn:e> .
            <urn:q> a pt:Proposition , pt:Statement ; pt:content "y" ; pt:about <urn:e> ; pt:concerns <urn:e> ; pt:inExchangeFor <urn:q> .
            <urn:a> a pt:NewsArticle ; pt:derivedFromReport <urn:r> .
            <urn:t> a pt:Territory . <urn:b> a pt:NewsArticle ; pt:territoryAtIssue <urn:t> .
            <urn:c> a pt:NewsArticle ; pt:territoryAtIssue <urn:t> ; pt:mentions <urn:t> .
            """, Lang.TURTLE).parse(g);
        List<String> v = new Validation(shapes).violations(g, n -> "test");
        Node p = NodeFactory.createURI("urn:p");
        assertTrue(v.stream().anyMatch(s -> s.contains("<urn:p>") && s.contains("not stated as pt:concerns")), v.toString());
        assertTrue(v.stream().noneMatch(s -> s.contains("<urn:q>") && s.contains("not stated as pt:concerns")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("<urn:q>") && s.contains("not for itself")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("<urn:a>") && s.contains("without prov:wasDerivedFrom")),
            v.stream().filter(s -> s.contains("urn:a")).toList().toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("<urn:b>") && s.contains("pt:territoryAtIssue without pt:mentions")), v.toString());
        assertTrue(v.stream().noneMatch(s -> s.contains("<urn:c>") && s.contains("territoryAtIssue")), v.toString());
        assertTrue(p.isURI());
    }
}
