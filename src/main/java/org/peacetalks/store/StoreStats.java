package org.peacetalks.store;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's statistics for its query optimizer ({@code stats.opt} in the data
 * generation's directory, what {@code tdb2.tdbstats} writes): predicate
 * frequencies over the union graph, which is what our queries see. TDB2 reads the
 * file when it opens the store, so it takes effect from the next open.
 */
public final class StoreStats {
    private StoreStats() {}

    /** Gathers the statistics of {@code dsg} (a TDB2 database on disk) and writes them into its current generation. */
    public static Path write(DatasetGraph dsg) {
        var tdb = TDBInternal.getDatasetGraphTDB(dsg);
        Path file = Path.of(tdb.getLocation().getDirectoryPath()).resolve("stats.opt");
        StatsCollector stats = Txn.calculateRead(dsg, () -> Stats.gather(dsg.getUnionGraph()));
        Stats.write(file.toString(), stats.results());
        return file;
    }
}
