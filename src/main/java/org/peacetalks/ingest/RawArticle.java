package org.peacetalks.ingest;

import org.peacetalks.corpus.ArticleMetadata;

/**
 * An article as read from a file, before cleaning. {@code origin} names it in
 * messages ("feed.jsonl:12"); {@code html} tells whether {@code content} is markup.
 */
public record RawArticle(String origin, String stem, String content, boolean html, ArticleMetadata metadata) {}
