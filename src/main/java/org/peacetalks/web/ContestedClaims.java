package org.peacetalks.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.peacetalks.vocab.PT;

/**
 * Propositions that sources dispute, found in the graph as it is (nothing is stored):
 * an outcome blamed on different parties, or blamed by one source and the blame denied
 * or only relayed by another; one side's position on one issue reported as an offer or
 * acceptance by one source and as a rejection or red line by another (holders compared
 * through their state, as competency query 07 does); the same territorial control or
 * figure given differently. Each dispute has an IRI under {@code id/contested/} built
 * from the entities it is about, so its page can be linked and dereferenced:
 * {@code contested/blame/{outcome}}, {@code contested/position/{side}/{issue}},
 * {@code contested/control/{controller}/{territory}}, {@code contested/figure/{subject}/{measure}}.
 * Callers hold a read transaction. Republished copies are not counted as sources.
 */
final class ContestedClaims {
    static final String KIND_BLAME = "blame", KIND_POSITION = "position", KIND_CONTROL = "control", KIND_FIGURE = "figure";
    private static final String PREFIXES = """
        PREFIX pt: <https://w3id.org/peacetalks/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX schema: <http://schema.org/>
        """;
    /** The side a position holder speaks for: a state itself, a body's state, or the state of a person's office that has not ended. */
    private static final String SIDE = """
        { ?h a pt:State BIND(?h AS ?side) }
        UNION { ?h schema:parentOrganization+ ?side . ?side a pt:State }
        UNION { ?h pt:tenure ?t . ?t pt:organisation ?o . FILTER NOT EXISTS { ?t pt:endDate ?end }
                { ?o a pt:State BIND(?o AS ?side) } UNION { ?o schema:parentOrganization+ ?side . ?side a pt:State } }
        """;
    private static final String INDEPENDENT = "?c pt:reportedIn ?art ; pt:attributedTo ?src ; pt:polarity ?pol . FILTER NOT EXISTS { ?art pt:republicationOf ?orig }\n";

    /** What the disputes query of each kind finds; also offered on the index as SPARQL. */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();
    static {
        QUERIES.put(KIND_BLAME, PREFIXES + """
            SELECT ?a ?b WHERE {
              { SELECT ?a (COUNT(DISTINCT ?blamed) AS ?nb) (COUNT(DISTINCT ?src) AS ?ns) (SUM(IF(?pol = pt:Affirmed, 0, 1)) AS ?other) WHERE {
                  ?c pt:asserts ?p . ?p a pt:BlameAttribution ; pt:outcome ?a ; pt:blamed ?blamed .
                  #A
                  %s
              } GROUP BY ?a }
              FILTER(?ns > 1 && (?nb > 1 || ?other > 0))
            } ORDER BY ?a""".formatted(INDEPENDENT));
        QUERIES.put(KIND_POSITION, PREFIXES + """
            SELECT ?a ?b WHERE {
              { SELECT ?a ?b (SUM(?plus) AS ?pos) (SUM(?minus) AS ?neg) (COUNT(DISTINCT ?src) AS ?ns) WHERE {
                  { SELECT DISTINCT ?c ?side ?b ?st WHERE { ?c pt:asserts ?p . ?p a pt:Position ; pt:holder ?h ; pt:issue ?b ; pt:stance ?st . %s } }
                  BIND(?side AS ?a)
                  #A #B
                  %s
                  BIND(IF(?st IN (pt:Offer, pt:Acceptance), 1, 0) AS ?plus)
                  BIND(IF(?st IN (pt:Rejection, pt:RedLine), 1, 0) AS ?minus)
              } GROUP BY ?a ?b }
              FILTER(?pos > 0 && ?neg > 0 && ?ns > 1)
            } ORDER BY ?a ?b""".formatted(SIDE, INDEPENDENT));
        QUERIES.put(KIND_CONTROL, PREFIXES + """
            SELECT ?a ?b WHERE {
              { SELECT ?a ?b (COUNT(DISTINCT ?key) AS ?nk) (COUNT(DISTINCT ?src) AS ?ns) WHERE {
                  ?c pt:asserts ?p . ?p a pt:TerritorialControl ; pt:controller ?a ; pt:territory ?b .
                  #A #B
                  %s
                  OPTIONAL { ?p pt:sharePercent ?s } OPTIONAL { ?p pt:areaKm2 ?k }
                  OPTIONAL { ?p pt:quantity/pt:minValue ?lo } OPTIONAL { ?p pt:quantity/pt:maxValue ?hi }
                  BIND(CONCAT(COALESCE(STR(?s), ""), "|", COALESCE(STR(?k), ""), "|", COALESCE(STR(?lo), ""), "|", COALESCE(STR(?hi), "")) AS ?key)
              } GROUP BY ?a ?b }
              FILTER(?nk > 1 && ?ns > 1)
            } ORDER BY ?a ?b""".formatted(INDEPENDENT));
        // counts of different things ("five key points", "three sources") are not one figure given differently
        QUERIES.put(KIND_FIGURE, PREFIXES + """
            SELECT ?a ?b WHERE {
              { SELECT ?a ?b (COUNT(DISTINCT ?key) AS ?nk) (COUNT(DISTINCT ?src) AS ?ns) WHERE {
                  ?c pt:asserts ?p . ?p a pt:FigureReport ; pt:subject ?a ; pt:quantity ?q . ?q pt:measure ?b .
                  FILTER(!STRENDS(STR(?b), "/measure/count"))
                  #A #B
                  %s
                  OPTIONAL { ?q pt:value ?v } OPTIONAL { ?q pt:minValue ?lo } OPTIONAL { ?q pt:maxValue ?hi }
                  BIND(CONCAT(COALESCE(STR(?v), ""), "|", COALESCE(STR(?lo), ""), "|", COALESCE(STR(?hi), "")) AS ?key)
              } GROUP BY ?a ?b }
              FILTER(?nk > 1 && ?ns > 1)
            } ORDER BY ?a ?b""".formatted(INDEPENDENT));
    }

