package org.peacetalks.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Collections;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleMetadata;
import org.peacetalks.nlp.NlpPipeline;
import org.peacetalks.store.ArticleGraphs;
import org.peacetalks.store.Validation;
import org.peacetalks.util.InputException;
import org.peacetalks.util.Progress;
import org.peacetalks.vocab.PT;

/**
 * Ingests article files: read, clean, detect republications, annotate (articles
 * in parallel), compile and validate each article's graph, and replace it in
 * the target in one atomic update. A failure in one article is reported and
 * leaves the other articles and everything stored untouched.
 *
 * <pre>
 *   try (IngestTarget t = new StoreTarget(Path.of("run/tdb2"), ids)) {
 *       List&lt;Outcome&gt; r = new Ingester(ids, Cleaner.standard(), extractor::extract, t).ingest(files, System.err);
 *   }
 * </pre>
 */
public final class Ingester {
    /**
     * What happened to one article. {@code error} is set when it was not stored;
     * {@code resumed} when a run this one resumes had stored it already (then skipped).
     */
    public record Outcome(String origin, String articleId, int claims, String republicationOf, boolean replaced,
                          List<String> warnings, InputException error, String breakdown, boolean resumed) {
        public boolean ok() { return error == null; }

        Outcome(String origin, String articleId, int claims, String republicationOf, boolean replaced, List<String> warnings,
                InputException error, String breakdown) {
            this(origin, articleId, claims, republicationOf, replaced, warnings, error, breakdown, false);
        }

        Outcome(String origin, String articleId, int claims, String republicationOf, boolean replaced, List<String> warnings,
                InputException error) {
            this(origin, articleId, claims, republicationOf, replaced, warnings, error, "");
        }
    }

