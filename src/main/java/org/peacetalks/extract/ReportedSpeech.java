package org.peacetalks.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.peacetalks.annotate.Certainty;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.DateValue;
import org.peacetalks.annotate.Origin;
import org.peacetalks.annotate.Polarity;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.extract.rules.RuleCatalogue;
import org.peacetalks.vocab.PT;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Reported speech over the dependency parse. Rules (ids in pt:method), with the
 * lexicons of {@code attribution.rules}:
 * <ul>
 * <li>{@code report-verb}: SOURCE VERB (that) CLAUSE; coordinated clauses ("rules
 * out … and insists …") are separate claims; "told Reuters" makes Reuters the
 * intermediary; commissive verbs take an infinitive ("vowed to end the war").</li>
 * <li>{@code report-inverted}: CLAUSE, SOURCE VERB. (the parse attaches the report
 * to the clause); {@code report-trailing}: the same read from the words when the
 * parse attaches it elsewhere.</li>
 * <li>{@code report-according}: CLAUSE, according to SOURCE.</li>
 * <li>{@code report-citing}: CLAUSE, OUTLET VERB, citing SOURCE.</li>
 * <li>{@code report-object}: SOURCE decried THE MOVE as AN ESCALATION.</li>
 * <li>{@code report-noun}: SOURCE's threat / demand / pledge (that) ….</li>
 * <li>{@code report-belief}: SOURCE is afraid / confident that CLAUSE.</li>
 * </ul>
 * An outlet reporting what a source said relays it (via); "as reported by X" makes
 * X the intermediary of the sentence's other sources; a report inside another
 * report's clause belongs to it. Hedges in the clause or on the verb set the
 * certainty, denial verbs the polarity; a date on the verb ("said on Nov. 7") is
 * the claim's date, resolved only against the publication date. What the clause
 * asserts comes from {@link PositionFrames}.
 */
final class ReportedSpeech {
    private static final Set<String> CLAUSE_CUT = ParsedArticle.CLAUSE_CUT;

    private final Lexicons lex;
    private final PositionFrames frames;
    private final PT.Ids ids;
    private final RuleCatalogue.Scope rules;

    /** The sentence shapes this stage fires (declared in attribution.rules). */
    static final List<String> RULES = List.of("report-verb", "report-inverted", "report-object", "report-according", "report-noun",
        "report-belief", "report-citing", "report-trailing");

    ReportedSpeech(Lexicons lex, PositionFrames frames, PT.Ids ids) {
        this.lex = lex;
        this.frames = frames;
        this.ids = ids;
        this.rules = RuleCatalogue.shipped().scope("reports", ids, RULES);
    }

    /** One attribution in a sentence: who, through whom, by which words, over which clauses. */
    private record Found(Speakers.Speaker speaker, String via, String verb, IndexedWord verbWord, List<IndexedWord> contents,
                         int[] extent, String rule, boolean denial, int clipAt) {
        Found(Speakers.Speaker speaker, String via, String verb, IndexedWord verbWord, List<IndexedWord> contents,
              int[] extent, String rule, boolean denial) {
            this(speaker, via, verb, verbWord, contents, extent, rule, denial, -1);
        }
    }

    List<Claim> extract(ParsedArticle pa, Speakers speakers) {
        List<Claim> out = new ArrayList<>();
        LocalDate published = published(pa);
        for (CoreSentence s : pa.sentences()) {
            SemanticGraph g = ParsedArticle.tree(s);
            if (g == null) continue;
            List<Found> found = new ArrayList<>();
            for (IndexedWord w : g.vertexListSorted()) {
                String lemma = lemma(w);
                if (w.word().equalsIgnoreCase("according") && ParsedArticle.relToParent(g, w).startsWith("case")) {
                    IndexedWord src = g.getParent(w);
                    Speakers.Speaker sp = src == null ? null : speakers.resolve(s, g, src);
                    IndexedWord clause = src == null ? null : g.getParent(src);
                    if (sp == null || clause == null) continue;
                    // the clause without the "according to" phrase
                    int[] ext = ParsedArticle.extent(g, s, clause, Set.of("punct"));
                    int[] cut = ParsedArticle.extent(g, s, src, Set.of());
                    int from = ext[0], to = ext[1];
                    if (cut[0] <= from) from = Math.min(to, nextWordStart(s, cut[1]));
                    else if (cut[1] >= to) to = trimEnd(pa.text, from, Math.max(from, w.beginPosition()));
                    if (to - from < 10) continue;
                    found.add(new Found(sp, null, "according to", null, List.of(clause), new int[] {from, to}, "report-according", false));
                } else if (w.tag().startsWith("NN") && lex.speechNouns.contains(lemma)) {
                    // "Trump's threat to end the war “in 24 hours”", "Putin's demand that …": the possessor said it
                    IndexedWord poss = ParsedArticle.child(g, w, "nmod:poss");
                    if (poss == null || poss.tag().equals("PRP$") && !Set.of("his", "her").contains(poss.word().toLowerCase(Locale.ROOT))) continue;
                    Speakers.Speaker sp = speakers.resolve(s, g, poss.tag().equals("PRP$") ? pronounFor(g, poss) : poss);
                    if (sp == null) continue;
                    int[] ext = ParsedArticle.extent(g, s, w, Set.of("punct", "acl:relcl", "appos", "conj", "cc"));
                    int[] who = ParsedArticle.extent(g, s, poss, Set.of());
                    int from = who[1] >= ext[0] && who[1] < ext[1] ? nextWordStart(s, who[1]) : ext[0];
                    if (pa.text.startsWith("’s", from) || pa.text.startsWith("'s", from)) from = nextWordStart(s, from + 2);
                    if (ext[1] - from < 12 || ParsedArticle.children(g, w, "acl", "ccomp", "nmod", "amod").isEmpty()) continue;
                    found.add(new Found(sp, null, pa.text.substring(w.beginPosition(), w.endPosition()), w, List.of(w),
                        new int[] {from, ext[1]}, "report-noun", lemma.equals("denial")));
                } else if (w.tag().startsWith("JJ") && lex.beliefAdjectives.contains(lemma) && ParsedArticle.child(g, w, "ccomp") != null
                    && ParsedArticle.child(g, w, "nsubj") != null) {
                    // "Western policymakers are afraid that …", "Kyiv is confident that …": a stated belief
                    Speakers.Speaker sp = speakers.resolve(s, g, ParsedArticle.child(g, w, "nsubj"));
                    if (sp == null) continue;
                    found.add(new Found(sp, null, pa.text.substring(w.beginPosition(), w.endPosition()), w, ParsedArticle.children(g, w, "ccomp"),
                        null, "report-belief", false));
                } else if (isReporting(g, w, lemma)) {
                    if (lemma.equals("cite") && w.tag().equals("VBG")) {
                        citing(pa, s, g, w, speakers, published, out);
                        continue;
                    }
                    String rel = ParsedArticle.relToParent(g, w);
                    List<IndexedWord> contents = new ArrayList<>(ParsedArticle.children(g, w, "ccomp"));
                    // "made it clear that …": the clause hangs from "clear"
                    for (IndexedWord x : ParsedArticle.children(g, w, "xcomp", "obj", "advmod"))
                        if (lemma.equals("make")) contents.addAll(ParsedArticle.children(g, x, "ccomp"));
                    String rule = "report-verb";
                    if (contents.isEmpty() && lex.commissiveVerbs.contains(lemma)) contents = ParsedArticle.children(g, w, "xcomp");
                    boolean objectContent = false;
                    if (contents.isEmpty() && (lex.denialVerbs.contains(lemma) || lex.objectVerbs.contains(lemma))
                        && ParsedArticle.child(g, w, "obj") != null) {
                        // "decried the move as an escalation", "acknowledged the document as a basis": the predicate is the claim
                        contents = List.of(w);
                        objectContent = true;
                    }
                    // "…, five sources told Reuters." / "…, as indicated by officials": the report governs nothing,
                    // the clause it hangs from is what was said
                    // (a report that is itself what another verb reports, "confirmed that Moscow believed …", is nested, not inverted)
                    boolean inverted = contents.isEmpty() && (rel.startsWith("parataxis") || rel.startsWith("advcl") || rel.startsWith("ccomp") || rel.equals("dep")
                        || rel.startsWith("csubj"))
                        && g.getParent(w) != null && !(rel.startsWith("ccomp") && isReporting(g, g.getParent(w), lemma(g.getParent(w))));
                    if (inverted) {
                        // the parse may hang the report from the clause's last noun: climb to the clause
                        IndexedWord c = g.getParent(w);
                        while (!(c.tag().startsWith("VB") || c.tag().startsWith("JJ")) && g.getParent(c) != null) c = g.getParent(c);
                        contents = List.of(c);
                        rule = "report-inverted";
                    }
                    if (contents.isEmpty()) continue;
                    IndexedWord subj = ParsedArticle.child(g, w, "nsubj");
                    // "… and insisted", "continues to insist", "…, asserting that": the governing clause's subject
                    if (subj == null && (rel.startsWith("conj") || rel.startsWith("xcomp") || rel.startsWith("advcl")) && g.getParent(w) != null)
                        subj = ParsedArticle.child(g, g.getParent(w), "nsubj");
                    // a passive agent speaks only in a passive clause or "as reported by": "regions claimed by
                    // Russia" is a noun's modifier, not a report
                    boolean passive = !ParsedArticle.children(g, w, "aux", "aux:pass", "mark", "case").isEmpty();
                    if (subj == null && passive) for (IndexedWord o : ParsedArticle.children(g, w, "obl")) {
                        IndexedWord c = ParsedArticle.child(g, o, "case");
                        if (c != null && c.word().equalsIgnoreCase("by")) subj = o;  // passive agent
                    }
                    Speakers.Speaker sp = subj == null ? appositiveSubject(pa, s, w) : speakers.resolve(s, g, subj);
                    if (sp == null) continue;
                    String via = null;
                    if (lemma.equals("tell")) for (IndexedWord o : ParsedArticle.children(g, w, "obj", "iobj")) {
                        Gazetteer.Mention m = pa.mentionCovering(o.beginPosition(), o.endPosition());
                        if (m != null && lex.outlets.contains(m.iri())) via = m.iri();
                    }
                    String verb = pa.text.substring(w.beginPosition(), w.endPosition());
                    if (objectContent) {
                        int[] ext = ParsedArticle.extent(g, s, w, java.util.Set.of("nsubj", "punct", "conj", "cc", "parataxis", "aux", "advmod", "mark"));
                        found.add(new Found(sp, via, verb, w, contents, ext, "report-object", lex.denialVerbs.contains(lemma)));
                    } else {
                        found.add(new Found(sp, via, verb, w, contents, null, rule, lex.denialVerbs.contains(lemma)));
                    }
                }
            }
            Found tail = trailing(pa, s, g, speakers, found);
            if (tail != null) found.add(tail);
            // "…, according to ten sources, as reported by Reuters": the agent of "as reported by" relays the others
            String relay = null;
            int relayVerb = -1;
            List<CoreLabel> toks = s.tokens();
            for (int i = 0; i + 3 < toks.size(); i++) {
                if (!toks.get(i).word().equalsIgnoreCase("as") || !toks.get(i + 2).word().equalsIgnoreCase("by")) continue;
                String l = toks.get(i + 1).lemma() == null ? "" : toks.get(i + 1).lemma().toLowerCase(Locale.ROOT);
                if (!lex.reportingVerbs.contains(l)) continue;
                for (Gazetteer.Mention m : pa.mentionsWithin(toks.get(i + 3).beginPosition(), ParsedArticle.end(s)))
                    if (m.from() == toks.get(i + 3).beginPosition() && lex.actors.contains(m.iri())) { relay = m.iri(); relayVerb = i + 2; }
            }
            if (relay != null) {
                int rv = relayVerb;
                found.removeIf(f -> f.verbWord != null && f.verbWord.index() == rv);
                String via = relay;
                found.replaceAll(f -> f.via != null || f.speaker.iri().equals(via) ? f
                    : new Found(f.speaker, via, f.verb, f.verbWord, f.contents, f.extent, f.rule, f.denial, f.clipAt));
            }
            // "Reuters reported that a senior source said …": an outlet relays the inner source
            List<Found> relayed = new ArrayList<>();
            for (Found f : found) {
                if (f.verbWord == null) continue;
                for (Found o : found) {
                    if (o == f || o.verbWord == null || !lex.outlets.contains(o.speaker.iri()) || !covers(g, s, o, f) || covers(g, s, f, o)) continue;
                    relayed.add(o);
                    relayed.add(new Found(f.speaker, o.speaker.iri(), f.verb, f.verbWord, f.contents, f.extent, f.rule, f.denial, f.clipAt));
                    relayed.add(f);
                }
            }
            for (int i = 0; i < relayed.size(); i += 3) {
                found.remove(relayed.get(i));
                found.set(found.indexOf(relayed.get(i + 2)), relayed.get(i + 1));
            }
            for (Found f : found) {
                // a report inside what another report says is part of that claim ("sources said Putin insists …")
                if (f.verbWord != null && nestedIn(g, s, f, found)) continue;
                if (f.extent != null) {
                    Claim cl = claim(pa, speakers, s, g, f.speaker, f.via, f.verb, f.contents.get(0), f.extent[0], f.extent[1], f.rule, published);
                    out.add(f.denial ? withPolarity(cl, Polarity.DENIED) : cl);
                    continue;
                }
                List<IndexedWord> parts = new ArrayList<>();
                for (IndexedWord c : f.contents) parts.addAll(coordinated(g, c));
                parts.addAll(quotedCoordinates(g, s, f, parts));
                for (IndexedWord part : parts) {
                    Set<String> cut = new java.util.HashSet<>(CLAUSE_CUT);
                    int[] ext = ParsedArticle.extent(g, s, part, cut);
                    if (f.clipAt >= 0) ext = new int[] {ext[0], trimEnd(pa.text, ext[0], Math.min(ext[1], f.clipAt))};
                    else if (f.rule.equals("report-inverted")) ext = without(g, s, part, f.verbWord, ext);
                    if (ext[1] - ext[0] < 10) continue;
                    Claim cl = claim(pa, speakers, s, g, f.speaker, f.via, f.verb, part, ext[0], ext[1], f.rule, published);
                    if (f.denial) cl = withPolarity(cl, Polarity.DENIED);
                    out.add(hedgedBy(cl, g, f.verbWord));
                }
            }
        }
        return out;
    }

    /**
     * The attribution closing a sentence, read from the words when the parse
     * misses it: "CLAUSE, SOURCE VERB (OUTLET)." or "CLAUSE, VERB SOURCE." with a
     * reporting verb, a short source phrase and the main clause before the comma.
     */
    private Found trailing(ParsedArticle pa, CoreSentence s, SemanticGraph g, Speakers speakers, List<Found> found) {
        List<CoreLabel> toks = s.tokens();
        int n = toks.size();
        while (n > 0 && ParsedArticle.isPunct(toks.get(n - 1))) n--;
        int comma = -1;
        for (int i = n - 1; i > 2 && i > n - 16; i--) if (toks.get(i).word().equals(",")) { comma = i; break; }
        if (comma < 0) return null;
        IndexedWord root = g.getFirstRoot();
        if (toks.get(comma + 1).word().equalsIgnoreCase("citing") && n - comma - 2 >= 1 && n - comma - 2 <= 14) {
            // "CLAUSE, REPORTER reported on DATE, citing SOURCES."
            for (Found f : found) if (f.rule.equals("report-citing")) return null;
            Speakers.Speaker sp = speakers.resolveSpan(s, comma + 2, n);
            if (sp == null) return null;
            int clip = comma;
            String via = null;
            for (int i = comma - 1; i > 1 && i > comma - 14; i--) {
                if (!toks.get(i).word().equals(",")) continue;
                for (int v = i + 1; v < comma; v++) {
                    CoreLabel t = toks.get(v);
                    if (!t.tag().startsWith("VB") || !lex.reportingVerbs.contains(t.lemma().toLowerCase(Locale.ROOT))) continue;
                    Speakers.Speaker reporter = v > i + 1 ? speakers.resolveSpan(s, i + 1, v) : null;
                    if (reporter != null && reporter.kind() == SourceKind.NAMED) { via = reporter.iri(); clip = i; }
                    break;
                }
                break;
            }
            if (root == null || root.index() - 1 >= clip) return null;
            return new Found(sp, via, "citing", g.getNodeByIndexSafe(comma + 2), List.of(root), null, "report-citing", false,
                toks.get(clip).beginPosition());
        }
        if (root == null || root.index() - 1 >= comma) return null;
        for (int v = comma + 1; v < n; v++) {
            CoreLabel t = toks.get(v);
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if (!t.tag().startsWith("VB") || !lex.reportingVerbs.contains(lemma) || lemma.equals("cite")) continue;
            for (Found f : found) if (f.verbWord != null && f.verbWord.index() == v + 1) return null;
            Speakers.Speaker sp;
            String via = null;
            if (v == comma + 1) {  // ", said Peskov."
                // ", calling them Kremlin propaganda": a participle's subject is the main clause's, not what follows it
                if (t.tag().equals("VBG") || n - v - 1 < 1 || n - v - 1 > 12) return null;
                sp = speakers.resolveSpan(s, v + 1, n);
            } else {
                if (v - comma - 1 > 12 || n - v - 1 > 4) return null;
                sp = speakers.resolveSpan(s, comma + 1, v);
                if (lemma.equals("tell")) {
                    int from = toks.get(v).endPosition(), to = toks.get(n - 1).endPosition();
                    for (Gazetteer.Mention m : pa.mentionsWithin(from, to)) if (lex.outlets.contains(m.iri())) via = m.iri();
                }
            }
            if (sp == null) return null;
            IndexedWord verb = g.getNodeByIndexSafe(v + 1);
            return new Found(sp, via, t.word(), verb, List.of(root), null, "report-trailing",
                lex.denialVerbs.contains(lemma), toks.get(comma).beginPosition());
        }
        return null;
    }

    /** "his"/"her" as a subject: the word itself, which {@link Speakers#resolve} reads as he/she. */
    private static IndexedWord pronounFor(SemanticGraph g, IndexedWord poss) {
        IndexedWord w = new IndexedWord(poss.backingLabel().labelFactory().newLabel(poss.backingLabel()));
        w.setWord(poss.word().equalsIgnoreCase("his") ? "he" : "she");
        w.setTag("PRP");
        w.setBeginPosition(poss.beginPosition());
        w.setEndPosition(poss.endPosition());
        return w;
    }

    /**
     * "Dimitri Simes, a prominent expert … who emigrated …, suggested that …": a long
     * appositive can leave the finite verb without a subject in the parse; the name
     * opening the sentence, closed off by commas before the verb, is its subject.
     */
    private Speakers.Speaker appositiveSubject(ParsedArticle pa, CoreSentence s, IndexedWord verb) {
        if (!Set.of("VBD", "VBZ", "VBP").contains(verb.tag())) return null;
        int start = ParsedArticle.begin(s);
        for (Gazetteer.Mention m : pa.mentions) {
            if (m.from() != start) continue;
            if (!lex.actors.contains(m.iri())) return null;
            String between = pa.text.substring(m.to(), verb.beginPosition());
            if (between.startsWith(",") && between.stripTrailing().endsWith(",") && between.length() < 250)
                return new Speakers.Speaker(m.iri(), SourceKind.NAMED, m.from(), m.to());
            return null;
        }
        return null;
    }

    private boolean isReporting(SemanticGraph g, IndexedWord w, String lemma) {
        if (!w.tag().startsWith("VB")) return false;
        if (lex.reportingVerbs.contains(lemma)) return true;
        // "has made it clear that …"
        if (lemma.equals("make")) for (IndexedWord c : ParsedArticle.children(g, w, "xcomp", "obj", "advmod"))
            if (c.lemma() != null && c.lemma().equalsIgnoreCase("clear")) return true;
        return false;
    }

    /**
     * Whether {@code f}'s verb lies inside a clause that another attribution in the
     * sentence reports. When two contain each other (a bad parse), the one read
     * from the surface, else the later verb, is the outer one.
     */
    private static boolean nestedIn(SemanticGraph g, CoreSentence s, Found f, List<Found> all) {
        for (Found o : all) {
            if (o == f || o.verbWord == null || o.rule.equals("report-according") || !covers(g, s, o, f)) continue;
            if (!covers(g, s, f, o)) return true;
            if (o.clipAt >= 0 && f.clipAt < 0) return true;
            if (f.clipAt < 0 && o.verbWord.index() > f.verbWord.index()) return true;
        }
        return false;
    }

    private static boolean covers(SemanticGraph g, CoreSentence s, Found o, Found f) {
        for (IndexedWord c : o.contents) {
            if (c.equals(f.verbWord)) return !c.equals(o.verbWord);  // "reported that a source said …"
            int[] ext = ParsedArticle.extent(g, s, c, Set.of("punct"));
            if (o.clipAt >= 0) ext = new int[] {ext[0], Math.min(ext[1], o.clipAt)};
            else if (o.rule.equals("report-inverted")) ext = without(g, s, c, o.verbWord, ext);
            if (ext[0] <= f.verbWord.beginPosition() && f.verbWord.endPosition() <= ext[1]) return true;
        }
        return false;
    }

    /** {@code ext} of {@code clause} without the reporting phrase headed by {@code report} at either end. */
    private static int[] without(SemanticGraph g, CoreSentence s, IndexedWord clause, IndexedWord report, int[] ext) {
        int[] r = ParsedArticle.extent(g, s, report, Set.of());
        int from = ext[0], to = ext[1];
        if (r[0] <= from) from = Math.min(to, r[1]);
        else if (r[1] >= to || r[0] > from) to = Math.min(to, r[0]);
        String t = s.text();
        int base = ParsedArticle.begin(s);
        while (from < to && ",;:—– ".indexOf(t.charAt(from - base)) >= 0) from++;
        while (to > from && ",;:—– ".indexOf(t.charAt(to - 1 - base)) >= 0) to--;
        return new int[] {from, to};
    }

    /** "Reuters reported, citing two officials, that …": the cited are the source, the outlet relays. */
    private void citing(ParsedArticle pa, CoreSentence s, SemanticGraph g, IndexedWord citing, Speakers speakers, LocalDate published,
                        List<Claim> out) {
        IndexedWord obj = ParsedArticle.child(g, citing, "obj");
        IndexedWord gov = g.getParent(citing);
        if (obj == null || gov == null) return;
        Speakers.Speaker sp = speakers.resolve(s, g, obj);
        if (sp == null) return;
        String via = null;
        IndexedWord subj = ParsedArticle.child(g, gov, "nsubj");
        if (subj != null) {
            Gazetteer.Mention m = pa.mentionCovering(subj.beginPosition(), subj.endPosition());
            if (m != null && lex.actors.contains(m.iri())) via = m.iri();
        }
        IndexedWord content = ParsedArticle.child(g, gov, "ccomp");
        if (content == null)
            for (IndexedWord c : ParsedArticle.children(g, gov, "advcl", "parataxis")) if (c.index() < gov.index()) { content = c; break; }
        IndexedWord head = content != null ? content : gov;
        int[] ext;
        if (content != null) {
            ext = ParsedArticle.extent(g, s, content, CLAUSE_CUT);
        } else {
            // "CLAUSE, Reuters reported on Friday, citing …": the clause before the reporting phrase
            IndexedWord root = g.getFirstRoot();
            IndexedWord start = subj != null && subj.index() < gov.index() ? subj : gov;
            if (root == null || root.index() >= start.index()) return;
            head = root;
            int[] r = ParsedArticle.extent(g, s, root, Set.of("punct"));
            ext = new int[] {r[0], trimEnd(pa.text, r[0], Math.min(r[1], start.beginPosition()))};
        }
        if (ext[1] - ext[0] < 10) return;
        out.add(claim(pa, speakers, s, g, sp, via, "citing", head, ext[0], ext[1], "report-citing", published));
    }

    /**
     * Clauses the parse coordinates with a reporting verb although they continue
     * the quotation of what it reports ("said that “Putin can fight …, but Putin is
     * also ready …”"): a conjunct of a reporting verb inside the same quotation
     * marks as one of {@code parts}.
     */
    private List<IndexedWord> quotedCoordinates(SemanticGraph g, CoreSentence s, Found f, List<IndexedWord> parts) {
        List<IndexedWord> out = new ArrayList<>();
        if (parts.isEmpty()) return out;
        int base = ParsedArticle.begin(s);
        java.util.regex.Matcher m = QUOTED.matcher(s.text());
        while (m.find()) {
            int qs = base + m.start(), qe = base + m.end();
            boolean holdsPart = false;
            for (IndexedWord p : parts) if (p.beginPosition() >= qs && p.endPosition() <= qe) holdsPart = true;
            if (!holdsPart) continue;
            for (IndexedWord x : g.vertexListSorted()) {
                if (!ParsedArticle.relToParent(g, x).startsWith("conj") || parts.contains(x) || x.beginPosition() < qs || x.endPosition() > qe) continue;
                IndexedWord gov = g.getParent(x);
                if (gov != null && lex.reportingVerbs.contains(lemma(gov)) && gov.beginPosition() < qs) out.add(x);
            }
        }
        return out;
    }

    /** {@code c} and the clauses coordinated with it. */
    private static List<IndexedWord> coordinated(SemanticGraph g, IndexedWord c) {
        List<IndexedWord> out = new ArrayList<>(List.of(c));
        for (IndexedWord x : ParsedArticle.children(g, c, "conj"))
            if (x.tag().startsWith("VB") || ParsedArticle.child(g, x, "nsubj") != null || ParsedArticle.child(g, x, "cop") != null) out.add(x);
        return out;
    }

    private Claim claim(ParsedArticle pa, Speakers speakers, CoreSentence s, SemanticGraph g, Speakers.Speaker sp, String via, String verb,
                        IndexedWord head, int from, int to, String rule, LocalDate published) {
        // the complementiser is not part of what was said
        java.util.regex.Matcher that = java.util.regex.Pattern.compile("^(?i:that)\\s+").matcher(pa.text.substring(from, to));
        if (that.find()) from += that.end();
        String content = pa.text.substring(from, to);
        Certainty certainty = lex.certainty(s, from, to);
        IndexedWord verbWord = g.getParent(head);
        DateValue date = null;
        String dateText = null;
        if (verbWord != null) {
            String[] d = dateOn(s, g, verbWord);
            if (d != null) {
                dateText = d[0];
                date = Dates.value(d[0], d[1], published);
            }
        }
        Proposition prop = frames.proposition(pa, speakers, s, g, sp, head, content);
        return new Claim(pa.span(from, to), sp.iri(), sp.kind(), via == null ? List.of() : List.of(via), verb, quotations(pa.text, s, from, to),
            certainty, Polarity.AFFIRMED, date, dateText, prop, rules.iri(rule), rules.confidence(rule), new Origin(pa.article.sourceFile(), 0));
    }

    private static final java.util.regex.Pattern QUOTED =
        java.util.regex.Pattern.compile("“([^“”\\n]{1,1500})”|\"([^\"\\n]{1,1500})\"|(?<!\\p{L})‘([^‘’\\n]{2,300})’(?!\\p{L})");

    /**
     * Words of [from, to) that the sentence puts in quotation marks: the source's
     * own words, also when the marks fall outside the clause ("said that “Putin can
     * fight …, but Putin is also ready …”" gives each clause its quoted part).
     */
    static List<String> quotations(String text, CoreSentence s, int from, int to) {
        List<String> out = new ArrayList<>();
        int base = ParsedArticle.begin(s);
        java.util.regex.Matcher m = QUOTED.matcher(s.text());
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            int qs = Math.max(from, base + m.start(g)), qe = Math.min(to, base + m.end(g));
            if (qe - qs < 2) continue;
            String q = text.substring(qs, qe).strip();
            if (!q.isBlank()) out.add(q);
        }
        return out;
    }

    private Claim hedgedBy(Claim c, SemanticGraph g, IndexedWord verb) {
        for (IndexedWord a : ParsedArticle.children(g, verb, "advmod"))
            if (lex.probable.contains(a.word().toLowerCase(Locale.ROOT)) && c.certainty() == Certainty.CERTAIN)
                return new Claim(c.evidence(), c.source(), c.sourceKind(), c.via(), c.verb(), c.quotations(), Certainty.PROBABLE,
                    c.polarity(), c.date(), c.dateText(), c.proposition(), c.method(), c.confidence(), c.origin());
        return c;
    }

    private static Claim withPolarity(Claim c, Polarity p) {
        return new Claim(c.evidence(), c.source(), c.sourceKind(), c.via(), c.verb(), c.quotations(), c.certainty(), p,
            c.date(), c.dateText(), c.proposition(), c.method(), c.confidence(), c.origin());
    }

    /** The date expression attached to {@code verb} ("on Nov. 7", "last year"): its words and SUTime's value. */
    static String[] dateOn(CoreSentence s, SemanticGraph g, IndexedWord verb) {
        for (IndexedWord c : ParsedArticle.children(g, verb, "obl", "obl:tmod", "nmod:tmod", "advmod")) {
            if (!"DATE".equals(c.ner())) continue;
            List<CoreLabel> toks = s.tokens();
            int i = c.index() - 1, lo = i, hi = i;
            while (lo > 0 && "DATE".equals(toks.get(lo - 1).ner())) lo--;
            while (hi + 1 < toks.size() && "DATE".equals(toks.get(hi + 1).ner())) hi++;
            String surface = s.text().substring(toks.get(lo).beginPosition() - ParsedArticle.begin(s),
                toks.get(hi).endPosition() - ParsedArticle.begin(s));
            return new String[] {surface, c.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)};
        }
        return null;
    }

    static LocalDate published(ParsedArticle pa) {
        return Dates.published(pa.article);
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }

    private static int nextWordStart(CoreSentence s, int pos) {
        for (CoreLabel t : s.tokens()) if (t.beginPosition() >= pos && !ParsedArticle.isPunct(t)) return t.beginPosition();
        return pos;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == ',')) to--;
        return to;
    }

    /** The rules this stage fires. */
    RuleCatalogue.Scope rules() { return rules; }
}
