/**
 * Extraction as declared stages over one per-article state, after CoreNLP's
 * annotator contract: each {@link org.peacetalks.extract.pipeline.Stage} has an
 * id and declares the {@link org.peacetalks.extract.pipeline.Layer}s it requires
 * and provides; a {@link org.peacetalks.extract.pipeline.Pipeline} refuses to be
 * assembled when a stage requires a layer no earlier stage provides, runs the
 * stages in order on an {@link org.peacetalks.extract.pipeline.ArticleState}, and
 * times each. The state owns the article's claim list: stages add to it or
 * rewrite it, none hands it to the next.
 */
package org.peacetalks.extract.pipeline;
