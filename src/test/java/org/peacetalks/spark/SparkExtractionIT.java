package org.peacetalks.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.spark.sql.SparkSession;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.corpus.Article;
import org.peacetalks.extract.Extractor;
import org.peacetalks.ingest.Cleaner;
import org.peacetalks.ingest.IngestTarget;
import org.peacetalks.ingest.Ingester;
import org.peacetalks.vocab.PT;

/**
 * The Spark job in local[2] against ingest of the same files in the same run: the same named
 * graphs (isomorphic, each), the same answers to every competency query once loaded beside the
 * seeds, the earliest copy as the original of republications, and ingest's failure messages
 * with file and line for broken records, nothing written for them.
 */
class SparkExtractionIT {
    static final PT.Ids IDS = PT.Ids.standard();
    static final Path MIXED = Path.of("src/test/resources/spark/mixed");

    static SparkSession spark;
    static Graph ontology, reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        ontology = SparkRun.ontology(Path.of("ontology"));
        reference = SparkRun.reference(Path.of("data"));
        spark = SparkRun.session("local[2]");
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    /** Ingest of {@code files} with {@code annotator} into memory (no store): graph IRI → graph, and the outcomes. */
    record Ingested(Map<String, Graph> graphs, List<Ingester.Outcome> outcomes) {}

    static Ingested ingest(List<Path> files, Annotator annotator) {
        Map<String, Graph> graphs = new TreeMap<>();
        IngestTarget memory = new IngestTarget() {
            @Override public Graph ontology() { return ontology; }
            @Override public Graph reference() { return reference; }
            @Override public Map<String, String> articleTexts() { return Map.of(); }
            @Override public void replace(String graphIri, Graph g) { graphs.put(graphIri, g); }
            @Override public void close() {}
        };
        List<Ingester.Outcome> out = new Ingester(IDS, Cleaner.standard(), annotator, memory, 2).ingest(files, null);
        return new Ingested(graphs, out);
    }

    ExtractionJob.Summary runJob(List<String> inputs, Path out, String annotate) {
        return new ExtractionJob(new ExtractionJob.Settings(inputs, out.toString(), PT.DEFAULT_BASE, Duration.ofSeconds(60), annotate, 2, false),
            ontology, reference).run(spark);
    }

