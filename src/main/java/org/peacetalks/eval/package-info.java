/** Scoring automatic extraction against the curated annotations, layer by layer. */
package org.peacetalks.eval;
