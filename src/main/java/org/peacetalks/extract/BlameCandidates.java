package org.peacetalks.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Learned blame: in a sentence about a failed negotiation, every actor or event
 * it names is a candidate blamed party, described by how the parse connects it
 * to the words of failure (the relation to its governor, the class of the cue
 * above it, its case marking, negation, whether a rule frame already blames it).
 * A logistic regression trained on the dev gold ({@code train-blame}) decides
 * which candidates are blamed; the claim then gets its source and stance as any
 * rule frame's does. Rule frames are features, so the model learns when to trust
 * them and what they miss ("the talks foundered on Russia's atrocities").
 */
public final class BlameCandidates {
    /** The shipped model, beside this class. */
    public static final String MODEL = "blame.model";

    /** A candidate blamed party: the word its frame is anchored at, the rule that proposed it if any, its features. */
    record Candidate(String iri, IndexedWord anchor, IndexedWord head, SemanticGraph graph, String rule, Map<String, Double> features) {}

    /** One sentence's candidates, for training: the sentence's character range and each candidate's features. */
    public record Instance(String article, int from, int to, List<Scored> candidates) {}

    /** A candidate as the trainer sees it. */
    public record Scored(String iri, Map<String, Double> features) {}

    /** Cue classes: the blame lexicons by name, looked up by lemma (and by verb with particle). */
    private final Map<String, Set<String>> cues;
    private final Set<String> outcomes, reporting, negations;

    BlameCandidates(Map<String, Set<String>> cues, Set<String> outcomes, Set<String> reporting, Set<String> negations) {
        this.cues = cues;
        this.outcomes = outcomes;
        this.reporting = reporting;
        this.negations = negations;
    }

    /** The first cue class a word belongs to ("report" for reporting verbs), or null. */
    String cueClass(IndexedWord w, String phrasal) {
        String l = lemma(w);
        for (var e : cues.entrySet()) if (e.getValue().contains(phrasal) || e.getValue().contains(l)) return e.getKey();
        if (w.tag().startsWith("VB") && reporting.contains(l)) return "report";
        if (w.tag().startsWith("NN") && outcomes.contains(l)) return "outcome";
        return null;
    }

    /** Cue classes that by themselves make a sentence one about a failure. */
    private static final Set<String> FAILURE = Set.of("blame-verbs", "persuade", "forbid", "cause-failure",
        "break-down", "blame-nouns", "failure-nouns", "fight-on");

    /**
     * Whether the sentence has a word of failure, blame or breakdown, or denies or
     * dismisses a claim or an account of the talks ("called the account nonsense"):
     * only those sentences have candidates. Loose on purpose (implicit blame has
     * many shapes); {@link #anchoredCues} tells the model which cues are tied to
     * the talks.
     */
    boolean aboutFailure(SemanticGraph g, java.util.function.Function<IndexedWord, String> phrasal) {
        boolean denial = false, claim = false;
        for (IndexedWord w : g.vertexListSorted()) {
            String c = cueClass(w, phrasal.apply(w));
            if (c == null) continue;
            if (FAILURE.contains(c)) return true;
            if (c.equals("denial-verbs") || c.equals("dismissal")) denial = true;
            if (c.equals("relay-nouns") || c.equals("outcome")) claim = true;
        }
        return denial && claim;
    }

    /**
     * The cue classes of the sentence whose word comes with the argument that
     * makes it about the talks — a verb of failure over an outcome ("blocked the
     * deal", "the talks collapsed"), a noun of failure or blame governing one
     * ("the collapse of the talks", "Johnson's role in scuttling the agreement"),
     * a verb of persuading over a complement of fighting on or of not settling,
     * explicit blame ("blamed", "held … responsible"). "An end to the war",
     * "continues to insist" or "began to talk about talks" give none.
     */
    Set<String> anchoredCues(SemanticGraph g, java.util.function.Function<IndexedWord, String> phrasal) {
        Set<String> out = new java.util.TreeSet<>();
        for (IndexedWord w : g.vertexListSorted()) {
            String c = cueClass(w, phrasal.apply(w));
            if (c == null) continue;
            boolean anchored = switch (c) {
                case "blame-verbs" -> explicitBlame(g, w);
                case "cause-failure", "break-down", "failure-nouns" -> governsOutcome(g, w, phrasal, 2);
                case "blame-nouns" -> governsOutcome(g, w, phrasal, 3);
                case "persuade", "forbid" -> toWarOrNotToSettle(g, w, phrasal);
                default -> false;
            };
            if (anchored) out.add(c);
        }
        return out;
    }

