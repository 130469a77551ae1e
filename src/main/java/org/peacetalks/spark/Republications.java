package org.peacetalks.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.peacetalks.ingest.NearDuplicates;

import scala.Tuple2;

/**
 * Republications across the whole corpus with Spark MLlib's MinHash LSH over ingest's word
 * 5-shingles ({@link NearDuplicates#shingles}): candidate pairs from the LSH buckets, kept when
 * their Jaccard similarity is at least ingest's {@link NearDuplicates#THRESHOLD}. Each article
 * with an earlier near-duplicate (in input order) is linked to the earliest of them.
 * <p>
 * MLlib measures the exact Jaccard similarity of each candidate pair, where ingest estimates it
 * from 128 MinHashes; the two agree except within a few hundredths of the threshold.
 */
final class Republications {
    /** OR-amplification: a pair at similarity 0.8 is missed with probability 0.2^8 ≈ 3e-6. */
    static final int HASH_TABLES = 8;
    /** Shingle hashes folded into MLlib's index space (below its MinHash prime, 2,038,074,743). */
    static final int DIMENSION = 1 << 30;
    static final long SEED = 20221;

    private Republications() {}

    /** Article id → its earliest near-duplicate, for every article (one row per distinct id, at its first place) that has one. */
    static Map<String, Rows.Link> find(SparkSession spark, JavaRDD<Rows.Prepared> articles) {
        // one row per distinct text: the first place it appears at counts
        JavaRDD<Row> rows = articles
            .mapToPair(p -> new Tuple2<>(p.id(), p))
            .reduceByKey((a, b) -> a.place().compareTo(b.place()) <= 0 ? a : b)
            .values()
            .map(p -> {
                int[] idx = indices(p.shingles());
                return RowFactory.create(p.place().order(), p.id(), Vectors.sparse(DIMENSION, idx, ones(idx.length)));
            });
        StructType schema = new StructType()
            .add("order", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("features", SQLDataTypes.VectorType(), false);
        Dataset<Row> df = spark.createDataFrame(rows, schema).cache();
        try {
            MinHashLSHModel model = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(SEED)
                .setInputCol("features").setOutputCol("hashes").fit(df);
            // MLlib keeps pairs strictly below the distance given: a hair above 1 - threshold, then the exact test
            double maxDistance = 1 - NearDuplicates.THRESHOLD + 1e-9;
            Dataset<Row> pairs = model.approxSimilarityJoin(df, df, maxDistance, "distance")
                .select(col("datasetA.order").as("ao"), col("datasetA.id").as("aid"), col("datasetB.id").as("bid"),
                    col("datasetB.order").as("bo"), col("distance"))
                .filter(col("ao").lt(col("bo")).and(col("distance").leq(1 - NearDuplicates.THRESHOLD + 1e-12)));
            List<Row> earliest = pairs.groupBy("bid").agg(min(struct(col("ao"), col("aid"), col("distance"))).as("e"))
                .select(col("bid"), col("e.aid"), col("e.distance")).collectAsList();
            Map<String, Rows.Link> out = new HashMap<>();
            for (Row r : earliest) out.put(r.getString(0), new Rows.Link(r.getString(1), 1 - r.getDouble(2)));
            return out;
        } finally {
            df.unpersist();
        }
    }

    /** The sorted distinct vector indices of the shingle hashes. */
    static int[] indices(long[] shingles) {
        int[] idx = new int[shingles.length];
        for (int i = 0; i < shingles.length; i++) idx[i] = (int) Math.floorMod(shingles[i], (long) DIMENSION);
        return Arrays.stream(idx).sorted().distinct().toArray();
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1.0);
        return v;
    }
}
