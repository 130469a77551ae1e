package org.peacetalks.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.SeedFixture;
import org.peacetalks.ingest.StoreTarget;
import org.peacetalks.vocab.OA;
import org.peacetalks.vocab.PT;

/**
 * The full-text index on the seed store and on hand-made graphs: what the phrase
 * query matches, and that the index follows every write, a restart, a store that has
 * no index, and a store written past it.
 */
class SearchIndexTest {
    static final String PREFIXES = """
        PREFIX text: <http://jena.apache.org/text#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX pt: <https://w3id.org/peacetalks/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        """;
    static final String FIGHT_ON = PREFIXES + "SELECT ?s { ?s text:query (oa:exact '\"fight on\"') } ORDER BY ?s";
    static final String CLAIM = "https://w3id.org/peacetalks/id/claim/";
    static final String Q000 = "<" + CLAIM + "7efef77ddbabae9d/a72f49aedc7b#quote>";
    static final String Q001 = "<" + CLAIM + "ad2da7d67e2408bd/09fa22e1c944#quote>";
    static final String ARTICLE_001 = "https://w3id.org/peacetalks/graph/article/ad2da7d67e2408bd";

    @TempDir
    static Path dir;
    static Path seeds;

    @BeforeAll
    static void build() {
        seeds = SeedFixture.buildStore(dir);
    }

