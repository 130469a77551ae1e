package org.peacetalks.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetalks.rdf.RdfFiles;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.store.Validation;
import org.peacetalks.util.Hashing;
import org.peacetalks.vocab.PT;

/** The generated corpus: valid under the project's SHACL shapes, one id per text, reproducible, skewed like news. */
class CorpusGeneratorTest {
    static final int ARTICLES = 10;
    static StoreBuilder.Prepared prepared;
    static final PT.Ids IDS = PT.Ids.standard();

    @BeforeAll
    static void prepare() {
        prepared = new StoreBuilder(Path.of("data"), Path.of("ontology"), IDS).prepare();
    }

    static DatasetGraph generate(long seed, int n) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        CorpusGenerator g = CorpusGenerator.of(prepared, IDS, seed, 1.0);
        g.header(out);
        for (int i = 0; i < n; i++) g.article(i, out);
        return dsg;
    }

    static String nquads(long seed, int n) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(bytes, Lang.NQUADS);
        w.start();
        CorpusGenerator g = CorpusGenerator.of(prepared, IDS, seed, 1.0);
        g.header(w);
        for (int i = 0; i < n; i++) g.article(i, w);
        w.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static List<Node> articleGraphs(DatasetGraph dsg) {
        List<Node> out = new java.util.ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(gn -> { if (gn.getURI().startsWith(IDS.articleGraph(""))) out.add(gn); });
        return out;
    }

    @Test
    void everyArticleIsValidUnderTheShapes() {
        Graph shapes = GraphFactory.createDefaultGraph();
        RdfFiles.parseInto(Path.of("ontology/shapes.ttl"), shapes);
        Validation validation = new Validation(shapes);
        DatasetGraph dsg = generate(42, ARTICLES);
        List<Node> graphs = articleGraphs(dsg);
        assertEquals(ARTICLES, graphs.size());
        Graph ontAndRef = new Union(prepared.ontology(), prepared.reference());
        for (Node gn : graphs) {
            List<String> problems = validation.violations(new Union(ontAndRef, dsg.getGraph(gn)), n -> gn.getURI());
            assertEquals(List.of(), problems, gn.getURI());
        }
    }

    @Test
    void eachArticleIdIsTheHashOfItsTextAndItsGraphNamesIt() {
        DatasetGraph dsg = generate(42, ARTICLES);
        Set<String> ids = new HashSet<>();
        for (Node gn : articleGraphs(dsg)) {
            Graph g = dsg.getGraph(gn);
            var text = g.find(Node.ANY, PT.text, Node.ANY).toList();
            assertEquals(1, text.size(), gn.getURI());
            String id = Hashing.sha256(text.get(0).getObject().getLiteralLexicalForm()).substring(0, 16);
            assertEquals(IDS.articleGraph(id), gn.getURI());
            assertEquals(IDS.article(id), text.get(0).getSubject().getURI());
            ids.add(id);
            // every claim of the graph is reported in this article and named under its id
            g.find(Node.ANY, RDF.type.asNode(), PT.Claim).forEach(t -> {
                assertTrue(t.getSubject().getURI().startsWith(IDS.claim(id, "")), t.getSubject().getURI());
                assertTrue(g.contains(t.getSubject(), PT.reportedIn, NodeFactory.createURI(IDS.article(id))), t.getSubject().getURI());
            });
        }
        assertEquals(ARTICLES, ids.size());
    }

    @Test
    void claimCountsAreTheSeeds() {
        DatasetGraph dsg = generate(42, 2 * prepared.articleGraphs().size());
        long claims = dsg.stream(Node.ANY, Node.ANY, RDF.type.asNode(), PT.Claim).count();
        assertEquals(2L * prepared.claims(), claims);
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        String a = nquads(7, 10);
        assertEquals(a, nquads(7, 10));
        assertNotEquals(a, nquads(8, 10));
    }

    @Test
    void actorFrequenciesAreSkewed() {
        int n = 100;
        Set<String> persons = new HashSet<>();
        prepared.reference().find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(PT.NS + "Person"))
            .forEach(t -> persons.add(t.getSubject().getURI()));
        // graph → persons it mentions, collected as the quads stream by
        Map<Node, Set<String>> mentioned = new HashMap<>();
        StreamRDF collect = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override public void quad(org.apache.jena.sparql.core.Quad q) {
                if (q.getPredicate().equals(PT.mentions) && persons.contains(q.getObject().getURI()))
                    mentioned.computeIfAbsent(q.getGraph(), k -> new HashSet<>()).add(q.getObject().getURI());
            }
        };
        CorpusGenerator g = CorpusGenerator.of(prepared, IDS, 42, 1.0);
        for (int i = 0; i < n; i++) g.article(i, collect);
        Map<String, Integer> articlesPerPerson = new HashMap<>();
        mentioned.values().forEach(ps -> ps.forEach(p -> articlesPerPerson.merge(p, 1, Integer::sum)));
        List<Integer> counts = articlesPerPerson.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        // a few actors in most articles, a long tail: the most frequent person is in most articles,
        // the median person linked at all in a small share of them
        assertTrue(counts.get(0) > n / 2, "top person in " + counts.get(0) + " of " + n);
        assertTrue(counts.get(counts.size() / 2) < n / 10, "median person in " + counts.get(counts.size() / 2) + " of " + n + ": " + counts);
    }
}
