package org.peacetalks.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.Stance;
import org.peacetalks.util.RuleFiles;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Position frames: a clause becomes a {@link Proposition.Position} when its head
 * (or a word its head governs through xcomp, "open to discussing") is a stance
 * word of {@code positions.rules} and the clause names an issue of the issue
 * vocabulary. Issue names are the reference graph's labels, never a second list.
 */
final class Positions {
    static final String RULES = "positions.rules";
    private static final Node ALT = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");
    private static final Node HIDDEN = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#hiddenLabel");
    private static final Node IN_SCHEME = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");

    /** A stance found on a clause, and the rule that found it. */
    record Found(Stance stance, String rule, IndexedWord head) {}

    private final Map<String, Stance> stanceWords = new LinkedHashMap<>();
    private final Map<String, Stance> stanceNouns = new LinkedHashMap<>();
    private final List<String> obligation, negation, categorical, negators, discussion;
    private final Set<String> negotiationObjects, accounts;
    /** Nouns for what a party sets out before listing it ("his opening terms"). */
    final Set<String> termNouns;
    /** The ids of the shapes {@link #stance} can find, each to be declared in the [rules] of positions.rules. */
    final Set<String> ruleIds = new java.util.LinkedHashSet<>(List.of("position-obligation", "position-negated", "position-redline",
        "position-condition", "position-warning"));
    /** issue IRI → pattern over its labels. */
    private final Map<String, Pattern> issues = new LinkedHashMap<>();

