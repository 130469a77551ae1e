package org.peacetalks.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.peacetalks.bench.Benchmark;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.CuratedCorpus;
import org.peacetalks.rdf.RdfFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code benchmark}: extraction tokens/s, load time and peak heap against the stock CoreNLP pipeline, printed. */
@Command(name = "benchmark", mixinStandardHelpOptions = true, subcommands = BenchmarkStoreCommand.class,
    description = {"Measure extraction speed (tokens/s), model loading time and peak heap on the seed articles of data/,"
        + " and the stock CoreNLP pipeline (with coref and quote) in the same run. Prints figures; checks nothing.",
        "Give the JVM room: java -Xmx8g -jar target/peacetalks-kg.jar benchmark"})
public final class BenchmarkCommand implements Callable<Integer> {
    @Mixin
    StoreOptions opts;

    @Spec
    CommandSpec spec;

    @Option(names = "--threads", description = "Worker threads for both pipelines. Default: available processors (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--min-tokens", description = "Tokens our pipeline is timed on, the seed articles repeated. Default: ${DEFAULT-VALUE}")
    long minTokens = 100_000;

    @Option(names = "--stock-tokens", description = "Tokens of the sample the stock pipeline is timed on; 0 skips it. Default: ${DEFAULT-VALUE}")
    long stockTokens = 5_000;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        CuratedCorpus corpus = new CuratedCorpus(opts.data, opts.ids());
        Graph reference = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(corpus.referenceDir())) RdfFiles.parseInto(f, corpus.rel(f), reference);
        // republications repeat their original's text; the seeds are the originals
        List<Article> seeds = new ArrayList<>();
        for (CuratedCorpus.Entry e : corpus.readAll()) if (e.article().metadata().republicationOf() == null) seeds.add(e.article());
        if (seeds.isEmpty()) throw new ParameterException(spec.commandLine(), "no seed articles in " + corpus.articlesDir());

        Benchmark bench = new Benchmark(threads, System.out);
        List<Benchmark.Result> results = new ArrayList<>();
        results.add(bench.ours(reference, opts.ids(), seeds, minTokens));
        if (stockTokens > 0) results.add(bench.stock(seeds, stockTokens));
        bench.report(results);
        return 0;
    }
}
