package org.peacetalks.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.spark.sql.SparkSession;
import org.peacetalks.bench.Benchmark;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.CuratedCorpus;
import org.peacetalks.extract.Extractor;
import org.peacetalks.ingest.Cleaner;
import org.peacetalks.ingest.Ingester;
import org.peacetalks.ingest.RawArticle;
import org.peacetalks.ingest.StoreTarget;
import org.peacetalks.nlp.NlpPipeline;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.vocab.PT;

/**
 * What one machine does at each step of scaling, in one run, printed (it checks nothing):
 * extraction tokens/s of {@code ingest} and of the Spark job in local mode on the same articles
 * (the seeds, each copy made distinct), then, on the job's output, the TDB2 bulk loader, the
 * single writer (one transaction per article, as ingest and the service write) recording an
 * RDF Patch log, a replica applying that log, and the rebuild of the store from data/.
 */
public final class SparkBenchmark {
    private final Path data, ontology, work;
    private final int cores;
    private final PrintStream out;
    private final PT.Ids ids = PT.Ids.standard();

    public SparkBenchmark(Path data, Path ontology, Path work, int cores, PrintStream out) {
        this.data = data;
        this.ontology = ontology;
        this.work = work;
        this.cores = cores;
        this.out = out;
    }

    public void run(long minTokens) throws IOException {
        Graph ont = SparkRun.ontology(ontology), ref = SparkRun.reference(data);
        Benchmark counter = new Benchmark(cores, out);
        Cleaner cleaner = Cleaner.standard();

        // the corpus: the seeds (originals only), each copy with its number appended so that every text is its own article
        List<Article> seeds = new ArrayList<>();
        for (CuratedCorpus.Entry e : new CuratedCorpus(data, ids).readAll()) if (e.article().metadata().republicationOf() == null) seeds.add(e.article());
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        List<Path> files = new ArrayList<>();
        long tokens = 0;
        for (int n = 1; tokens < minTokens; n++) {
            for (Article a : seeds) {
                // at the top: a tail rule (site furniture at the end) would drop a number appended to some seeds
                String text = "Benchmark copy " + n + " of this article.\n\n" + a.text();
                Path f = corpus.resolve(String.format("copy-%04d-%s.txt", n, a.stem()));
                Files.writeString(f, text);
                files.add(f);
                tokens += counter.tokens(cleaner.clean(new RawArticle(f.toString(), a.stem(), text, false, a.metadata())).text());
                if (tokens >= minTokens) break;
            }
        }
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (Path f : files) distinct.add(new Article("x", "x", cleaner.clean(new RawArticle(f.toString(), "x", Files.readString(f), false,
            org.peacetalks.corpus.ArticleMetadata.UNKNOWN)).text(), null).id());
        if (distinct.size() != files.size()) out.printf("note: only %d of the %d texts are distinct after cleaning%n", distinct.size(), files.size());
        out.printf("corpus: %d articles (the %d seeds repeated, each copy numbered), %,d tokens after cleaning; %d cores; load average %.1f%n",
            files.size(), seeds.size(), tokens, cores, load());

        out.println("loading CoreNLP and the extractor, warm-up over the seeds (not timed) ...");
        long t = System.nanoTime();
        NlpPipeline.shared();
        Extractor extractor = new Extractor(ref, ids);
        for (Article a : seeds) extractor.annotate(a);
        out.printf("  %.1f s%n", secs(t));

        Path store = work.resolve("tdb2");
        t = System.nanoTime();
        new StoreBuilder(data, ontology, ids).build(store);
        double buildSeeds = secs(t);

        // ingest: annotation on `cores` threads, one write transaction per article
        t = System.nanoTime();
        long cpu = cpu();
        List<Ingester.Outcome> ingested;
        try (StoreTarget target = new StoreTarget(store, ids)) {
            ingested = new Ingester(ids, cleaner, extractor, target, cores).ingest(files, null);
        }
        double ingestSecs = secs(t), ingestCpu = (cpu() - cpu) / 1e9;
        long ingestFailed = ingested.stream().filter(o -> !o.ok()).count();
        out.printf("ingest:      %6.1f s  %,8.0f tokens/s  (CPU %.0f s: %,.0f tokens per CPU-second; %d failed, load average %.1f)%n",
            ingestSecs, tokens / ingestSecs, ingestCpu, tokens / ingestCpu, ingestFailed, load());

        // the job, local mode on the same cores; the session's start is counted apart
        t = System.nanoTime();
        SparkSession spark = SparkRun.session("local[" + cores + "]");
        double sessionSecs = secs(t);
        Path output = work.resolve("spark-out");
        ExtractionJob.Summary s;
        t = System.nanoTime();
        cpu = cpu();
        try {
            s = new ExtractionJob(new ExtractionJob.Settings(List.of(corpus.toString()), output.toString(), ids.base(), Ingester.DEFAULT_ARTICLE_TIMEOUT,
                "extract", cores, false), ont, ref).run(spark);
        } finally {
            spark.stop();
        }
        double jobSecs = secs(t), jobCpu = (cpu() - cpu) / 1e9;
        out.printf("spark local: %6.1f s  %,8.0f tokens/s  (CPU %.0f s: %,.0f tokens per CPU-second; %d failed, load average %.1f;"
            + " session start %.1f s not included)%n", jobSecs, tokens / jobSecs, jobCpu, tokens / jobCpu, s.failed(), load(), sessionSecs);
        out.printf("  job / ingest: %.2fx in time, %.2fx in CPU; per core: ingest %,.0f, job %,.0f tokens/s%n", ingestSecs / jobSecs,
            ingestCpu / jobCpu, tokens / ingestSecs / cores, tokens / jobSecs / cores);

        List<String> quadFiles;
        try (Stream<Path> q = Files.list(output.resolve("quads"))) {
            quadFiles = q.filter(p -> p.toString().endsWith(".nq")).sorted().map(Path::toString).toList();
        }
        storeSide(quadFiles, s.articles());

        t = System.nanoTime();
        StoreBuilder.Result rebuilt = new StoreBuilder(data, ontology, ids).build(store);
        double rebuildSecs = secs(t);
        out.printf("rebuild from data/: %.1f s for the seeds alone; %.1f s with the %d ingested articles carried over (%,d quads)%n",
            buildSeeds, rebuildSecs, rebuilt.kept(), rebuilt.quads());
    }