    /** The claims of each kind of dispute, given its two entities ({@code ?b} unused for blame). */
    private static final Map<String, String> CLAIMS = Map.of(
        KIND_BLAME, PREFIXES + "SELECT DISTINCT ?c WHERE { ?c pt:asserts ?p . ?p a pt:BlameAttribution ; pt:outcome ?a . #A\n" + INDEPENDENT + "} ORDER BY ?c",
        KIND_POSITION, PREFIXES + "SELECT DISTINCT ?c WHERE { ?c pt:asserts ?p . ?p a pt:Position ; pt:holder ?h ; pt:issue ?b ; pt:stance ?st . "
            + SIDE + " BIND(?side AS ?a) #A #B\n" + INDEPENDENT + "} ORDER BY ?c",
        KIND_CONTROL, PREFIXES + "SELECT DISTINCT ?c WHERE { ?c pt:asserts ?p . ?p a pt:TerritorialControl ; pt:controller ?a ; pt:territory ?b . #A #B\n"
            + INDEPENDENT + "} ORDER BY ?c",
        KIND_FIGURE, PREFIXES + "SELECT DISTINCT ?c WHERE { ?c pt:asserts ?p . ?p a pt:FigureReport ; pt:subject ?a ; pt:quantity/pt:measure ?b . #A #B\n"
            + INDEPENDENT + "} ORDER BY ?c");

    /** One dispute: its kind, the one or two entities it is about, and its claims (claim IRIs, in IRI order). */
    record Dispute(String iri, String kind, String a, String b, List<String> claims) {}

    private final DatasetGraph dsg;
    private final DatasetGraph union;
    private final PT.Ids ids;

    ContestedClaims(DatasetGraph dsg, PT.Ids ids) {
        this.dsg = dsg;
        // the default graph of these queries is the union of the named graphs, as on the SPARQL endpoint
        this.union = DatasetGraphFactory.wrap(dsg.getUnionGraph());
        this.ids = ids;
    }

    /** The IRI of the dispute of {@code kind} about {@code a} (and {@code b}); null when an entity is not under the base. */
    String iri(String kind, String a, String b) {
        String prefix = ids.base() + "id/";
        if (!a.startsWith(prefix) || (b != null && !b.startsWith(prefix))) return null;
        return prefix + "contested/" + kind + "/" + a.substring(prefix.length()) + (b == null ? "" : "/" + b.substring(prefix.length()));
    }

    /** Every dispute in the graph, by kind; computed once per state of the store (its graphs and their last ingest). */
    List<Dispute> all() {
        String key = version();
        Cached c = cache;
        if (c != null && c.key().equals(key)) return c.disputes();
        List<Dispute> out = new ArrayList<>();
        QUERIES.forEach((kind, q) -> select(q, null, null, s -> {
            String a = s.getResource("a").getURI();
            String b = kind.equals(KIND_BLAME) ? null : s.getResource("b").getURI();
            String iri = iri(kind, a, b);
            if (iri != null) out.add(new Dispute(iri, kind, a, b, claims(kind, a, b)));
        }));
        List<Dispute> disputes = List.copyOf(out);
        cache = new Cached(key, disputes);
        return disputes;
    }

    private record Cached(String key, List<Dispute> disputes) {}
    private volatile Cached cache;

