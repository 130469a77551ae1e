package org.peacetalks.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.peacetalks.spark.ExtractionJob;
import org.peacetalks.spark.SparkRun;
import org.peacetalks.util.InputException;
import org.peacetalks.vocab.PT;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark}: ingest's extraction over a corpus as a Spark job, written as N-Quads for the bulk loader.
 * <pre>
 *   java -Xmx8g -jar target/peacetalks-kg.jar spark --input data/articles --output run/spark-out
 * </pre>
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = {"Extract a corpus on Apache Spark: ingest's cleaning, extraction and republication links (MinHash LSH over the",
        "whole corpus), written as N-Quads, one named graph per article with ingest's IRIs, in OUTPUT/quads/part-NNNNN.nq;",
        "OUTPUT/articles/*.tsv says what went in, OUTPUT/failures.tsv what did not (file, line, problem)."})
public final class SparkCommand implements Callable<Integer> {
    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
        description = "Article files or folders (.txt, .html, .jsonl): local paths or Hadoop file system URIs (hdfs://, s3a://, file:).")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder (new or empty), local or a Hadoop URI.")
    String output;

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master, e.g. local[2], spark://host:7077, yarn. Default: the one spark-submit gives, else local[*].")
    String master;

    @Option(names = "--data", defaultValue = "data", description = "Data directory (its reference/ graph). Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--ontology", defaultValue = "ontology", description = "Ontology directory (OWL and SHACL Turtle). Default: ${DEFAULT-VALUE}")
    Path ontology;

    @Option(names = "--base", defaultValue = PT.DEFAULT_BASE, description = "Base of entity, article and graph IRIs. Default: ${DEFAULT-VALUE}")
    String base;

    @Option(names = "--annotate", defaultValue = "extract", description = "As ingest's --annotate: extract, mentions or none. Default: ${DEFAULT-VALUE}")
    String annotate;

    @Option(names = "--article-timeout", defaultValue = "60",
        description = "Seconds one article's annotation may take; past it the article goes in without claims. Default: ${DEFAULT-VALUE}")
    double articleTimeoutSeconds;

    @Option(names = "--files", defaultValue = "0", description = "N-Quads files to write; 0: one per core of the cluster. Default: ${DEFAULT-VALUE}")
    int files;

    @Option(names = "--gzip", description = "Write quads/part-NNNNN.nq.gz.")
    boolean gzip;

    @Override
    public Integer call() {
        if (!(articleTimeoutSeconds >= 0.001) || Double.isInfinite(articleTimeoutSeconds))
            throw new InputException("--article-timeout", "must be a number of seconds of at least 0.001, found " + articleTimeoutSeconds);
        ExtractionJob.Settings s = new ExtractionJob.Settings(inputs, output, base,
            java.time.Duration.ofMillis((long) (articleTimeoutSeconds * 1000)), annotate, files, gzip);
        ExtractionJob job = new ExtractionJob(s, SparkRun.ontology(ontology), SparkRun.reference(data));
        ExtractionJob.Summary r;
        SparkSession spark = SparkRun.session(master);
        try {
            r = job.run(spark);
        } finally {
            spark.stop();
        }
        for (var f : r.failures()) System.err.println("error: " + f.message());
        System.out.printf("%d files: %d articles extracted (%d claims, %d republications), %d failed, %d repeated texts replaced by a later copy;"
            + " %d N-Quads files in %s/quads, in %.1f s%n", r.files(), r.articles(), r.claims(), r.republications(), r.failed(), r.duplicates(),
            r.quadFiles(), output, r.elapsed().toMillis() / 1000.0);
        return r.failed() == 0 ? 0 : 1;
    }
}
