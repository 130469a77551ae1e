package org.peacetalks.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.peacetalks.vocab.OA;
import org.peacetalks.vocab.PT;

/**
 * The store's full-text index: jena-text over Lucene, kept in {@value #DIRECTORY}
 * inside the TDB2 directory so that a store is built, swapped, copied and served as
 * one directory. A store opened here is a {@link DatasetGraphText}: every write
 * through it (add, delete, a removed or replaced graph) changes the index in the
 * same TDB2 transaction, which commits or aborts both.
 * <pre>
 *   DatasetGraph dsg = SearchIndex.open(Path.of("run/tdb2"), System.out);
 *   // SELECT ?s { (?s ?score) text:query (oa:exact '"fight on"') }
 *   SearchIndex.close(dsg);
 * </pre>
 * What is indexed, one Lucene field per kind of literal (the text:query property
 * picks the field; without one, {@value #EVIDENCE} is searched):
 * <ul>
 * <li>{@value #EVIDENCE}: {@code oa:exact}, a claim's evidence in the article's words;</li>
 * <li>{@value #TEXT}: {@code pt:text}, an article's whole text;</li>
 * <li>{@value #LABEL}: {@code rdfs:label} and {@code skos:altLabel} of anything.</li>
 * </ul>
 * Each document records its named graph, so a hit knows its article and the union
 * default graph searches every graph.
 */
public final class SearchIndex {
    /** The Lucene directory, inside the store's directory. */
    public static final String DIRECTORY = "text-index";
    public static final String EVIDENCE = "evidence";
    public static final String TEXT = "text";
    public static final String LABEL = "label";
    private static final String ENTITY_FIELD = "uri";
    private static final String GRAPH_FIELD = "graph";
    private static final String UID_FIELD = "uid";
    private static final String LANG_FIELD = "lang";
    private static final int PROGRESS_EVERY = 100_000;
    /** The predicates whose literals are indexed: evidence, article text, labels. */
    private static final Node[] INDEXED = {OA.exact, PT.text, RDFS.label.asNode(), SKOS.altLabel.asNode()};

    /** Open text datasets by store directory: TDB2 shares one database per directory, so must its index. */
    private static final Map<Path, DatasetGraphText> OPEN = new HashMap<>();

    static {
        QueryEngineRegistry.addFactory(new TextQueryEngine());
    }

