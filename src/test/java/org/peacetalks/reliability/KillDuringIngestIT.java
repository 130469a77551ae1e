package org.peacetalks.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.SeedFixture;
import org.peacetalks.cli.Main;
import org.peacetalks.ingest.CommitLog;

/**
 * {@code kill -9} (SIGKILL) of an {@code ingest} process at random moments while
 * it commits, {@value #DEFAULT_KILLS} times here ({@code -Dreliability.kills=N};
 * {@code .ci/reliability} runs 100). After each kill the store opens; every
 * ingested article is either absent or exactly the graph a clean run stores
 * (whole); every article the commit log records is stored; and
 * {@code ingest --resume} then skips exactly those and completes the rest, leaving
 * the store as a clean run leaves it.
 */
class KillDuringIngestIT {
    static final int DEFAULT_KILLS = 3;
    static final int ARTICLES = 30;

    @TempDir
    static Path dir;
    static Path built;
    static List<Path> files;
    /** Article graph IRI → the graph a clean run stores, without its commit time. */
    static Map<Node, Graph> reference;
    /** When, after the process starts, the clean run committed its first and last article (ms). */
    static long firstCommit, lastCommit;

    @BeforeAll
    static void cleanRun() throws Exception {
        built = SeedFixture.buildStore(dir.resolve("built"));
        try (Stream<Path> s = Files.list(Path.of("data/eval/dev"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList();
        }
        Path store = StoreFingerprint.copy(built, dir.resolve("clean"));
        long t0 = System.currentTimeMillis();
        Process p = ingest(store, false);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "clean run finished");
        assertEquals(0, p.exitValue(), output(store));
        List<CommitLog.Run> runs = CommitLog.read(store.resolve(CommitLog.FILE_NAME));
        assertEquals(ARTICLES, runs.get(0).committed().size());
        List<String> times = Files.readAllLines(store.resolve(CommitLog.FILE_NAME)).stream()
            .filter(l -> l.contains("\"commit\"")).map(l -> l.replaceAll(".*\"time\":\"([^\"]+)\".*", "$1")).toList();
        firstCommit = java.time.Instant.parse(times.get(0)).toEpochMilli() - t0;
        lastCommit = java.time.Instant.parse(times.get(times.size() - 1)).toEpochMilli() - t0;
        reference = articleGraphs(store);
        assertEquals(ARTICLES, reference.size());
    }

    /** {@code ingest} of {@link #files} into {@code store} in a JVM of its own. */
    static Process ingest(Path store, boolean resume) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--store", store.toString(),
            "--annotate", "mentions", "--threads", "1"));
        if (resume) cmd.add("--resume");
        files.forEach(f -> cmd.add(f.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(store.resolveSibling(store.getFileName() + ".out").toFile())
            .start();
    }

    /** Commits the running ingest's log shows so far (0 while it is not yet readable). */
    static int committedSoFar(Path store) {
        try {
            List<CommitLog.Run> runs = CommitLog.read(store.resolve(CommitLog.FILE_NAME));
            return runs.isEmpty() ? 0 : runs.get(0).committed().size();
        } catch (RuntimeException e) {
            return 0;  // a line being written
        }
    }

    /** What the last ingest into {@code store} printed. */
    static String output(Path store) throws IOException {
        return Files.readString(store.resolveSibling(store.getFileName() + ".out"), StandardCharsets.UTF_8);
    }

    /** The ingested (non-seed) article graphs in a store, each without its dct:modified; opening it is part of the test. */
    static Map<Node, Graph> articleGraphs(Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            Set<Node> seeds = seedGraphs();
            return dsg.calculateRead(() -> {
                Map<Node, Graph> out = new HashMap<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (seeds.contains(g)) return;
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.getGraph(g).find().forEach(t -> {
                        if (!t.getPredicate().equals(DCTerms.modified.asNode())) copy.add(t);
                    });
                    out.put(g, copy);
                });
                return out;
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    static Set<Node> seedGraphs() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(built.toString());
        try {
            return dsg.calculateRead(() -> {
                Set<Node> s = new HashSet<>();
                dsg.listGraphNodes().forEachRemaining(s::add);
                return s;
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void everyArticleIsWholeOrAbsentAfterEachKillAndResumeCompletesTheRun() throws Exception {
        int kills = Integer.getInteger("reliability.kills", DEFAULT_KILLS);
        long seed = Long.getLong("reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        int midRun = 0;
        List<Integer> committedAtKill = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            String round = "kill " + (k + 1) + " of " + kills + " (seed " + seed + ")";
            Path store = StoreFingerprint.copy(built, dir.resolve("kill-" + k));
            // a moment while the run commits: once the log shows a random number of commits, plus a random few
            // milliseconds (a wall-clock delay taken from a clean run misses the commits when the machine is faster)
            int target = 1 + random.nextInt(ARTICLES - 1);
            long jitter = random.nextInt(20);
            Process p = ingest(store, false);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && System.nanoTime() < deadline && committedSoFar(store) < target) Thread.sleep(2);
            boolean finished = p.waitFor(jitter, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), round);
            }
            Set<String> logged = new HashSet<>();
            List<CommitLog.Run> runs = CommitLog.read(store.resolve(CommitLog.FILE_NAME));
            if (!runs.isEmpty()) logged.addAll(runs.get(0).committed().values());
            committedAtKill.add(logged.size());
            if (!logged.isEmpty() && logged.size() < ARTICLES) midRun++;

            Map<Node, Graph> stored = articleGraphs(store);
            for (Map.Entry<Node, Graph> e : stored.entrySet()) {
                Graph ref = reference.get(e.getKey());
                assertTrue(ref != null, round + ": a graph no clean run stores: " + e.getKey());
                assertTrue(e.getValue().isIsomorphicWith(ref), round + ": " + e.getKey() + " is not whole: " + e.getValue().size()
                    + " triples of " + ref.size());
            }
            Set<String> storedIds = new HashSet<>();
            stored.keySet().forEach(g -> storedIds.add(g.getURI().substring(g.getURI().lastIndexOf('/') + 1)));
            assertTrue(storedIds.containsAll(logged), round + ": logged as committed but not stored");
            // the store commits before the log: at most the one article in between is stored and unlogged
            assertTrue(storedIds.size() - logged.size() <= 1, round + ": " + storedIds.size() + " stored, " + logged.size() + " logged");

            Process resume = ingest(store, true);
            assertTrue(resume.waitFor(10, TimeUnit.MINUTES), round + ": resume finished");
            String out = output(store);
            assertEquals(0, resume.exitValue(), round + ": " + out);
            if (runs.isEmpty() || runs.get(0).finished()) {
                assertTrue(out.startsWith("nothing to resume"), round + ": " + out);
            } else {
                assertTrue(out.startsWith("resuming the run started " + runs.get(0).started() + ": " + logged.size()
                    + " articles it committed are skipped"), round + ": " + out);
                assertTrue(out.contains((ARTICLES - logged.size()) + " ingested, " + (logged.isEmpty() ? "" : logged.size()
                    + " skipped (resumed), ") + "0 failed"), round + ": " + out);
            }
            Map<Node, Graph> after = articleGraphs(store);
            assertEquals(reference.keySet(), after.keySet(), round + ": articles after resuming");
            for (Map.Entry<Node, Graph> e : after.entrySet())
                assertTrue(e.getValue().isIsomorphicWith(reference.get(e.getKey())), round + ": " + e.getKey() + " after resuming");
            deleteTree(store);
        }
        System.out.printf("%d kills -9 during ingest of %d articles (clean run committed from %d ms to %d ms): committed at each kill %s; "
            + "every article whole or absent, every store opened, every resume complete%n", kills, ARTICLES, firstCommit, lastCommit,
            committedAtKill);
        if (kills >= 3) assertTrue(midRun > 0, "no kill landed while articles were being committed: " + committedAtKill);
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
