package org.peacetalks.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Polarity;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.annotate.Span;

/**
 * Extraction scored against gold the way the corpus guidelines score it: per
 * layer precision, recall and F1 with one-to-one matching inside an article
 * (a maximum matching, so the order of claims does not change the score).
 * Actors, territories and documents match by name; quotes on overlapping
 * quoted words and the speaker (surname allowed); blame on (blamed,
 * attributed_by), one per distinct (blamed, attributed_by, stance), with stance
 * accuracy over the matched pairs and Johnson on his own; positions on holder,
 * stance and overlapping evidence; figures on a shared number and overlapping
 * evidence. Evidence an extractor returns must be the article's own text at
 * its offsets; violations are counted.
 */
public final class CorpusEvaluation {
    public static final List<String> LAYERS = List.of("actors", "territories", "documents", "quotes with speaker", "blame",
        "blame on Johnson", "positions", "figures");

    /** Counts of one layer. */
    public record Score(String layer, int tp, int fp, int fn) {
        public double precision() { return tp + fp == 0 ? 0 : tp / (double) (tp + fp); }
        public double recall() { return tp + fn == 0 ? 0 : tp / (double) (tp + fn); }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        Score plus(int[] t) { return new Score(layer, tp + t[0], fp + t[1], fn + t[2]); }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-20s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)", layer, precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /** One gold item not found, or one extracted item the gold does not have. */
    public record Detail(String article, String layer, boolean missed, String what, String evidence) {
        @Override
        public String toString() {
            return String.format("  %-8s %-20s %s%s", missed ? "MISSED" : "SPURIOUS", layer, what,
                evidence == null ? "" : "\n           | " + evidence.replace('\n', ' '));
        }
    }

    /** The whole evaluation of a corpus. */
    public record Report(String corpus, int articles, int words, List<Score> scores, int stanceMatched, int stanceAgreed,
                         int badEvidence, int goldNotInText, List<Detail> details) {
        public Score score(String layer) {
            return scores.stream().filter(s -> s.layer().equals(layer)).findFirst().orElseThrow();
        }

        public double stanceAccuracy() { return stanceMatched == 0 ? 0 : stanceAgreed / (double) stanceMatched; }
    }

    private final EntityNames names;

    public CorpusEvaluation(EntityNames names) {
        this.names = names;
    }

