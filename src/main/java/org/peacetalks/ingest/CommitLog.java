package org.peacetalks.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.peacetalks.util.InputException;

/**
 * What each ingest run committed, as it happens: an append-only file of JSON
 * lines, one when a run starts, one per article right after its update is
 * committed (forced to disk before the next article), one when the run ends. A
 * run killed part-way has a start and no end; {@link #resume} reads which of its
 * articles were committed, so the next run skips them instead of annotating them
 * again. The store is committed before the log, so a kill between the two leaves
 * an article stored but unlogged, and resuming only replaces it with itself.
 *
 * <pre>
 *   try (CommitLog log = CommitLog.resume(store.resolve(CommitLog.FILE_NAME))) {
 *       new Ingester(ids, cleaner, annotator, target, 2, timeout, log).ingest(files, System.err);
 *   }
 * </pre>
 */
public final class CommitLog implements AutoCloseable {
    /** The log's name inside a store directory. */
    public static final String FILE_NAME = "ingest-log.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A run as the log tells it: its files, what it committed (origin → article id), whether it ended. */
    public record Run(String id, String started, List<String> files, Map<String, String> committed, String resumes, boolean finished) {}

    private final Path file;
    private final FileChannel channel;
    private final String run = UUID.randomUUID().toString();
    /** The unfinished run this one resumes, or null. */
    private final Run resumed;
    /** "origin\tarticle id" of every commit of the resumed run and the runs it resumed. */
    private final Set<String> done;

    private CommitLog(Path file, Run resumed, Set<String> done) {
        this.file = file;
        this.resumed = resumed;
        this.done = done;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot write the ingest log: " + e.getMessage(), e);
        }
    }

    /** A log that records this run and resumes nothing. */
    public static CommitLog append(Path file) {
        return new CommitLog(file, null, Set.of());
    }

    /** A log that records this run and resumes the last run in {@code file} if it did not finish. */
    public static CommitLog resume(Path file) {
        List<Run> runs = read(file);
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last == null || last.finished()) return new CommitLog(file, null, Set.of());
        Map<String, Run> byId = new LinkedHashMap<>();
        for (Run r : runs) byId.put(r.id(), r);
        Set<String> done = new HashSet<>();
        // a resumed run that was itself killed: what the runs before it committed counts too
        for (Run r = last; r != null && !r.finished(); r = r.resumes() == null ? null : byId.get(r.resumes()))
            r.committed().forEach((origin, id) -> done.add(origin + "\t" + id));
        return new CommitLog(file, last, done);
    }

    /** The unfinished run being resumed, or null. */
    public Run resumed() { return resumed; }

    /** This run's id, as written in the log. */
    public String run() { return run; }

    public Path file() { return file; }

    /** Whether the resumed run(s) committed this article from this origin. */
    boolean committedBefore(String origin, String articleId) {
        return done.contains(origin + "\t" + articleId);
    }

    void started(List<Path> files) {
        ObjectNode n = line("start");
        var a = n.putArray("files");
        files.forEach(f -> a.add(f.toString()));
        if (resumed != null) n.put("resumes", resumed.id());
        write(n);
    }

    void committed(String origin, String articleId) {
        write(line("commit").put("origin", origin).put("article", articleId));
    }

    void finished(int ingested, int failed) {
        write(line("end").put("ingested", ingested).put("failed", failed));
    }

    private ObjectNode line(String event) {
        return JSON.createObjectNode().put("run", run).put("event", event)
            .put("time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    }

    /** One line, on disk before this returns: what a kill -9 after it cannot take back. */
    private void write(ObjectNode n) {
        try {
            ByteBuffer b = ByteBuffer.wrap((n.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) channel.write(b);
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ingest log " + file, e);
        }
    }

    /**
     * The runs in a log, oldest first. A line cut short by a kill (the last one, not
     * ending in a newline) is ignored; any other unreadable line is an error naming it.
     */
    public static List<Run> read(Path file) {
        if (!Files.exists(file)) return List.of();
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the ingest log: " + e.getMessage(), e);
        }
        Map<String, Run> runs = new LinkedHashMap<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank()) continue;
            boolean last = i == lines.length - 1;
            JsonNode n;
            try {
                n = JSON.readTree(l);
            } catch (IOException e) {
                if (last) break;
                throw new InputException(file.toString(), i + 1, 1, "not an ingest log line: " + abbreviate(l));
            }
            String id = n.path("run").asText(), event = n.path("event").asText();
            Run r = runs.get(id);
            switch (event) {
                case "start" -> {
                    List<String> files = new ArrayList<>();
                    n.path("files").forEach(f -> files.add(f.asText()));
                    runs.put(id, new Run(id, n.path("time").asText(), files, new LinkedHashMap<>(),
                        n.hasNonNull("resumes") ? n.get("resumes").asText() : null, false));
                }
                case "commit" -> {
                    if (r == null) throw new InputException(file.toString(), i + 1, 1, "commit of a run that never started: " + id);
                    r.committed().put(n.path("origin").asText(), n.path("article").asText());
                }
                case "end" -> {
                    if (r == null) throw new InputException(file.toString(), i + 1, 1, "end of a run that never started: " + id);
                    runs.put(id, new Run(r.id(), r.started(), r.files(), r.committed(), r.resumes(), true));
                }
                default -> throw new InputException(file.toString(), i + 1, 1, "unknown ingest log event '" + abbreviate(event) + "'");
            }
        }
        return List.copyOf(runs.values());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