    /** Bulk load, single writer with an RDF Patch log, and a replica applying it: all on the job's N-Quads. */
    void storeSide(List<String> quadFiles, long articles) throws IOException {
        DatasetGraph bulk = DatabaseMgr.connectDatasetGraph(work.resolve("bulk").toString());
        long t = System.nanoTime();
        // the loader's progress lines are not figures: left out
        DataLoader loader = LoaderFactory.createLoader(bulk, (fmt, args) -> {});
        loader.startBulk();
        loader.load(quadFiles);
        loader.finishBulk();
        double bulkSecs = secs(t);
        long quads = Txn.calculateRead(bulk, () -> bulk.stream().count());
        TDBInternal.expel(bulk);
        out.printf("bulk load (TDB2 loader, %d files): %,d quads in %.1f s, %,.0f quads/s%n", quadFiles.size(), quads, bulkSecs, quads / bulkSecs);

        // the single writer: one transaction per article, each also written to the change log as RDF Patch
        Map<Node, List<org.apache.jena.sparql.core.Quad>> byGraph = new LinkedHashMap<>();
        DatasetGraph mem = DatasetGraphFactory.create();
        for (String f : quadFiles) RDFDataMgr.read(mem, f, Lang.NQUADS);
        mem.find().forEachRemaining(q -> byGraph.computeIfAbsent(q.getGraph(), k -> new ArrayList<>()).add(q));
        Path log = work.resolve("changes.rdfp");
        DatasetGraph primary = DatabaseMgr.connectDatasetGraph(work.resolve("primary").toString());
        t = System.nanoTime();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(log))) {
            DatasetGraph logged = RDFPatchOps.textWriter(primary, os);
            for (List<org.apache.jena.sparql.core.Quad> g : byGraph.values())
                Txn.executeWrite(logged, () -> g.forEach(logged::add));
        }
        double writerSecs = secs(t);
        TDBInternal.expel(primary);
        long logBytes = Files.size(log);
        out.printf("single writer (one transaction per article, RDF Patch log): %d articles in %.1f s, %.0f articles/s, %,.0f quads/s;"
            + " log %,d bytes, %,.0f bytes/article%n", byGraph.size(), writerSecs, byGraph.size() / writerSecs, quads / writerSecs, logBytes,
            (double) logBytes / Math.max(1, byGraph.size()));

        DatasetGraph replica = DatabaseMgr.connectDatasetGraph(work.resolve("replica").toString());
        t = System.nanoTime();
        try (InputStream in = Files.newInputStream(log)) {
            RDFPatchOps.applyChange(replica, in);
        }
        double applySecs = secs(t);
        long replicaQuads = Txn.calculateRead(replica, () -> replica.stream().count());
        TDBInternal.expel(replica);
        out.printf("replica applying the log: %,d quads in %.1f s, %,.0f quads/s (%s the primary's %,d)%n", replicaQuads, applySecs,
            replicaQuads / applySecs, replicaQuads == quads ? "same as" : "DIFFERENT FROM", quads);
        if (articles != byGraph.size()) out.printf("note: %d articles extracted, %d graphs in the quads%n", articles, byGraph.size());
    }

    private static double secs(long t0) { return (System.nanoTime() - t0) / 1e9; }

    private static double load() { return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(); }

    private static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
}