    public Report run(String corpus, List<Gold> gold, Annotator annotator, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Annotations>> found = new ArrayList<>();
            for (Gold g : gold) found.add(pool.submit(() -> annotator.annotate(g.article())));
            Map<String, Score> totals = new LinkedHashMap<>();
            for (String l : LAYERS) totals.put(l, new Score(l, 0, 0, 0));
            Article acc = new Article();
            int words = 0;
            for (int i = 0; i < gold.size(); i++) {
                Annotations a = found.get(i).get();
                names.addCandidates(a.candidates());
                words += gold.get(i).article().text().split("\\s+").length;
                score(gold.get(i), a, totals, acc);
            }
            return new Report(corpus, gold.size(), words, List.copyOf(totals.values()), acc.stanceMatched, acc.stanceAgreed,
                acc.badEvidence, acc.goldNotInText, acc.details);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Running counts over the articles. */
    private static final class Article {
        int stanceMatched, stanceAgreed, badEvidence, goldNotInText;
        final List<Detail> details = new ArrayList<>();
    }

    /** An extracted blame attribution, one per blamed party. */
    private record FoundBlame(String blamed, Claim claim, String stance) {}

    private void score(Gold g, Annotations found, Map<String, Score> totals, Article acc) {
        String text = g.article().text();
        String id = g.name();
        acc.badEvidence += badEvidence(text, found.claims());

        List<String> entities = found.mentions();
        layerPairs(acc, totals, id, "actors", g.actors(), entities.stream().filter(CorpusEvaluation::isActor).toList(),
            (x, iri) -> names.matches(x.name(), iri), Gold.Actor::name, names::display, null, null);
        layerPairs(acc, totals, id, "territories", g.territories(), found.territories(),
            names::matches, x -> x, names::display, null, null);
        layerPairs(acc, totals, id, "documents", g.documents(), entities.stream().filter(x -> x.contains("/id/document/")).toList(),
            names::matches, x -> x, names::display, null, null);

        // quotes: the gold quote's words located in the text; one extracted quote per sentence of a long quotation
        List<Claim> quotes = found.claims().stream().filter(c -> c.directQuote() && c.sourceKind() == SourceKind.NAMED).toList();
        List<List<Span>> goldQuoteSpans = new ArrayList<>();
        for (Gold.Quote q : g.quotes()) goldQuoteSpans.add(spans(text, q.text(), acc));
        layerPairs(acc, totals, id, "quotes with speaker", g.quotes(), quotes,
            (q, c) -> names.matches(q.speaker(), c.source()) && overlapsAny(goldQuoteSpans.get(g.quotes().indexOf(q)), quoteSpans(text, c)),
            Gold.Quote::speaker, c -> names.display(c.source()), Gold.Quote::text, c -> String.join(" / ", c.quotations()));

        // blame: distinct (blamed, attributed_by, stance) on both sides
        List<Gold.Blame> gb = distinctGold(g.blame());
        List<FoundBlame> fb = distinctFound(found.claims());
        for (Gold.Blame b : gb) spans(text, b.sentence(), acc);
        Map<String, List<String>> affiliations = new java.util.HashMap<>();
        for (var grp : found.sourceGroups()) affiliations.put(grp.iri(), grp.affiliations());
        BiPredicate<Gold.Blame, FoundBlame> sameBlame = (b, f) -> names.matches(b.blamed(), f.blamed()) && sameSource(b.attributedBy(), f.claim(), affiliations);
        int[] pairs = layerPairs(acc, totals, id, "blame", gb, fb, sameBlame, b -> b.blamed() + " by " + b.attributedBy() + " (" + b.stance() + ")",
            f -> names.display(f.blamed()) + " by " + sourceName(f.claim()) + " (" + f.stance() + ")", b -> b.sentence(),
            f -> f.claim().evidence().of(text));
        // the matching ignores stance; where one source both asserts and denies a blame, swap
        // partners so that stance agreement is judged between the items that correspond
        for (boolean swapped = true; swapped; ) {
            swapped = false;
            for (int i = 0; i < gb.size(); i++) for (int k = i + 1; k < gb.size(); k++) {
                if (pairs[i] < 0 || pairs[k] < 0) continue;
                FoundBlame fi = fb.get(pairs[i]), fk = fb.get(pairs[k]);
                if (!sameBlame.test(gb.get(i), fk) || !sameBlame.test(gb.get(k), fi)) continue;
                int now = (gb.get(i).stance().equals(fi.stance()) ? 1 : 0) + (gb.get(k).stance().equals(fk.stance()) ? 1 : 0);
                int then = (gb.get(i).stance().equals(fk.stance()) ? 1 : 0) + (gb.get(k).stance().equals(fi.stance()) ? 1 : 0);
                if (then > now) { int t = pairs[i]; pairs[i] = pairs[k]; pairs[k] = t; swapped = true; }
            }
        }
        for (int gi = 0; gi < gb.size(); gi++) {
            if (pairs[gi] < 0) continue;
            acc.stanceMatched++;
            if (gb.get(gi).stance().equals(fb.get(pairs[gi]).stance())) acc.stanceAgreed++;
            else acc.details.add(new Detail(id, "blame stance", true, gb.get(gi).blamed() + " by " + gb.get(gi).attributedBy() + " ("
                + gb.get(gi).stance() + ") found as " + fb.get(pairs[gi]).stance(), fb.get(pairs[gi]).claim().evidence().of(text)));
        }
        List<Gold.Blame> gj = gb.stream().filter(b -> EntityNames.norm(b.blamed()).endsWith("johnson")).toList();
        List<FoundBlame> fj = fb.stream().filter(f -> f.blamed().endsWith("/person/boris-johnson")).toList();
        layerPairs(null, totals, id, "blame on Johnson", gj, fj, sameBlame, null, null, null, null);

        List<Claim> positions = found.claims().stream().filter(c -> c.proposition() instanceof Proposition.Position).toList();
        layerPairs(acc, totals, id, "positions", g.positions(), positions, (p, c) -> {
            Proposition.Position fp = (Proposition.Position) c.proposition();
            return fp.stance().name().toLowerCase(Locale.ROOT).equals(p.stance()) && holderMatches(p.holder(), fp.holder(), affiliations)
                && overlapsAny(spans(text, p.sentence(), null), List.of(c.evidence()));
        }, p -> p.holder() + " " + p.stance() + " on " + p.issue(), c -> {
            Proposition.Position fp = (Proposition.Position) c.proposition();
            return names.display(fp.holder()) + " " + fp.stance().name().toLowerCase(Locale.ROOT);
        }, Gold.Position::sentence, c -> c.evidence().of(text));
        for (Gold.Position p : g.positions()) spans(text, p.sentence(), acc);

        List<Claim> figures = found.claims().stream().filter(c -> !Evaluation.numbers(c).isEmpty()).toList();
        layerPairs(acc, totals, id, "figures", g.figures(), figures, (f, c) -> {
            for (BigDecimal n : Evaluation.numbers(c)) if (f.numbers().contains(n))
                return overlapsAny(spans(text, f.sentence(), null), List.of(c.evidence()));
            return false;
        }, f -> f.numbers() + " " + f.measures(), c -> Evaluation.numbers(c).toString(), Gold.Figure::sentence, c -> c.evidence().of(text));
        for (Gold.Figure f : g.figures()) spans(text, f.sentence(), acc);
    }

    /** Matches {@code gold} to {@code found} one to one; returns for each gold item the index of its match, or -1. */
    private <G, F> int[] layerPairs(Article acc, Map<String, Score> totals, String id, String layer, List<G> gold, List<F> found,
                                    BiPredicate<G, F> same, Function<G, String> showGold, Function<F, String> showFound,
                                    Function<G, String> goldEvidence, Function<F, String> evidenceOf) {
        boolean[][] edge = new boolean[gold.size()][found.size()];
        for (int i = 0; i < gold.size(); i++) for (int j = 0; j < found.size(); j++) edge[i][j] = same.test(gold.get(i), found.get(j));
        int[] matchOfFound = Matching.maximum(edge, found.size());
        int[] matchOfGold = new int[gold.size()];
        java.util.Arrays.fill(matchOfGold, -1);
        for (int j = 0; j < found.size(); j++) if (matchOfFound[j] >= 0) matchOfGold[matchOfFound[j]] = j;
        int tp = 0, fp = 0, fn = 0;
        for (int j = 0; j < found.size(); j++) {
            if (matchOfFound[j] >= 0) { tp++; continue; }
            boolean forgiven = false;
            // a quotation over several sentences may be matched by one extracted quote per sentence
            if (layer.equals("quotes with speaker")) for (int i = 0; i < gold.size(); i++) if (matchOfGold[i] >= 0 && edge[i][j]) forgiven = true;
            if (forgiven) continue;
            fp++;
            if (acc != null)
                acc.details.add(new Detail(id, layer, false, showFound.apply(found.get(j)), evidenceOf == null ? null : evidenceOf.apply(found.get(j))));
        }
        for (int i = 0; i < gold.size(); i++) {
            if (matchOfGold[i] >= 0) continue;
            fn++;
            if (acc != null)
                acc.details.add(new Detail(id, layer, true, showGold.apply(gold.get(i)), goldEvidence == null ? null : goldEvidence.apply(gold.get(i))));
        }
        totals.put(layer, totals.get(layer).plus(new int[] {tp, fp, fn}));
        return matchOfGold;
    }

    private boolean holderMatches(String gold, String holder, Map<String, List<String>> affiliations) {
        if (holder == null) return false;
        if (EntityNames.norm(gold).equals(Gold.ANONYMOUS)) return holder.contains("/id/source/");
        List<String> aff = affiliations.getOrDefault(holder, List.of());
        if (aff.size() == 1 && names.matches(gold, aff.get(0))) return true;
        return names.matches(gold, holder);
    }

    /**
     * Unnamed sources of one state or organisation ("Ukrainian officials said") match
     * the gold's "anonymous sources" or, as the guidelines let a state stand for
     * its unnamed officials, that state.
     */
    boolean sameSource(String gold, Claim c, Map<String, List<String>> affiliations) {
        String g = EntityNames.norm(gold);
        if (g.equals(Gold.ARTICLE)) return c.sourceKind() == SourceKind.OWN_VOICE;
        if (g.equals(Gold.ANONYMOUS)) return c.sourceKind() == SourceKind.ANONYMOUS;
        if (c.sourceKind() == SourceKind.ANONYMOUS) {
            List<String> aff = affiliations.getOrDefault(c.source(), List.of());
            return aff.size() == 1 && names.matches(gold, aff.get(0));
        }
        return c.sourceKind() == SourceKind.NAMED && names.matches(gold, c.source());
    }

    private String sourceName(Claim c) {
        return switch (c.sourceKind()) {
            case OWN_VOICE -> Gold.ARTICLE;
            case ANONYMOUS -> Gold.ANONYMOUS;
            case NAMED -> names.display(c.source());
        };
    }

    private static boolean isActor(String iri) {
        return iri.matches(".*/id/(person|state|org|candidate)/.*");
    }

    private static List<Gold.Blame> distinctGold(List<Gold.Blame> blame) {
        Map<String, Gold.Blame> out = new LinkedHashMap<>();
        for (Gold.Blame b : blame) out.putIfAbsent(EntityNames.norm(b.blamed()) + "|" + EntityNames.norm(b.attributedBy()) + "|" + b.stance(), b);
        return List.copyOf(out.values());
    }

    private static List<FoundBlame> distinctFound(List<Claim> claims) {
        Map<String, FoundBlame> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (!(c.proposition() instanceof Proposition.Blame b)) continue;
            String stance = stanceOf(c);
            String source = c.sourceKind() == SourceKind.ANONYMOUS ? "anonymous" : c.source();
            for (String who : b.blamed()) out.putIfAbsent(who + "|" + source + "|" + stance, new FoundBlame(who, c, stance));
        }
        return List.copyOf(out.values());
    }

