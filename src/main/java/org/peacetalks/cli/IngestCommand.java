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

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        List<Ingester.Outcome> results;
        try (IngestTarget t = openTarget()) {
            results = new Ingester(opts.ids(), Cleaner.standard(), annotator(t), t, threads, articleTimeout()).ingest(files, System.err);
        }
        int failed = 0;
        for (Ingester.Outcome o : results) {
            if (o.ok()) {
                System.out.printf("%s: %s article %s, %d claims%s%s%n", o.origin(), o.replaced() ? "replaced" : "added", o.articleId(),
                    o.claims(), o.breakdown().isEmpty() ? "" : " (" + o.breakdown() + ")",
                    o.republicationOf() == null ? "" : ", republication of " + o.republicationOf());
                for (String w : o.warnings()) System.out.println("  note: " + w);
            } else {
                failed++;
                System.err.println("error: " + o.error().getMessage());
            }
        }
        System.out.printf("%d ingested, %d failed%n", results.size() - failed, failed);
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
