package org.peacetalks.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.peacetalks.corpus.Article;

/**
 * The gold annotation of one evaluation article, in the terms of the corpus
 * guidelines: entities by canonical name, sources as a name, {@code article}
 * (the outlet's own voice) or {@code anonymous sources}, evidence as exact
 * text. {@code article} is the text as ingest would clean it; every gold
 * string is looked up in it.
 */
public record Gold(String name, String author, String style, Article article, List<Actor> actors, List<String> territories,
                   List<String> documents, List<Quote> quotes, List<Blame> blame, List<Position> positions, List<Figure> figures) {

    /** Who speaks in the article's own voice. */
    public static final String ARTICLE = "article";
    /** Any unnamed source. */
    public static final String ANONYMOUS = "anonymous sources";

    public record Actor(String name, String type) {}
    public record Quote(String speaker, String text) {}
    public record Blame(String blamed, String attributedBy, String stance, String negotiation, String sentence) {}
    public record Position(String holder, String stance, String issue, String source, String sentence) {}
    public record Figure(Set<BigDecimal> numbers, String unit, String measures, String source, String sentence) {}

    public Gold {
        actors = List.copyOf(actors);
        territories = List.copyOf(territories);
        documents = List.copyOf(documents);
        quotes = List.copyOf(quotes);
        blame = List.copyOf(blame);
        positions = List.copyOf(positions);
        figures = List.copyOf(figures);
    }
}
