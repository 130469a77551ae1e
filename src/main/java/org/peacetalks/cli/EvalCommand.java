package org.peacetalks.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.peacetalks.corpus.CuratedCorpus;
import org.peacetalks.eval.Evaluation;
import org.peacetalks.extract.Extractor;
import org.peacetalks.rdf.RdfFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code eval}: automatic extraction on the curated articles, scored against their annotations per layer. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Run automatic extraction on the curated articles of data/ and print precision, recall and F1 per layer.")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    StoreOptions opts;

    @Override
    public Integer call() {
        CuratedCorpus corpus = new CuratedCorpus(opts.data, opts.ids());
        Graph reference = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(corpus.referenceDir())) RdfFiles.parseInto(f, corpus.rel(f), reference);
        System.out.println("Extraction against the curated annotations of " + opts.data + " (republications skipped):");
        for (Evaluation.Score s : Evaluation.run(corpus.readAll(), new Extractor(reference, opts.ids()))) {
            Double target = Evaluation.TARGETS.get(s.layer());
            System.out.println("  " + s + (target == null ? "" : String.format("  target F1 %.1f %s", target, s.f1() >= target ? "met" : "NOT met")));
        }

        return 0;
    }
}
