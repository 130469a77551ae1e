package org.peacetalks.corpus;

import java.util.List;

import org.peacetalks.annotate.DateValue;
import org.peacetalks.annotate.Span;

/**
 * What is known about an article beyond its text. Every field may be null:
 * unknown stays unknown. {@code republicationOf} is the article id of the original.
 */
public record ArticleMetadata(String title, String url, String publisher, List<String> authors, DateValue datePublished,
                              String language, String republicationOf, List<Span> boilerplate) {
    public static final ArticleMetadata UNKNOWN = new ArticleMetadata(null, null, null, List.of(), null, null, null, List.of());

    public ArticleMetadata {
        authors = List.copyOf(authors);
        boilerplate = List.copyOf(boilerplate);
    }

    public ArticleMetadata withRepublicationOf(String stem) {
        return new ArticleMetadata(title, url, publisher, authors, datePublished, language, stem, boilerplate);
    }

    public ArticleMetadata withBoilerplate(List<Span> spans) {
        return new ArticleMetadata(title, url, publisher, authors, datePublished, language, republicationOf, spans);
    }
}
