package org.peacetalks.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.corpus.CuratedCorpus;
import org.peacetalks.extract.WarTerritories;
import org.peacetalks.rdf.RdfFiles;
import org.peacetalks.util.InputException;
import org.peacetalks.vocab.PT;

/**
 * Builds the TDB2 store from {@code data/} and {@code ontology/}: the ontology
 * graph, the reference graph, one graph per article. Everything is read and
 * validated before the store is touched; the new store is written into a fresh
 * directory and swapped in only when complete, so a failed build leaves the
 * served store as it was.
 *
 * <pre>
 *   StoreBuilder.Result r = new StoreBuilder(Path.of("data"), Path.of("ontology"), PT.Ids.standard()).build(Path.of("run/tdb2"));
 * </pre>
 */
public final class StoreBuilder {
    /** File written last into a complete store; its time is the build time. */
    public static final String STAMP = "peacetalks-build.properties";
    static final String SHAPES_FILE = "shapes.ttl";

    /** {@code kept}: ingested articles carried over from the store being replaced. */
    public record Result(int articles, int claims, int kept, long quads, Duration elapsed) {}

    private final Path dataDir;
    private final Path ontologyDir;
    private final PT.Ids ids;

    public StoreBuilder(Path dataDir, Path ontologyDir, PT.Ids ids) {
        this.dataDir = dataDir;
        this.ontologyDir = ontologyDir;
        this.ids = ids;
    }

    /** Reads and validates everything, then writes the store at {@code storeDir} (replacing any there). */
    public Result build(Path storeDir) {
        long t0 = System.nanoTime();
        Prepared p = prepare();
        Path fresh = storeDir.resolveSibling(storeDir.getFileName() + ".new");
        deleteTree(fresh);
        Map<Node, Graph> ingested = ingestedArticles(storeDir, p);
        long quads = write(p, ingested, fresh);
        swap(fresh, storeDir);
        return new Result(p.articleGraphs.size(), p.claims, ingested.size(), quads, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Everything to be stored, validated. */
    public record Prepared(Graph ontology, Graph reference, Map<Node, Graph> articleGraphs, int claims) {}

    /** Reads and validates all input without touching any store. */
    public Prepared prepare() {
        Graph ontology = GraphFactory.createDefaultGraph();
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(ontologyDir)) {
            RdfFiles.parseInto(f, ontology);
            if (f.getFileName().toString().equals(SHAPES_FILE)) RdfFiles.parseInto(f, shapesGraph);
        }
        if (shapesGraph.isEmpty()) throw new InputException(ontologyDir.resolve(SHAPES_FILE).toString(), "no SHACL shapes found");
        Validation validation = new Validation(shapesGraph);

        CuratedCorpus corpus = new CuratedCorpus(dataDir, ids);
        Graph reference = GraphFactory.createDefaultGraph();
        Map<Node, String> definedIn = new HashMap<>();
        for (Path f : RdfFiles.turtleFiles(corpus.referenceDir())) {
            Graph g = GraphFactory.createDefaultGraph();
            String name = corpus.rel(f);
            RdfFiles.parseInto(f, name, g);
            g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> definedIn.putIfAbsent(t.getSubject(), name));
            g.find().forEach(reference::add);
        }
        Graph ontAndRef = new Union(ontology, reference);
        List<String> refProblems = validation.violations(ontAndRef, n -> definedIn.getOrDefault(n, corpus.rel(corpus.referenceDir())));
        if (!refProblems.isEmpty()) throw new BuildException(corpus.rel(corpus.referenceDir()), refProblems);

        ArticleGraphs compiler = new ArticleGraphs(ids, ontology, reference, validation);
        // curated annotations list every mentioned place; which are at issue follows from the reference data, as for extraction
        WarTerritories war = WarTerritories.lenient(reference, ids);
        List<CuratedCorpus.Entry> entries = corpus.readAll();
        Set<String> articleIris = new HashSet<>();
        for (CuratedCorpus.Entry e : entries) articleIris.add(ids.article(e.article().id()));

        Map<Node, Graph> graphs = new LinkedHashMap<>();
        int claims = 0;
        for (CuratedCorpus.Entry e : entries) {
            String file = e.annotationFile() != null ? e.annotationFile() : corpus.rel(corpus.articlesDir().resolve(e.article().sourceFile()));
            Node gn = compiler.graphName(e.article());
            if (graphs.containsKey(gn))
                throw new InputException(file, "article text is identical to another article's (same id " + e.article().id() + ")");
            Annotations ann = e.annotations().withTerritories(war.atIssue(e.annotations().mentions()));
            graphs.put(gn, compiler.compile(e.article(), ann, file, articleIris));
            claims += e.annotations().claims().size();
        }
        return new Prepared(ontology, reference, graphs, claims);
    }

