package org.peacetalks.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.util.InputException;
import org.peacetalks.vocab.PT;

/**
 * Each commit is in the log as it happens; a run stopped part-way is resumed
 * from it: what it committed is skipped (not annotated again), the rest goes in,
 * and a resumed run that is itself stopped is resumed with both runs' commits.
 */
class CommitLogTest {
    static final PT.Ids IDS = PT.Ids.standard();

    @TempDir
    static Path built;
    @TempDir
    Path dir;
    Path store;
    Path log;

    @BeforeAll
    static void buildSeedStore() {
        new StoreBuilder(Path.of("data"), Path.of("ontology"), IDS).build(built.resolve("tdb2"));
    }

    @BeforeEach
    void copyStore() throws IOException {
        store = dir.resolve("tdb2");
        try (var s = Files.walk(built.resolve("tdb2"))) {
            for (Path p : s.toList()) {
                Path t = store.resolve(built.resolve("tdb2").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        log = store.resolve(CommitLog.FILE_NAME);
    }

    /** Five distinct articles. */
    List<Path> articles() throws IOException {
        List<Path> out = new ArrayList<>();
        String[] places = {"Geneva", "Vienna", "Oslo", "Doha", "Riyadh"};
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
        for (int i = 0; i < places.length; i++) {
            Path f = dir.resolve("a" + i + ".txt");
            Files.writeString(f, "The negotiators met in " + places[i] + " on " + days[i] + ". The envoy said round " + (i + 1)
                + " of the talks was useful and would go on. Officials from both sides said they expected another round within "
                + (i + 2) + " weeks, and that the agenda for " + places[i] + " was not yet fixed by either delegation.\n");
            out.add(f);
        }
        return out;
    }

    /** The store, failing with an Error (as a kill would stop it) when asked to store the {@code n}th article. */
    static IngestTarget dyingAt(IngestTarget t, int n) {
        return new IngestTarget() {
            int stored;
            @Override public Graph ontology() { return t.ontology(); }
            @Override public Graph reference() { return t.reference(); }
            @Override public Map<String, String> articleTexts() { return t.articleTexts(); }
            @Override public void replace(String graphIri, Graph g) {
                if (++stored == n) throw new Error("killed");
                t.replace(graphIri, g);
            }
            @Override public void close() { t.close(); }
        };
    }

    /** Texts the annotator was asked to annotate, by first place named. */
    final List<String> annotated = Collections.synchronizedList(new ArrayList<>());
    final Annotator counting = a -> {
        annotated.add(a.text().substring(23, a.text().indexOf(' ', 23)));
        return Annotations.NONE;
    };

    List<Ingester.Outcome> run(IngestTarget t, CommitLog l, List<Path> files) {
        try (t; l) {
            return new Ingester(IDS, Cleaner.standard(), counting, t, 1, Ingester.DEFAULT_ARTICLE_TIMEOUT, l).ingest(files, null);
        }
    }

    @Test
    void eachCommitIsLoggedAndAKilledRunIsResumed() throws IOException {
        List<Path> files = articles();
        assertThrows(Error.class, () -> run(dyingAt(new StoreTarget(store, IDS), 3), CommitLog.append(log), files));
        List<CommitLog.Run> runs = CommitLog.read(log);
        assertEquals(1, runs.size());
        CommitLog.Run killed = runs.get(0);
        assertEquals(false, killed.finished());
        assertEquals(files.stream().map(Path::toString).toList(), killed.files());
        assertEquals(List.of(files.get(0).toString(), files.get(1).toString()), List.copyOf(killed.committed().keySet()));

        annotated.clear();
        CommitLog resuming = CommitLog.resume(log);
        assertEquals(killed.id(), resuming.resumed().id());
        List<Ingester.Outcome> r = run(new StoreTarget(store, IDS), resuming, files);
        // the two committed were skipped, not annotated again
        assertEquals(List.of(true, true, false, false, false), r.stream().map(Ingester.Outcome::resumed).toList());
        assertTrue(r.stream().allMatch(Ingester.Outcome::ok));
        assertEquals(killed.committed().get(files.get(0).toString()), r.get(0).articleId());
        assertEquals(List.of("Oslo", "Doha", "Riyadh"), annotated.stream().sorted((a, b) -> order(a) - order(b)).toList());
        assertEquals(5 + 5, storedArticles());

        runs = CommitLog.read(log);
        assertEquals(2, runs.size());
        assertEquals(killed.id(), runs.get(1).resumes());
        assertTrue(runs.get(1).finished());
        assertEquals(5, runs.get(1).committed().size());
        // the last run finished: nothing to resume
        assertNull(CommitLog.resume(log).resumed());
    }

    static int order(String place) {
        return List.of("Geneva", "Vienna", "Oslo", "Doha", "Riyadh").indexOf(place);
    }

    long storedArticles() {
        try (StoreTarget t = new StoreTarget(store, IDS)) {
            return t.articleTexts().size();
        }
    }

    @Test
    void aResumedRunKilledAgainIsResumedWithBothRunsCommits() throws IOException {
        List<Path> files = articles();
        assertThrows(Error.class, () -> run(dyingAt(new StoreTarget(store, IDS), 2), CommitLog.append(log), files));
        // the resumed run skips article 1, stores 2 and 3, and dies at 4
        assertThrows(Error.class, () -> run(dyingAt(new StoreTarget(store, IDS), 3), CommitLog.resume(log), files));
        annotated.clear();
        List<Ingester.Outcome> r = run(new StoreTarget(store, IDS), CommitLog.resume(log), files);
        assertEquals(List.of(true, true, true, false, false), r.stream().map(Ingester.Outcome::resumed).toList());
        assertEquals(List.of("Doha", "Riyadh"), annotated.stream().sorted((a, b) -> order(a) - order(b)).toList());
        assertEquals(10, storedArticles());
    }

    @Test
    void aChangedFileIsIngestedAgainOnResume() throws IOException {
        List<Path> files = articles();
        assertThrows(Error.class, () -> run(dyingAt(new StoreTarget(store, IDS), 2), CommitLog.append(log), files));
        Files.writeString(files.get(0), Files.readString(files.get(0)).replace("useful", "difficult"));
        annotated.clear();
        List<Ingester.Outcome> r = run(new StoreTarget(store, IDS), CommitLog.resume(log), files);
        assertEquals(List.of(false, false, false, false, false), r.stream().map(Ingester.Outcome::resumed).toList());
        assertEquals(5, annotated.size());
    }

    @Test
    void aLineCutShortByAKillIsIgnoredAndAnyOtherBadLineNamed() throws IOException {
        List<Path> files = articles();
        assertThrows(Error.class, () -> run(dyingAt(new StoreTarget(store, IDS), 2), CommitLog.append(log), files.subList(0, 3)));
        Files.writeString(log, "{\"run\":\"x\",\"event\":\"comm", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(1, CommitLog.resume(log).resumed().committed().size());
        Files.writeString(log, "it\"}\n{\"run\":\"x\",\"event\":\"end\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        InputException e = assertThrows(InputException.class, () -> CommitLog.read(log));
        assertEquals(log + ":3:1: commit of a run that never started: x", e.getMessage());
    }
}