    /** Changes whenever an article graph is added, replaced (ingest records dct:modified on it) or removed. */
    private String version() {
        long graphs = 0;
        for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) graphs++;
        String latest = "";
        for (var it = dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.DCTerms.modified.asNode(), Node.ANY); it.hasNext();) {
            var q = it.next();
            if (q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().compareTo(latest) > 0)
                latest = q.getObject().getLiteralLexicalForm();
        }
        return graphs + "|" + latest;
    }

    /** The dispute at {@code path} ("contested/…" under id/), or null when the path names none. */
    Dispute find(String path) {
        String[] seg = path.split("/");
        if (seg.length < 2 || !seg[0].equals("contested")) return null;
        String kind = seg[1];
        int need = kind.equals(KIND_BLAME) ? 4 : 6;
        if (!QUERIES.containsKey(kind) || seg.length != need) return null;
        String a = ids.entity(seg[2] + "/" + seg[3]);
        String b = need == 6 ? ids.entity(seg[4] + "/" + seg[5]) : null;
        // a dispute exists only while the graph disputes it
        String iri = iri(kind, a, b);
        return all().stream().filter(d -> d.iri().equals(iri)).findFirst().orElse(null);
    }

    /**
     * The disputes that concern {@code entity}: as their outcome, side, issue, controller,
     * territory, subject or measure, as a holder speaking for the side, or as a party blamed.
     */
    List<Dispute> concerning(String entity) {
        List<Dispute> all = all();
        // a holder reaches the positions of the side it speaks for, a blamed party the blame for its outcomes
        java.util.Set<String> sides = new java.util.HashSet<>(), outcomes = new java.util.HashSet<>();
        String e = FmtUtils.stringForNode(NodeFactory.createURI(entity));
        select(PREFIXES + "SELECT DISTINCT ?a WHERE { BIND(" + e + " AS ?h) " + SIDE + " BIND(?side AS ?a) }", null, null,
            s -> sides.add(s.getResource("a").getURI()));
        select(PREFIXES + "SELECT DISTINCT ?a WHERE { ?p a pt:BlameAttribution ; pt:blamed " + e + " ; pt:outcome ?a }", null, null,
            s -> outcomes.add(s.getResource("a").getURI()));
        return all.stream().filter(d -> entity.equals(d.a()) || entity.equals(d.b())
            || (d.kind().equals(KIND_POSITION) && sides.contains(d.a()))
            || (d.kind().equals(KIND_BLAME) && outcomes.contains(d.a()))).toList();
    }

    private List<String> claims(String kind, String a, String b) {
        List<String> out = new ArrayList<>();
        select(CLAIMS.get(kind), a, b, s -> out.add(s.getResource("c").getURI()));
        return out;
    }

    /** Runs {@code query} with ?a and ?b restricted to the given IRIs (null: any) where the query marks it (#A, #B). */
    private void select(String query, String a, String b, java.util.function.Consumer<QuerySolution> each) {
        String q = query.replace("#A", a == null ? "" : "FILTER(?a = " + FmtUtils.stringForNode(NodeFactory.createURI(a)) + ")")
            .replace("#B", b == null ? "" : "FILTER(?b = " + FmtUtils.stringForNode(NodeFactory.createURI(b)) + ")");
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(union)).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    /** A label for a dispute, from the labels of what it is about. */
    String label(Dispute d) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String e : d.b() == null ? List.of(d.a()) : List.of(d.a(), d.b())) {
            Node n = NodeFactory.createURI(e);
            dsg.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            dsg.find(Node.ANY, n, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"), Node.ANY)
                .forEachRemaining(q -> g.add(n, RDFS.label.asNode(), q.getObject()));
        }
        return label(d, g);
    }

    private String label(Dispute d, Graph g) {
        String a = Describer.label(g, NodeFactory.createURI(d.a()));
        String b = d.b() == null ? null : Describer.label(g, NodeFactory.createURI(d.b()));
        return switch (d.kind()) {
            case KIND_BLAME -> "Who is blamed for: " + a;
            case KIND_POSITION -> a + "’s position on " + b;
            case KIND_CONTROL -> "How much of " + b + " " + a + " controls";
            default -> b + " of " + a;
        };
    }

    /**
     * The dispute as RDF: a pt:Dispute (a prov:Collection of claims) with its label, what it
     * concerns and its claims, each claim with its own triples, evidence and proposition, and
     * the labels and types of what they link to.
     */
    Graph describe(Dispute d, Describer describer) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String c : d.claims()) describer.own(c).find().forEach(g::add);
        Node n = NodeFactory.createURI(d.iri());
        g.add(n, RDF.type.asNode(), PT.Dispute);
        g.add(n, PT.concerns, NodeFactory.createURI(d.a()));
        if (d.b() != null) g.add(n, PT.concerns, NodeFactory.createURI(d.b()));
        for (String c : d.claims()) g.add(n, PT.disputedClaim, NodeFactory.createURI(c));
        describer.labelLinked(g);
        // the labels of what the claims' propositions refer to, for the page's headings
        g.add(n, RDFS.label.asNode(), NodeFactory.createLiteralString(label(d)));
        return g;
    }

    DatasetGraph dataset() { return dsg; }
}
