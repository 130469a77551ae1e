package org.peacetalks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.vocab.PT;

/**
 * Disputes found in a small corpus whose text carries markup: blame on different parties
 * and a denial, a side's offer against its red line with holders named differently (the
 * state and its president), a territorial figure given differently, and a proposition
 * only one source states, which is no dispute. The page escapes every article string.
 */
class ContestedClaimsTest {
    static final String A1 = "The West <script>alert(1)</script> wrecked the talks. Russia offers a limited land swap. "
        + "Russia holds 18% of Ukraine. Russia is winning.\n";
    static final String A2 = "Johnson wrecked the talks, says Ivanov. Putin rules out any major concession on land. "
        + "Russia holds 20% of Ukraine. Peskov denied that the West wrecked the talks.\n";
    static final String REFERENCE = """
        @prefix pt: <https://w3id.org/peacetalks/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @base <https://w3id.org/peacetalks/id/> .
        <person/vladimir-putin> a pt:Person ; rdfs:label "Vladimir Putin"@en ; pt:tenure <person/vladimir-putin/tenure/president> .
        <person/vladimir-putin/tenure/president> a pt:Tenure ; pt:office "President of Russia" ; pt:organisation <state/russia> .
        <person/boris-johnson> a pt:Person ; rdfs:label "Boris Johnson"@en .
        <person/ivanov> a pt:Person ; rdfs:label "Ivanov"@en .
        <person/dmitry-peskov> a pt:Person ; rdfs:label "Dmitry Peskov"@en .
        <org/the-west> a pt:Organisation ; rdfs:label "the West <b>"@en .
        <state/russia> a pt:State , pt:Territory ; rdfs:label "Russia"@en .
        <state/ukraine> a pt:State , pt:Territory ; rdfs:label "Ukraine"@en .
        <event/collapse> a pt:Breakdown ; rdfs:label "Collapse of the talks"@en .
        <issue/territory> a skos:Concept ; skos:prefLabel "Territory"@en ; skos:inScheme <issue/scheme> .
        <issue/scheme> a skos:ConceptScheme ; rdfs:label "issues"@en .
        """;
    static final String ANN1 = """
        article: a1
        claims:
          - anchor: The West <script>alert(1)</script> wrecked the talks.
            source: article
            blame: {blamed: org/the-west, outcome: event/collapse}
          - anchor: Russia offers a limited land swap.
            source: article
            position: {holder: state/russia, stance: offer, issue: issue/territory, content: a limited land swap, degree: limited, degreeText: limited}
          - anchor: Russia holds 18% of Ukraine.
            source: article
            control: {controller: state/russia, territory: state/ukraine, share: 18}
          - anchor: Russia is winning.
            source: article
            assessment: {assessed: state/russia, verdict: winning, content: Russia is winning}
        """;
    static final String ANN2 = """
        article: a2
        claims:
          - anchor: Johnson wrecked the talks, says Ivanov.
            source: person/ivanov
            verb: says
            blame: {blamed: person/boris-johnson, outcome: event/collapse}
          - anchor: Putin rules out any major concession on land.
            source: article
            position: {holder: person/vladimir-putin, stance: redline, issue: issue/territory, content: any major concession on land, degree: major, degreeText: any major}
          - anchor: Russia holds 20% of Ukraine.
            source: article
            control: {controller: state/russia, territory: state/ukraine, share: 20}
          - anchor: Peskov denied that the West wrecked the talks.
            source: person/dmitry-peskov
            verb: denied
            polarity: denied
            blame: {blamed: org/the-west, outcome: event/collapse}
        """;

    @TempDir
    Path dir;
    DatasetGraph dsg;
    ContestedClaims contested;
    Describer describer;
    static final PT.Ids IDS = PT.Ids.standard();

