/** Linked data: every entity, article and claim IRI dereferences, as RDF by content negotiation and as an HTML page. */
package org.peacetalks.web;
