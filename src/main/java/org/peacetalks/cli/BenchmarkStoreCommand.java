package org.peacetalks.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.peacetalks.bench.StoreBenchmark;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.util.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code benchmark store}: load, start-up, queries, mix and ingest on TDB2 against RDF4J LMDB, printed. */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = {"Measure the store at scale against a peer store (RDF4J LMDB) on the same generated corpus, in one run:",
        "bulk load quads/s and peak RSS, serve start-up, each competency query p50/p99, a query mix at several client counts,",
        "and one new article stored until a query sees it. Prints figures; checks nothing. Takes tens of minutes at 10M.",
        "Example: java -Xmx6g -jar target/peacetalks-kg.jar benchmark store --quads 1000000,10000000"})
public final class BenchmarkStoreCommand implements Callable<Integer> {
    @Mixin
    StoreOptions opts;

    @Option(names = "--quads", split = ",", defaultValue = "1000000,10000000", description = "Corpus sizes in quads. Default: ${DEFAULT-VALUE}")
    List<Long> sizes;

    @Option(names = "--work", defaultValue = "run/bench", description = "Directory for corpora and stores (kept between runs). Default: ${DEFAULT-VALUE}")
    Path work;

    @Option(names = "--queries", defaultValue = "queries", description = "Competency queries (*.rq). Default: ${DEFAULT-VALUE}")
    Path queries;

    @Option(names = "--loader", defaultValue = "phased", description = "TDB2 loader for 'load'. Default: ${DEFAULT-VALUE}")
    String loader;

    @Option(names = "--runs", defaultValue = "20", description = "Timed runs per query (after one warm-up). Default: ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--query-budget", defaultValue = "20", description = "Seconds per query and store after which runs stop (at least 3 runs). Default: ${DEFAULT-VALUE}")
    int budget;

    @Option(names = "--mix-seconds", defaultValue = "15", description = "Seconds per client count in the mix. Default: ${DEFAULT-VALUE}")
    int mixSeconds;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,32", description = "Client counts of the mix. Default: ${DEFAULT-VALUE}")
    List<Integer> clients;

    @Option(names = "--ingests", defaultValue = "100", description = "New articles ingested per way in. Default: ${DEFAULT-VALUE}")
    int ingests;

    @Option(names = "--child-heap", defaultValue = "4g", description = "-Xmx of the load and start-up JVMs. Default: ${DEFAULT-VALUE}")
    String heap;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Override
    public Integer call() throws Exception {
        for (long s : sizes) if (s < 1) throw new InputException("--quads", "sizes must be positive, found " + s);
        if (runs < 1 || ingests < 1 || mixSeconds < 1 || budget < 1) throw new InputException("benchmark store", "--runs, --ingests, --mix-seconds and --query-budget must be at least 1");
        StoreBuilder.Prepared prepared = new StoreBuilder(opts.data, opts.ontology, opts.ids()).prepare();
        new StoreBenchmark(new StoreBenchmark.Settings(work, sizes, loader, runs, Duration.ofSeconds(budget), Duration.ofSeconds(mixSeconds),
            clients, ingests, heap, seed), prepared, opts.ids(), opts.data, opts.ontology, queries, System.out).run();
        return 0;
    }
}
