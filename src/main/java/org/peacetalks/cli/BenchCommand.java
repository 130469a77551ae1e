package org.peacetalks.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.peacetalks.bench.Throughput;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.CuratedCorpus;
import org.peacetalks.extract.Extractor;
import org.peacetalks.nlp.NlpPipeline;
import org.peacetalks.rdf.RdfFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code benchmark}: extraction throughput and peak heap against the stock CoreNLP pipeline, printed. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = "Measure extraction throughput (tokens/s) and peak heap on the seed articles against the stock CoreNLP pipeline.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions opts;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--min-tokens", description = "Tokens to extract from, the seeds repeated (default: ${DEFAULT-VALUE}).")
    long minTokens = 100_000;

    @Option(names = "--stock-tokens", description = "Tokens of the sample the stock pipeline runs on; 0 skips it (default: ${DEFAULT-VALUE}).")
    long stockTokens = 3_000;

    @Override
    public Integer call() throws Exception {
        CuratedCorpus corpus = new CuratedCorpus(opts.data, opts.ids());
        Graph reference = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(corpus.referenceDir())) RdfFiles.parseInto(f, corpus.rel(f), reference);
        List<Article> seeds = new ArrayList<>();
        for (CuratedCorpus.Entry e : corpus.readAll()) if (e.article().metadata().republicationOf() == null) seeds.add(e.article());
        List<Throughput.Run> runs = new ArrayList<>();
        runs.add(Throughput.ours(() -> {
            NlpPipeline.shared();
            return new Extractor(reference, opts.ids());
        }, seeds, minTokens, threads));
        if (stockTokens > 0) runs.add(Throughput.stock(seeds, stockTokens, threads));
        Throughput.print(System.out, runs, threads);
        return 0;
    }
}
