package org.peacetalks.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.peacetalks.extract.LinearModel;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/** L2-regularised logistic regression (liblinear) over named features, reproducible: the same rows give the same model. */
final class LogisticFit {
    private LogisticFit() {}

    /** A model of {@code rows} with their labels, cost {@code c}; weights rounded to 1e-6, threshold 0.5. */
    static LinearModel fit(List<Map<String, Double>> rows, List<Boolean> positive, double c) {
        // features numbered in the order they first appear (sorted within a row): a fixed order for a fixed input
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Map<String, Double> f : rows) for (String k : new TreeSet<>(f.keySet())) index.computeIfAbsent(k, x -> index.size() + 1);
        List<Feature[]> xs = new ArrayList<>();
        for (Map<String, Double> f : rows) {
            List<Feature> row = new ArrayList<>();
            new TreeSet<>(f.keySet()).forEach(k -> row.add(new FeatureNode(index.get(k), f.get(k))));
            row.sort(java.util.Comparator.comparingInt(Feature::getIndex));
            row.add(new FeatureNode(index.size() + 1, 1.0));   // liblinear's bias term is a feature of every row
            xs.add(row.toArray(new Feature[0]));
        }
        Problem p = new Problem();
        p.l = xs.size();
        p.n = index.size() + 1;
        p.x = xs.toArray(new Feature[0][]);
        p.y = positive.stream().mapToDouble(b -> b ? 1.0 : 0.0).toArray();
        p.bias = 1;
        Linear.disableDebugOutput();
        Linear.resetRandom();
        de.bwaldvogel.liblinear.Model lm = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.001));
        double[] w = lm.getFeatureWeights();
        double sign = lm.getLabels()[0] == 1 ? 1 : -1;   // liblinear's weights are for its first label
        Map<String, Double> weights = new LinkedHashMap<>();
        for (var e : index.entrySet()) weights.put(e.getKey(), round(sign * w[e.getValue() - 1]));
        return new LinearModel(weights, round(sign * w[index.size()]), 0.5);
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
