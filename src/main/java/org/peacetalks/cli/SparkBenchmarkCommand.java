package org.peacetalks.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.peacetalks.spark.SparkBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code spark-benchmark}: the Spark job against ingest on the same tokens, and the store side of scaling, printed. */
@Command(name = "spark-benchmark", mixinStandardHelpOptions = true,
    description = {"Measure, in one run on the same articles (the seeds repeated, each copy distinct): ingest's tokens/s and the Spark job's",
        "in local mode; then on the job's N-Quads the TDB2 bulk loader, the single writer (one transaction per article) recording an",
        "RDF Patch log, a replica applying it, and the rebuild from data/. Prints figures; checks nothing.",
        "Give the JVM room: java -Xmx10g -jar target/peacetalks-kg.jar spark-benchmark"})
public final class SparkBenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "data", description = "Data directory. Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--ontology", defaultValue = "ontology", description = "Ontology directory. Default: ${DEFAULT-VALUE}")
    Path ontology;

    @Option(names = "--min-tokens", defaultValue = "100000", description = "Tokens both are timed on. Default: ${DEFAULT-VALUE}")
    long minTokens;

    @Option(names = "--cores", description = "Threads for ingest and local[N] for the job. Default: available processors (${DEFAULT-VALUE}).")
    int cores = Runtime.getRuntime().availableProcessors();

    @Option(names = "--work", description = "Folder for the corpus, stores and output (kept). Default: a new temporary folder.")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (cores < 1) throw new ParameterException(spec.commandLine(), "--cores must be at least 1");
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("peacetalks-spark-bench");
        System.out.println("work folder: " + dir);
        new SparkBenchmark(data, ontology, dir, cores, System.out).run(minTokens);
        return 0;
    }
}
