/**
 * Ingest of new articles: reading files (text, HTML, JSON Lines), cleaning, near-duplicate
 * detection, annotation, validation, and one atomic update per article into a store or a
 * running service.
 */
package org.peacetalks.ingest;
