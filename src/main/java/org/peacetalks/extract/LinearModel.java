package org.peacetalks.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A trained logistic model over named features, the form of every learned
 * decision here (quotation speakers, blame). Its text form: a {@code #} header,
 * {@code threshold T}, {@code bias B}, then one {@code feature<TAB>weight} a line,
 * sorted, zero weights left out.
 */
public final class LinearModel {
    private final Map<String, Double> weights;
    private final double bias, threshold;

    public LinearModel(Map<String, Double> weights, double bias, double threshold) {
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
    }

    public double threshold() { return threshold; }

    public LinearModel withThreshold(double t) { return new LinearModel(weights, bias, t); }

    public double probability(Map<String, Double> features) {
        double z = bias;
        for (var e : features.entrySet()) z += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
        return 1 / (1 + Math.exp(-z));
    }

    public String write(String header) {
        StringBuilder sb = new StringBuilder("# ").append(header).append('\n');
        sb.append("threshold\t").append(threshold).append('\n').append("bias\t").append(bias).append('\n');
        weights.entrySet().stream().filter(e -> e.getValue() != 0).sorted(Map.Entry.comparingByKey())
            .forEach(e -> sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n'));
        return sb.toString();
    }

    /** Reads the text form; a bad line is named by {@code name} and its line number. */
    public static LinearModel read(String text, String name) {
        Map<String, Double> w = new LinkedHashMap<>();
        double bias = 0, threshold = 0.5;
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] kv = line.split("\t");
            if (kv.length != 2) throw new IllegalArgumentException(name + ":" + n + ": expected feature<TAB>weight, got: " + line);
            double v;
            try {
                v = Double.parseDouble(kv[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ":" + n + ": not a number: " + kv[1]);
            }
            switch (kv[0]) {
                case "bias" -> bias = v;
                case "threshold" -> threshold = v;
                default -> w.put(kv[0], v);
            }
        }
        return new LinearModel(w, bias, threshold);
    }

    /** The model shipped as resource {@code name} beside {@code owner}, or null when there is none. */
    static LinearModel resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            return in == null ? null : read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
