package org.peacetalks.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.peacetalks.corpus.CuratedCorpus;
import org.peacetalks.eval.EntityNames;
import org.peacetalks.eval.EvalCorpora;
import org.peacetalks.eval.SpeakerTraining;
import org.peacetalks.extract.QuoteSpeakers;
import org.peacetalks.rdf.RdfFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code train-speakers}: builds the quotation speaker ranker from the dev split
 * of the evaluation corpus, reproducibly (same corpus, same file).
 * <pre>
 *   train-speakers            # writes src/main/resources/org/peacetalks/extract/quote-speakers.model
 * </pre>
 */
@Command(name = "train-speakers", mixinStandardHelpOptions = true,
    description = "Train the quotation speaker ranker on an evaluation corpus (dev) and write the model file.")
public final class TrainSpeakersCommand implements Callable<Integer> {
    @Mixin
    StoreOptions opts;

    @Option(names = "--corpus", defaultValue = "dev", description = "Corpus to train on: dev (never test). Default: ${DEFAULT-VALUE}")
    EvalCorpora.Corpus corpus;

    @Option(names = "--out", defaultValue = "src/main/resources/org/peacetalks/extract/" + QuoteSpeakers.MODEL,
        description = "Model file to write. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (by article) for the printed figures. Default: ${DEFAULT-VALUE}")
    int folds;

    @Override
    public Integer call() throws IOException {
        if (corpus == EvalCorpora.Corpus.test) {
            System.err.println("train-speakers: the test split is for reporting only; train on dev");
            return 2;
        }
        Graph reference = GraphFactory.createDefaultGraph();
        CuratedCorpus curated = new CuratedCorpus(opts.data, opts.ids());
        for (Path f : RdfFiles.turtleFiles(curated.referenceDir())) RdfFiles.parseInto(f, curated.rel(f), reference);
        EntityNames names = EvalCorpora.names(reference, opts.data, opts.ids());
        SpeakerTraining.Result r = new SpeakerTraining(names).train(EvalCorpora.gold(corpus, opts.data, opts.ids(), names), reference, opts.ids(), folds);
        System.out.printf("%d quotations, %d candidates; %d-fold cross-validation by article:%n", r.instances(), r.candidates(), folds);
        System.out.println("  rules alone: " + r.rules());
        System.out.println("  ranker:      " + r.ranked());
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.writeString(out, r.model().write("quotation speaker ranker: logistic regression (liblinear), built by train-speakers"), StandardCharsets.UTF_8);
        System.out.println("Model written to " + out);
        return 0;
    }
}