    /** "blamed", "accused", "at fault"; "held … responsible", not any "hold" or "charge". */
    private static boolean explicitBlame(SemanticGraph g, IndexedWord w) {
        String l = lemma(w);
        if (Set.of("blame", "accuse", "fault").contains(l)) return true;
        for (IndexedWord d : g.descendants(w))
            if (Set.of("responsible", "accountable", "liable", "culpable").contains(lemma(d))) return true;
        return false;
    }

    /**
     * An outcome word (or a word of failure over one) among {@code w}'s dependents
     * down to {@code depth}, or {@code w} modifying an outcome ("the stalled
     * talks", "a collapsed deal").
     */
    private boolean governsOutcome(SemanticGraph g, IndexedWord w, java.util.function.Function<IndexedWord, String> phrasal, int depth) {
        IndexedWord p = g.getParent(w);
        if (p != null && "outcome".equals(cueClass(p, phrasal.apply(p)))
            && Set.of("amod", "compound", "acl").contains(ParsedArticle.relToParent(g, w).split(":")[0])
            && ParsedArticle.children(g, w, "mark", "case").isEmpty()) return true;
        List<IndexedWord> level = List.of(w);
        for (int d = 0; d < depth; d++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord x : level)
                for (IndexedWord c : g.getChildList(x)) {
                    String rel = ParsedArticle.relToParent(g, c).split(":")[0];
                    if (Set.of("punct", "cc", "conj", "parataxis", "advcl", "ccomp").contains(rel)) continue;
                    if ("outcome".equals(cueClass(c, phrasal.apply(c)))) return true;
                    next.add(c);
                }
            level = next;
        }
        return false;
    }

    /** A persuading or forbidding verb whose complement fights on, or does not settle ("told Kyiv to keep fighting", "not to sign"). */
    private boolean toWarOrNotToSettle(SemanticGraph g, IndexedWord w, java.util.function.Function<IndexedWord, String> phrasal) {
        for (IndexedWord d : g.descendants(w)) {
            if (d.equals(w)) continue;
            String c = cueClass(d, phrasal.apply(d));
            String l = lemma(d);
            if ("fight-on".equals(c) || "war-words".equals(c)) return true;
            if (cues.getOrDefault("settle", Set.of()).contains(l) && (negated(g, d) || cueClass(w, phrasal.apply(w)).equals("forbid"))) return true;
            if ("outcome".equals(c) && ParsedArticle.children(g, d, "case").stream().anyMatch(x -> x.word().equalsIgnoreCase("out"))) return true;
        }
        return false;
    }

    /**
     * The features of a candidate at {@code head} (the head word of one of its
     * mentions) in sentence {@code s}. {@code rule}: the rule frame that blames it
     * here, or null; {@code ruleElsewhere}: a rule frame blames someone else here.
     */
    Map<String, Double> features(CoreSentence s, SemanticGraph g, IndexedWord head, String type, String iriLocal,
                                 java.util.function.Function<IndexedWord, String> phrasal, String rule, boolean ruleElsewhere,
                                 boolean isSource, boolean inQuotation, int candidatesInSentence, Map<String, Double> sentence) {
        Map<String, Double> f = new TreeMap<>();
        String r = ParsedArticle.relToParent(g, head);
        if (r.isEmpty()) r = "root";
        IndexedWord p = g.getParent(head);
        String pc = p == null ? "none" : cls(p, phrasal);
        put(f, "rel:" + r);
        put(f, "rel|pcls:" + r + "|" + pc);
        if (p != null) {
            put(f, "plemma:" + lemma(p));
            put(f, "rel|plemma:" + r + "|" + lemma(p));
            if (negated(g, p)) put(f, "pneg");
        }
        for (IndexedWord c : ParsedArticle.children(g, head, "case")) {
            String w = c.word().toLowerCase(Locale.ROOT);
            put(f, "case:" + w);
            put(f, "case|pcls:" + w + "|" + pc);
        }
        // the path up to the first cue: "nsubj>" under "torpedo", "obl>advcl>" under "collapse"
        StringBuilder path = new StringBuilder();
        int depth = 0;
        String firstCue = null;
        for (IndexedWord x = head; g.getParent(x) != null && depth < 6; x = g.getParent(x), depth++) {
            String rel = ParsedArticle.relToParent(g, x);
            path.append(rel).append('>');
            IndexedWord up = g.getParent(x);
            String c = cls(up, phrasal);
            if (!c.equals("other")) put(f, "anc:" + c);
            if (firstCue == null && !c.equals("other") && !c.equals("outcome")) {
                firstCue = c;
                put(f, "cuepath:" + (depth < 3 ? path : "long>") + c);
                put(f, "cuedepth:" + Math.min(depth, 3));
                if (negated(g, up)) put(f, "cueneg");
            }
        }
        if (firstCue == null) put(f, "nocue-above");
        // what the candidate governs: "Russia's atrocities", "Johnson's visit"
        put(f, "lemma:" + lemma(head));
        String hc = cls(head, phrasal);
        if (!hc.equals("other")) put(f, "hcls:" + hc);
        f.putAll(sentence);
        List<CoreLabel> toks = s.tokens();
        // neighbouring words: "blamed X", "X's role", "after X"
        int i = head.index() - 1;
        if (i > 0) put(f, "w-1:" + toks.get(i - 1).lemma().toLowerCase(Locale.ROOT));
        if (i + 1 < toks.size()) put(f, "w+1:" + toks.get(i + 1).lemma().toLowerCase(Locale.ROOT));
        put(f, "type:" + type);
        put(f, "ent:" + iriLocal);
        if (isSource) put(f, "is-source");
        if (inQuotation) put(f, "in-quotation");
        put(f, "ncand:" + Math.min(candidatesInSentence, 4));
        if (rule != null) {
            put(f, "rule:" + rule);
            put(f, "rule-any");
        } else if (ruleElsewhere) put(f, "rule-other");
        return f;
    }

    /** The features every candidate of sentence {@code s} shares: its cue classes, negation, anchored cues and form (computed once). */
    Map<String, Double> sentenceFeatures(CoreSentence s, SemanticGraph g, java.util.function.Function<IndexedWord, String> phrasal) {
        Map<String, Double> f = new TreeMap<>();
        // the sentence: which cue classes it has, negation, outcome words, form
        boolean neg = false, outcome = false;
        for (IndexedWord w : g.vertexListSorted()) {
            String c = cls(w, phrasal);
            if (!c.equals("other")) put(f, "s:" + c);
            if (negations.contains(w.word().toLowerCase(Locale.ROOT))) neg = true;
            if (c.equals("outcome")) outcome = true;
        }
        if (neg) put(f, "s:neg");
        Set<String> anchored = anchoredCues(g, phrasal);
        for (String c : anchored) put(f, "s:anchored:" + c);
        if (anchored.isEmpty()) put(f, "s:unanchored");
        if (!outcome) put(f, "s:no-outcome");
        List<CoreLabel> toks = s.tokens();
        String last = toks.get(toks.size() - 1).word();
        if (!Set.of(".", "?", "!", "\"", "”", "''", "’").contains(last)) put(f, "s:headline");
        if (last.equals("?")) put(f, "s:question");
        return f;
    }

    private String cls(IndexedWord w, java.util.function.Function<IndexedWord, String> phrasal) {
        String c = cueClass(w, phrasal.apply(w));
        return c == null ? "other" : c;
    }

    private boolean negated(SemanticGraph g, IndexedWord v) {
        for (IndexedWord c : ParsedArticle.children(g, v, "advmod", "neg", "det"))
            if (negations.contains(c.word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static void put(Map<String, Double> f, String k) {
        f.put(k, 1.0);
    }

    /** Features of two mentions of one candidate in a sentence: the union, each feature at its largest value. */
    static Map<String, Double> union(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> out = new TreeMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Math::max));
        return out;
    }

    static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The shipped blame model, or null when there is none (the rules alone then decide). */
    public static LinearModel shippedModel() { return LinearModel.resource(BlameCandidates.class, MODEL); }

    /** Candidates as the trainer keeps them. */
    static List<Scored> scored(List<Candidate> cs) {
        List<Scored> out = new ArrayList<>();
        for (Candidate c : cs) out.add(new Scored(c.iri(), c.features()));
        return out;
    }
}
