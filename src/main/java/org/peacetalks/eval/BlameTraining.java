package org.peacetalks.eval;

import org.peacetalks.extract.LinearModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.extract.BlameCandidates;
import org.peacetalks.extract.Extractor;
import org.peacetalks.extract.QuoteSpeakers;
import org.peacetalks.vocab.PT;

/**
 * Training the learned blame decision on a gold corpus. Every sentence the
 * extractor takes to be about a failure gives its candidate blamed parties; a
 * candidate is positive when a gold blame attribution whose sentence overlaps
 * the sentence names it as blamed (whoever makes it, in any stance: source and
 * stance are resolved as for every claim). The regularisation and the threshold
 * are chosen by cross-validation by article. Deterministic: same corpus, same model.
 */
public final class BlameTraining {
    record Labelled(String article, BlameCandidates.Scored candidate, boolean positive) {}

    /** Held-out decisions over candidates, and the gold (blamed, sentence) pairs no candidate stands for. */
    public record Decisions(int tp, int fp, int fn, int unreachable) {
        double f1() { return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn + unreachable); }

        @Override
        public String toString() {
            int gold = tp + fn + unreachable;
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d, of which %d have no candidate)",
                tp + fp == 0 ? 0.0 : (double) tp / (tp + fp), gold == 0 ? 0.0 : (double) tp / gold, f1(), tp, fp, fn + unreachable, unreachable);
        }
    }

    public record Result(LinearModel model, int sentences, int candidates, double c, Decisions rules, Decisions learned) {}

    private static final double[] CS = {0.3, 1.0, 3.0};

    private final EntityNames names;

    public BlameTraining(EntityNames names) {
        this.names = names;
    }

    /** F1 differences below this are noise on the dev corpus's few hundred pairs. */
    static final double TIE = 0.005;

    public Result train(List<Gold> gold, Graph reference, PT.Ids ids, int folds) {
        int[] sentences = new int[1], unreachable = new int[1];
        List<Labelled> data = collect(gold, reference, ids, sentences, unreachable);
        List<String> articles = new ArrayList<>(new TreeSet<>(data.stream().map(Labelled::article).toList()));
        Collections.shuffle(articles, new Random(42));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) foldOf.put(articles.get(i), i % folds);

        Decisions rules = decisions(data, d -> d.candidate().features().containsKey("rule-any") ? 1.0 : 0.0, 0.5, unreachable[0]);
        // every (C, threshold) by its cross-validated decisions; then the best F1, and
        // of the settings within TIE of it the highest threshold: where F1 is flat,
        // precision is what carries to articles unlike the dev corpus's
        List<Object[]> tried = new ArrayList<>();
        for (double c : CS) {
            double[] held = new double[data.size()];
            for (int k = 0; k < folds; k++) {
                int fold = k;
                LinearModel m = fit(data.stream().filter(d -> foldOf.get(d.article()) != fold).toList(), c);
                for (int i = 0; i < data.size(); i++)
                    if (foldOf.get(data.get(i).article()) == fold) held[i] = m.probability(data.get(i).candidate().features());
            }
            for (int t = 10; t <= 70; t += 5) {
                double threshold = t / 100.0;
                int[] at = {0};
                Decisions d = decisions(data, x -> held[at[0]++], threshold, unreachable[0]);
                if (Boolean.getBoolean("blame.curve")) System.err.printf("C=%s t=%.2f %s%n", c, threshold, d);
                tried.add(new Object[] {c, threshold, d});
            }
        }
        double top = tried.stream().mapToDouble(o -> ((Decisions) o[2]).f1()).max().orElse(0);
        Object[] pick = tried.stream().filter(o -> ((Decisions) o[2]).f1() >= top - TIE)
            .max(java.util.Comparator.comparingDouble((Object[] o) -> (double) o[1]).thenComparingDouble(o -> ((Decisions) o[2]).f1()))
            .orElseThrow();
        double bestC = (double) pick[0], bestT = (double) pick[1];
        Decisions best = (Decisions) pick[2];
        int cands = data.size();
        return new Result(fit(data, bestC).withThreshold(bestT), sentences[0], cands, bestC, rules, best);
    }

    private static Decisions decisions(List<Labelled> data, java.util.function.ToDoubleFunction<Labelled> p, double threshold, int unreachable) {
        int tp = 0, fp = 0, fn = 0;
        for (Labelled d : data) {
            boolean yes = p.applyAsDouble(d) >= threshold;
            if (yes && d.positive()) tp++;
            else if (yes) fp++;
            else if (d.positive()) fn++;
        }
        return new Decisions(tp, fp, fn, unreachable);
    }

    private List<Labelled> collect(List<Gold> gold, Graph reference, PT.Ids ids, int[] sentences, int[] unreachable) {
        List<BlameCandidates.Instance> sink = Collections.synchronizedList(new ArrayList<>());
        Extractor extractor = new Extractor(reference, ids, QuoteSpeakers.shippedModel(), null, null, sink::add);
        List<Labelled> out = new ArrayList<>();
        for (Gold g : gold) {
            sink.clear();
            Annotations a = extractor.annotate(g.article());
            names.addCandidates(a.candidates());
            String text = g.article().text();
            // each gold (blamed, sentence) once; reached when a candidate of an overlapping sentence names it
            Set<String> goldPairs = new LinkedHashSet<>(), reached = new LinkedHashSet<>();
            for (Gold.Blame b : g.blame()) goldPairs.add(EntityNames.norm(b.blamed()) + "|" + b.sentence());
            for (BlameCandidates.Instance in : List.copyOf(sink)) {
                sentences[0]++;
                for (BlameCandidates.Scored c : in.candidates()) {
                    boolean pos = false;
                    for (Gold.Blame b : g.blame()) {
                        if (!names.matches(b.blamed(), c.iri()) || !overlaps(text, b.sentence(), in.from(), in.to())) continue;
                        pos = true;
                        reached.add(EntityNames.norm(b.blamed()) + "|" + b.sentence());
                    }
                    out.add(new Labelled(g.name(), c, pos));
                }
            }
            goldPairs.removeAll(reached);
            unreachable[0] += goldPairs.size();
            if (Boolean.getBoolean("blame.unreachable")) for (String u : goldPairs) {
                String sent = u.substring(u.indexOf('|') + 1);
                String in = "no-sentence";
                for (BlameCandidates.Instance x : sink) if (overlaps(text, sent, x.from(), x.to())) in = "cands=" + x.candidates().stream().map(c -> c.iri().substring(c.iri().lastIndexOf('/') + 1)).toList();
                System.err.println("UNREACHED " + in + " " + g.name() + " | " + u);
            }
        }
        return out;
    }

    private static boolean overlaps(String text, String sentence, int from, int to) {
        for (int at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1))
            if (at < to && from < at + sentence.length()) return true;
        return false;
    }

    private static LinearModel fit(List<Labelled> data, double c) {
        return LogisticFit.fit(data.stream().map(d -> d.candidate().features()).toList(), data.stream().map(Labelled::positive).toList(), c);
    }
}
