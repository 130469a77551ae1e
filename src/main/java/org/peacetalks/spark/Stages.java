package org.peacetalks.spark;

import java.io.Serializable;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.extract.Extractor;
import org.peacetalks.extract.Gazetteer;
import org.peacetalks.extract.GazetteerAnnotator;
import org.peacetalks.ingest.Cleaner;
import org.peacetalks.ingest.Ingester;
import org.peacetalks.store.ArticleGraphs;
import org.peacetalks.store.Validation;
import org.peacetalks.util.Hashing;
import org.peacetalks.vocab.PT;

/**
 * Ingest's per-article stages as one executor JVM holds them: the cleaner, the extractor over
 * the shared CoreNLP pipeline and the graph compiler, built once per JVM from the broadcast
 * {@link Config} and reused by every task (CoreNLP loads once per executor, not per article).
 */
final class Stages {
    /** What the stages are built from, broadcast from the driver: ontology and reference as N-Triples. */
    record Config(String base, String ontology, String reference, long articleTimeoutMillis, String annotate, String key) implements Serializable {

        static Config of(String base, Graph ontology, Graph reference, Duration articleTimeout, String annotate) {
            if (!java.util.List.of("extract", "mentions", "none").contains(annotate))
                throw new IllegalArgumentException("unknown annotator '" + annotate + "' (available: extract, mentions, none)");
            String o = ntriples(ontology), r = ntriples(reference);
            String key = Hashing.sha256(base + '\u0000' + o + '\u0000' + r + '\u0000' + articleTimeout.toMillis() + '\u0000' + annotate);
            return new Config(base, o, r, articleTimeout.toMillis(), annotate, key);
        }
    }

    private static final Map<String, Stages> BY_CONFIG = new ConcurrentHashMap<>();

    final PT.Ids ids;
    final Ingester ingester;
    private final Config config;
    private final Graph ontology, reference;
    private volatile ArticleGraphs compiler;
    private volatile Annotator annotator;
    /** Annotation runs here so that the time limit can interrupt it; tasks wait on it, so it grows with them. */
    final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "peacetalks-annotate");
        t.setDaemon(true);
        return t;
    });

    private Stages(Config c) {
        this.config = c;
        this.ids = new PT.Ids(c.base());
        this.ontology = parse(c.ontology());
        this.reference = parse(c.reference());
        this.ingester = new Ingester(ids, Cleaner.standard(), a -> annotator().annotate(a), Duration.ofMillis(c.articleTimeoutMillis()));
    }

    static Stages of(Config c) {
        return BY_CONFIG.computeIfAbsent(c.key(), k -> new Stages(c));
    }

    /** The compiler with ingest's checks: entity references against ontology and reference, then SHACL. */
    ArticleGraphs compiler() {
        if (compiler == null) synchronized (this) {
            if (compiler == null) compiler = new ArticleGraphs(ids, ontology, reference, new Validation(ontology));
        }
        return compiler;
    }

    /** The annotator ingest's --annotate names, built on first use (only the extraction stage needs it). */
    Annotator annotator() {
        if (annotator == null) synchronized (this) {
            if (annotator == null) annotator = switch (config.annotate()) {
                case "none" -> a -> Annotations.NONE;
                case "mentions" -> new GazetteerAnnotator(Gazetteer.of(reference));
                default -> new Extractor(reference, ids);
            };
        }
        return annotator;
    }

    static String ntriples(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.NTRIPLES);
        return w.toString();
    }

    private static Graph parse(String nt) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(nt, Lang.NTRIPLES).parse(g);
        return g;
    }
}
