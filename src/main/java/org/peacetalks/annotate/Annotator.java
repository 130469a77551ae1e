package org.peacetalks.annotate;

import org.peacetalks.corpus.Article;

/** Anything that annotates an article: the curated files or automatic extraction. */
@FunctionalInterface
public interface Annotator {
    Annotations annotate(Article article);
}
