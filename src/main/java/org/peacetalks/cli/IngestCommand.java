package org.peacetalks.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.extract.Extractor;
import org.peacetalks.extract.Gazetteer;
import org.peacetalks.extract.GazetteerAnnotator;
import org.peacetalks.ingest.Cleaner;
import org.peacetalks.ingest.CommitLog;
import org.peacetalks.ingest.IngestTarget;
import org.peacetalks.ingest.Ingester;
import org.peacetalks.ingest.ServiceTarget;
import org.peacetalks.ingest.StoreTarget;
import org.peacetalks.server.ServerSettings;
import org.peacetalks.util.InputException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ingest}: article files (.txt, .html, .jsonl) into a stopped store or a
 * running service, one atomic update per article.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Ingest article files (.txt, .html, .jsonl) as one named graph each, replacing a stored article with the same text.",
        "Into the store (--store, the service must be stopped) or into a running service (--service URL, with the update password",
        "in env " + ServeCommand.PASSWORD_ENV + " or --password-file)."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions opts;

    @ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(names = "--service", description = "Dataset URL of a running service, e.g. http://127.0.0.1:3030/kg")
        String service;
    }

    @Option(names = "--password-file", description = "File holding the service's update password.")
    Path passwordFile;

    @Option(names = "--annotate", defaultValue = "extract",
        description = {"How to annotate: 'extract' links entity mentions and extracts direct quotations with their speakers;",
            "'mentions' only links the reference entities the article names (pt:mentions, by a gazetteer generated from the",
            "reference graph); 'none' stores text, metadata and republication links only. Default: ${DEFAULT-VALUE}"})
    String annotate;

    @Option(names = "--threads", defaultValue = "2", description = "Articles annotated in parallel. Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--article-timeout", defaultValue = "60",
        description = "Seconds one article's annotation may take; past it the article is stored without claims. Default: ${DEFAULT-VALUE}")
    double articleTimeoutSeconds;

    private java.time.Duration articleTimeout() {
        if (!(articleTimeoutSeconds >= 0.001) || Double.isInfinite(articleTimeoutSeconds))
            throw new InputException("--article-timeout", "must be a number of seconds of at least 0.001, found " + articleTimeoutSeconds);
        return java.time.Duration.ofMillis((long) (articleTimeoutSeconds * 1000));
    }

    @Option(names = "--log", description = {"File recording each article as its update is committed (JSON lines), so that a killed run",
        "can be resumed. Default: " + CommitLog.FILE_NAME + " in the store with --store; none with --service unless given."})
    Path log;

    @Option(names = "--resume", description = {"Resume the last run recorded in the log if it did not finish: the articles it committed",
        "(same file or feed line, same text) are skipped, the rest ingested."})
    boolean resume;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        List<Ingester.Outcome> results;
        Path logFile = log != null ? log : target != null && target.service != null ? null : opts.store.resolve(CommitLog.FILE_NAME);
        if (resume && logFile == null)
            throw new InputException("--resume", "ingest into a service keeps no log unless --log FILE is given, so there is nothing to resume from");
        try (IngestTarget t = openTarget()) {
            java.time.Duration timeout = articleTimeout();
            Annotator annotator = annotator(t);
            // opened only once the target and the settings are good, so a refused run leaves no trace in the log
            try (CommitLog commits = logFile == null ? null : resume ? CommitLog.resume(logFile) : CommitLog.append(logFile)) {
                if (resume) {
                    CommitLog.Run r = commits.resumed();
                    System.out.println(r == null ? "nothing to resume: the last run in " + logFile + " finished (or there is none); ingesting all"
                        : "resuming the run started " + r.started() + ": " + r.committed().size() + " articles it committed are skipped");
                }
                results = new Ingester(opts.ids(), Cleaner.standard(), annotator, t, threads, timeout, commits).ingest(files, System.err);
            }
        }
        int failed = 0, skipped = 0;
        for (Ingester.Outcome o : results) {
            if (o.resumed()) {
                skipped++;
                System.out.printf("%s: article %s already stored by the interrupted run, skipped%n", o.origin(), o.articleId());
            } else if (o.ok()) {
                System.out.printf("%s: %s article %s, %d claims%s%s%n", o.origin(), o.replaced() ? "replaced" : "added", o.articleId(),
                    o.claims(), o.breakdown().isEmpty() ? "" : " (" + o.breakdown() + ")",
                    o.republicationOf() == null ? "" : ", republication of " + o.republicationOf());
                for (String w : o.warnings()) System.out.println("  note: " + w);
            } else {
                failed++;
                System.err.println("error: " + o.error().getMessage());
            }
        }
        System.out.printf("%d ingested, %s%d failed%n", results.size() - failed - skipped, skipped == 0 ? "" : skipped + " skipped (resumed), ",
            failed);
        return failed == 0 ? 0 : 1;
    }

    private Annotator annotator(IngestTarget t) {
        if (annotate.equals("none")) return a -> Annotations.NONE;
        if (annotate.equals("mentions")) return new GazetteerAnnotator(Gazetteer.of(t.reference()));
        if (annotate.equals("extract")) return new Extractor(t.reference(), opts.ids());
        throw new InputException("--annotate", "unknown annotator '" + annotate + "' (available: extract, mentions, none)");
    }

    private IngestTarget openTarget() throws java.io.IOException {
        if (target != null && target.service != null) {
            String password = passwordFile != null ? Secrets.passwordFile(passwordFile) : System.getenv(ServeCommand.PASSWORD_ENV);
            if (password == null || password.isEmpty())
                throw new InputException(target.service, "updating a running service needs its password (" + ServeCommand.PASSWORD_ENV
                    + " or --password-file)");
            return new ServiceTarget(target.service, ServerSettings.ADMIN_USER, password, opts.ids());
        }
        try {
            return new StoreTarget(opts.store, opts.ids());
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Stores.opening(opts.store, e);
        }
    }
}
