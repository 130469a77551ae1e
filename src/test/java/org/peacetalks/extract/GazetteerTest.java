package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    static final String ID = "https://w3id.org/peacetalks/id/";

    static Graph graph(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
            @prefix pt: <https://w3id.org/peacetalks/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @base <https://w3id.org/peacetalks/id/> .
            """ + ttl, Lang.TURTLE).parse(g);
        return g;
    }

    static final Graph SMALL = graph("""
        <person/volodymyr-zelensky> a pt:Person ; rdfs:label "Volodymyr Zelensky"@en ; skos:altLabel "Zelenskiy"@en, "Zelensky"@en .
        <org/the-west> a pt:Organisation ; rdfs:label "the West"@en .
        <org/nato> a pt:Organisation ; rdfs:label "NATO"@en ; skos:altLabel "Nato"@en .
        <territory/kharkiv> a pt:Territory ; rdfs:label "Kharkiv"@en .
        <territory/kharkiv-oblast> a pt:Territory ; rdfs:label "Kharkiv Oblast"@en ; skos:altLabel "Kharkiv"@en, "Kharkiv region"@en .
        <person/x/tenure/y> a pt:Tenure ; rdfs:label "Not a name"@en .
        """);

    @Test
    void longestMatchCaseInsensitiveOnCapitalisedTokens() {
        Gazetteer g = Gazetteer.of(SMALL);
        List<Gazetteer.Mention> m = g.link("Zelenskiy said the West and Nato would help; the west wind blew. NATO agreed.");
        assertEquals(List.of("Zelenskiy", "West", "Nato", "NATO"), m.stream().map(Gazetteer.Mention::surface).toList());
        assertEquals(ID + "org/the-west", m.get(1).iri());
        assertEquals(19, m.get(1).span().start());
    }

    @Test
    void ambiguousNameFollowsAnEarlierUnambiguousMentionOrStaysUnlinked() {
        Gazetteer g = Gazetteer.of(SMALL);
        assertEquals(List.of(), g.link("Shelling hit Kharkiv overnight."));
        List<Gazetteer.Mention> m = g.link("Troops left the Kharkiv region. Kharkiv was quiet.");
        assertEquals(List.of("Kharkiv region", "Kharkiv"), m.stream().map(Gazetteer.Mention::surface).toList());
        assertEquals(ID + "territory/kharkiv-oblast", m.get(1).iri());
    }

}
