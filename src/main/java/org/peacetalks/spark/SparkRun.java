package org.peacetalks.spark;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.sql.SparkSession;
import org.peacetalks.corpus.CuratedCorpus;
import org.peacetalks.rdf.RdfFiles;
import org.peacetalks.vocab.PT;

/**
 * Starting the job: the ontology and reference graphs as {@code build} reads them, and a Spark
 * session on the given master, or on the one {@code spark-submit} set, or {@code local[*]}.
 */
public final class SparkRun {
    private SparkRun() {}

    /** Every Turtle file of the ontology folder, as {@code build} stores the ontology graph (shapes included). */
    public static Graph ontology(Path ontologyDir) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(ontologyDir)) RdfFiles.parseInto(f, g);
        return g;
    }

    /** Every Turtle file of {@code data/reference}, as {@code build} stores the reference graph. */
    public static Graph reference(Path dataDir) {
        CuratedCorpus corpus = new CuratedCorpus(dataDir, PT.Ids.standard());
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(corpus.referenceDir())) RdfFiles.parseInto(f, corpus.rel(f), g);
        return g;
    }

    /**
     * A session for the job. {@code master} null: the one spark-submit gave ({@code spark.master}),
     * else {@code local[*]}. The web UI is off: a batch run needs none, and the service's Servlet 6
     * API is not the one Spark's relocated Jetty 11 UI was built against.
     */
    public static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("peacetalks-kg extraction");
        if (master != null) b.master(master);
        else if (System.getProperty("spark.master") == null) b.master("local[*]");
        b.config("spark.ui.enabled", false);
        // the republication join is small: a few partitions, not SQL's default 200
        b.config("spark.sql.shuffle.partitions", 8);
        if (System.getProperty("io.netty.tryReflectionSetAccessible") == null) System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        return b.getOrCreate();
    }
}
