package org.peacetalks.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.peacetalks.annotate.Span;
import org.peacetalks.corpus.Article;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * An article as the sentence rules see it: its CoreNLP parse and its linked
 * mentions, with lookups by character position (UTF-16, as CoreNLP counts).
 */
final class ParsedArticle {
    /** Relations that leave a clause: what a clause's extent stops at. */
    static final Set<String> CLAUSE_CUT = Set.of("conj", "cc", "punct", "parataxis");

    /** The basic (tree) dependencies of a sentence; null when the sentence was too long to parse. */
    static SemanticGraph tree(CoreSentence s) {
        return s.coreMap().get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }

    final Article article;
    final String text;
    final CoreDocument doc;
    final List<Gazetteer.Mention> mentions;
    /** Character ranges of the names only the article's bylines and credits hold ({@link Credits}). */
    final List<int[]> creditNames;

    ParsedArticle(Article article, CoreDocument doc, List<Gazetteer.Mention> mentions, List<int[]> creditNames) {
        this.article = article;
        this.text = article.text();
        this.doc = doc;
        this.mentions = mentions;
        this.creditNames = creditNames;
    }

    /** Whether [from, to) is (part of) a name only a byline or credit holds. */
    boolean inCredits(int from, int to) { return Credits.within(creditNames, from, to); }

    List<CoreSentence> sentences() { return doc.sentences(); }

    static int begin(CoreSentence s) { return s.tokens().get(0).beginPosition(); }

    static int end(CoreSentence s) { return s.tokens().get(s.tokens().size() - 1).endPosition(); }

    /** The linked mention covering [from, to), or null. */
    Gazetteer.Mention mentionCovering(int from, int to) {
        for (Gazetteer.Mention m : mentions) if (m.from() <= from && to <= m.to()) return m;
        return null;
    }

    /** Linked mentions lying inside [from, to). */
    List<Gazetteer.Mention> mentionsWithin(int from, int to) {
        List<Gazetteer.Mention> out = new ArrayList<>();
        for (Gazetteer.Mention m : mentions) if (m.from() >= from && m.to() <= to) out.add(m);
        return out;
    }

    /** Linked mentions that are a clause's subject (nsubj, active or passive as asked), in text order; computed once. */
    private List<Gazetteer.Mention> subjects, activeSubjects;

    private List<Gazetteer.Mention> subjects(boolean passiveToo) {
        if (subjects == null) {
            List<Gazetteer.Mention> all = new ArrayList<>(), active = new ArrayList<>();
            for (CoreSentence s : sentences()) {
                SemanticGraph g = tree(s);
                if (g == null) continue;
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    if (!rel(e).startsWith("nsubj")) continue;
                    Gazetteer.Mention m = mentionCovering(e.getDependent().beginPosition(), e.getDependent().endPosition());
                    if (m == null) continue;
                    all.add(m);
                    if (rel(e).equals("nsubj")) active.add(m);
                }
            }
            all.sort(Comparator.comparingInt(Gazetteer.Mention::from));
            active.sort(Comparator.comparingInt(Gazetteer.Mention::from));
            subjects = all;
            activeSubjects = active;
        }
        return passiveToo ? subjects : activeSubjects;
    }

    /**
     * The person "he" or "she" at {@code pos} most likely refers to: the last person
     * named as a clause's subject before it, else the last person named at all.
     */
    Gazetteer.Mention antecedent(Set<String> people, int pos) {
        Gazetteer.Mention best = null;
        for (Gazetteer.Mention m : subjects(true)) if (m.to() <= pos && people.contains(m.iri())) best = m;
        // a subject further back than the last two sentences has lost out to whoever was named since
        Gazetteer.Mention last = lastBefore(people, pos);
        if (best == null) return last;
        return sentencesBetween(best.to(), pos) <= 2 ? best : last;
    }

    /**
     * The state or organisation "it" at {@code pos} most likely refers to: the last
     * one named as a clause's subject in this or the previous sentence (a place that
     * acts stands for its state).
     */
    Gazetteer.Mention institution(Lexicons lex, int pos) {
        Gazetteer.Mention best = null;
        for (Gazetteer.Mention m : subjects(false)) {
            String iri = lex.stateOf.getOrDefault(m.iri(), m.iri());
            if (m.to() <= pos && lex.actors.contains(iri) && !lex.people.contains(iri))
                best = new Gazetteer.Mention(m.span(), m.from(), m.to(), iri, m.surface());
        }
        return best != null && sentencesBetween(best.to(), pos) <= 1 ? best : null;
    }

    private int sentencesBetween(int from, int to) {
        int n = 0;
        for (CoreSentence s : sentences()) if (begin(s) > from && begin(s) < to) n++;
        return n;
    }

    /** The last mention of one of {@code iris} ending before {@code pos}. */
    Gazetteer.Mention lastBefore(Set<String> iris, int pos) {
        Gazetteer.Mention best = null;
        for (Gazetteer.Mention m : mentions) if (m.to() <= pos && iris.contains(m.iri())) best = m;
        return best;
    }

    Span span(int from, int to) { return Span.ofChars(text, from, to); }

    // ---- dependency helpers

    static String rel(SemanticGraphEdge e) { return e.getRelation().toString(); }

    /** Children of {@code w} whose relation is {@code r} or a subtype of it ("obl" matches "obl:to"). */
    static List<IndexedWord> children(SemanticGraph g, IndexedWord w, String... rels) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String r = rel(e);
            for (String x : rels) if (r.equals(x) || r.startsWith(x + ":")) { out.add(e.getDependent()); break; }
        }
        out.sort(Comparator.comparingInt(IndexedWord::index));
        return out;
    }

    static IndexedWord child(SemanticGraph g, IndexedWord w, String... rels) {
        List<IndexedWord> c = children(g, w, rels);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The relation from {@code w}'s governor to {@code w}, or "" at the root. */
    static String relToParent(SemanticGraph g, IndexedWord w) {
        SemanticGraphEdge e = g.incomingEdgeIterator(w).hasNext() ? g.incomingEdgeIterator(w).next() : null;
        return e == null ? "" : rel(e);
    }

    /**
     * Character range [from, to) of {@code w}'s phrase: its subtree over basic
     * relations, leaving out the relations in {@code cut} (relative clauses,
     * for a noun phrase) and trimming punctuation at the edges.
     */
    static int[] extent(SemanticGraph g, CoreSentence s, IndexedWord w, Set<String> cut) {
        int lo = w.index(), hi = w.index();
        List<IndexedWord> stack = new ArrayList<>(List.of(w));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        while (!stack.isEmpty()) {
            IndexedWord x = stack.remove(stack.size() - 1);
            if (!seen.add(x.index())) continue;
            lo = Math.min(lo, x.index());
            hi = Math.max(hi, x.index());
            for (SemanticGraphEdge e : g.outgoingEdgeList(x)) {
                String r = rel(e);
                String base = r.contains(":") ? r.substring(0, r.indexOf(':')) : r;
                if (cut.contains(r) || cut.contains(base) || e.isExtra()) continue;
                // enhanced graphs add edges to words elsewhere in the sentence; stay inside the tree
                if (e.getDependent().index() == w.index()) continue;
                stack.add(e.getDependent());
            }
        }
        List<CoreLabel> toks = s.tokens();
        while (lo < hi && isPunct(toks.get(lo - 1))) lo++;
        while (hi > lo && isPunct(toks.get(hi - 1))) hi--;
        return new int[] {toks.get(lo - 1).beginPosition(), toks.get(hi - 1).endPosition()};
    }

    static boolean isPunct(CoreLabel t) {
        String w = t.word();
        return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
