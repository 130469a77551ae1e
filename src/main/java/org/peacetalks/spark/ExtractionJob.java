package org.peacetalks.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.peacetalks.ingest.ArticleFiles;
import org.peacetalks.ingest.Ingester;
import org.peacetalks.ingest.NearDuplicates;
import org.peacetalks.util.InputException;

/**
 * The batch job: ingest's stages over a corpus on Spark, written as N-Quads for the bulk loader.
 * <ol>
 *   <li>read and clean every article (ingest's readers and {@link Ingester#prepare}), keeping its
 *       place and its word shingles; refusals become failure rows;</li>
 *   <li>republications across the whole corpus ({@link Republications}, MinHash LSH);</li>
 *   <li>annotate and compile each article ({@link Ingester#compile}: CoreNLP, extraction, the
 *       same checks and the same IRIs as ingest), in chunks spread over the executors;</li>
 *   <li>write {@code quads/part-NNNNN.nq} (one named graph per article, never part of a failed
 *       one), {@code articles/part-NNNNN.tsv} (what went in) and {@code failures.tsv}.</li>
 * </ol>
 * <pre>
 *   ExtractionJob.Summary s = new ExtractionJob(settings, ontology, reference).run(spark);
 * </pre>
 */
public final class ExtractionJob {
    /** Header of {@code failures.tsv}. */
    public static final String FAILURES_HEADER = "file\tline\tcolumn\tproblem";

    /**
     * What to run on: input paths or URIs (files or folders), the output folder (must not hold
     * anything yet), the IRI base, the per-article annotation time limit, the annotator
     * ({@code extract}, {@code mentions}, {@code none}), the number of N-Quads files (0: one per
     * core of the cluster) and whether to gzip them.
     */
    public record Settings(List<String> inputs, String output, String base, Duration articleTimeout, String annotate,
                           int files, boolean gzip) {
        public Settings {
            if (inputs.isEmpty()) throw new IllegalArgumentException("no input given");
            if (files < 0) throw new IllegalArgumentException("--files must be 0 (one per core) or more, found " + files);
            if (articleTimeout.isNegative() || articleTimeout.isZero())
                throw new IllegalArgumentException("article annotation time limit must be more than 0: " + articleTimeout);
        }
    }

    /** What the run did. {@code duplicates}: articles whose text a later one repeats exactly (ingest replaces them too). */
    public record Summary(int files, long articles, long failed, long republications, long duplicates, long claims, int quadFiles,
                          Duration elapsed, List<Rows.Failure> failures) {}

    private final Settings settings;
    private final Stages.Config config;

    public ExtractionJob(Settings settings, Graph ontology, Graph reference) {
        this.settings = settings;
        this.config = Stages.Config.of(settings.base(), ontology, reference, settings.articleTimeout(), settings.annotate());
    }

