/** Batch extraction on Apache Spark: ingest's cleaning, extraction and republication links over a corpus, written as N-Quads. */
package org.peacetalks.spark;
