package org.peacetalks.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.peacetalks.util.InputException;

/**
 * Loads N-Quads or TriG files (or any RDF syntax, gzipped or not) into a new TDB2
 * store with TDB2's own bulk loaders, then writes the store's statistics for the
 * query optimizer, its full-text index and its bookkeeping. The store is written into a fresh directory
 * and swapped in only when complete, so a failed load leaves the existing store as
 * it was; a successful one replaces it with exactly the files' quads.
 * <pre>
 *   BulkLoader.Result r = BulkLoader.load(Path.of("run/tdb2"), List.of(Path.of("corpus.nq.gz")), BulkLoader.Kind.PHASED, System.err);
 * </pre>
 */
public final class BulkLoader {
    /** TDB2's loaders: parallel uses the most threads and memory, sequential the fewest. */
    public enum Kind { PARALLEL, PHASED, SEQUENTIAL }

    /** {@code quads}: in the store once loaded (duplicates in the input counted once). */
    public record Result(long quads, long articles, long claims, Duration loading, Duration total) {
        public double quadsPerSecond() { return quads / Math.max(1e-9, loading.toNanos() / 1e9); }
    }

    private BulkLoader() {}

    public static Result load(Path store, List<Path> files, Kind kind, PrintStream progress) {
        if (files.isEmpty()) throw new InputException("load", "no input files given");
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new InputException(f.toString(), "file not found");
            Lang lang = RDFLanguages.filenameToLang(f.toString());
            if (lang == null) throw new InputException(f.toString(), "unknown RDF syntax: name it .nq, .trig, .nt or .ttl (optionally .gz)");
        }
        long t0 = System.nanoTime();
        Path fresh = store.toAbsolutePath().resolveSibling(store.getFileName() + ".new");
        StoreBuilder.deleteTree(fresh);
        try {
            Files.createDirectories(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(fresh.toString());
        long loadNanos;
        StoreStamp.Counts counts;
        try {
            MonitorOutput out = (fmt, args) -> progress.println("  " + String.format(Locale.ROOT, fmt, args));
            DataLoader loader = switch (kind) {
                case PARALLEL -> LoaderFactory.parallelLoader(dsg, out);
                case PHASED -> LoaderFactory.phasedLoader(dsg, out);
                case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, out);
            };
            long l0 = System.nanoTime();
            loader.startBulk();
            try {
                for (Path f : files) {
                    progress.println("Loading " + f);
                    try {
                        loader.load(f.toString());
                    } catch (RiotException e) {
                        throw new InputException(f.toString(), e.getMessage(), e);
                    }
                }
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            loadNanos = System.nanoTime() - l0;
            progress.println("Counting articles and claims, gathering statistics for the optimizer");
            counts = StoreStamp.count(dsg);
            StoreStats.write(dsg);
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);
            StoreBuilder.deleteTree(fresh);
            throw e;
        }
        TDBInternal.expel(dsg);
        // TDB2's loaders write the indexes directly, past any dataset wrapper: the text index is built after
        SearchIndex.close(SearchIndex.open(fresh, progress));
        StoreStamp.write(fresh, counts, "bulk load (" + kind.name().toLowerCase(Locale.ROOT) + ") of " + files);
        StoreBuilder.swap(fresh, store.toAbsolutePath());
        return new Result(counts.quads(), counts.articles(), counts.claims(), Duration.ofNanos(loadNanos),
            Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Peak resident memory of this process in bytes (VmHWM), or -1 where /proc does not tell. */
    public static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }
}
