package org.peacetalks.ingest;

import java.util.Map;

import org.apache.jena.graph.Graph;

/**
 * Where ingested articles go: a stopped TDB2 store, or a running service over
 * HTTP. Each {@link #replace} is one atomic update of one article's graph.
 */
public interface IngestTarget extends AutoCloseable {
    Graph ontology();

    Graph reference();

    /** Stored articles: id → text, for republication detection. */
    Map<String, String> articleTexts();

    /** Replaces (or creates) the named graph with {@code g}, atomically. */
    void replace(String graphIri, Graph g);

    @Override
    void close();
}
