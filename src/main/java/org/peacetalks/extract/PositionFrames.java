package org.peacetalks.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Origin;
import org.peacetalks.annotate.Polarity;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.annotate.Stance;
import org.peacetalks.extract.rules.RuleCatalogue;
import org.peacetalks.vocab.PT;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Position frames over the dependency parse: what a clause asserts when it takes
 * a stance (demand, offer, acceptance, rejection, red line) on an issue, who
 * holds it and of whom it is asked. {@link #proposition} reads one clause for the
 * reported-speech rules; {@link #frame} finds the positions the reports did not
 * carry. Stance words and issues come from {@link Positions}.
 */
final class PositionFrames {
    private static final Set<String> CLAUSE_CUT = ParsedArticle.CLAUSE_CUT;

    private final Lexicons lex;
    private final Positions positions;
    private final PT.Ids ids;
    private final RuleCatalogue.Scope rules;

    PositionFrames(Lexicons lex, Positions positions, PT.Ids ids) {
        this.lex = lex;
        this.positions = positions;
        this.ids = ids;
        List<String> fired = new ArrayList<>(positions.ruleIds);
        fired.addAll(List.of("position-list", "position-terms"));
        this.rules = RuleCatalogue.shipped().scope("positions", ids, fired);
    }

    /**
     * Positions the reports did not carry: every clause with a stance on an issue
     * and an actor as subject. Inside a claim already made it sharpens that claim's
     * statement into the position (same source); elsewhere it is the article's own
     * account (rule {@code position-*}).
     */
    /** "… stressed the key terms: A; B; C." — a list of conditions after a colon. */
    private static final java.util.regex.Pattern CONDITION_LIST = java.util.regex.Pattern.compile(
        "(?i)\\b(?:terms|conditions|demands|preconditions|requirements)\\s*:\\s*");

    List<Claim> frame(ParsedArticle pa, Speakers speakers, List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims);
        conditionLists(pa, out);
        LocalDate published = ReportedSpeech.published(pa);
        Speakers.Speaker own = new Speakers.Speaker(ids.article(pa.article.id()), SourceKind.OWN_VOICE, 0, 0);
        for (CoreSentence s : pa.sentences()) {
            SemanticGraph g = ParsedArticle.tree(s);
            if (g == null) continue;
            for (IndexedWord w : g.vertexListSorted()) {
                if (!(w.tag().startsWith("VB") || w.tag().startsWith("JJ") || w.tag().startsWith("NN"))) continue;
                // an open complement ("unlikely to accept") is read from the word that governs it
                if (ParsedArticle.relToParent(g, w).startsWith("xcomp")) continue;
                Positions.Found st = positions.stance(g, w);
                if (st == null) continue;
                int[] ext = ParsedArticle.extent(g, s, w, CLAUSE_CUT);
                if (ext[1] - ext[0] < 10) continue;
                org.peacetalks.annotate.Span span = pa.span(ext[0], ext[1]);
                org.peacetalks.annotate.Span at = pa.span(w.beginPosition(), w.endPosition());
                // the claim this clause belongs to: a statement around the stance word, else any attributed claim around it
                int hostAt = -1;
                Claim context = null;
                for (int i = 0; i < out.size(); i++) {
                    Claim c = out.get(i);
                    if (!c.evidence().contains(at)) continue;
                    if (c.proposition() instanceof Proposition.Statement && hostAt < 0) hostAt = i;
                    if (context == null && c.sourceKind() != SourceKind.OWN_VOICE) context = c;
                }
                Claim host = hostAt < 0 ? null : out.get(hostAt);
                Claim basis = host != null ? host : context;
                Speakers.Speaker sp = basis == null ? own : new Speakers.Speaker(basis.source(), basis.sourceKind(), 0, 0);
                if (basis == null) for (CoreLabel t : s.tokens())
                    if (t.beginPosition() >= ext[0] && t.endPosition() <= ext[1] && lex.reportive.contains(t.word().toLowerCase(Locale.ROOT)))
                        { sp = speakers.unnamedReports(t.beginPosition(), t.endPosition()); break; }
                Proposition p = proposition(pa, speakers, s, g, sp, w, pa.text.substring(ext[0], ext[1]));
                if (!(p instanceof Proposition.Position pos)) continue;
                boolean known = false;
                for (Claim c : out)
                    if (c.evidence().overlaps(span) && c.proposition() instanceof Proposition.Position q && q.holder().equals(pos.holder()) && q.stance() == pos.stance())
                        known = true;
                if (known) continue;
                // a figure inside the clause is the position's quantity ("limit its army to 50,000 troops")
                Claim figure = null;
                for (Claim c : out) if (c.proposition() instanceof Proposition.Figure && span.contains(c.evidence())) { figure = c; break; }
                if (figure != null) {
                    pos = new Proposition.Position(pos.holder(), pos.stance(), pos.issues(), pos.addressee(), pos.content(),
                        ((Proposition.Figure) figure.proposition()).quantity());
                    out.remove(figure);
                    if (host != null) hostAt = out.indexOf(host);
                }
                if (host != null) {
                    out.set(hostAt, new Claim(host.evidence(), host.source(), host.sourceKind(), host.via(), host.verb(), host.quotations(),
                        host.certainty(), host.polarity(), host.date(), host.dateText(), pos, host.method(), host.confidence(), host.origin()));
                } else {
                    out.add(new Claim(span, sp.iri(), sp.kind(), basis == null ? List.of() : basis.via(), basis == null ? null : basis.verb(),
                        List.of(), basis == null ? lex.certainty(s, ext[0], ext[1]) : basis.certainty(), Polarity.AFFIRMED, null, null, pos,
                        rules.iri(st.rule()), rules.confidence(st.rule()), new Origin(pa.article.sourceFile(), 0)));
                }
            }
        }
        return out;
    }

    /**
     * "Zelensky … stressed the key terms: restoration of territorial integrity;
     * reimbursement for the damage; …": each item of a list of conditions is a
     * demand of whoever states the list (the source of the claim naming it, or the
     * subject of its verb), on the issues the item names (rule {@code position-list}).
     */
    private void conditionLists(ParsedArticle pa, List<Claim> out) {
        String announced = null;  // who set out terms in the sentence before ("Putin set out his terms.")
        for (CoreSentence s : pa.sentences()) {
            int sb = ParsedArticle.begin(s), se = ParsedArticle.end(s);
            String previous = announced;
            announced = termsAnnounced(pa, s);
            if (previous != null) obligationsOf(pa, s, previous, out);
            java.util.regex.Matcher m = CONDITION_LIST.matcher(pa.text).region(sb, se);
            if (!m.find()) continue;
            String holder = null;
            SourceKind kind = null;
            org.peacetalks.annotate.Span at = pa.span(m.start(), m.end());
            for (Claim c : out)
                if (c.evidence().overlaps(at) && c.sourceKind() == SourceKind.NAMED) { holder = c.source(); kind = c.sourceKind(); break; }
            SemanticGraph g = ParsedArticle.tree(s);
            if (holder == null && g != null)
                for (IndexedWord w : g.vertexListSorted()) {
                    if (w.beginPosition() < m.start() || w.endPosition() > m.end()) continue;
                    IndexedWord gov = g.getParent(w);
                    IndexedWord subj = null;
                    for (IndexedWord up = gov; up != null && subj == null; up = g.getParent(up)) subj = ParsedArticle.child(g, up, "nsubj");
                    Gazetteer.Mention hm = subj == null ? null : pa.mentionCovering(subj.beginPosition(), subj.endPosition());
                    if (hm != null && lex.actors.contains(hm.iri())) { holder = lex.stateOf.getOrDefault(hm.iri(), hm.iri()); kind = SourceKind.NAMED; }
                    break;
                }
            if (holder == null) continue;
            String list = pa.text.substring(m.end(), se).replaceFirst("[.;]\\s*$", "");
            String sep = list.contains(";") ? ";" : ",";
            int pos = m.end();
            for (String item : list.split(sep)) {
                int from = pa.text.indexOf(item, pos);
                pos = from + item.length();
                String t = item.strip().replaceFirst("^(?:and|or)\\s+", "");
                if (t.split("\\s+").length < 2) continue;
                int f = pa.text.indexOf(t, from), to = f + t.length();
                List<String> issues = positions.issuesIn(t);
                if (issues.isEmpty()) continue;
                out.add(new Claim(pa.span(f, to), holder, kind, List.of(), null, List.of(), lex.certainty(s, f, to), Polarity.AFFIRMED,
                    null, null, new Proposition.Position(holder, Stance.DEMAND, issues, null, t, null), rules.iri("position-list"), rules.confidence("position-list"),
                    new Origin(pa.article.sourceFile(), 0)));
            }
        }
    }


    /** The actor whose terms, conditions or demands a sentence introduces without listing them, or null. */
    private String termsAnnounced(ParsedArticle pa, CoreSentence s) {
        SemanticGraph g = ParsedArticle.tree(s);
        if (g == null || pa.text.substring(ParsedArticle.begin(s), ParsedArticle.end(s)).contains(":")) return null;
        for (IndexedWord w : g.vertexListSorted()) {
            if (!w.tag().startsWith("NN") || !positions.termNouns.contains(w.lemma() == null ? "" : w.lemma().toLowerCase(Locale.ROOT))) continue;
            IndexedWord verb = g.getParent(w);
            IndexedWord subj = verb == null ? null : ParsedArticle.child(g, verb, "nsubj");
            Gazetteer.Mention m = subj == null ? null : pa.mentionCovering(subj.beginPosition(), subj.endPosition());
            if (m != null && lex.actors.contains(lex.stateOf.getOrDefault(m.iri(), m.iri()))) return lex.stateOf.getOrDefault(m.iri(), m.iri());
        }
        return null;
    }

    /** "Putin set out his terms. Ukraine must drop …": the obligations that follow are that actor's demands. */
    private void obligationsOf(ParsedArticle pa, CoreSentence s, String holder, List<Claim> out) {
        SemanticGraph g = ParsedArticle.tree(s);
        if (g == null) return;
        for (IndexedWord w : g.vertexListSorted()) {
            Positions.Found st = positions.stance(g, w);
            if (st == null || !st.rule().equals("position-obligation") || st.head() != w) continue;
            int[] ext = ParsedArticle.extent(g, s, w, Set.of("punct", "parataxis"));
            org.peacetalks.annotate.Span span = pa.span(ext[0], ext[1]);
            if (out.stream().anyMatch(c -> c.evidence().overlaps(span) && c.proposition() instanceof Proposition.Position)) continue;
            String content = pa.text.substring(ext[0], ext[1]);
            List<String> issues = positions.issuesIn(content);
            if (issues.isEmpty()) continue;
            IndexedWord subj = ParsedArticle.child(g, w, "nsubj");
            Gazetteer.Mention am = subj == null ? null : pa.mentionCovering(subj.beginPosition(), subj.endPosition());
            String addressee = am == null ? null : lex.stateOf.getOrDefault(am.iri(), am.iri());
            out.add(new Claim(span, holder, SourceKind.NAMED, List.of(), null, List.of(), lex.certainty(s, ext[0], ext[1]), Polarity.AFFIRMED,
                null, null, new Proposition.Position(holder, Stance.DEMAND, issues, lex.actors.contains(addressee) ? addressee : null, content, null),
                rules.iri("position-terms"), rules.confidence("position-terms"), new Origin(pa.article.sourceFile(), 0)));
        }
    }

    /** A position when the clause has a stance on an issue, else a statement about the entities it names. */
    Proposition proposition(ParsedArticle pa, Speakers speakers, CoreSentence s, SemanticGraph g, Speakers.Speaker sp, IndexedWord head,
                            String content) {
        Positions.Found st = positions.stance(g, head);
        List<String> issues = positions.issuesIn(content);
        // a stance on "such terms", "the deal", "concessions" is a position even where no issue is named
        int cFrom = pa.text.indexOf(content, ParsedArticle.begin(s)), cTo = cFrom + content.length();
        if (st != null && (!issues.isEmpty() || cFrom >= 0 && positions.aboutNegotiation(s, cFrom, cTo, st.head()))) {
            String holder = null, addressee = null;
            IndexedWord subj = ParsedArticle.child(g, st.head(), "nsubj");
            if (st.head().tag().startsWith("NN")) {
                // a noun's holder: its possessor, or the subject of the clause it sits in
                subj = ParsedArticle.child(g, st.head(), "nmod:poss");
                if (subj == null || subj.tag().equals("PRP$")) {
                    IndexedWord gov = g.getParent(st.head());
                    while (gov != null && !gov.tag().startsWith("VB") && g.getParent(gov) != null) gov = g.getParent(gov);
                    IndexedWord gs = gov == null ? null : ParsedArticle.child(g, gov, "nsubj");
                    if (gs != null) subj = gs;
                }
            }
            if (subj == null && st.head() != head) subj = ParsedArticle.child(g, head, "nsubj");
            // "… and insists Kyiv abandon …": a coordinated clause shares its first conjunct's subject
            // (a bad parse may hang the conjunct lower: climb to the nearest clause with a subject)
            if (subj == null && ParsedArticle.relToParent(g, head).startsWith("conj"))
                for (IndexedWord up = g.getParent(head); up != null && subj == null; up = g.getParent(up))
                    subj = ParsedArticle.child(g, up, "nsubj");
            Gazetteer.Mention hm = subj == null ? null : pa.mentionCovering(subj.beginPosition(), subj.endPosition());
            // a place holds no position: "Moscow's readiness" is the Russian state's
            if (hm != null && lex.stateOf.containsKey(hm.iri()))
                hm = new Gazetteer.Mention(hm.span(), hm.from(), hm.to(), lex.stateOf.get(hm.iri()), hm.surface());
            boolean obligation = st.rule().equals("position-obligation") || st.rule().equals("position-condition")
                || st.rule().equals("position-warning");
            if (obligation) {
                // "Kyiv must recognise …": demanded by the source, of the subject
                if (sp.kind() == SourceKind.NAMED) holder = sp.iri();
                if (hm != null && lex.actors.contains(hm.iri())) addressee = hm.iri();
            } else if (hm != null && lex.actors.contains(hm.iri())) {
                holder = hm.iri();
            } else if (subj != null && Set.of("it", "they").contains(subj.word().toLowerCase(Locale.ROOT))
                && sp.kind() == SourceKind.NAMED && !lex.people.contains(sp.iri()) && lex.actors.contains(sp.iri())) {
                // "the Kremlin has been signalling that it is ready …": the institution speaks of itself
                holder = sp.iri();
            } else if (subj != null && subj.word().equalsIgnoreCase("it")) {
                Gazetteer.Mention inst = pa.institution(lex, subj.beginPosition());
                holder = inst == null ? null : inst.iri();
            } else if (subj != null && Set.of("he", "she").contains(subj.word().toLowerCase(Locale.ROOT))) {
                Gazetteer.Mention last = pa.antecedent(lex.people, subj.beginPosition());
                holder = last == null ? null : last.iri();
            } else if (sp.kind() == SourceKind.NAMED && (subj == null || Set.of("we", "i").contains(subj.word().toLowerCase(Locale.ROOT)))) {
                holder = sp.iri();
            }
            // "Russian officials have stated that the future of Crimea is not open to debate": unnamed
            // officials speak for the one state or organisation they belong to
            if (holder == null && sp.kind() == SourceKind.ANONYMOUS && (obligation || hm == null || !lex.actors.contains(hm.iri())))
                holder = speakers.affiliationOf(sp.iri());
            if (holder != null) {
                if (addressee == null && st.stance() == Stance.DEMAND) {
                    IndexedWord inner = ParsedArticle.child(g, st.head(), "ccomp", "obj", "iobj");
                    IndexedWord innerSubj = inner == null ? null : ParsedArticle.child(g, inner, "nsubj");
                    IndexedWord who = innerSubj != null ? innerSubj : inner;
                    Gazetteer.Mention am = who == null ? null : pa.mentionCovering(who.beginPosition(), who.endPosition());
                    if (am != null && lex.actors.contains(am.iri()) && !am.iri().equals(holder)) addressee = am.iri();
                }
                return new Proposition.Position(holder, st.stance(), issues, addressee, content, null);
            }
        }
        List<String> about = new ArrayList<>();
        int from = pa.text.indexOf(content), to = from + content.length();
        for (Gazetteer.Mention m : pa.mentionsWithin(Math.max(0, from), to)) if (!about.contains(m.iri())) about.add(m.iri());
        for (String i : issues) if (!about.contains(i)) about.add(i);
        return new Proposition.Statement(about, content);
    }


    /** The rules this stage fires. */
    RuleCatalogue.Scope rules() { return rules; }
}