    /** What an article's claims are, for the progress report: "quotes 8, positions 5, …; 4 source groups, 2 candidates". */
    static String breakdown(Annotations ann) {
        java.util.Map<String, Integer> n = new java.util.LinkedHashMap<>();
        for (org.peacetalks.annotate.Claim c : ann.claims()) {
            var p = c.proposition();
            String k = c.directQuote() ? "quotes"
                : p instanceof org.peacetalks.annotate.Proposition.Position ? "positions"
                : p instanceof org.peacetalks.annotate.Proposition.Blame ? "blame"
                : p instanceof org.peacetalks.annotate.Proposition.Figure ? "figures"
                : p instanceof org.peacetalks.annotate.Proposition.Control ? "territorial control"
                : "statements";
            n.merge(k, 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder();
        n.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        int g = ann.sourceGroups().size(), c = ann.candidates().size();
        if (g > 0) b.append("; ").append(g).append(g == 1 ? " unnamed source group" : " unnamed source groups");
        if (c > 0) b.append("; ").append(c).append(c == 1 ? " candidate entity" : " candidate entities");
        return b.toString();
    }

    private final PT.Ids ids;
    private final Cleaner cleaner;
    private final Annotator annotator;
    private final IngestTarget target;
    private final int threads;
    private final Duration articleTimeout;
    /** Where each commit is recorded as it happens, or null. */
    private final CommitLog log;

    /**
     * Time one article's annotation may take, counted from its start: past it the
     * annotation is interrupted and the article stored without claims, with a warning.
     */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(60);
    /** Shortest article text accepted, in characters after cleaning: a headline alone is not an article. */
    public static final int MIN_TEXT_CHARS = 100;

    public Ingester(PT.Ids ids, Cleaner cleaner, Annotator annotator, IngestTarget target) {
        this(ids, cleaner, annotator, target, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public Ingester(PT.Ids ids, Cleaner cleaner, Annotator annotator, IngestTarget target, int threads) {
        this(ids, cleaner, annotator, target, threads, DEFAULT_ARTICLE_TIMEOUT);
    }

    /** The per-article stages only, {@link #prepare} and {@link #compile}, for a driver that writes elsewhere (the Spark job). */
    public Ingester(PT.Ids ids, Cleaner cleaner, Annotator annotator, Duration articleTimeout) {
        this(ids, cleaner, annotator, null, 1, articleTimeout);
    }

    public Ingester(PT.Ids ids, Cleaner cleaner, Annotator annotator, IngestTarget target, int threads, Duration articleTimeout) {
        this(ids, cleaner, annotator, target, threads, articleTimeout, null);
    }

    /** With a {@link CommitLog}: each commit recorded as it happens, and what a resumed run committed skipped. */
    public Ingester(PT.Ids ids, Cleaner cleaner, Annotator annotator, IngestTarget target, int threads, Duration articleTimeout,
                    CommitLog log) {
        if (articleTimeout.isNegative() || articleTimeout.isZero())
            throw new IllegalArgumentException("article annotation time limit must be more than 0: " + articleTimeout);
        this.ids = ids;
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.target = target;
        this.threads = threads;
        this.articleTimeout = articleTimeout;
        this.log = log;
    }

    /** An annotation submitted to the pool: when it started, and the parse warnings it reported. */
    private record Task(Future<Annotations> result, CompletableFuture<Long> started, List<String> warnings) {}

    /**
     * An article read, cleaned and checked, with its notes so far: what {@link #prepare} gives,
     * before annotation. Public for other drivers of the same stages (the Spark job).
     */
    public record Prepared(RawArticle raw, Article article, List<String> warnings) {
        /** The same article marked as a republication of {@code originalId}, with the note ingest gives. */
        public Prepared republicationOf(String originalId, double similarity) {
            List<String> w = new ArrayList<>(warnings);
            w.add(String.format("republication of article %s (similarity %.2f)", originalId, similarity));
            return new Prepared(raw, article.withMetadata(article.metadata().withRepublicationOf(originalId)), w);
        }
    }

    /** An article's validated graph (named {@code graphName}) and what happened; {@code graph} is null when it failed. */
    public record Compiled(org.apache.jena.graph.Node graphName, Graph graph, Outcome outcome) {}

    /** Stored by the run being resumed: not annotated again. */
    private record Resumed(Prepared p) {}

    public List<Outcome> ingest(List<Path> files, java.io.PrintStream progressOut) {
        if (target == null) throw new IllegalStateException("this Ingester has no target: it runs the per-article stages only");
        if (log != null) log.started(files);
        Graph ontology = target.ontology();
        ArticleGraphs compiler = new ArticleGraphs(ids, ontology, target.reference(), new Validation(ontology));
        Map<String, String> stored = target.articleTexts();
        NearDuplicates dups = new NearDuplicates();
        stored.forEach(dups::add);
        Set<String> articleIris = new HashSet<>();
        stored.keySet().forEach(id -> articleIris.add(ids.article(id)));

        // read and clean sequentially (cheap), so republication links follow input order
        List<Object> items = new ArrayList<>();
        for (Path f : files) {
            for (ArticleFiles.Item it : ArticleFiles.read(f)) {
                if (it.error() != null) { items.add(it.error()); continue; }
                try {
                    Prepared p = prepare(it.article(), dups, stored);
                    dups.add(p.article.id(), p.article.text());
                    articleIris.add(ids.article(p.article.id()));
                    items.add(log != null && log.committedBefore(p.raw.origin(), p.article.id()) ? new Resumed(p) : p);
                } catch (InputException e) {
                    items.add(e);
                }
            }
        }
        Progress progress = progressOut == null ? null : new Progress("ingest", items.size(), progressOut);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Task> annotated = new ArrayList<>();
            for (Object o : items)
                annotated.add(o instanceof Prepared p ? submit(pool, p) : null);
            List<Outcome> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Outcome r;
                if (items.get(i) instanceof InputException e) {
                    r = new Outcome(e.file(), null, 0, null, false, List.of(), e);
                } else if (items.get(i) instanceof Resumed s) {
                    r = new Outcome(s.p.raw.origin(), s.p.article.id(), 0, null, false, List.of(), null, "", true);
                    // this run stored it too, as far as a later resume is concerned
                    log.committed(s.p.raw.origin(), s.p.article.id());
                } else {
                    r = store((Prepared) items.get(i), annotated.get(i), compiler, articleIris, stored);
                    // after the store's commit, before the next article: a failure to log stops the run (it stays resumable)
                    if (log != null && r.ok()) log.committed(r.origin(), r.articleId());
                }
                out.add(r);
                if (progress != null) progress.step(r.ok());
            }
            if (log != null) {
                int failed = (int) out.stream().filter(o -> !o.ok()).count();
                log.finished(out.size() - failed, failed);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Prepared prepare(RawArticle raw, NearDuplicates dups, Map<String, String> stored) {
        Prepared p = prepare(raw);
        var match = dups.match(p.article.text());
        if (match.isPresent() && !match.get().id().equals(p.article.id())) p = p.republicationOf(match.get().id(), match.get().similarity());
        return p;
    }

    /**
     * The first stage for one article: clean, check length and language, complete the metadata.
     * Republication links are the caller's (they depend on the other articles).
     *
     * @throws InputException naming the article's origin when it is refused
     */
    public Prepared prepare(RawArticle raw) {
        Cleaner.Result c = cleaner.clean(raw);
        List<String> warnings = new ArrayList<>();
        int length = c.text().strip().codePointCount(0, c.text().strip().length());
        if (length < MIN_TEXT_CHARS)
            throw new InputException(raw.origin(), "article too short: " + length + " characters after cleaning (at least " + MIN_TEXT_CHARS + ")");
        if (!LanguageCheck.isEnglish(c.text()))
            throw new InputException(raw.origin(), String.format("not English: only %.0f%% of its words are English function words",
                100 * LanguageCheck.englishShare(c.text())));
        for (String r : c.removed()) warnings.add("removed boilerplate " + r);
        ArticleMetadata m = raw.metadata();
        if (m.title() == null && c.title() != null)
            m = new ArticleMetadata(c.title(), m.url(), m.publisher(), m.authors(), m.datePublished(), m.language(), null, m.boilerplate());
        if (m.language() == null)
            m = new ArticleMetadata(m.title(), m.url(), m.publisher(), m.authors(), m.datePublished(), "en", null, m.boilerplate());
        String sourceFile = Path.of(raw.origin().replaceAll(":\\d+$", "")).getFileName().toString();
        return new Prepared(raw, new Article(raw.stem(), sourceFile, c.text(), m), warnings);
    }

    private Task submit(ExecutorService pool, Prepared p) {
        CompletableFuture<Long> started = new CompletableFuture<>();
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Future<Annotations> result = pool.submit(() -> {
            started.complete(System.nanoTime());
            return NlpPipeline.withWarnings(warnings::add, () -> annotator.annotate(p.article));
        });
        return new Task(result, started, warnings);
    }

    /** The task's annotations, or none when it ran past the time limit (then interrupted, with a warning). */
    private Annotations await(Task t, Prepared p) throws InterruptedException, ExecutionException {
        long start = t.started.get();
        long left = start + articleTimeout.toNanos() - System.nanoTime();
        try {
            return t.result.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            t.result.cancel(true);
            p.warnings.add("annotation stopped at the time limit of " + seconds(articleTimeout) + ": stored without claims");
            return Annotations.NONE;
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private Outcome store(Prepared p, Task task, ArticleGraphs compiler, Set<String> articleIris, Map<String, String> stored) {
        Compiled c = compile(p, task, compiler, articleIris, stored.containsKey(p.article.id()));
        if (!c.outcome().ok()) return c.outcome();
        try {
            target.replace(c.graphName().getURI(), c.graph());
            return c.outcome();
        } catch (InputException e) {
            return new Outcome(p.raw.origin(), p.article.id(), 0, null, false, p.warnings, e);
        } catch (RuntimeException e) {
            return new Outcome(p.raw.origin(), p.article.id(), 0, null, false, p.warnings,
                new InputException(p.raw.origin(), "could not store: " + e.getMessage()));
        }
    }

    /**
     * The later stages for one prepared article, nothing stored: annotate it on {@code pool}
     * within the time limit, then compile and validate its graph. {@code articleIris} are the
     * articles it may reference (its original). The outcome carries the error when it failed.
     */
    public Compiled compile(Prepared p, ExecutorService pool, ArticleGraphs compiler, Set<String> articleIris) {
        return compile(p, submit(pool, p), compiler, articleIris, false);
    }

    private Compiled compile(Prepared p, Task task, ArticleGraphs compiler, Set<String> articleIris, boolean replaced) {
        org.apache.jena.graph.Node graph = compiler.graphName(p.article);
        try {
            Annotations ann = await(task, p);
            synchronized (task.warnings) {
                for (String w : task.warnings) p.warnings.add(w.replaceFirst("^sentence at", "sentence of article " + p.article.id() + " at"));
            }
            Graph g = compiler.compile(p.article, ann, p.raw.origin(), articleIris);
            // when this article last changed, for the pages' Last-Modified: a statement about its graph
            g.add(graph, org.apache.jena.vocabulary.DCTerms.modified.asNode(), org.apache.jena.graph.NodeFactory.createLiteralDT(
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
            return new Compiled(graph, g, new Outcome(p.raw.origin(), p.article.id(), ann.claims().size(),
                p.article.metadata().republicationOf(), replaced, p.warnings, null, breakdown(ann)));
        } catch (InputException e) {
            return failed(graph, p, e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return failed(graph, p, c instanceof InputException x ? x : new InputException(p.raw.origin(), "annotation failed: " + c));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(graph, p, new InputException(p.raw.origin(), "interrupted"));
        } catch (RuntimeException e) {
            return failed(graph, p, new InputException(p.raw.origin(), "could not store: " + e.getMessage()));
        }
    }

    private static Compiled failed(org.apache.jena.graph.Node graph, Prepared p, InputException e) {
        return new Compiled(graph, null, new Outcome(p.raw.origin(), p.article.id(), 0, null, false, p.warnings, e));
    }
}
