/** Synthetic corpora for measuring the store: the seed articles' graphs multiplied with news-like entity skew. */
package org.peacetalks.synth;