    Positions(Graph reference, String issueScheme) {
        var sections = RuleFiles.sections(Positions.class, RULES);
        for (Stance st : Stance.values()) {
            String name = st.name().toLowerCase(Locale.ROOT);
            for (String w : RuleFiles.words(sections, RULES, name)) stanceWords.put(w, st);
        }
        for (Stance st : Stance.values()) {
            String name = st.name().toLowerCase(Locale.ROOT);
            ruleIds.add("position-" + name);
            if (sections.containsKey(name + "-nouns")) {
                for (String w : RuleFiles.words(sections, RULES, name + "-nouns")) stanceNouns.put(w, st);
                ruleIds.add("position-noun-" + name);
            }
        }
        obligation = RuleFiles.words(sections, RULES, "obligation");
        negation = RuleFiles.words(sections, RULES, "negation");
        categorical = RuleFiles.words(sections, RULES, "categorical");
        negators = RuleFiles.words(sections, RULES, "negative-implicative");
        discussion = RuleFiles.words(sections, RULES, "discussion");
        negotiationObjects = Set.copyOf(RuleFiles.words(sections, RULES, "negotiation-objects"));
        termNouns = Set.copyOf(RuleFiles.words(sections, RULES, "term-nouns"));
        accounts = Set.copyOf(RuleFiles.words(sections, RULES, "accounts"));
        Node scheme = NodeFactory.createURI(issueScheme);
        reference.find(Node.ANY, IN_SCHEME, scheme).forEach(t -> {
            List<String> labels = new ArrayList<>();
            for (Node p : List.of(RDFS.label.asNode(), ALT, HIDDEN))
                reference.find(t.getSubject(), p, Node.ANY).forEach(l -> { if (l.getObject().isLiteral()) labels.add(l.getObject().getLiteralLexicalForm()); });
            List<String> alts = new ArrayList<>();
            for (String l : labels) alts.add(Pattern.quote(l.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
            if (!alts.isEmpty()) issues.put(t.getSubject().getURI(), Pattern.compile("\\b(?:" + String.join("|", alts) + ")\\b"));
        });
    }

    /**
     * Whether the clause [from, to) of {@code s} names something negotiated ("such
     * terms", "the deal"), issue or not: a noun of the list other than the stance word.
     */
    boolean aboutNegotiation(edu.stanford.nlp.pipeline.CoreSentence s, int from, int to, IndexedWord stanceWord) {
        for (edu.stanford.nlp.ling.CoreLabel t : s.tokens()) {
            if (t.beginPosition() < from || t.endPosition() > to || !t.tag().startsWith("NN") || t.beginPosition() == stanceWord.beginPosition()) continue;
            String w = t.word().toLowerCase(Locale.ROOT);
            if (negotiationObjects.contains(w) || negotiationObjects.contains(t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** Issues named in {@code text}, in vocabulary order. */
    List<String> issuesIn(String text) {
        String l = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> out = new ArrayList<>();
        for (var e : issues.entrySet()) {
            Matcher m = e.getValue().matcher(l);
            if (m.find()) out.add(e.getKey());
        }
        out.sort(null);  // the graph's iteration order is no order
        return out;
    }

    /** The stance of the clause headed by {@code head}, or null. */
    Found stance(SemanticGraph g, IndexedWord head) {
        Found f = stanceOfClause(g, head);
        if (f == null) f = condition(g, head);
        else if (hypothetical(g, f.head()) || hypothetical(g, head)) f = null;
        return f;
    }

    /**
     * "An agreement will only be reached if Ukraine provides security guarantees",
     * "… unless NATO withdraws": the condition is what the source demands, of the
     * condition's subject (rule {@code position-condition}).
     */
    private static Found condition(SemanticGraph g, IndexedWord head) {
        for (IndexedWord c : ParsedArticle.children(g, head, "advcl")) {
            IndexedWord mark = ParsedArticle.child(g, c, "mark");
            if (mark == null) continue;
            String m = mark.word().toLowerCase(Locale.ROOT);
            boolean only = false;
            for (IndexedWord a : ParsedArticle.children(g, head, "advmod")) if (a.word().equalsIgnoreCase("only")) only = true;
            for (IndexedWord a : ParsedArticle.children(g, c, "advmod")) if (a.word().equalsIgnoreCase("only")) only = true;
            if (m.equals("unless") || m.equals("if") && only) return new Found(Stance.DEMAND, "position-condition", c);
            // "Putin warned that Russia would push back if NATO kept expanding": a warning's condition is a red line
            IndexedWord report = g.getParent(head);
            String rl = report == null || report.lemma() == null ? "" : report.lemma().toLowerCase(Locale.ROOT);
            if (m.equals("if") && (rl.equals("warn") || rl.equals("threaten"))) return new Found(Stance.REDLINE, "position-warning", c);
        }
        return null;
    }

    /**
     * Clauses that state no position: conditions ("if we agreed to …"), questions
     * and free relatives ("what Putin would accept"), a reflexive object ("backed
     * himself into a corner"), a passive without its agent ("Crimea would be
     * recognised").
     */
    private boolean hypothetical(SemanticGraph g, IndexedWord w) {
        for (IndexedWord c : ParsedArticle.children(g, w, "mark", "obj", "advmod", "nsubj")) {
            String x = c.word().toLowerCase(Locale.ROOT);
            if (Set.of("if", "unless", "whether", "what", "whatever", "how").contains(x)) return true;
            if (x.endsWith("self") || x.endsWith("selves")) return true;
        }
        // (a participle that is itself a stance word, "is not prepared to", is an adjective, not a passive)
        boolean adjectival = stanceWords.containsKey(w.word().toLowerCase(Locale.ROOT));
        if (!adjectival && !ParsedArticle.children(g, w, "aux:pass", "nsubj:pass").isEmpty() && ParsedArticle.children(g, w, "obl:agent").isEmpty()) {
            boolean agent = false;
            for (IndexedWord o : ParsedArticle.children(g, w, "obl")) {
                IndexedWord c = ParsedArticle.child(g, o, "case");
                if (c != null && c.word().equalsIgnoreCase("by")) agent = true;
            }
            return !agent;
        }
        return false;
    }

    private Found stanceOfClause(SemanticGraph g, IndexedWord head) {
        if (head.tag().startsWith("NN")) {
            // "its demands that Ukraine …", "Moscow's readiness to negotiate"
            Stance st = stanceNouns.get(head.lemma() == null ? "" : head.lemma().toLowerCase(Locale.ROOT));
            // the noun must say what is demanded or offered: "demands that …", "readiness to …", "demands on …"
            if (st != null && !ParsedArticle.children(g, head, "acl", "ccomp", "nmod", "xcomp").isEmpty())
                return new Found(st, "position-noun-" + st.name().toLowerCase(Locale.ROOT), head);
            // "a deal should be part of …": a nominal predicate with a modal of obligation
            if (ParsedArticle.child(g, head, "cop") == null) return null;
            for (IndexedWord aux : ParsedArticle.children(g, head, "aux"))
                if (obligation.contains(aux.word().toLowerCase(Locale.ROOT)) && negation(g, head) == null)
                    return new Found(Stance.DEMAND, "position-obligation", head);
            return null;
        }
        IndexedWord w = head;
        boolean flipped = false;
        for (int depth = 0; w != null && depth < 3; depth++) {
            // "any deal will have to take account of …": semi-modal obligation
            String l0 = w.lemma() == null ? "" : w.lemma().toLowerCase(Locale.ROOT);
            if (w.tag().startsWith("VB") && obligation.contains(l0 + " to") && infinitive(g, w) && negation(g, w) == null)
                return new Found(Stance.DEMAND, "position-obligation", w);
            // "Kyiv must recognise …": the modal, not the verb, says what the source wants
            for (IndexedWord aux : ParsedArticle.children(g, w, "aux"))
                if (obligation.contains(aux.word().toLowerCase(Locale.ROOT)) && negation(g, w) == null)
                    return new Found(Stance.DEMAND, "position-obligation", w);
            Stance st = stanceOf(g, w);
            // "rejected claims that …", "dismissed the account": a denial of what was said, not a position
            if (st == Stance.REJECTION && ParsedArticle.children(g, w, "obj").stream()
                    .anyMatch(o -> accounts.contains(o.lemma() == null ? "" : o.lemma().toLowerCase(Locale.ROOT)))) return null;
            if (st != null) {
                String negation = negation(g, w);
                if (negation != null && (st == Stance.ACCEPTANCE || st == Stance.OFFER))
                    // "will never accept", "will not accept", "not open to debate", "not prepared to discuss": a line
                    // not to be crossed or even talked about; "would not accept": a refusal
                    return new Found(categorical(g, w, negation) || aboutDiscussing(g, w) ? Stance.REDLINE : Stance.REJECTION, "position-negated", w);
                if (negation != null && st == Stance.REJECTION) return new Found(Stance.ACCEPTANCE, "position-negated", w);  // "did not object"
                if (negation != null) return null;  // "does not demand" states no position
                if (flipped && (st == Stance.ACCEPTANCE || st == Stance.OFFER)) return new Found(Stance.REJECTION, "position-negated", w);
                if (flipped) return null;
                return new Found(st, "position-" + st.name().toLowerCase(Locale.ROOT), w);
            }
            // "is unlikely to accept", "is reluctant to offer": the complement is denied
            String lemma = w.lemma() == null ? "" : w.lemma().toLowerCase(Locale.ROOT);
            if (negators.contains(lemma)) flipped = !flipped;
            // "views NATO's expansion as intolerable": a red-line judgement on the verb's object
            for (IndexedWord as : ParsedArticle.children(g, w, "obl", "xcomp", "advcl")) {
                IndexedWord c = ParsedArticle.child(g, as, "case", "mark");
                if (c == null || !c.word().equalsIgnoreCase("as")) continue;
                for (IndexedWord x : conjuncts(g, as))
                    if (stanceWords.get(x.lemma() == null ? "" : x.lemma().toLowerCase(Locale.ROOT)) == Stance.REDLINE)
                        return new Found(Stance.REDLINE, "position-redline", w);
            }
            // "is open to discussing", "wanted to limit": follow the open complement
            IndexedWord next = ParsedArticle.child(g, w, "xcomp");
            w = next;
        }
        return null;
    }

    private static List<IndexedWord> conjuncts(SemanticGraph g, IndexedWord w) {
        List<IndexedWord> out = new ArrayList<>(List.of(w));
        out.addAll(ParsedArticle.children(g, w, "conj"));
        return out;
    }

    /** Whether {@code w} governs a to-infinitive (as xcomp, or as ccomp in some parses of "have to"). */
    private static boolean infinitive(SemanticGraph g, IndexedWord w) {
        if (ParsedArticle.child(g, w, "xcomp") != null) return true;
        for (IndexedWord c : ParsedArticle.children(g, w, "ccomp")) {
            IndexedWord mark = ParsedArticle.child(g, c, "mark");
            if (mark != null && mark.word().equalsIgnoreCase("to")) return true;
        }
        return false;
    }

    private Stance stanceOf(SemanticGraph g, IndexedWord w) {
        String lemma = w.lemma() == null ? w.word() : w.lemma().toLowerCase(Locale.ROOT);
        for (IndexedWord prt : ParsedArticle.children(g, w, "compound:prt")) {
            Stance st = stanceWords.get(lemma + " " + prt.word().toLowerCase(Locale.ROOT));
            if (st != null) return st;
        }
        // "called for talks", "called for work to be started": the verb and the preposition or
        // complementiser that opens what it governs
        for (IndexedWord obl : ParsedArticle.children(g, w, "obl", "obj", "advcl", "ccomp", "xcomp")) {
            for (IndexedWord c : ParsedArticle.children(g, obl, "case", "mark")) {
                Stance st = stanceWords.get(lemma + " " + c.word().toLowerCase(Locale.ROOT));
                if (st != null) return st;
            }
        }
        String tag = w.tag();
        if (!(tag.startsWith("VB") || tag.startsWith("JJ"))) return null;
        Stance st = stanceWords.get(lemma);
        // participles used as adjectives ("was prepared to") keep their own form in the lexicon
        return st != null || !tag.equals("VBN") ? st : stanceWords.get(w.word().toLowerCase(Locale.ROOT));
    }

    /** The negating word on {@code w}, or null. */
    private String negation(SemanticGraph g, IndexedWord w) {
        for (IndexedWord c : ParsedArticle.children(g, w, "advmod", "aux", "neg", "det"))
            if (negation.contains(c.word().toLowerCase(Locale.ROOT))) return c.word().toLowerCase(Locale.ROOT);
        return null;
    }

    /** Whether what {@code w} offers or accepts is discussion itself ("open to debate", "prepared to discuss"). */
    private boolean aboutDiscussing(SemanticGraph g, IndexedWord w) {
        for (IndexedWord c : ParsedArticle.children(g, w, "xcomp", "obl", "advcl", "ccomp"))
            if (discussion.contains(c.lemma() == null ? "" : c.lemma().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** "never", or "will not": a categorical refusal rather than a conditional one. */
    private boolean categorical(SemanticGraph g, IndexedWord w, String neg) {
        if (categorical.contains(neg)) return true;
        for (IndexedWord aux : ParsedArticle.children(g, w, "aux"))
            if (categorical.contains(aux.word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }
}
