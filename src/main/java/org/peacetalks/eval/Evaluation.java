package org.peacetalks.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.corpus.CuratedCorpus;

/**
 * Precision, recall and F1 of an annotator against curated annotations, per layer:
 * linked mentions (article-level entity sets, as the curated files list them),
 * quotes with speaker (same speaker, overlapping quoted words), attributed claims
 * (same source, overlapping evidence), positions (same holder and stance), figures
 * (a shared number), and blame (same blamed, outcome and source, overlapping
 * evidence). Unnamed source groups are the article's own, so any unnamed source
 * matches any other; matching is one to one. Republications are skipped:
 * they repeat their original's annotations.
 */
public final class Evaluation {
    /** Counts of one layer. */
    public record Score(String layer, int tp, int fp, int fn) {
        public double precision() { return tp + fp == 0 ? 0 : tp / (double) (tp + fp); }
        public double recall() { return tp + fn == 0 ? 0 : tp / (double) (tp + fn); }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }

        @Override
        public String toString() {
            return String.format("%-22s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)", layer, precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /** The F1 targets on the seeds, per layer; layers without one are reported only. */
    public static final Map<String, Double> TARGETS = Map.of("linked mentions", 0.9, "quotes with speaker", 0.9,
        "attributed claims", 0.7, "positions", 0.7, "figures", 0.7, "blame", 0.7);

    private Evaluation() {}

    public static List<Score> run(List<CuratedCorpus.Entry> gold, Annotator annotator) {
        int[] mentions = new int[3], references = new int[3];
        Map<String, int[]> layers = new LinkedHashMap<>();
        layers.put("quotes with speaker", new int[3]);
        layers.put("attributed claims", new int[3]);
        layers.put("positions", new int[3]);
        layers.put("figures", new int[3]);
        layers.put("blame", new int[3]);
        for (CuratedCorpus.Entry e : gold) {
            if (e.article().metadata().republicationOf() != null) continue;
            Annotations found = annotator.annotate(e.article());
            // candidates are new entities, which the curated lists (reference entities only) cannot hold
            Set<String> g = new HashSet<>(e.annotations().mentions()), f = new HashSet<>();
            for (String m : found.mentions()) if (!m.contains("/id/candidate/")) f.add(m);
            tally(mentions, g, f, Evaluation::named);
            tally(references, g, f, x -> !named(x));
            count(layers.get("quotes with speaker"), e.annotations().claims(), found.claims(),
                c -> c.directQuote() && c.sourceKind() != SourceKind.OWN_VOICE, Evaluation::sameQuote);
            count(layers.get("attributed claims"), e.annotations().claims(), found.claims(),
                c -> c.sourceKind() != SourceKind.OWN_VOICE, Evaluation::sameAttribution);
            count(layers.get("positions"), e.annotations().claims(), found.claims(),
                c -> c.proposition() instanceof Proposition.Position, Evaluation::samePosition);
            count(layers.get("figures"), e.annotations().claims(), found.claims(),
                c -> !numbers(c).isEmpty(), Evaluation::sameFigure);
            count(layers.get("blame"), e.annotations().claims(), found.claims(),
                c -> c.proposition() instanceof Proposition.Blame, Evaluation::sameBlame);
        }
        List<Score> out = new ArrayList<>();
        out.add(new Score("linked mentions", mentions[0], mentions[1], mentions[2]));
        out.add(new Score("event/doc references", references[0], references[1], references[2]));
        layers.forEach((k, v) -> out.add(new Score(k, v[0], v[1], v[2])));
        return out;
    }

    /**
     * Named entities (people, states, organisations, places), which text names by
     * their labels; events and documents are mostly referred to by description
     * ("a 2007 speech in Munich") and are scored as a layer of their own.
     */
    static boolean named(String iri) {
        return iri.matches(".*/id/(person|state|org|territory)/.*");
    }

    private static void tally(int[] t, Set<String> gold, Set<String> found, Predicate<String> in) {
        for (String x : found) if (in.test(x)) { if (gold.contains(x)) t[0]++; else t[1]++; }
        for (String x : gold) if (in.test(x) && !found.contains(x)) t[2]++;
    }

    /** One-to-one matching, greedy in text order: a found claim matches at most one curated claim and the reverse. */
    private static void count(int[] tally, List<Claim> gold, List<Claim> found, Predicate<Claim> layer, BiPredicate<Claim, Claim> same) {
        List<Claim> g = new ArrayList<>(gold.stream().filter(layer).toList()), f = found.stream().filter(layer).toList();
        int matched = 0;
        for (Claim x : f) {
            Claim hit = null;
            for (Claim y : g) if (same.test(y, x)) { hit = y; break; }
            if (hit != null) { g.remove(hit); matched++; }
        }
        tally[0] += matched;
        tally[1] += f.size() - matched;
        tally[2] += g.size();
    }

    /** Same source: the same entity, or both unnamed source groups (groups are the article's own, not comparable by IRI). */
    static boolean sameSource(Claim gold, Claim found) {
        if (gold.source().equals(found.source())) return true;
        return gold.sourceKind() == SourceKind.ANONYMOUS && found.sourceKind() == SourceKind.ANONYMOUS;
    }

    static boolean sameAttribution(Claim gold, Claim found) {
        return sameSource(gold, found) && gold.evidence().overlaps(found.evidence());
    }

    static boolean samePosition(Claim gold, Claim found) {
        Proposition.Position g = (Proposition.Position) gold.proposition(), f = (Proposition.Position) found.proposition();
        return g.holder().equals(f.holder()) && g.stance() == f.stance() && gold.evidence().overlaps(found.evidence());
    }

    static boolean sameFigure(Claim gold, Claim found) {
        Set<java.math.BigDecimal> g = numbers(gold);
        for (java.math.BigDecimal n : numbers(found)) if (g.contains(n)) return gold.evidence().overlaps(found.evidence());
        return false;
    }

    /** The numbers a claim states: a figure's, a position's quantity, a territorial-control share or area. */
    static Set<java.math.BigDecimal> numbers(Claim c) {
        Set<java.math.BigDecimal> out = new HashSet<>();
        org.peacetalks.annotate.Quantity q = null;
        if (c.proposition() instanceof Proposition.Figure f) q = f.quantity();
        if (c.proposition() instanceof Proposition.Position p) q = p.quantity();
        if (c.proposition() instanceof Proposition.Control k) {
            q = k.shareRange();
            if (k.sharePercent() != null) out.add(k.sharePercent().stripTrailingZeros());
            if (k.areaKm2() != null) out.add(k.areaKm2().stripTrailingZeros());
        }
        if (q != null) for (java.math.BigDecimal n : new java.math.BigDecimal[] {q.value(), q.min(), q.max()}) if (n != null) out.add(n.stripTrailingZeros());
        return out;
    }

    static boolean sameQuote(Claim gold, Claim found) {
        if (!sameSource(gold, found)) return false;
        for (String g : gold.quotations()) for (String f : found.quotations()) {
            String gs = g.replaceAll("[,.]$", ""), fs = f.replaceAll("[,.]$", "");
            if (gs.contains(fs) || fs.contains(gs)) return true;
        }
        return false;
    }

    static boolean sameBlame(Claim g, Claim f) {
        Proposition.Blame gb = (Proposition.Blame) g.proposition(), fb = (Proposition.Blame) f.proposition();
        return gb.outcome().equals(fb.outcome()) && gb.blamed().equals(fb.blamed()) && g.source().equals(f.source())
            && g.evidence().overlaps(f.evidence());
    }
}
