package org.peacetalks.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.synth.CorpusGenerator;
import org.peacetalks.util.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code generate}: a synthetic corpus of N articles as N-Quads, for load and query measurements. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write a synthetic corpus: the ontology and reference graphs and N articles' graphs in the shapes build and ingest write",
        "(copies of the seed articles' graphs with actors redrawn by Zipf frequency; see CorpusGenerator). Load it with 'load'.",
        "Example: generate --quads 1000000 --out run/corpus-1m.nq.gz"})
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions opts;

    @Option(names = "--articles", description = "Number of articles to generate.")
    Long articles;

    @Option(names = "--quads", description = "Generate articles until the corpus holds at least this many quads (ontology and reference included).")
    Long quads;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same corpus. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--zipf", defaultValue = "1.0", description = "Zipf exponent of actor frequencies. Default: ${DEFAULT-VALUE}")
    double zipf;

    @Option(names = "--out", required = true, description = "Output file: .nq, .nq.gz, .trig or .trig.gz")
    Path out;

    @Override
    public Integer call() throws IOException {
        if ((articles == null) == (quads == null)) throw new InputException("generate", "give exactly one of --articles N or --quads N");
        long limit = articles != null ? articles : quads;
        if (limit < 1) throw new InputException(articles != null ? "--articles" : "--quads", "must be at least 1, found " + limit);
        Lang lang = RDFLanguages.filenameToLang(out.toString());
        if (lang == null || !(lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG)))
            throw new InputException(out.toString(), "name the output .nq or .trig (optionally .gz)");
        CorpusGenerator gen = CorpusGenerator.of(new StoreBuilder(opts.data, opts.ontology, opts.ids()).prepare(), opts.ids(), seed, zipf);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        long t0 = System.nanoTime();
        long n, made = 0;
        try (OutputStream os = open(out)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, lang);
            w.start();
            n = gen.header(w);
            while (articles != null ? made < articles : n < quads) n += gen.article(made++, w);
            w.finish();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Generated %s: %d articles, %d quads (seed %d, Zipf %.2f) in %.1f s%n", out, made, n, seed, zipf, s);
        return 0;
    }

    private static OutputStream open(Path f) throws IOException {
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16);
        return f.toString().endsWith(".gz") ? new GZIPOutputStream(os, 1 << 16) : os;
    }
}