    @BeforeEach
    void setUp() throws IOException {
        Path data = dir.resolve("data");
        write(data, "articles/a1.txt", A1);
        write(data, "articles/a2.txt", A2);
        write(data, "annotations/a1.yaml", ANN1);
        write(data, "annotations/a2.yaml", ANN2);
        write(data, "reference/entities.ttl", REFERENCE);
        StoreBuilder.Prepared p = new StoreBuilder(data, Path.of("ontology"), IDS).prepare();
        dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            add(NodeFactory.createURI(IDS.ontologyGraph()), p.ontology());
            add(NodeFactory.createURI(IDS.referenceGraph()), p.reference());
            p.articleGraphs().forEach(this::add);
        });
        contested = new ContestedClaims(dsg, IDS);
        describer = new Describer(dsg);
    }

    void add(Node g, Graph graph) { graph.find().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject())); }

    static void write(Path data, String rel, String content) throws IOException {
        Path p = data.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    static String id(String path) { return IDS.entity(path); }

    @Test
    void findsEachKindOfDisputeAndNoOther() {
        List<String> found = Txn.calculateRead(dsg, () -> contested.all().stream().map(d -> d.iri() + " " + d.claims().size()).toList());
        assertEquals(List.of(
            id("contested/blame/event/collapse") + " 3",
            id("contested/position/state/russia/issue/territory") + " 2",
            id("contested/control/state/russia/state/ukraine") + " 2"), found);
    }

    @Test
    void entitiesLinkToTheirDisputes() {
        List<String> russia = Txn.calculateRead(dsg, () -> contested.concerning(id("state/russia")).stream().map(ContestedClaims.Dispute::iri).toList());
        assertEquals(List.of(id("contested/position/state/russia/issue/territory"), id("contested/control/state/russia/state/ukraine")), russia);
        List<String> putin = Txn.calculateRead(dsg, () -> contested.concerning(id("person/vladimir-putin")).stream().map(ContestedClaims.Dispute::iri).toList());
        assertEquals(List.of(id("contested/position/state/russia/issue/territory")), putin, "a holder reaches the side it speaks for");
        List<String> johnson = Txn.calculateRead(dsg, () -> contested.concerning(id("person/boris-johnson")).stream().map(ContestedClaims.Dispute::iri).toList());
        assertEquals(List.of(id("contested/blame/event/collapse")), johnson);
        List<String> ivanov = Txn.calculateRead(dsg, () -> contested.concerning(id("person/ivanov")).stream().map(ContestedClaims.Dispute::iri).toList());
        assertEquals(List.of(), ivanov);
    }

    @Test
    void disputesFollowTheStoreAsArticlesComeAndGo() {
        assertEquals(3, Txn.calculateRead(dsg, () -> contested.all().size()));
        Node a2 = Txn.calculateRead(dsg, () -> {
            var it = dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/identifier"), NodeFactory.createLiteralString("a2"));
            return it.next().getGraph();
        });
        Txn.executeWrite(dsg, () -> dsg.removeGraph(a2));
        assertEquals(List.of(), Txn.calculateRead(dsg, () -> contested.all()));
    }

    @Test
    void unknownOrUndisputedPathsAreNone() {
        Txn.executeRead(dsg, () -> {
            assertNull(contested.find("contested/position/state/ukraine/issue/territory"));
            assertNull(contested.find("contested/nonsense/state/russia"));
            assertNull(contested.find("contested/blame/event"));
        });
    }

    @Test
    void pageListsWhoAssertsDeniesAndRelaysWithEvidenceLinksEscaped() {
        String html = Txn.calculateRead(dsg, () -> {
            ContestedClaims.Dispute d = contested.find("contested/blame/event/collapse");
            return new Pages(IDS.base(), "kg").contested(d, contested.describe(d, describer));
        });
        assertTrue(html.contains("<h1>Who is blamed for: Collapse of the talks</h1>"), html);
        assertTrue(html.contains("<h2>Blames Boris Johnson (1)</h2>"), html);
        assertTrue(html.contains("<h2>Blames the West &lt;b&gt; (2)</h2>"), html);
        assertTrue(html.contains("<strong>denies</strong>"), html);
        assertTrue(html.contains("The West &lt;script&gt;alert(1)&lt;/script&gt; wrecked the talks."), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.matches("(?s).*href=\"/id/article/[0-9a-f]{16}#span-0-53\".*"), html);
    }

    @Test
    void positionPageGroupsStancesWithDegreeAndHolder() {
        String html = Txn.calculateRead(dsg, () -> {
            ContestedClaims.Dispute d = contested.find("contested/position/state/russia/issue/territory");
            return new Pages(IDS.base(), "kg").contested(d, contested.describe(d, describer));
        });
        assertTrue(html.contains("<h1>Russia’s position on Territory</h1>"), html);
        assertTrue(html.contains("<h2>offer or concession (limited) (1)</h2>"), html);
        assertTrue(html.contains("<h2>red line (major) (1)</h2>"), html);
        assertTrue(html.contains("holder: <a href=\"/id/person/vladimir-putin\">Vladimir Putin</a>"), html);
    }

    @Test
    void describedAsADisputeOfItsClaims() {
        Graph g = Txn.calculateRead(dsg, () -> contested.describe(contested.find("contested/control/state/russia/state/ukraine"), describer));
        Node d = NodeFactory.createURI(id("contested/control/state/russia/state/ukraine"));
        assertTrue(g.contains(d, org.apache.jena.vocabulary.RDF.type.asNode(), PT.Dispute));
        assertEquals(2, g.find(d, PT.disputedClaim, Node.ANY).toList().size());
        assertEquals(2, g.find(d, PT.concerns, Node.ANY).toList().size());
        assertEquals(2, g.find(Node.ANY, PT.sharePercent, Node.ANY).toList().size());
    }
}
