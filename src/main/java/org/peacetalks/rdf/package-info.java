/** Turns articles and their annotations into RDF quads: the one place the data's RDF shape is decided. */
package org.peacetalks.rdf;
