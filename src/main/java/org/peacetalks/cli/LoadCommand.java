package org.peacetalks.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.peacetalks.store.BulkLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load}: N-Quads or TriG files into a new store through TDB2's bulk loaders. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Bulk-load N-Quads or TriG files (optionally .gz) into a new TDB2 store with TDB2's own loader,",
        "printing progress and quads/s. The store is replaced only when the load is complete; serve it with 'serve --no-build'.",
        "Example: java -Xmx4g -jar target/peacetalks-kg.jar load --store run/tdb2-1m run/corpus-1m.nq.gz"})
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions opts;

    @Option(names = "--loader", defaultValue = "phased",
        description = "TDB2 loader: parallel (most threads and memory), phased, or sequential. Default: ${DEFAULT-VALUE}")
    String loader;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files (.nq, .trig, .nt, .ttl; .gz allowed)")
    List<Path> files;

    @Override
    public Integer call() {
        BulkLoader.Kind kind;
        try {
            kind = BulkLoader.Kind.valueOf(loader.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.peacetalks.util.InputException("--loader", "must be parallel, phased or sequential, found '" + loader + "'");
        }
        BulkLoader.Result r = BulkLoader.load(opts.store, files, kind, System.err);
        long rss = BulkLoader.peakRss();
        System.out.printf(Locale.ROOT, "Loaded %s: %d quads (%d articles, %d claims) in %.1f s: %,.0f quads/s; %.1f s with statistics; peak RSS %d MB%n",
            opts.store, r.quads(), r.articles(), r.claims(), r.loading().toMillis() / 1000.0, r.quadsPerSecond(),
            r.total().toMillis() / 1000.0, rss / (1 << 20));
        return 0;
    }
}
