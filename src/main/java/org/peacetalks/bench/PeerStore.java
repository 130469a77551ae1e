package org.peacetalks.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.query.BooleanQuery;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.sail.lmdb.LmdbStore;
import org.eclipse.rdf4j.sail.lmdb.config.LmdbStoreConfig;

/**
 * The peer store of {@code benchmark store}: Eclipse RDF4J's LMDB store holding
 * the same quads, queried with the same SPARQL in the same process. Queries see
 * the union of all graphs as their default graph, as ours do.
 * Also a small command for the child processes whose memory and start-up are measured:
 * {@code PeerStore load DIR FILE.nq} and {@code PeerStore first DIR QUERY.rq}.
 */
public final class PeerStore implements AutoCloseable {
    /** Indexes for triple patterns by subject, predicate, object and by graph (GRAPH ?g patterns). */
    static final String INDEXES = "spoc,posc,ospc,cspo";
    private static final int BATCH = 200_000;

    private final SailRepository repo;

    private PeerStore(Path dir) {
        LmdbStoreConfig config = new LmdbStoreConfig(INDEXES).setAutoGrow(true).setForceSync(true);
        repo = new SailRepository(new LmdbStore(dir.toFile(), config));
        repo.init();
    }

    public static PeerStore open(Path dir) { return new PeerStore(dir); }

    /** Loads an N-Quads file (optionally gzipped) in transactions of {@value #BATCH} statements; returns the statements read. */
    public long load(Path file) throws IOException {
        long[] n = {0};
        try (InputStream in = input(file); RepositoryConnection conn = repo.getConnection()) {
            List<Statement> batch = new ArrayList<>(BATCH);
            RDFParser parser = Rio.createParser(RDFFormat.NQUADS);
            parser.setRDFHandler(new AbstractRDFHandler() {
                @Override public void handleStatement(Statement st) {
                    batch.add(st);
                    if (batch.size() == BATCH) flush(conn, batch);
                    n[0]++;
                }
            });
            parser.parse(in, "");
            flush(conn, batch);
        }
        return n[0];
    }

    private static void flush(RepositoryConnection conn, List<Statement> batch) {
        conn.begin(IsolationLevels.NONE);
        conn.add(batch);
        conn.commit();
        batch.clear();
    }

    private static InputStream input(Path f) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
        return f.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Runs a SELECT and reads every row; returns the row count. Stops with an exception past {@code timeoutSeconds}. */
    public long select(String sparql, int timeoutSeconds) {
        try (RepositoryConnection conn = repo.getConnection()) {
            TupleQuery q = conn.prepareTupleQuery(QueryLanguage.SPARQL, sparql);
            q.setMaxExecutionTime(timeoutSeconds);
            long rows = 0;
            try (TupleQueryResult r = q.evaluate()) {
                while (r.hasNext()) { r.next(); rows++; }
            }
            return rows;
        }
    }

    public boolean ask(String sparql) {
        try (RepositoryConnection conn = repo.getConnection()) {
            BooleanQuery q = conn.prepareBooleanQuery(QueryLanguage.SPARQL, sparql);
            return q.evaluate();
        }
    }

    /** Replaces graph {@code graph} with {@code statements} in one committed transaction. */
    public void replaceGraph(String graph, List<Statement> statements) {
        try (RepositoryConnection conn = repo.getConnection()) {
            IRI g = repo.getValueFactory().createIRI(graph);
            conn.begin(IsolationLevels.SNAPSHOT_READ);
            conn.clear(g);
            conn.add(statements, g);
            conn.commit();
        }
    }

    /** Parses N-Quads text into statements (outside any timing). */
    public static List<Statement> parse(String nquads) throws IOException {
        return new ArrayList<>(Rio.parse(new java.io.StringReader(nquads), "", RDFFormat.NQUADS));
    }

    @Override
    public void close() { repo.shutDown(); }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        long t0 = System.nanoTime();
        switch (args[0]) {
            case "load" -> {
                long n;
                try (PeerStore p = open(dir)) {
                    n = p.load(Path.of(args[2]));
                }
                System.out.println("PEER quads=" + n + " ms=" + (System.nanoTime() - t0) / 1_000_000 + " rss=" + org.peacetalks.store.BulkLoader.peakRss());
            }
            case "first" -> {
                try (PeerStore p = open(dir)) {
                    long rows = p.select(Files.readString(Path.of(args[2])), 60);
                    System.out.println("PEER rows=" + rows + " ms=" + (System.nanoTime() - t0) / 1_000_000);
                }
            }
            default -> throw new IllegalArgumentException("PeerStore load DIR FILE | first DIR QUERY");
        }
    }
}
