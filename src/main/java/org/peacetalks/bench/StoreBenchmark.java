package org.peacetalks.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.peacetalks.ingest.ServiceTarget;
import org.peacetalks.server.KgServer;
import org.peacetalks.store.SearchIndex;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.store.StoreStamp;
import org.peacetalks.synth.CorpusGenerator;
import org.peacetalks.vocab.PT;
import org.peacetalks.web.LinkedDataServlet;

/**
 * {@code benchmark store}: at each corpus size, in one run, our TDB2 store and the
 * peer store (RDF4J LMDB, {@link PeerStore}) on the same generated quads and the
 * same queries. Loads and start-up run in child JVMs so that their peak RSS and
 * start-up are their own; queries, the query mix and ingest run in this JVM with
 * both stores open, ours also through the HTTP service as analysts reach it.
 * Prints figures and ratios; checks nothing.
 */
public final class StoreBenchmark {
    /** What to run; {@code heap} is the -Xmx of the child JVMs. */
    public record Settings(Path work, List<Long> sizes, String loader, int runs, Duration queryBudget, Duration mixDuration,
                           List<Integer> clients, int ingests, String heap, long seed) {}

    static final int QUERY_TIMEOUT_SECONDS = 30;
    static final String PASSWORD = "benchmark";

    private final Settings settings;
    private final StoreBuilder.Prepared prepared;
    private final PT.Ids ids;
    private final Path queriesDir;
    private final Path data;
    private final Path ontology;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(4)).build();

    public StoreBenchmark(Settings settings, StoreBuilder.Prepared prepared, PT.Ids ids, Path data, Path ontology, Path queriesDir,
                          PrintStream out) {
        this.settings = settings;
        this.prepared = prepared;
        this.ids = ids;
        this.data = data;
        this.ontology = ontology;
        this.queriesDir = queriesDir;
        this.out = out;
    }

    record Query(String name, String text) {
        /** A full-text query (jena-text's text:query): the peer has no such index, so it is ours alone. */
        boolean oursAlone() { return text.contains("<http://jena.apache.org/text#>"); }
    }

    public void run() throws Exception {
        out.printf(Locale.ROOT, "# benchmark store: %d cores, %s, load average at start %.2f; peer: RDF4J LMDB (indexes %s)%n",
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage(), PeerStore.INDEXES);
        List<Query> queries = new ArrayList<>();
        try (Stream<Path> s = Files.list(queriesDir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList())
                queries.add(new Query(f.getFileName().toString().replace(".rq", ""), Files.readString(f)));
        }
        for (long size : settings.sizes()) size(size, queries);
    }

    private void size(long target, List<Query> queries) throws Exception {
        String label = target % 1_000_000 == 0 ? target / 1_000_000 + "m" : Long.toString(target);
        Path work = settings.work();
        Files.createDirectories(work);
        Path corpus = work.resolve("corpus-" + label + "-seed" + settings.seed() + ".nq");
        CorpusGenerator gen = CorpusGenerator.of(prepared, ids, settings.seed(), 1.0);
        long articles = generate(gen, corpus, target);
        out.printf(Locale.ROOT, "%n## %s quads target: %s, %d articles%n%n", label, corpus, articles);

        // Loads, each in its own JVM: quads/s and peak RSS are the loader's alone.
        Path tdb = work.resolve("tdb2-" + label);
        Path lmdb = work.resolve("lmdb-" + label);
        deleteTree(lmdb);
        List<String> oursOut = child(List.of("org.peacetalks.cli.Main", "load", "--store", tdb.toString(), "--loader", settings.loader(),
            corpus.toString()));
        Matcher m = Pattern.compile("Loaded .*: (\\d+) quads .* in ([\\d.]+) s: .*; ([\\d.]+) s with statistics; peak RSS (\\d+) MB")
            .matcher(String.join("\n", oursOut));
        if (!m.find()) throw new IllegalStateException("load failed:\n" + String.join("\n", oursOut));
        long quads = Long.parseLong(m.group(1));
        double oursLoad = Double.parseDouble(m.group(2));
        double oursRss = Double.parseDouble(m.group(4));
        List<String> peerOut = child(List.of(PeerStore.class.getName(), "load", lmdb.toString(), corpus.toString()));
        Matcher pm = Pattern.compile("PEER quads=(\\d+) ms=(\\d+) rss=(-?\\d+)").matcher(String.join("\n", peerOut));
        if (!pm.find()) throw new IllegalStateException("peer load failed:\n" + String.join("\n", peerOut));
        double peerLoad = Long.parseLong(pm.group(2)) / 1000.0;
        double peerRss = Long.parseLong(pm.group(3)) / (double) (1 << 20);
        long peerQuads = Long.parseLong(pm.group(1));

        out.println("| measure | TDB2 (ours) | RDF4J LMDB | ours vs peer |");
        out.println("| --- | ---: | ---: | ---: |");
        row("bulk load, quads/s", quads / oursLoad, peerQuads / peerLoad, true, "%,.0f");
        row("bulk load, s", oursLoad, peerLoad, false, "%.1f");
        row("bulk load, peak RSS MB", oursRss, peerRss, false, "%,.0f");

        // Start-up on the existing store, in a fresh JVM, until the first query is answered.
        long[] oursStart = new long[3], peerStart = new long[3];
        Path first = queriesDir.resolve("01-johnson-istanbul-blame.rq");
        for (int i = 0; i < 3; i++) {
            oursStart[i] = serveStartup(tdb, Files.readString(first));
            long t0 = System.nanoTime();
            List<String> po = child(List.of(PeerStore.class.getName(), "first", lmdb.toString(), first.toString()));
            peerStart[i] = String.join("\n", po).contains("PEER rows=") ? (System.nanoTime() - t0) / 1_000_000 : -1;
        }
        // both from launching a JVM until query 01 is answered; ours through HTTP, the peer in-process
        row("start-up on the existing store until query 01 is answered, ms, median of 3", median(oursStart), median(peerStart), false, "%,.0f");

        DatasetGraph dsg = SearchIndex.open(tdb, out);
        LinkedDataServlet linked = new LinkedDataServlet(dsg, ids, "kg", StoreStamp.builtAt(tdb));
        KgServer server = LinkedDataServlet.addTo(KgServer.builder(), linked).dataset(dsg).port(0)
            .queryTimeout(Duration.ofSeconds(QUERY_TIMEOUT_SECONDS)).updatePassword(PASSWORD).build().start();
        try (PeerStore peer = PeerStore.open(lmdb)) {
            out.println();
            List<Query> answered = competency(queries, dsg, server, peer);
            out.println();
            List<String> left = queries.stream().filter(q -> !answered.contains(q) && !q.oursAlone()).map(Query::name).toList();
            if (!left.isEmpty()) out.println("Left out of the mix, as they do not answer within " + QUERY_TIMEOUT_SECONDS + " s on both stores: " + left);
            List<String> alone = queries.stream().filter(Query::oursAlone).map(Query::name).toList();
            if (!alone.isEmpty()) out.println("Left out of the mix, as the peer has no full-text index: " + alone);
            mix(answered, dsg, server, peer);
            out.println();
            ingest(gen, articles, server, dsg, peer);
        } finally {
            server.stop();
            SearchIndex.close(dsg);
        }
        out.printf(Locale.ROOT, "%nload average at the end of %s: %.2f (above %d: other processes shared the cores)%n", label, loadAverage(),
            Runtime.getRuntime().availableProcessors());
    }

    private long generate(CorpusGenerator gen, Path corpus, long target) throws IOException {
        Path count = corpus.resolveSibling(corpus.getFileName() + ".articles");
        if (Files.exists(corpus) && Files.exists(count)) return Long.parseLong(Files.readString(count).strip());
        long t0 = System.nanoTime();
        long n, made = 0;
        try (var os = new java.io.BufferedOutputStream(Files.newOutputStream(corpus), 1 << 16)) {
            var w = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            w.start();
            n = gen.header(w);
            while (n < target) n += gen.article(made++, w);
            w.finish();
        }
        Files.writeString(count, made + "\n");
        out.printf(Locale.ROOT, "generated %s: %d quads, %d articles in %.1f s%n", corpus, n, made, (System.nanoTime() - t0) / 1e9);
        return made;
    }

    // ---- queries

    /** Times every query on both stores; returns those that answered on both within the time limit. */
    private List<Query> competency(List<Query> queries, DatasetGraph dsg, KgServer server, PeerStore peer) {
        List<Query> answered = new ArrayList<>();
        out.println("| query | rows (ours / peer) | ours in-process p50 / p99 ms | ours via HTTP p50 / p99 ms | peer p50 / p99 ms | peer p50 / ours p50 |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Query q : queries) {
            Timing ours = time(() -> selectTdb(dsg, q.text()));
            Timing viaHttp = time(() -> selectHttp(server, q.text()));
            if (ours.ok() && viaHttp.ok() && !ours.rows().equals(viaHttp.rows()))
                out.println("  (" + q.name() + ": " + viaHttp.rows() + " rows through HTTP)");
            if (q.oursAlone()) {
                out.printf(Locale.ROOT, "| %s | %s / n/a | %s | %s | n/a (no text index) | — |%n", q.name(), ours.rows(), ours, viaHttp);
                continue;
            }
            Timing theirs = time(() -> peer.select(q.text(), QUERY_TIMEOUT_SECONDS));
            out.printf(Locale.ROOT, "| %s | %s / %s%s | %s | %s | %s | %s |%n", q.name(), ours.rows(), theirs.rows(),
                ours.rows().equals(theirs.rows()) ? "" : " **differ**", ours, viaHttp, theirs,
                ours.ok() && theirs.ok() ? String.format(Locale.ROOT, "%.2fx", theirs.p50() / ours.p50()) : "—");
            if (ours.ok() && theirs.ok() && ours.errors() == 0 && theirs.errors() == 0) answered.add(q);
        }
        return answered;
    }

    interface Run { long rows() throws Exception; }

    record Timing(String rows, double p50, double p99, int n, int errors, String error) {
        boolean ok() { return n > 0; }
        @Override public String toString() {
            if (n == 0) return "failed: " + error;
            return String.format(Locale.ROOT, "%.1f / %.1f", p50, p99) + (errors > 0 ? " (" + errors + " errors)" : "");
        }
    }

    /** One warm-up, then up to {@code runs} runs while within the time budget (at least one). */
    private Timing time(Run r) {
        String rows = "?";
        String error = null;
        try {
            rows = Long.toString(r.rows());
        } catch (Exception e) {
            error = describe(e);
        }
        List<Double> ms = new ArrayList<>();
        int errors = 0;
        long budgetEnd = System.nanoTime() + settings.queryBudget().toNanos();
        for (int i = 0; i < settings.runs() && (i < 1 || System.nanoTime() < budgetEnd); i++) {
            long t0 = System.nanoTime();
            try {
                rows = Long.toString(r.rows());
                ms.add((System.nanoTime() - t0) / 1e6);
            } catch (Exception e) {
                errors++;
                error = describe(e);
                if (errors >= 3 && ms.isEmpty()) break;
            }
        }
        double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (a.length == 0) return new Timing(rows, 0, 0, 0, errors, error);
        return new Timing(rows, pct(a, 0.5), pct(a, 0.99), a.length, errors, error);
    }

    static double pct(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long selectTdb(DatasetGraph dsg, String sparql) {
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> selectTdbInTxn(dsg, sparql));
    }

    private static long selectTdbInTxn(DatasetGraph dsg, String sparql) {
        try (org.apache.jena.sparql.exec.QueryExec qe = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(sparql)
            .set(TDB2.symUnionDefaultGraph, true).timeout(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
            long rows = 0;
            var rs = qe.select();
            while (rs.hasNext()) { rs.next(); rows++; }
            return rows;
        }
    }

    private long selectHttp(KgServer server, String sparql) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl()))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/tab-separated-values")
            .timeout(Duration.ofSeconds(QUERY_TIMEOUT_SECONDS + 10))
            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode() + " " + r.body().lines().findFirst().orElse(""));
        return Math.max(0, r.body().lines().count() - 1);
    }

    private boolean get(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
            .timeout(Duration.ofSeconds(QUERY_TIMEOUT_SECONDS + 10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode() + " for " + url);
        return true;
    }

    // ---- the query mix

    /** Entities looked up in the mix: the reference's actors, in a fixed order. */
    private List<String> entities() {
        List<String> out = new ArrayList<>();
        for (String cls : List.of("Person", "State", "Organisation"))
            prepared.reference().find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(PT.NS + cls))
                .forEach(t -> out.add(t.getSubject().getURI()));
        out.sort(null);
        return out.subList(0, Math.min(30, out.size()));
    }

    static String entityQuery(String iri) {
        return "SELECT ?s ?p ?o WHERE { { <" + iri + "> ?p ?o } UNION { ?s ?p <" + iri + "> } } LIMIT 500";
    }

    private void mix(List<Query> queries, DatasetGraph dsg, KgServer server, PeerStore peer) throws InterruptedException {
        List<String> ents = entities();
        // the mix: every competency query once, and as many entity lookups (as many entity pages through HTTP)
        List<Run> ours = new ArrayList<>(), http = new ArrayList<>(), theirs = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            String e = ents.get(i % ents.size());
            ours.add(() -> selectTdb(dsg, q.text()));
            ours.add(() -> selectTdb(dsg, entityQuery(e)));
            http.add(() -> selectHttp(server, q.text()));
            String page = server.serverUrl() + "doc/" + e.substring((ids.base() + "id/").length());
            http.add(() -> get(page) ? 1 : 0);
            theirs.add(() -> peer.select(q.text(), QUERY_TIMEOUT_SECONDS));
            theirs.add(() -> peer.select(entityQuery(e), QUERY_TIMEOUT_SECONDS));
        }
        out.printf(Locale.ROOT, "Query mix (%d competency queries and %d entity lookups, round robin), %d s per run:%n%n", queries.size(),
            queries.size(), settings.mixDuration().toSeconds());
        out.println("| clients | ours in-process q/s, p99 ms, errors | ours via HTTP (entity pages as HTML) q/s, p99 ms, errors | peer q/s, p99 ms, errors | ours / peer q/s |");
        out.println("| ---: | ---: | ---: | ---: | ---: |");
        for (int c : settings.clients()) {
            Mix a = mixRun(ours, c), b = mixRun(http, c), p = mixRun(theirs, c);
            out.printf(Locale.ROOT, "| %d | %s | %s | %s | %.2fx |%n", c, a, b, p, a.qps() / Math.max(1e-9, p.qps()));
        }
    }

    record Mix(double qps, double p99, long errors) {
        @Override public String toString() { return String.format(Locale.ROOT, "%.1f, %.0f, %d", qps, p99, errors); }
    }

    private Mix mixRun(List<Run> items, int clients) throws InterruptedException {
        AtomicLong next = new AtomicLong(), errors = new AtomicLong();
        List<Double> lat = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + settings.mixDuration().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) pool.submit(() -> {
            while (System.nanoTime() < end) {
                Run r = items.get((int) (next.getAndIncrement() % items.size()));
                long s = System.nanoTime();
                try {
                    r.rows();
                    lat.add((System.nanoTime() - s) / 1e6);
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }
        });
        pool.shutdown();
        pool.awaitTermination(settings.mixDuration().toSeconds() + QUERY_TIMEOUT_SECONDS + 60, TimeUnit.SECONDS);
        double secs = (System.nanoTime() - t0) / 1e9;
        double[] a;
        synchronized (lat) {
            a = lat.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
        return new Mix(a.length / secs, a.length == 0 ? 0 : pct(a, 0.99), errors.get());
    }

    // ---- ingest until visible

    private void ingest(CorpusGenerator gen, long existing, KgServer server, DatasetGraph dsg, PeerStore peer) throws Exception {
        ServiceTarget target = new ServiceTarget(server.datasetUrl(), "admin", PASSWORD, ids);
        double[] ours = new double[settings.ingests()], inProc = new double[settings.ingests()], theirs = new double[settings.ingests()];
        for (int i = 0; i < settings.ingests(); i++) {
            // three fresh articles per round, one for each way in; generated outside the timing
            Article a = article(gen, existing + 3L * i), b = article(gen, existing + 3L * i + 1), c = article(gen, existing + 3L * i + 2);
            long t0 = System.nanoTime();
            target.replace(a.graph, a.triples);
            while (selectHttp(server, visible(a.article)) == 0) Thread.onSpinWait();
            ours[i] = (System.nanoTime() - t0) / 1e6;

            t0 = System.nanoTime();
            Node gn = NodeFactory.createURI(b.graph);
            org.apache.jena.system.Txn.executeWrite(dsg, () -> {
                dsg.removeGraph(gn);
                b.triples.find().forEach(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            while (selectTdb(dsg, visible(b.article)) == 0) Thread.onSpinWait();
            inProc[i] = (System.nanoTime() - t0) / 1e6;

            var statements = PeerStore.parse(c.nquads);
            t0 = System.nanoTime();
            peer.replaceGraph(c.graph, statements);
            while (peer.select(visible(c.article), QUERY_TIMEOUT_SECONDS) == 0) Thread.onSpinWait();
            theirs[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ours);
        Arrays.sort(inProc);
        Arrays.sort(theirs);
        out.printf(Locale.ROOT, "One new article (about 2,000 quads) stored durably until a query sees it, %d articles each:%n%n", settings.ingests());
        out.println("| way in | p50 ms | p99 ms | peer p50 / this p50 |");
        out.println("| --- | ---: | ---: | ---: |");
        out.printf(Locale.ROOT, "| ours: GSP PUT to the service (what ingest --service does), then a query over HTTP | %.1f | %.1f | %.2fx |%n",
            pct(ours, 0.5), pct(ours, 0.99), pct(theirs, 0.5) / pct(ours, 0.5));
        out.printf(Locale.ROOT, "| ours: one TDB2 write transaction in-process (what ingest --store does), then a query | %.1f | %.1f | %.2fx |%n",
            pct(inProc, 0.5), pct(inProc, 0.99), pct(theirs, 0.5) / pct(inProc, 0.5));
        out.printf(Locale.ROOT, "| peer: one RDF4J transaction in-process (clear graph, add, commit), then a query | %.1f | %.1f | 1.00x |%n",
            pct(theirs, 0.5), pct(theirs, 0.99));
    }

    private record Article(String article, String graph, Graph triples, String nquads) {}

    private Article article(CorpusGenerator gen, long index) {
        DatasetGraph one = DatasetGraphFactory.create();
        gen.article(index, StreamRDFLib.dataset(one));
        Node gn = one.listGraphNodes().next();
        Graph g = one.getGraph(gn);
        String art = g.find(Node.ANY, RDF.type.asNode(), PT.NewsArticle).next().getSubject().getURI();
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        RDFDataMgr.write(nq, one, Lang.NQUADS);
        return new Article(art, gn.getURI(), g, nq.toString(StandardCharsets.UTF_8));
    }

    private static String visible(String article) {
        return "SELECT ?t WHERE { <" + article + "> <" + PT.text.getURI() + "> ?t }";
    }

    // ---- child processes

    private List<String> child(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + settings.heap(), "-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
                if (line.startsWith("Loaded") || line.startsWith("PEER quads")) out.println("  " + line);
            }
        }
        p.waitFor();
        return lines;
    }

    /** Milliseconds from starting {@code serve --no-build} in a new JVM until it answers {@code query}. */
    private long serveStartup(Path tdb, String query) throws IOException, InterruptedException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + settings.heap(),
            "-cp", System.getProperty("java.class.path"), "org.peacetalks.cli.Main", "serve", "--no-build", "--store", tdb.toString(),
            "--data", data.toString(), "--ontology", ontology.toString(), "--port", Integer.toString(port));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String url = "http://127.0.0.1:" + port + "/kg";
            long deadline = t0 + 120_000_000_000L;
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/tab-separated-values")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) return (System.nanoTime() - t0) / 1_000_000;
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            return -1;
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    // ---- helpers

    private void row(String what, double ours, double peer, boolean higherBetter, String fmt) {
        double ratio = higherBetter ? ours / peer : peer / ours;
        out.printf(Locale.ROOT, "| %s | " + fmt + " | " + fmt + " | %.2fx %s |%n", what, ours, peer, ratio, ratio >= 1 ? "ahead" : "behind");
    }

    private static double median(long[] a) {
        long[] c = a.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