    private SearchIndex() {}

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, EVIDENCE, GRAPH_FIELD, OA.exact);
        def.set(TEXT, PT.text);
        def.set(LABEL, RDFS.label.asNode());
        def.set(LABEL, SKOS.altLabel.asNode());
        // without a uid a deleted triple's document would stay in the index
        def.setUidField(UID_FIELD);
        def.setLangField(LANG_FIELD);
        return def;
    }

    static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        // no stop words, stated rather than left to the default: with Lucene's English list
        // ("on", "to", "not", ...) the phrase "fight on" would match "fight" and any next word
        config.setAnalyzer(new StandardAnalyzer(CharArraySet.EMPTY_SET));
        // the matched literal can then be bound by text:query (?s ?score ?literal)
        config.setValueStored(true);
        return config;
    }

    /**
     * The TDB2 store at {@code store} with its text index. The index is built first when
     * the store has none (a store made by another tool, or before the index existed),
     * and rebuilt when its documents do not match the store's indexed literals one for
     * one (a crash between TDB2's commit and Lucene's, which TDB2's recovery does not
     * replay into the index, or a write by another tool); progress goes to
     * {@code progress}. The same object while open in this JVM.
     */
    public static synchronized DatasetGraph open(Path store, PrintStream progress) {
        Path key = store.toAbsolutePath().normalize();
        DatasetGraphText open = OPEN.get(key);
        if (open != null) return open;
        DatasetGraph base = DatabaseMgr.connectDatasetGraph(key.toString());
        Path dir = key.resolve(DIRECTORY);
        Path checked = key.resolve(CHECKED);
        if (!Files.isDirectory(dir)) {
            build(base, dir, progress);
            writeChecked(checked, state(key));
        } else if (!state(key).equals(readChecked(checked))) {
            // counting the indexed literals decodes each of them: seconds at 1M quads, so only when the files changed
            long docs = documents(dir), literals = literals(base);
            if (docs != literals) {
                progress.println("The full-text index " + dir + " holds " + docs + " documents for " + literals
                    + " indexed literals: rebuilding it");
                StoreBuilder.deleteTree(dir);
                build(base, dir, progress);
            }
            writeChecked(checked, state(key));
        }
        TextIndex index = openIndex(dir);
        DatasetGraphText dsg = (DatasetGraphText) TextDatasetFactory.create(base, index, true);
        OPEN.put(key, dsg);
        return dsg;
    }

    /**
     * The state of the store's files (the TDB2 generations and the index, by name,
     * size and modification time; locks and the journal left out) when the index was
     * last found in step with the store, so an unchanged store is opened without
     * counting its literals again. Any commit since, by us or another tool, changes the
     * files and so the state, and the next open counts again.
     */
    static final String CHECKED = DIRECTORY + ".checked";
    private static final java.util.Set<String> VOLATILE = java.util.Set.of("tdb.lock", "write.lock", "journal.jrnl");

    /** One line per file of the store's TDB2 generations and its index: relative name, size, modification time. */
    static String state(Path store) {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.walk(store)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = store.relativize(f);
                String top = rel.getName(0).toString();
                if (rel.getNameCount() < 2 || !(top.equals(DIRECTORY) || top.startsWith("Data-"))) continue;
                if (VOLATILE.contains(f.getFileName().toString())) continue;
                sb.append(rel).append(' ').append(Files.size(f)).append(' ').append(Files.getLastModifiedTime(f).toMillis()).append('\n');
            }
        } catch (IOException e) {
            // unreadable: a state no marker holds, so the index is checked
            return "unreadable: " + e;
        }
        return sb.toString();
    }

    private static String readChecked(Path marker) {
        try {
            return Files.readString(marker);
        } catch (IOException e) {
            return null;
        }
    }

    private static void writeChecked(Path marker, String state) {
        try {
            Files.writeString(marker, state);
        } catch (IOException e) {
            // only an optimisation: without it the next open counts again
        }
    }

    /** A new in-memory TDB2 dataset with an in-memory text index: for tests and scratch work, nothing on disk. */
    public static DatasetGraph inMemory() {
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config());
        return TextDatasetFactory.create(DatabaseMgr.createDatasetGraph(), index, true);
    }

    /** Closes the index and releases the TDB2 database (as {@link TDBInternal#expel} does for a bare store). */
    public static synchronized void close(DatasetGraph dsg) {
        if (!(dsg instanceof DatasetGraphText text)) {
            TDBInternal.expel(dsg);
            return;
        }
        OPEN.values().remove(text);
        text.getTextIndex().close();
        TDBInternal.expel(text.getWrapped());
    }

    /** True for a text dataset opened here over TDB2, or a bare TDB2 dataset. */
    public static boolean isTdb2(DatasetGraph dsg) {
        return DatabaseMgr.isTDB2(dsg) || dsg instanceof DatasetGraphText t && DatabaseMgr.isTDB2(t.getWrapped());
    }

    /** Documents in the committed index of {@code dsg}: one per indexed literal per graph. */
    public static long documents(DatasetGraph dsg) {
        return documents(Path.of(((FSDirectory) ((TextIndexLucene) ((DatasetGraphText) dsg).getTextIndex()).getDirectory())
            .getDirectory().toString()));
    }

    private static long documents(Path dir) {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            return reader.numDocs();
        } catch (IOException e) {
            // no committed index (an empty directory): none
            return -1;
        }
    }

    /** The quads whose literal the index holds, each as an entity ready to index. */
    private static void forEachIndexed(DatasetGraph base, java.util.function.Consumer<Entity> action) {
        EntityDefinition def = definition();
        for (Node p : INDEXED)
            for (Iterator<Quad> it = base.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (q.getObject().isLiteral()) action.accept(TextQueryFuncs.entityFromQuad(def, q));
            }
    }

    private static long literals(DatasetGraph base) {
        return Txn.calculateRead(base, () -> {
            long[] n = {0};
            forEachIndexed(base, e -> n[0]++);
            return n[0];
        });
    }

    private static TextIndex openIndex(Path dir) {
        try {
            return TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index " + dir, e);
        }
    }

    /**
     * Indexes every literal of {@code base} the definition covers, into a new index
     * written beside {@code dir} and moved there when complete, so an interrupted
     * build leaves no index and the next open builds it again.
     */
    private static void build(DatasetGraph base, Path dir, PrintStream progress) {
        Path fresh = dir.resolveSibling(DIRECTORY + ".new");
        StoreBuilder.deleteTree(fresh);
        long t0 = System.nanoTime();
        progress.println("Building the full-text index " + dir);
        TextIndex index = openIndex(fresh);
        long docs;
        try {
            docs = Txn.calculateRead(base, () -> {
                long[] n = {0};
                forEachIndexed(base, entity -> {
                    index.addEntity(entity);
                    if (++n[0] % PROGRESS_EVERY == 0) progress.println("  " + n[0] + " literals indexed");
                });
                return n[0];
            });
            index.prepareCommit();
            index.commit();
        } catch (RuntimeException e) {
            index.close();
            StoreBuilder.deleteTree(fresh);
            throw e;
        }
        index.close();
        try {
            Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the text index into place at " + dir, e);
        }
        progress.printf(java.util.Locale.ROOT, "  %d literals indexed in %.1f s%n", docs, (System.nanoTime() - t0) / 1e9);
    }
}
