package org.peacetalks.store;

import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's statistics for its query optimizer ({@code stats.opt} in the data
 * generation's directory, what {@code tdb2.tdbstats} writes): predicate and
 * {@code rdf:type} frequencies, gathered as {@code tdb2.tdbstats} does, over the
 * stored tuples as node ids (the triple table, then the quad table), so no node is
 * decoded and no quad is compared with another. Our data lives in named graphs
 * and is queried through the union graph; a triple stated in several graphs is
 * counted once per graph, which the optimizer, using the figures only to rank
 * patterns, does not mind. TDB2 reads the file when it opens the store, so it takes
 * effect from the next open.
 */
public final class StoreStats {
    private StoreStats() {}

    /** Gathers the statistics of {@code dsg} (a TDB2 database on disk) and writes them into its current generation. */
    public static Path write(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        Path file = Path.of(tdb.getLocation().getDirectoryPath()).resolve("stats.opt");
        StatsResults stats = Txn.calculateRead(dsg, () -> gather(tdb));
        Stats.write(file.toString(), stats);
        return file;
    }

    private static StatsResults gather(DatasetGraphTDB tdb) {
        // one node table serves both tables; the collector decodes only the predicates and types it counted
        StatsCollectorNodeId stats = new StatsCollectorNodeId(tdb.getTripleTable().getNodeTupleTable().getNodeTable());
        for (Iterator<Tuple<NodeId>> it = tdb.getTripleTable().getNodeTupleTable().findAll(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            stats.record(null, t.get(0), t.get(1), t.get(2));
        }
        for (Iterator<Tuple<NodeId>> it = tdb.getQuadTable().getNodeTupleTable().findAll(); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            stats.record(q.get(0), q.get(1), q.get(2), q.get(3));
        }
        return stats.results();
    }
}