    public Summary run(SparkSession spark) {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        Path out = new Path(settings.output());
        checkOutput(out, hadoop);

        List<Rows.Failure> failures = new ArrayList<>();
        List<ArticleSource.Input> inputs = ArticleSource.list(settings.inputs(), hadoop,
            e -> failures.add(Rows.Failure.of(new Rows.Place(-1, e.file(), e.file(), 0, -1, -1), e)));
        Broadcast<Stages.Config> cfg = sc.broadcast(config);
        Broadcast<HadoopConf> conf = sc.broadcast(new HadoopConf(hadoop));
        int parallelism = sc.defaultParallelism();

        // 1. read, clean, check: failures and prepared articles with their shingles
        JavaRDD<Object> read = sc.parallelize(inputs, Math.max(1, Math.min(inputs.size(), parallelism * 4)))
            .flatMap(in -> prepare(in, cfg.value(), conf.value().get()).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Rows.Prepared> prepared = read.filter(o -> o instanceof Rows.Prepared).map(o -> (Rows.Prepared) o);
        read.filter(o -> o instanceof Rows.Failure).map(o -> (Rows.Failure) o).collect().forEach(failures::add);
        List<Rows.Place> places = new ArrayList<>();
        Map<Rows.Place, String> idAt = new HashMap<>();
        for (var p : prepared.map(p -> new scala.Tuple2<>(p.place(), p.id())).collect()) {
            places.add(p._1());
            idAt.put(p._1(), p._2());
        }
        places.sort(Comparator.naturalOrder());

        // 2. republications over the whole corpus; a text repeated exactly is one article, its last copy kept (as ingest's replace)
        Map<String, Rows.Link> links = places.isEmpty() ? Map.of() : Republications.find(spark, prepared);
        read.unpersist();
        Map<String, Rows.Place> last = new LinkedHashMap<>();
        for (Rows.Place p : places) last.put(idAt.get(p), p);
        Set<String> iris = new HashSet<>();
        org.peacetalks.vocab.PT.Ids ids = new org.peacetalks.vocab.PT.Ids(config.base());
        for (String id : last.keySet()) iris.add(ids.article(id));
        List<Rows.Place> work = new ArrayList<>(last.values());
        work.sort(Comparator.naturalOrder());
        long duplicates = places.size() - work.size();
        Broadcast<Rows.Plan> plan = sc.broadcast(new Rows.Plan(links, iris));

        // 3. annotate and compile, in chunks of neighbouring articles spread over the executors
        List<List<Rows.Place>> chunks = chunks(work, parallelism);
        JavaRDD<Rows.Extracted> extracted = sc.parallelize(chunks, Math.max(1, chunks.size()))
            .flatMap(chunk -> extract(chunk, cfg.value(), plan.value(), conf.value().get()).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 4. the report first (this runs the extraction at full parallelism), then the quads from the persisted results
        try {
            extracted.map(Rows.Extracted::tsv).saveAsTextFile(new Path(out, "articles").toString());
            extracted.filter(e -> !e.ok()).map(Rows.Extracted::failure).collect().forEach(failures::add);
            long articles = extracted.filter(Rows.Extracted::ok).count();
            long republications = extracted.filter(e -> e.ok() && e.republicationOf() != null).count();
            long claims = extracted.filter(Rows.Extracted::ok).map(e -> (long) e.claims()).fold(0L, Long::sum);
            int files = settings.files() > 0 ? settings.files() : parallelism;
            JavaRDD<String> quads = extracted.filter(Rows.Extracted::ok).map(Rows.Extracted::nquads).coalesce(Math.max(1, files));
            if (settings.gzip()) quads.saveAsTextFile(new Path(out, "quads").toString(), GzipCodec.class);
            else quads.saveAsTextFile(new Path(out, "quads").toString());
            int quadFiles = rename(new Path(out, "quads"), settings.gzip() ? ".gz" : "", settings.gzip() ? ".nq.gz" : ".nq", hadoop);
            rename(new Path(out, "articles"), "", ".tsv", hadoop);
            failures.sort(Comparator.comparing(Rows.Failure::place));
            writeFailures(new Path(out, "failures.tsv"), failures, hadoop);
            return new Summary(inputs.size(), articles, failures.size(), republications, duplicates, claims, quadFiles,
                Duration.ofNanos(System.nanoTime() - t0), List.copyOf(failures));
        } finally {
            extracted.unpersist();
        }
    }

    /** Stage 1 for one file: its articles cleaned and checked, or the failures. */
    static List<Object> prepare(ArticleSource.Input in, Stages.Config cfg, Configuration conf) {
        Stages stages = Stages.of(cfg);
        List<Object> out = new ArrayList<>();
        for (ArticleSource.Read r : ArticleSource.readAll(in, conf)) {
            if (r.item().error() != null) {
                out.add(Rows.Failure.of(r.place(), r.item().error()));
                continue;
            }
            try {
                Ingester.Prepared p = stages.ingester.prepare(r.item().article());
                Set<Long> sh = NearDuplicates.shingles(p.article().text());
                out.add(new Rows.Prepared(r.place(), p.article().id(), sh.stream().mapToLong(Long::longValue).toArray()));
            } catch (InputException e) {
                out.add(Rows.Failure.of(r.place(), e));
            }
        }
        return out;
    }

    /** Stage 3 for a chunk of articles: each read again, prepared, linked, annotated and compiled to N-Quads (or failed). */
    static List<Rows.Extracted> extract(List<Rows.Place> chunk, Stages.Config cfg, Rows.Plan plan, Configuration conf) {
        Stages stages = Stages.of(cfg);
        List<Rows.Extracted> out = new ArrayList<>();
        for (Rows.Place at : chunk) {
            String origin = at.origin();
            try {
                ArticleFiles.Item it = ArticleSource.readOne(at, conf);
                if (it.error() != null) throw it.error();
                Ingester.Prepared p = stages.ingester.prepare(it.article());
                Rows.Link link = plan.links().get(p.article().id());
                if (link != null) p = p.republicationOf(link.original(), link.similarity());
                Ingester.Compiled c = stages.ingester.compile(p, stages.pool, stages.compiler(), plan.articleIris());
                Ingester.Outcome o = c.outcome();
                if (!o.ok()) {
                    out.add(new Rows.Extracted(at, origin, o.articleId(), null, 0, null, o.warnings(), "", Rows.Failure.of(at, o.error())));
                    continue;
                }
                out.add(new Rows.Extracted(at, origin, o.articleId(), nquads(c.graphName(), c.graph()), o.claims(), o.republicationOf(),
                    List.copyOf(o.warnings()), o.breakdown(), null));
            } catch (InputException e) {
                out.add(new Rows.Extracted(at, origin, null, null, 0, null, List.of(), "", Rows.Failure.of(at, e)));
            } catch (IOException e) {
                out.add(new Rows.Extracted(at, origin, null, null, 0, null, List.of(), "",
                    Rows.Failure.of(at, new InputException(origin, "cannot read: " + e.getMessage()))));
            }
        }
        return out;
    }

    /** One article's graph as N-Quads lines in its named graph, without the final newline. */
    static String nquads(Node graphName, Graph g) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF s = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS_UTF8);
        s.start();
        g.find().forEach(t -> s.quad(new Quad(graphName, t)));
        s.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * Neighbouring articles together (a file's lines are read from one open file system), about
     * eight chunks per core so that slow articles even out, at most 100 articles a chunk.
     */
    static List<List<Rows.Place>> chunks(List<Rows.Place> work, int parallelism) {
        int size = (int) Math.max(1, Math.min(100, Math.ceil(work.size() / (8.0 * Math.max(1, parallelism)))));
        List<List<Rows.Place>> out = new ArrayList<>();
        for (int i = 0; i < work.size(); i += size) out.add(new ArrayList<>(work.subList(i, Math.min(work.size(), i + size))));
        return out;
    }

    private static void checkOutput(Path out, Configuration conf) {
        try {
            FileSystem fs = out.getFileSystem(conf);
            if (fs.exists(out) && (fs.getFileStatus(out).isFile() || fs.listStatus(out).length > 0))
                throw new InputException(out.toString(), "output exists: give a new or empty folder (the job never overwrites)");
        } catch (IOException e) {
            throw new InputException(out.toString(), "cannot check the output: " + e.getMessage());
        }
    }

    /** Gives Spark's {@code part-NNNNN} files the extension the bulk loader reads the syntax from; returns how many. */
    private static int rename(Path dir, String from, String to, Configuration conf) {
        try {
            FileSystem fs = dir.getFileSystem(conf);
            int n = 0;
            for (FileStatus f : fs.listStatus(dir)) {
                String name = f.getPath().getName();
                if (!name.startsWith("part-") || !name.endsWith(from)) continue;
                fs.rename(f.getPath(), new Path(dir, name.substring(0, name.length() - from.length()) + to));
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot name the output files in " + dir, e);
        }
    }

    private static void writeFailures(Path file, List<Rows.Failure> failures, Configuration conf) {
        try (Writer w = new OutputStreamWriter(file.getFileSystem(conf).create(file, false), StandardCharsets.UTF_8)) {
            w.write(FAILURES_HEADER + "\n");
            for (Rows.Failure f : failures) w.write(f.tsv() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
