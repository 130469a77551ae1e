/**
 * The annotation model every source of annotations produces (curated files and
 * automatic extraction alike): claims, their attribution and evidence spans,
 * and the propositions they assert. {@link org.peacetalks.rdf.AnnotationEmitter}
 * turns it into RDF; nothing else does.
 */
package org.peacetalks.annotate;
