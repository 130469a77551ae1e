/** Extraction scored against gold: the curated seeds and the blind evaluation corpus (dev and test splits). */
package org.peacetalks.eval;
