package org.peacetalks.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.peacetalks.vocab.PT;

/**
 * The bookkeeping of a store ({@value StoreBuilder#STAMP}): how many articles,
 * claims and quads it holds; the file's time is the store's build time. A store
 * built or loaded by this project carries it; for a TDB2 store made by any other
 * tool it is computed on first open and written then, so every TDB2 store can be
 * served.
 */
public final class StoreStamp {
    private static final Pattern DATA_DIR = Pattern.compile("Data-\\d{4}");

    private StoreStamp() {}

    /** Counts kept in the stamp. */
    public record Counts(long articles, long claims, long quads) {}

    /** True when {@code dir} holds a TDB2 database (a {@code Data-NNNN} generation), built by us or not. */
    public static boolean isTdb2(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && DATA_DIR.matcher(p.getFileName().toString()).matches());
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean exists(Path store) { return Files.exists(store.resolve(StoreBuilder.STAMP)); }

    /** The store's build time: when its stamp was written. */
    public static Instant builtAt(Path store) {
        try {
            return Files.getLastModifiedTime(store.resolve(StoreBuilder.STAMP)).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes sure {@code store} (open as {@code dsg}) has its stamp: when missing, counts
     * articles, claims and quads in one read transaction and writes it. Returns the counts
     * written, or null when the stamp was already there.
     */
    public static Counts ensure(Path store, DatasetGraph dsg) {
        if (exists(store)) return null;
        Counts c = count(dsg);
        write(store, c, "computed on first open of a store made by another tool");
        return c;
    }

    /** Writes the stamp for {@code store}: called last, once the store is complete. */
    public static void write(Path store, Counts c, String origin) {
        Properties p = new Properties();
        p.setProperty("articles", Long.toString(c.articles()));
        p.setProperty("claims", Long.toString(c.claims()));
        p.setProperty("quads", Long.toString(c.quads()));
        p.setProperty("origin", origin);
        try (var w = Files.newBufferedWriter(store.resolve(StoreBuilder.STAMP))) {
            p.store(w, "peacetalks-kg store bookkeeping");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + store.resolve(StoreBuilder.STAMP), e);
        }
    }

    /** Articles (subjects typed pt:NewsArticle), claims (typed pt:Claim) and quads of the named graphs. */
    public static Counts count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long quads = 0;
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); it.next()) quads++;
            long articles = countTyped(dsg, PT.NewsArticle);
            long claims = countTyped(dsg, PT.Claim);
            return new Counts(articles, claims, quads);
        });
    }

    private static long countTyped(DatasetGraph dsg, Node type) {
        long n = 0;
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type); it.hasNext(); it.next()) n++;
        return n;
    }
}