    /** A copy of the built seed store (with its index), for a test that writes. */
    static Path copyOfSeeds(Path into) throws IOException {
        Path target = into.resolve("tdb2");
        try (Stream<Path> s = Files.walk(seeds)) {
            for (Path p : s.toList()) {
                Path t = target.resolve(seeds.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else if (!p.getFileName().toString().equals("tdb.lock") && !p.getFileName().toString().equals("write.lock")) Files.copy(p, t);
            }
        }
        return target;
    }

    /** The first column of each row, in order. */
    static List<String> column(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(org.apache.jena.sparql.util.FmtUtils.stringForRDFNode(r.get(r.varNames().next()))));
            }
            return out;
        });
    }

    static final class Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() { return bytes.toString(StandardCharsets.UTF_8); }
    }

    @Test
    void phraseQueryFindsExactlyTheEvidenceThatSaysFightOn() {
        DatasetGraph dsg = SearchIndex.open(seeds, System.out);
        try {
            assertEquals(List.of(Q000, Q001), column(dsg, FIGHT_ON));
            // the same two, by reading every evidence literal (a word boundary either side, any case)
            assertEquals(List.of(Q000, Q001), column(dsg, PREFIXES
                + "SELECT ?s { ?s oa:exact ?e FILTER(REGEX(?e, '(^|\\\\W)fight\\\\W+on(\\\\W|$)', 'i')) } ORDER BY ?s"));
            assertEquals(List.of(Q000, Q001), column(dsg, PREFIXES
                + "SELECT ?s { ?s oa:exact ?e FILTER(CONTAINS(LCASE(?e), 'fight on')) } ORDER BY ?s"));
            // the phrase is narrower than the word: "fight" alone is in more evidence than these two
            long fight = column(dsg, PREFIXES + "SELECT ?s { ?s oa:exact ?e FILTER(REGEX(?e, '\\\\bfight', 'i')) }").size();
            assertTrue(fight > 2, "evidence with the word fight: " + fight);
            assertEquals(fight, column(dsg, PREFIXES + "SELECT ?s { ?s text:query (oa:exact 'fight*') }").size());
            // article text and labels are fields of their own
            assertEquals(List.of("<https://w3id.org/peacetalks/id/article/7efef77ddbabae9d>", "<https://w3id.org/peacetalks/id/article/ad2da7d67e2408bd>"),
                column(dsg, PREFIXES + "SELECT ?a { ?a text:query (pt:text '\"fight on\"') } ORDER BY ?a"));
            assertEquals(List.of("<https://w3id.org/peacetalks/id/person/boris-johnson>"),
                column(dsg, PREFIXES + "SELECT DISTINCT ?p { ?p text:query (rdfs:label '\"boris johnson\"') ; a pt:Person } ORDER BY ?p"));
            // alternative labels are in the label field
            assertEquals(List.of("<https://w3id.org/peacetalks/id/person/volodymyr-zelensky>"),
                column(dsg, PREFIXES + "SELECT DISTINCT ?p { ?p text:query (rdfs:label 'zelenskiy') ; a pt:Person } ORDER BY ?p"));
            // the hit's graph is the article's
            assertEquals(List.of("<" + ARTICLE_001 + ">"), column(dsg, PREFIXES
                + "SELECT ?g { (?s ?score ?lit ?g) text:query (oa:exact '\"russia will fight on\"') }"));
        } finally {
            SearchIndex.close(dsg);
        }
    }

    @Test
    void stopWordsAreKeptSoThePhraseNeedsBothWords(@TempDir Path tmp) {
        DatasetGraph dsg = SearchIndex.open(tmp.resolve("tdb2"), System.out);
        try {
            Node g = NodeFactory.createURI("urn:g");
            String[] texts = {"They will Fight On!", "we fight for peace", "they fight onward", "a fight; on the other hand", "fight one more round"};
            Txn.executeWrite(dsg, () -> {
                for (int i = 0; i < texts.length; i++)
                    dsg.add(g, NodeFactory.createURI("urn:q" + i), OA.exact, NodeFactory.createLiteralString(texts[i]));
            });
            // the standard English stop list would drop "on" and match "fight for" and "fight one" too;
            // punctuation between the words is not seen by the tokenizer
            assertEquals(List.of("<urn:q0>", "<urn:q3>"), column(dsg, FIGHT_ON));
        } finally {
            SearchIndex.close(dsg);
        }
    }

    @Test
    void replacingAndDeletingAnArticleReplaceItsHits(@TempDir Path tmp) throws IOException {
        Path store = copyOfSeeds(tmp);
        Graph before = GraphFactory.createDefaultGraph();
        DatasetGraph seeded = SearchIndex.open(store, System.out);
        try {
            Txn.executeRead(seeded, () -> seeded.getGraph(NodeFactory.createURI(ARTICLE_001)).find().forEach(before::add));
        } finally {
            SearchIndex.close(seeded);
        }
        // the article again, with "keep fighting" where it said "fight on"
        Graph after = GraphFactory.createDefaultGraph();
        before.find().forEach(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && o.getLiteralLexicalForm().contains("fight on"))
                o = NodeFactory.createLiteralString(o.getLiteralLexicalForm().replace("fight on", "keep fighting"));
            after.add(Triple.create(t.getSubject(), t.getPredicate(), o));
        });

        try (StoreTarget target = new StoreTarget(store, PT.Ids.standard())) {
            target.replace(ARTICLE_001, after);
        }
        DatasetGraph dsg = SearchIndex.open(store, System.out);
        try {
            assertEquals(List.of(Q000), column(dsg, FIGHT_ON));
            assertEquals(List.of(Q001), column(dsg, PREFIXES + "SELECT ?s { ?s text:query (oa:exact '\"russia will keep fighting\"') }"));
        } finally {
            SearchIndex.close(dsg);
        }

        try (StoreTarget target = new StoreTarget(store, PT.Ids.standard())) {
            target.replace(ARTICLE_001, GraphFactory.createDefaultGraph());
        }
        dsg = SearchIndex.open(store, System.out);
        try {
            assertEquals(List.of(), column(dsg, PREFIXES + "SELECT ?s { ?s text:query (oa:exact '\"russia will keep fighting\"') }"));
            assertEquals(List.of(), column(dsg, PREFIXES + "SELECT ?g { (?s ?score ?lit ?g) text:query (pt:text 'russia') FILTER(?g = <" + ARTICLE_001 + ">) }"));
            assertEquals(List.of(Q000), column(dsg, FIGHT_ON));
        } finally {
            SearchIndex.close(dsg);
        }
    }

    @Test
    void anAbortedWriteLeavesTheIndexAsItWas(@TempDir Path tmp) {
        DatasetGraph dsg = SearchIndex.open(tmp.resolve("tdb2"), System.out);
        try {
            Node g = NodeFactory.createURI("urn:g");
            try {
                Txn.executeWrite(dsg, () -> {
                    dsg.add(g, NodeFactory.createURI("urn:q"), OA.exact, NodeFactory.createLiteralString("we fight on"));
                    throw new IllegalStateException("abort");
                });
            } catch (IllegalStateException expected) {
                // the transaction aborted
            }
            assertEquals(List.of(), column(dsg, FIGHT_ON));
            assertEquals(0, SearchIndex.documents(dsg));
        } finally {
            SearchIndex.close(dsg);
        }
    }

    @Test
    void theIndexSurvivesARestartWithoutARebuild(@TempDir Path tmp) throws IOException {
        Path store = copyOfSeeds(tmp);
        Output out = new Output();
        DatasetGraph dsg = SearchIndex.open(store, out.stream);
        long docs = SearchIndex.documents(dsg);
        SearchIndex.close(dsg);
        dsg = SearchIndex.open(store, out.stream);
        try {
            assertEquals("", out.text());
            assertEquals(docs, SearchIndex.documents(dsg));
            assertEquals(List.of(Q000, Q001), column(dsg, FIGHT_ON));
        } finally {
            SearchIndex.close(dsg);
        }
    }

    @Test
    void aStoreWithoutAnIndexGetsOneOnFirstOpen(@TempDir Path tmp) throws IOException {
        Path store = copyOfSeeds(tmp);
        StoreBuilder.deleteTree(store.resolve(SearchIndex.DIRECTORY));
        Output out = new Output();
        DatasetGraph dsg = SearchIndex.open(store, out.stream);
        try {
            assertTrue(out.text().startsWith("Building the full-text index " + store.toAbsolutePath().normalize().resolve("text-index") + "\n"), out.text());
            long literals = Txn.calculateRead(dsg, () -> Stream.of(OA.exact, PT.text, org.apache.jena.vocabulary.RDFS.label.asNode(),
                    org.apache.jena.vocabulary.SKOS.altLabel.asNode())
                .mapToLong(p -> org.apache.jena.atlas.iterator.Iter.count(dsg.find(Node.ANY, Node.ANY, p, Node.ANY))).sum());
            assertTrue(out.text().contains("  " + literals + " literals indexed in "), out.text());
            assertEquals(literals, SearchIndex.documents(dsg));
            assertEquals(List.of(Q000, Q001), column(dsg, FIGHT_ON));
            assertFalse(Files.exists(store.resolve(SearchIndex.DIRECTORY + ".new")));
        } finally {
            SearchIndex.close(dsg);
        }
    }

    @Test
    void anIndexOutOfStepWithTheStoreIsRebuilt(@TempDir Path tmp) throws IOException {
        Path store = copyOfSeeds(tmp);
        // another tool writes into the store, past the index (as a crash between TDB2's commit and Lucene's leaves it)
        DatasetGraph raw = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(raw, () -> raw.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:q"), OA.exact,
            NodeFactory.createLiteralString("and to fight on")));
        TDBInternal.expel(raw);
        Output out = new Output();
        DatasetGraph dsg = SearchIndex.open(store, out.stream);
        try {
            long docs = SearchIndex.documents(dsg);
            assertTrue(out.text().startsWith("The full-text index " + store.toAbsolutePath().normalize().resolve("text-index")
                + " holds " + (docs - 1) + " documents for " + docs + " indexed literals: rebuilding it\n"), out.text());
            assertEquals(List.of(Q000, Q001, "<urn:q>"), column(dsg, FIGHT_ON));
        } finally {
            SearchIndex.close(dsg);
        }
    }

    @Test
    void anOpenRecordsTheStateItFoundInStep(@TempDir Path tmp) throws IOException {
        Path store = copyOfSeeds(tmp);
        SearchIndex.close(SearchIndex.open(store, new Output().stream));
        String state = SearchIndex.state(store.toAbsolutePath().normalize());
        assertTrue(state.contains("Data-0001/nodes.dat ") && state.contains("text-index/segments_"), state);
        assertFalse(state.contains("tdb.lock") || state.contains("write.lock") || state.contains("journal.jrnl"), state);
        assertEquals(state, Files.readString(store.resolve(SearchIndex.CHECKED)));
        // a second open of the unchanged store finds the same state
        SearchIndex.close(SearchIndex.open(store, new Output().stream));
        assertEquals(state, Files.readString(store.resolve(SearchIndex.CHECKED)));
    }

    @Test
    void aStoreInTheRecordedStateIsNotCountedAgain(@TempDir Path tmp) throws IOException {
        Path store = copyOfSeeds(tmp);
        SearchIndex.close(SearchIndex.open(store, new Output().stream));
        DatasetGraph raw = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(raw, () -> raw.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:q"), OA.exact,
            NodeFactory.createLiteralString("and to fight on")));
        TDBInternal.expel(raw);
        Path marker = store.resolve(SearchIndex.CHECKED);
        String before = Files.readString(marker);
        assertFalse(before.equals(SearchIndex.state(store.toAbsolutePath().normalize())), "the write changed no file of the store");
        // the marker claims the written state was checked: the open trusts it and neither counts nor rebuilds
        Files.writeString(marker, SearchIndex.state(store.toAbsolutePath().normalize()));
        Output out = new Output();
        DatasetGraph dsg = SearchIndex.open(store, out.stream);
        try {
            assertEquals("", out.text());
            assertEquals(List.of(Q000, Q001), column(dsg, FIGHT_ON));
        } finally {
            SearchIndex.close(dsg);
        }
        // without the marker the same store is counted and its index rebuilt
        Files.delete(marker);
        out = new Output();
        dsg = SearchIndex.open(store, out.stream);
        try {
            assertTrue(out.text().contains(" indexed literals: rebuilding it\n"), out.text());
            assertEquals(List.of(Q000, Q001, "<urn:q>"), column(dsg, FIGHT_ON));
        } finally {
            SearchIndex.close(dsg);
        }
    }
}