    /** The job's quads by named graph, each file also parsed by RDF4J Rio to the same number of statements. */
    static Map<String, Graph> quads(Path out) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.create();
        List<Path> files;
        try (Stream<Path> s = Files.list(out.resolve("quads"))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".nq")).sorted().toList();
        }
        long rio = 0;
        for (Path f : files) {
            RDFDataMgr.read(dsg, f.toString(), Lang.NQUADS);
            try (InputStream in = Files.newInputStream(f)) {
                Model m = Rio.parse(in, "", RDFFormat.NQUADS);
                rio += m.size();
            }
        }
        Map<String, Graph> graphs = new TreeMap<>();
        dsg.listGraphNodes().forEachRemaining(gn -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(gn).find().forEach(g::add);
            graphs.put(gn.getURI(), g);
        });
        assertEquals(dsg.stream().count(), rio, "RDF4J Rio reads the same quads as Jena");
        return graphs;
    }

    /** The graph without its one dct:modified (when it was extracted, which differs between any two runs). */
    static Graph withoutModified(String graphIri, Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEach(copy::add);
        Node gn = org.apache.jena.graph.NodeFactory.createURI(graphIri);
        assertEquals(1, copy.find(gn, DCTerms.modified.asNode(), Node.ANY).toList().size(), graphIri + " has one dct:modified");
        copy.remove(gn, DCTerms.modified.asNode(), Node.ANY);
        return copy;
    }

    /** The article files of a folder as the job lists them: by path, articles only. */
    static List<Path> articleFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.(txt|html|jsonl)")).sorted().toList();
        }
    }

    @Test
    void seedsAndMixedCorpusGiveIngestsGraphsAndAnswers() throws IOException {
        List<Path> files = new ArrayList<>(articleFiles(Path.of("data/articles")));
        files.addAll(articleFiles(MIXED));
        Ingested ingested = ingest(files, new Extractor(reference, IDS));
        assertTrue(ingested.outcomes().stream().allMatch(Ingester.Outcome::ok), "ingest took every article");

        Path out = dir.resolve("out");
        ExtractionJob.Summary s = runJob(List.of("data/articles", MIXED.toString()), out, "extract");
        assertEquals(0, s.failed(), "failures: " + s.failures());
        assertEquals(9, s.articles());
        assertEquals(1, s.republications());
        assertEquals(ingested.outcomes().stream().mapToLong(Ingester.Outcome::claims).sum(), s.claims());
        assertEquals(List.of("file\tline\tcolumn\tproblem"), Files.readAllLines(out.resolve("failures.tsv")));

        Map<String, Graph> job = quads(out);
        assertEquals(ingested.graphs().keySet(), job.keySet());
        for (String g : job.keySet()) {
            assertTrue(withoutModified(g, job.get(g)).isIsomorphicWith(withoutModified(g, ingested.graphs().get(g))),
                "graph " + g + " is ingest's");
        }
        // the republication: seed 004 is seed 003 with furniture around it
        String copy = IDS.article(new Article("x", "x", Cleaner.standard().clean(raw("data/articles/004_16506607363ae513.txt")).text(), null).id());
        String original = new Article("x", "x", Cleaner.standard().clean(raw("data/articles/003_7c7980079dbd970a.txt")).text(), null).id();
        assertTrue(job.get(IDS.articleGraph(copy.substring(copy.lastIndexOf('/') + 1))).contains(
            org.apache.jena.graph.NodeFactory.createURI(copy), PT.republicationOf, org.apache.jena.graph.NodeFactory.createURI(IDS.article(original))));

        // loaded beside the seeds' curated graphs, every competency query answers as it does over ingest's graphs
        var seeds = new org.peacetalks.store.StoreBuilder(Path.of("data"), Path.of("ontology"), IDS).prepare();
        DatasetGraph viaIngest = seedsWith(seeds, ingested.graphs()), viaJob = seedsWith(seeds, job);
        List<Path> queries;
        try (Stream<Path> q = Files.list(Path.of("queries"))) {
            queries = q.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() >= 10, "competency queries found: " + queries.size());
        for (Path q : queries) {
            String text = Files.readString(q);
            assertEquals(answers(viaIngest, text), answers(viaJob, text), q + " answers alike");
            // a text query answers from the index, not vacuously (the seeds' "fight on" claims are in both)
            if (text.contains("text:query")) assertFalse(answers(viaJob, text).isEmpty(), q + " has no rows");
        }
    }

    static org.peacetalks.ingest.RawArticle raw(String file) {
        return org.peacetalks.ingest.ArticleFiles.read(Path.of(file)).get(0).article();
    }

    /** The seed store's graphs (as build makes them) with these article graphs added, dct:modified left out, in an in-memory TDB2 with its text index. */
    static DatasetGraph seedsWith(org.peacetalks.store.StoreBuilder.Prepared p, Map<String, Graph> graphs) {
        DatasetGraph dsg = org.peacetalks.store.SearchIndex.inMemory();
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            add(dsg, IDS.ontologyGraph(), p.ontology());
            add(dsg, IDS.referenceGraph(), p.reference());
            p.articleGraphs().forEach((gn, g) -> add(dsg, gn.getURI(), g));
            graphs.forEach((g, graph) -> add(dsg, g, withoutModified(g, graph)));
        });
        return dsg;
    }

    static void add(DatasetGraph dsg, String graph, Graph g) {
        Node gn = org.apache.jena.graph.NodeFactory.createURI(graph);
        g.find().forEach(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** A query's answer over the union of the named graphs (as the service queries), as sorted lines: row order does not matter. */
    static List<String> answers(DatasetGraph dsg, String query) {
        org.apache.jena.query.Query q = org.apache.jena.query.QueryFactory.create(query);
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(dsg))
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                List<String> rows = new ArrayList<>();
                if (q.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) rows.add(rs.next().toString());
                } else if (q.isAskType()) {
                    rows.add(Boolean.toString(qe.execAsk()));
                } else {
                    qe.execConstruct().getGraph().find().forEach(t -> rows.add(t.toString()));
                }
                rows.sort(null);
                return rows;
            }
        });
    }

    @Test
    void republicationsLinkToTheEarliestCopyAndBrokenRecordsAreFailureRows() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String original = """
            Negotiators from Russia and Ukraine met in Geneva on Monday for talks that lasted most of the day, the first such meeting in months.
            The envoy who chaired the session said the talks were useful and would go on next week, although no date had yet been set for them.
            Officials from both delegations said they expected a second round within weeks, and that the agenda had not been fixed.
            There was no word on a ceasefire, which the delegations have discussed for months without any result, nor on an exchange of prisoners.
            Diplomats said the mediators hoped to bring the foreign ministers together before the end of the year if the next round went well.
            """;
        Files.writeString(in.resolve("a-original.txt"), original);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        String copy1 = original + "This article first appeared on the website of Example News and is republished with permission.\n";
        String copy2 = original.replace("most of the day", "most of Monday");
        String shortText = "Talks resumed in Geneva.";
        Files.writeString(in.resolve("b-feed.jsonl"), String.join("\n",
            "{\"text\": " + json.writeValueAsString(copy1) + "}",
            "{\"text\": \"unterminated",
            "{\"text\": 42}",
            "{\"text\": " + json.writeValueAsString(shortText) + "}",
            "{\"url\": \"https://example.org/copy\", \"text\": " + json.writeValueAsString(copy2) + "}") + "\n");
        Files.writeString(in.resolve("c-empty.txt"), "");
        Files.write(in.resolve("d-image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(in.resolve("e-ru.txt"), "Переговоры в Стамбуле начались в марте. Делегации обсудили нейтралитет Украины и гарантии "
            + "безопасности, но договориться о прекращении огня не смогли, и следующая встреча пока не назначена.\n");

        Path out = dir.resolve("out");
        ExtractionJob.Summary s = runJob(List.of(in.toString(), dir.resolve("missing.txt").toString()), out, "none");
        Ingested ingested = ingest(articleFiles(in), a -> Annotations.NONE);

        String f = in.resolve("b-feed.jsonl").toString();
        String originalId = ingested.outcomes().get(0).articleId();
        assertEquals(List.of(
            "file\tline\tcolumn\tproblem",
            dir.resolve("missing.txt") + "\t\t\tnot found",
            f + "\t2\t23\tbroken JSON line: Unexpected end-of-input: was expecting closing quote for a string value",
            f + "\t3\t1\t'text' must be a string, found number 42",
            f + "\t4\t\tarticle too short: 24 characters after cleaning (at least 100)",
            in.resolve("c-empty.txt") + "\t\t\tempty file",
            in.resolve("d-image.txt") + "\t\t\tbinary content (NUL byte at offset 4), expected UTF-8 text",
            in.resolve("e-ru.txt") + "\t\t\tnot English: only 0% of its words are English function words"),
            Files.readAllLines(out.resolve("failures.tsv")));
        // each failure row carries ingest's message for the same record
        List<String> ingestErrors = ingested.outcomes().stream().filter(o -> !o.ok()).map(o -> o.error().getMessage()).toList();
        List<String> jobErrors = s.failures().stream().filter(x -> x.place().file() >= 0).map(Rows.Failure::message).toList();
        assertEquals(ingestErrors, jobErrors);

        // both copies name the original, the earliest; nothing was written for the failed records
        Map<String, Graph> job = quads(out);
        assertEquals(3, job.size());
        assertEquals(ingested.graphs().keySet(), job.keySet());
        for (int i : new int[] {1, 5}) {
            Ingester.Outcome o = ingested.outcomes().get(i);
            assertEquals(originalId, o.republicationOf(), "ingest: " + o.origin());
            Graph g = job.get(IDS.articleGraph(o.articleId()));
            assertEquals(List.of(IDS.article(originalId)), g.find(Node.ANY, PT.republicationOf, Node.ANY).mapWith(t -> t.getObject().getURI()).toList());
        }
        for (String g : job.keySet())
            assertTrue(withoutModified(g, job.get(g)).isIsomorphicWith(withoutModified(g, ingested.graphs().get(g))), g);
        assertEquals(3, s.articles());
        assertEquals(2, s.republications());
        List<String> report = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("articles"))) {
            for (Path p : parts.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) report.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
        }
        assertEquals(3, report.size(), "articles.tsv: " + report);
    }
}