    /** The guidelines' stance of an extracted blame claim: denied, relayed without endorsement, or asserted. */
    static String stanceOf(Claim c) {
        return switch (c.polarity()) {
            case DENIED -> "denies";
            case REPORTED -> "reports";
            case AFFIRMED -> "asserts";
        };
    }

    /** Every occurrence of {@code s} in {@code text} as a code-point span; a gold string not in the text is counted. */
    static List<Span> spans(String text, String s, Article acc) {
        List<Span> out = new ArrayList<>();
        String t = s.strip();
        if (t.endsWith(",")) t = t.substring(0, t.length() - 1);
        if (t.isEmpty()) return out;
        for (int i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) out.add(Span.ofChars(text, i, i + t.length()));
        if (out.isEmpty() && acc != null) acc.goldNotInText++;
        return out;
    }

    /** The spans of an extracted quote's quoted words, inside its evidence; the evidence when they are not found there. */
    private static List<Span> quoteSpans(String text, Claim c) {
        List<Span> out = new ArrayList<>();
        String ev = c.evidence().of(text);
        int base = text.offsetByCodePoints(0, c.evidence().start());
        for (String q : c.quotations()) {
            int i = ev.indexOf(q.strip());
            if (i >= 0) out.add(Span.ofChars(text, base + i, base + i + q.strip().length()));
        }
        if (out.isEmpty()) out.add(c.evidence());
        return out;
    }

    private static boolean overlapsAny(List<Span> a, List<Span> b) {
        for (Span x : a) for (Span y : b) if (x.overlaps(y)) return true;
        return false;
    }

    /** Claims whose evidence is not the article's text at its offsets: outside the text, or quoting words it does not hold. */
    static int badEvidence(String text, List<Claim> claims) {
        int length = text.codePointCount(0, text.length()), bad = 0;
        for (Claim c : claims) {
            if (c.evidence().end() > length) { bad++; continue; }
            String ev = c.evidence().of(text);
            for (String q : c.quotations()) if (!ev.contains(q)) { bad++; break; }
        }
        return bad;
    }
}
