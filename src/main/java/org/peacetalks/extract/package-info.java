/**
 * Automatic annotation of new articles: the {@link org.peacetalks.extract.Extractor}'s
 * stages (declared in {@code Extractor}, their layers in {@code Layers}, run by
 * {@link org.peacetalks.extract.pipeline.Pipeline}) parse an article, link its
 * mentions through a gazetteer generated from the reference graph, resolve the
 * sources, and read reported speech, quotations, blame, figures, positions,
 * occasions and assessments into one claim list. The shapes they fire are declared
 * in the rule files beside this package ({@link org.peacetalks.extract.rules}).
 */
package org.peacetalks.extract;
