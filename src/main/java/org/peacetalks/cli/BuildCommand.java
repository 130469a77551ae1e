package org.peacetalks.cli;

import java.util.concurrent.Callable;

import org.peacetalks.store.StoreBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code build}: data/ and ontology/ → a validated TDB2 store, swapped in only when complete. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the TDB2 store from data/ and ontology/ (validated with SHACL; the existing store is replaced only on success).")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOptions opts;

    BuildCommand withOptions(StoreOptions o) {
        this.opts = o;
        return this;
    }

    @Override
    public Integer call() {
        StoreBuilder.Result r = new StoreBuilder(opts.data, opts.ontology, opts.ids()).build(opts.store);
        System.out.printf("Built %s: %d articles, %d claims, %d quads in %.1f s%s%n", opts.store, r.articles(), r.claims(), r.quads(),
            r.elapsed().toMillis() / 1000.0, r.kept() > 0 ? " (kept " + r.kept() + " ingested articles)" : "");
        return 0;
    }
}
