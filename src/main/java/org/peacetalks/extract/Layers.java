package org.peacetalks.extract;

import java.util.List;

import org.peacetalks.annotate.CandidateEntity;
import org.peacetalks.annotate.Claim;
import org.peacetalks.corpus.Article;
import org.peacetalks.extract.pipeline.Layer;

import edu.stanford.nlp.pipeline.CoreDocument;

/** The layers of an article's state that the extractor's stages provide and read, in the order they are made. */
final class Layers {
    private Layers() {}

    /** The input. */
    static final Layer<Article> ARTICLE = Layer.of("article");
    /** CoreNLP's tokens, sentences, entity mentions and dependency parse. */
    static final Layer<CoreDocument> PARSE = Layer.of("parse");
    /** The parse with its linked mentions (a place that acts relinked to its state). */
    static final Layer<ParsedArticle> MENTIONS = Layer.of("mentions");
    /** Who can be a source: names, titles, pronouns, anonymous groups, candidates. */
    static final Layer<Speakers> SOURCES = Layer.of("sources");
    /** Reported speech over the parse, by end of evidence. */
    static final Layer<List<Claim>> REPORTS = Layer.of("reports");
    /** The parse's reading of quotations' speakers, by the offset of the opening mark. */
    static final Layer<java.util.Map<Integer, QuoteGovernors.Reading>> QUOTE_GOVERNORS = Layer.of("quote-governors");
    /** Direct quotations with their speakers. */
    static final Layer<List<Claim>> QUOTES = Layer.of("quotes");
    /** Blame frames inside what was said. */
    static final Layer<List<Claim>> BLAME = Layer.of("blame");
    /** The claims of what was said, each clause claimed once (a quote or blame wins over the plain report). */
    static final Layer<List<Claim>> SAID = Layer.of("said");
    static final Layer<List<Claim>> FIGURES = Layer.of("figures");
    /** The claims with their positions framed. */
    static final Layer<List<Claim>> POSITIONS = Layer.of("positions");
    /** The claims with the negotiating rounds they are about. */
    static final Layer<List<Claim>> OCCASIONS = Layer.of("occasions");
    static final Layer<List<Claim>> ASSESSMENTS = Layer.of("assessments");
    /** The entities the article mentions and the candidate entities among them. */
    static final Layer<Entities> CANDIDATES = Layer.of("candidates");

    record Entities(List<String> iris, List<CandidateEntity> candidates) {}
}
