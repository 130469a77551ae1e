package org.peacetalks.eval;

import org.peacetalks.extract.LinearModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.extract.Extractor;
import org.peacetalks.extract.QuoteSpeakers;
import org.peacetalks.vocab.PT;

/**
 * Training the quotation speaker ranker on a gold corpus. Every quotation the
 * extractor finds gives its candidates; a candidate is positive when a gold
 * quote overlapping the quotation names it as speaker. A quotation with no gold
 * quote has only negatives, which teaches the model to leave scare quotes and
 * unattributable words alone. Deterministic: same corpus, same model.
 */
public final class SpeakerTraining {
    /** A quotation with its candidates and, when the gold has one, its speaker's name. */
    record Labelled(String article, QuoteSpeakers.Instance instance, String goldSpeaker) {}

    /** Decisions on held-out quotations: speaker right, wrong, or given where the gold has none. */
    public record Decisions(int goldQuotes, int right, int wrong, int missed, int spurious) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d quotations with a gold speaker: %d right, %d wrong, %d left without; %d given a speaker the gold lacks",
                goldQuotes, right, wrong, missed, spurious);
        }
    }

    /** The trained model and its cross-validated decisions against the rules alone. */
    public record Result(LinearModel model, int instances, int candidates, Decisions rules, Decisions ranked) {}

    private static final double C = 1.0;

    private final EntityNames names;

    public SpeakerTraining(EntityNames names) {
        this.names = names;
    }

    /** Trains on {@code gold}, reporting {@code folds}-fold cross-validated decisions (folds by article). */
    public Result train(List<Gold> gold, Graph reference, PT.Ids ids, int folds) {
        List<Labelled> data = collect(gold, reference, ids);
        List<String> articles = new ArrayList<>(new TreeSet<>(data.stream().map(Labelled::article).toList()));
        Collections.shuffle(articles, new Random(42));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) foldOf.put(articles.get(i), i % folds);
        int[] rules = new int[5], ranked = new int[5];
        for (int k = 0; k < folds; k++) {
            int fold = k;
            LinearModel m = fit(data.stream().filter(d -> foldOf.get(d.article()) != fold).toList());
            for (Labelled d : data) {
                if (foldOf.get(d.article()) != fold) continue;
                tally(rules, d, ruleChoice(d.instance()));
                var best = QuoteSpeakers.decide(m, d.instance().candidates());
                tally(ranked, d, best == null || best.getKey().equals(QuoteSpeakers.UNNAMED) ? null : best.getKey());
            }
        }
        int cands = data.stream().mapToInt(d -> d.instance().candidates().size()).sum();
        return new Result(fit(data), data.size(), cands, decisions(rules), decisions(ranked));
    }

    /** The rules' own choice: the candidate the first firing shape proposed. */
    static String ruleChoice(QuoteSpeakers.Instance in) {
        if (in.words().replaceAll("[,.]$", "").strip().split("\\s+").length < 2) return null;  // the rules leave one-word quotations alone
        for (QuoteSpeakers.Candidate c : in.candidates())
            for (String f : c.features().keySet()) if (f.startsWith("rule:quote") || f.startsWith("rule:continued")) return c.iri();
        return null;
    }

    private void tally(int[] t, Labelled d, String chosen) {
        if (d.goldSpeaker() == null) {
            if (chosen != null) t[4]++;
            return;
        }
        t[0]++;
        if (chosen == null) t[3]++;
        else if (names.matches(d.goldSpeaker(), chosen)) t[1]++;
        else t[2]++;
    }

    private static Decisions decisions(int[] t) {
        return new Decisions(t[0], t[1], t[2], t[3], t[4]);
    }

    private List<Labelled> collect(List<Gold> gold, Graph reference, PT.Ids ids) {
        List<QuoteSpeakers.Instance> sink = Collections.synchronizedList(new ArrayList<>());
        Extractor extractor = new Extractor(reference, ids, null, sink::add);
        List<Labelled> out = new ArrayList<>();
        for (Gold g : gold) {
            sink.clear();
            Annotations a = extractor.annotate(g.article());
            names.addCandidates(a.candidates());
            String text = g.article().text();
            for (QuoteSpeakers.Instance in : List.copyOf(sink)) {
                String speaker = null;
                for (Gold.Quote q : g.quotes())
                    for (int at = text.indexOf(q.text()); at >= 0 && speaker == null; at = text.indexOf(q.text(), at + 1))
                        if (at < in.to() && in.from() < at + q.text().length()) speaker = q.speaker();
                out.add(new Labelled(g.name(), in, speaker));
            }
        }
        return out;
    }

    /** Logistic regression over every candidate of the given quotations. */
    private LinearModel fit(List<Labelled> data) {
        List<Map<String, Double>> rows = new ArrayList<>();
        List<Boolean> positive = new ArrayList<>();
        for (Labelled d : data)
            for (QuoteSpeakers.Candidate c : d.instance().candidates()) {
                rows.add(c.features());
                positive.add(d.goldSpeaker() != null && names.matches(d.goldSpeaker(), c.iri()));
            }
        return LogisticFit.fit(rows, positive, C);
    }
}
