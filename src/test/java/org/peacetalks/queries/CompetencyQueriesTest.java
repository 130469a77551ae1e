package org.peacetalks.queries;

import org.peacetalks.SeedFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every competency query in {@code queries/} runs against the store built from
 * the seed corpus, and its rows must equal {@code expected/<name>.tsv} exactly
 * (SPARQL TSV: typed terms, in the query's ORDER BY order).
 */
class CompetencyQueriesTest {
    static final Path QUERIES = Path.of("queries");
    static final Path EXPECTED = Path.of("src/test/resources/expected");

    @TempDir
    static Path dir;
    static Dataset ds;

    @BeforeAll
    static void build() {
        Path store = SeedFixture.buildStore(dir);
        // with its text index, as served: query 26 uses text:query
        ds = org.apache.jena.query.DatasetFactory.wrap(org.peacetalks.store.SearchIndex.open(store, System.out));
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    @AfterAll
    static void close() {
        org.peacetalks.store.SearchIndex.close(ds.asDatasetGraph());
    }

    static Stream<String> queries() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    static String run(String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(query, ds)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsTSV(out, qe.execSelect());
                return out.toString(StandardCharsets.UTF_8);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void queryReturnsExpectedRows(String name) throws IOException {
        String query = Files.readString(QUERIES.resolve(name));
        assertTrue(query.startsWith("#"), name + " must begin with a comment stating its question");
        String actual = run(query);
        Path expected = EXPECTED.resolve(name.replace(".rq", ".tsv"));
        if (Boolean.getBoolean("regenerate")) Files.writeString(expected, actual);
        assertTrue(Files.exists(expected), "no expected rows for " + name);
        assertEquals(Files.readString(expected), actual, name);
    }

    /**
     * The documentation page's example query of each term runs on the seed graph, and
     * returns rows unless the seeds do not use the term at all.
     */
    @Test
    void ontologyExamplesRunOnTheSeeds() {
        String prefixes = org.peacetalks.web.OntologyPageAccess.examplePrefixes();
        var examples = Txn.calculateRead(ds, () -> {
            java.util.Map<String, String> out = new java.util.TreeMap<>();
            try (QueryExecution qe = QueryExecutionFactory.create(
                    "SELECT ?t ?x { GRAPH <https://w3id.org/peacetalks/graph/ontology> { ?t <http://www.w3.org/2004/02/skos/core#example> ?x } }", ds)) {
                qe.execSelect().forEachRemaining(r -> out.put(r.getResource("t").getURI(), r.getLiteral("x").getLexicalForm()));
            }
            return out;
        });
        assertTrue(examples.size() >= 20, "only " + examples.size() + " example queries");
        examples.forEach((term, q) -> {
            long rows = Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecutionFactory.create(prefixes + q, ds)) {
                    long n = 0;
                    for (var it = qe.execSelect(); it.hasNext(); it.next()) n++;
                    return n;
                }
            });
            if (rows > 0) return;
            long uses = Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecutionFactory.create("ASK { { ?s <" + term + "> ?o } UNION { ?s ?p <" + term + "> } "
                        + "FILTER NOT EXISTS { GRAPH <https://w3id.org/peacetalks/graph/ontology> { ?s ?p <" + term + "> } } }", ds)) {
                    return qe.execAsk() ? 1L : 0L;
                }
            });
            assertEquals(0L, uses, "the example of " + term + " returns no rows though the seeds use the term");
        });
    }

    /**
     * Queries 10 and 19 list the subclasses of a class in a FILTER instead of evaluating
     * {@code rdfs:subClassOf*} per row: each list must be the class's subclasses in the ontology.
     */
    @ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "10-documents-per-article.rq, t, Document, false",
        "19-istanbul-blame-attributions.rq, actorType, Actor, true"})
    void subclassListsAreTheOntologys(String name, String variable, String cls, boolean withItself) throws IOException {
        String query = Files.readString(QUERIES.resolve(name));
        var m = java.util.regex.Pattern.compile("FILTER\\(\\?" + variable + " IN \\(([^)]*)\\)\\)").matcher(query);
        assertTrue(m.find(), name + " has no FILTER(?" + variable + " IN (...))");
        java.util.Set<String> listed = new java.util.TreeSet<>(List.of(m.group(1).strip().split(",\\s*")));
        java.util.Set<String> ontology = Txn.calculateRead(ds, () -> {
            java.util.Set<String> out = new java.util.TreeSet<>();
            try (QueryExecution qe = QueryExecutionFactory.create("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?t { "
                    + "GRAPH <https://w3id.org/peacetalks/graph/ontology> { ?t rdfs:subClassOf* <https://w3id.org/peacetalks/ontology#"
                    + cls + "> } }", ds)) {
                qe.execSelect().forEachRemaining(r -> out.add("pt:" + r.getResource("t").getLocalName()));
            }
            return out;
        });
        if (!withItself) ontology.remove("pt:" + cls);
        assertEquals(ontology, listed, name);
    }

    @Test
    void atLeastFifteenQuestions() throws IOException {
        List<String> names = new ArrayList<>(queries().toList());
        assertTrue(names.size() >= 15, "only " + names.size() + " competency queries");
        for (String n : names) assertTrue(Files.exists(EXPECTED.resolve(n.replace(".rq", ".tsv"))), "no expected rows for " + n);
    }
}
