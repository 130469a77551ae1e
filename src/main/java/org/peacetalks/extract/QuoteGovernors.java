package org.peacetalks.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.peacetalks.annotate.SourceKind;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * The parse's reading of who speaks quoted words: the subject of the nearest
 * reporting or denial verb above them in the dependency tree. It holds where the
 * quotation is a verb's complement rather than beside it: "Johnson has called the
 * account “nonsense”", "…, calling it “a convenient myth”", "Putin said the
 * prime minister had come to “kill the deal”". A participle without a subject of
 * its own ("…, calling it …") speaks with the clause it hangs from.
 */
final class QuoteGovernors {
    private QuoteGovernors() {}

    /** A speaker read from the parse: who, of which kind, through which verb (as written); {@code direct}: the quoted words are that verb's own dependent. */
    record Reading(String speaker, SourceKind kind, String verb, boolean direct) {}

    /** How far above the quoted words a reporting verb may be (clauses, not words). */
    private static final int MAX_CLIMB = 4;
    /** Relations by which a subjectless verb takes the subject of the clause it hangs from. */
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "xcomp", "advcl", "dep", "parataxis");

    /** The reading of each quotation that has one, by the offset of its opening mark. */
    static Map<Integer, Reading> read(ParsedArticle pa, Speakers speakers, Lexicons lex) {
        Map<Integer, Reading> out = new HashMap<>();
        for (QuoteExtractor.Quotation q : QuoteExtractor.quotations(pa.text)) {
            for (CoreSentence s : pa.sentences()) {
                if (ParsedArticle.end(s) <= q.wordsStart() || ParsedArticle.begin(s) >= q.wordsEnd()) continue;
                SemanticGraph g = ParsedArticle.tree(s);
                if (g == null) continue;
                Reading r = reading(pa, s, g, q, speakers, lex);
                if (r != null) { out.put(q.start(), r); break; }
            }
        }
        return out;
    }

    private static Reading reading(ParsedArticle pa, CoreSentence s, SemanticGraph g, QuoteExtractor.Quotation q, Speakers speakers, Lexicons lex) {
        // the quotation's head: its first word whose governor lies outside it
        IndexedWord head = null;
        for (CoreLabel t : s.tokens()) {
            if (t.beginPosition() < q.wordsStart() || t.endPosition() > q.wordsEnd()) continue;
            IndexedWord w = g.getNodeByIndexSafe(t.index());
            if (w == null) continue;
            IndexedWord p = g.getParent(w);
            if (p != null && !inside(p, q)) { head = w; break; }
        }
        if (head == null) return null;
        IndexedWord w = g.getParent(head);
        for (int climb = 0; w != null && climb < MAX_CLIMB; climb++, w = g.getParent(w)) {
            if (!w.tag().startsWith("VB")) continue;
            String lemma = w.lemma() == null ? "" : w.lemma().toLowerCase(Locale.ROOT);
            if (!lex.reportingVerbs.contains(lemma) && !lex.denialVerbs.contains(lemma)) continue;
            IndexedWord subj = ParsedArticle.child(g, w, "nsubj");
            IndexedWord gov = g.getParent(w);
            if (subj == null && gov != null && SHARES_SUBJECT.contains(ParsedArticle.relToParent(g, w).split(":")[0]))
                subj = ParsedArticle.child(g, gov, "nsubj");
            // the nearest reporting verb decides: its subject speaks, or no one the parse can name
            if (subj == null || inside(subj, q)) return null;
            Speakers.Speaker sp = speakers.resolve(s, g, subj);
            if (sp == null || sp.kind() != SourceKind.NAMED || !lex.actors.contains(sp.iri()) && !sp.iri().contains("/candidate/")) return null;
            return new Reading(sp.iri(), sp.kind(), pa.text.substring(w.beginPosition(), w.endPosition()), climb == 0);
        }
        return null;
    }

    private static boolean inside(IndexedWord w, QuoteExtractor.Quotation q) {
        return w.beginPosition() >= q.wordsStart() && w.endPosition() <= q.wordsEnd();
    }
}