    /**
     * Article graphs of the current store that did not come from data/ (their
     * pt:sourceFile is not a file in data/articles): ingested articles, which a
     * rebuild from data/ must not lose.
     */
    private Map<Node, Graph> ingestedArticles(Path storeDir, Prepared p) {
        Map<Node, Graph> out = new LinkedHashMap<>();
        if (!Files.exists(storeDir.resolve(STAMP))) return out;
        Path articles = dataDir.resolve("articles");
        DatasetGraph old;
        try {
            old = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(storeDir.toString());
        } catch (RuntimeException e) {
            // held by a running service: rebuilding now would drop its ingested articles
            throw new InputException(storeDir.toString(), "cannot read the current store to keep its ingested articles ("
                + e.getMessage() + "); stop the service that holds it, or ingest through the service");
        }
        try {
            Txn.executeRead(old, () -> old.listGraphNodes().forEachRemaining(gn -> {
                if (!gn.isURI() || !gn.getURI().startsWith(ids.articleGraph("")) || p.articleGraphs.containsKey(gn)) return;
                Graph g = old.getGraph(gn);
                var files = g.find(Node.ANY, PT.sourceFile, Node.ANY).toList();
                boolean curated = files.stream().anyMatch(t -> Files.exists(articles.resolve(t.getObject().getLiteralLexicalForm())));
                if (curated) return;
                Graph copy = GraphFactory.createDefaultGraph();
                g.find().forEach(copy::add);
                out.put(gn, copy);
            }));
        } finally {
            TDBInternal.expel(old);
        }
        return out;
    }

    private long write(Prepared p, Map<Node, Graph> ingested, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a new store: its (empty) text index is made on open, then kept in step by each write
        DatasetGraph dsg = SearchIndex.open(dir, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            Txn.executeWrite(dsg, () -> {
                p.ontology.find().forEach(t -> dsg.add(node(ids.ontologyGraph()), t.getSubject(), t.getPredicate(), t.getObject()));
                p.reference.find().forEach(t -> dsg.add(node(ids.referenceGraph()), t.getSubject(), t.getPredicate(), t.getObject()));
            });
            // One transaction per article: the unit of atomic update everywhere.
            for (Map<Node, Graph> graphs : List.of(p.articleGraphs, ingested))
                for (Map.Entry<Node, Graph> e : graphs.entrySet())
                    Txn.executeWrite(dsg, () -> e.getValue().find().forEach(t -> dsg.add(e.getKey(), t.getSubject(), t.getPredicate(), t.getObject())));
            long n = Txn.calculateRead(dsg, () -> {
                long c = 0;
                for (var it = dsg.find(); it.hasNext(); it.next()) c++;
                return c;
            });
            Files.writeString(dir.resolve(STAMP), "articles=" + p.articleGraphs.size() + "\nclaims=" + p.claims + "\ningested=" + ingested.size()
                + "\nquads=" + n + "\n");
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            SearchIndex.close(dsg);
        }
    }

    private static Node node(String iri) { return NodeFactory.createURI(iri); }

    /** Moves {@code fresh} to {@code target}; the old store is removed only after the new one is in place. */
    static void swap(Path fresh, Path target) {
        Path old = target.resolveSibling(target.getFileName() + ".old");
        try {
            deleteTree(old);
            if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap in the new store at " + target, e);
        }
    }

    /** True when the store is missing, incomplete, or older than any file under the inputs. */
    public static boolean isStale(Path storeDir, Path... inputs) {
        Path stamp = storeDir.resolve(STAMP);
        if (!Files.exists(stamp)) return true;
        try {
            long built = Files.getLastModifiedTime(stamp).toMillis();
            for (Path in : inputs) {
                if (!Files.exists(in)) continue;
                try (Stream<Path> s = Files.walk(in)) {
                    if (s.anyMatch(p -> lastModified(p) > built)) return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static long lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
