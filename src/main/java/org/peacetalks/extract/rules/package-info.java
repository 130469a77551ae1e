/**
 * The extraction rules as data: the catalogue of declared sentence shapes (each
 * with its id, confidence and comment, read from the {@code [rules]} sections of
 * the rule files beside the extractor) and the scopes through which extraction
 * stages name the rules they may fire.
 */
package org.peacetalks.extract.rules;
