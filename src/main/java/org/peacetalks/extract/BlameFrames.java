package org.peacetalks.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.peacetalks.annotate.Certainty;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Origin;
import org.peacetalks.annotate.Polarity;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.util.RuleFiles;
import org.peacetalks.extract.rules.RuleCatalogue;
import org.peacetalks.vocab.PT;
import org.peacetalks.vocab.Schema;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Blame for the failure of talks, as frames over the dependency parse of each
 * clause (lexicons in {@code blame.rules}; rule ids in {@code pt:method}):
 * <ul>
 * <li>{@code blame-verb}: AGENT VERB the OUTCOME — "Johnson torpedoed the deal",
 * "London tried to block the agreement", "Kyiv walked away from the talks";</li>
 * <li>{@code blame-passive}: the OUTCOME was VERB by AGENT — "the deal was
 * scuppered by London and Washington";</li>
 * <li>{@code blame-persuade}: AGENT VERB PARTY to fight on / not to settle —
 * "told Kyiv to keep fighting", "persuaded Zelensky not to sign";</li>
 * <li>{@code blame-causal}: the OUTCOME failed after / because of CAUSE — "the
 * talks collapsed after the Bucha massacre", "was thrown away after Johnson
 * visited Kyiv";</li>
 * <li>{@code blame-explicit}: blamed X for …, blamed … on X, accused X of …,
 * held X responsible;</li>
 * <li>{@code blame-noun}: X's role in / veto of / sabotage of the OUTCOME.</li>
 * </ul>
 * The claim has the source every other claim gets: the innermost quotation or
 * report whose words hold the frame (so "Putin said …" is Putin's, a quotation is
 * its speaker's, "Reports suggest …" is the article relaying), a headline's
 * "NAME: …", else the article's own voice. Negation on the frame, a denial verb
 * over it or a dismissal of the claim ("calling the claim propaganda") make it the
 * source's denial; a relay noun ("reports that …"), a relay adverb ("allegedly")
 * or a relaying passive ("was reported to have …"), or a question, make it
 * {@link Polarity#REPORTED}. The outcome is the breakdown of the negotiation the
 * sentence, its paragraph or the article names (its place, or a document it
 * produced), a year in the paragraph choosing between rounds held in one place.
 */
final class BlameFrames {
    static final String RULES = "blame.rules";
    private static final Set<String> PARTICLES = Set.of("away", "out", "off", "up", "down", "apart", "through");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    private final Lexicons lex;
    private final PT.Ids ids;
    private final RuleCatalogue.Scope rules;
    /** The frames this stage fires (declared in blame.rules). */
    static final List<String> FRAMES = List.of("blame-verb", "blame-passive", "blame-persuade", "blame-explicit", "blame-noun",
        "blame-instigated", "blame-causal", "blame-causative", "blame-ordered", "blame-dismissal", "blame-walk-back", "blame-learned", "blame-unsaid");
    private final Set<String> causeFailure, outcomes, persuade, fightOn, settle, breakDown, causal, blameVerbs, blameNouns,
        failureNouns, eventNouns, relayNouns, relayAdverbs, relayPassives, denialVerbs, dismissal, instigation, causative, forbid, warWords,
        walkBack, walkBackWords, discardVerbs, discardPlaces;

    /** A negotiation, its place, or a document it produced → the breakdowns of negotiations they name, with their years. */
    private final Map<String, List<Breakdown>> breakdowns = new HashMap<>();
    /** A place → the events located there ("Bucha" → the Bucha massacre). */
    private final Map<String, String> eventAt = new HashMap<>();
    private final Set<String> events = new LinkedHashSet<>();
    /** A state's delegation or negotiating team → the state (its schema:parentOrganization). */
    private final Map<String, String> sideOf = new HashMap<>();

    /** A breakdown and the date of its negotiation (as the reference gives it), by which rounds in one place are told apart. */
    private record Breakdown(String iri, String date) {
        String year() { return date == null ? null : date.substring(0, 4); }
    }

    /** The learned decision over candidates (null: the rules alone), and who receives every sentence's candidates (training). */
    private final LinearModel model;
    private final java.util.function.Consumer<BlameCandidates.Instance> sink;
    private final BlameCandidates learned;

    BlameFrames(Graph reference, Lexicons lex, PT.Ids ids) {
        this(reference, lex, ids, null, null);
    }

    BlameFrames(Graph reference, Lexicons lex, PT.Ids ids, LinearModel model,
                java.util.function.Consumer<BlameCandidates.Instance> sink) {
        this.lex = lex;
        this.ids = ids;
        this.rules = RuleCatalogue.shipped().scope("blame", ids, FRAMES);
        this.model = model;
        this.sink = sink;
        var sections = RuleFiles.sections(BlameFrames.class, RULES);
        causeFailure = words(sections, "cause-failure");
        outcomes = words(sections, "outcomes");
        persuade = words(sections, "persuade");
        fightOn = words(sections, "fight-on");
        settle = words(sections, "settle");
        breakDown = words(sections, "break-down");
        causal = words(sections, "causal");
        blameVerbs = words(sections, "blame-verbs");
        blameNouns = words(sections, "blame-nouns");
        failureNouns = words(sections, "failure-nouns");
        eventNouns = words(sections, "event-nouns");
        relayNouns = words(sections, "relay-nouns");
        relayAdverbs = words(sections, "relay-adverbs");
        relayPassives = words(sections, "relay-passives");
        denialVerbs = words(sections, "denial-verbs");
        dismissal = words(sections, "dismissal");
        walkBack = words(sections, "walk-back");
        walkBackWords = words(sections, "walk-back-words");
        instigation = words(sections, "instigation");
        causative = words(sections, "causative");
        forbid = words(sections, "forbid");
        warWords = words(sections, "war-words");
        discardVerbs = words(sections, "discard-verbs");
        discardPlaces = words(sections, "discard-places");
        Map<String, Set<String>> cues = new LinkedHashMap<>();
        cues.put("blame-verbs", blameVerbs);
        cues.put("persuade", persuade);
        cues.put("forbid", forbid);
        cues.put("cause-failure", causeFailure);
        cues.put("break-down", breakDown);
        cues.put("blame-nouns", blameNouns);
        cues.put("failure-nouns", failureNouns);
        cues.put("denial-verbs", denialVerbs);
        cues.put("dismissal", dismissal);
        cues.put("instigation", instigation);
        cues.put("causative", causative);
        cues.put("fight-on", fightOn);
        cues.put("relay-nouns", relayNouns);
        cues.put("war-words", warWords);
        cues.put("settle", settle);
        learned = new BlameCandidates(cues, outcomes, lex.reportingVerbs, NEGATIONS);

        reference.find(Node.ANY, PT.breakdownOf, Node.ANY).forEach(t -> {
            Node negotiation = t.getObject();
            Breakdown b = new Breakdown(t.getSubject().getURI(), date(reference, negotiation));
            add(negotiation.getURI(), b);
            add(t.getSubject().getURI(), b);
            reference.find(negotiation, Schema.location, Node.ANY).forEach(l -> { if (l.getObject().isURI()) add(l.getObject().getURI(), b); });
            reference.find(Node.ANY, PT.negotiatedIn, negotiation).forEach(d -> { if (d.getSubject().isURI()) add(d.getSubject().getURI(), b); });
        });
        for (List<Breakdown> l : breakdowns.values()) l.sort(java.util.Comparator.comparing(b -> b.date() == null ? "9999" : b.date()));
        // the reference graph carries no class axioms: the event classes are listed
        for (Node cls : List.of(PT.Event, PT.Negotiation, PT.Meeting, PT.Summit, PT.MilitaryEvent, PT.Breakdown))
            reference.find(Node.ANY, RDF.type.asNode(), cls).forEach(t -> { if (t.getSubject().isURI()) events.add(t.getSubject().getURI()); });
        // places where one thing happened (Bucha, Kursk Oblast), not states or cities that host many
        Map<String, Integer> hosted = new HashMap<>();
        for (String e : events)
            reference.find(org.apache.jena.graph.NodeFactory.createURI(e), Schema.location, Node.ANY).forEach(l -> {
                if (!l.getObject().isURI() || breakdowns.containsKey(e) || !reference.contains(l.getObject(), RDF.type.asNode(), PT.Territory)) return;
                hosted.merge(l.getObject().getURI(), 1, Integer::sum);
                eventAt.putIfAbsent(l.getObject().getURI(), e);
            });
        hosted.forEach((place, n) -> { if (n > 1) eventAt.remove(place); });
        reference.find(Node.ANY, Schema.parentOrganization, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI() && reference.contains(t.getObject(), RDF.type.asNode(), PT.State)
                && reference.contains(t.getSubject(), RDF.type.asNode(), PT.Organisation) && delegation(reference, t.getSubject()))
                sideOf.put(t.getSubject().getURI(), t.getObject().getURI());
        });
    }

    /**
     * A negotiating team, known by its label ("Russian delegation to the 2022 peace
     * talks"): blamed as its state. A state's standing bodies (the Kremlin, a foreign
     * ministry) are blamed in their own name, as the text names them.
     */
    private static boolean delegation(Graph reference, Node org) {
        return reference.find(org, RDFS.label.asNode(), Node.ANY).toList().stream()
            .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT).contains("delegation"));
    }

    private void add(String key, Breakdown b) {
        List<Breakdown> l = breakdowns.computeIfAbsent(key, k -> new ArrayList<>());
        if (!l.contains(b)) l.add(b);
    }

    private static String date(Graph reference, Node event) {
        var it = reference.find(event, PT.eventDate, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static Set<String> words(Map<String, List<RuleFiles.Line>> sections, String name) {
        return Set.copyOf(RuleFiles.words(sections, RULES, name));
    }

    /**
     * A frame found in a clause: who is blamed, by which rule, at which word; for
     * a verb of blaming ("Moscow blamed the West"), the blamer, who is the source.
     */
    private record Frame(List<String> blamed, String rule, IndexedWord predicate, double confidence, IndexedWord blamer, boolean denies) {
        Frame(List<String> blamed, String rule, IndexedWord predicate, double confidence) { this(blamed, rule, predicate, confidence, null, false); }

        Frame(List<String> blamed, String rule, IndexedWord predicate, double confidence, IndexedWord blamer) {
            this(blamed, rule, predicate, confidence, blamer, false);
        }
    }

    /**
     * Blame claims of the article. {@code said} are the quotations and reports
     * already found, whose sources the frames inside them take.
     */
    List<Claim> extract(ParsedArticle pa, Speakers speakers, List<Claim> said) {
        Map<String, Claim> out = new LinkedHashMap<>();
        for (CoreSentence s : pa.sentences()) {
            SemanticGraph g = ParsedArticle.tree(s);
            if (g == null) continue;
            List<Frame> frames = new ArrayList<>();
            for (IndexedWord w : g.vertexListSorted()) frames.addAll(frames(pa, speakers, s, g, w));
            frames.addAll(ordered(pa, speakers, s, g));
            if (model != null || sink != null) {
                List<BlameCandidates.Candidate> cands = candidates(pa, speakers, s, g, frames, said);
                if (sink != null && !cands.isEmpty())
                    sink.accept(new BlameCandidates.Instance(pa.article.id(), ParsedArticle.begin(s), ParsedArticle.end(s), BlameCandidates.scored(cands)));
                if (model != null) frames = decide(pa, said, cands);
            }
            if (frames.isEmpty()) {
                Claim d = dismissal(pa, speakers, s, g, out.values(), said);
                if (d != null) out.putIfAbsent(d.evidence() + "|" + d.source() + "|dismissal", d);
                continue;
            }
            // the rules alone want the negotiation named; the learned decision knows when it is not
            String outcome = outcome(pa, s);
            if (outcome == null && model == null) continue;
            for (Frame f : frames) {
                Claim c = claim(pa, speakers, s, g, f, outcome, said);
                if (c == null) continue;
                String key = c.evidence() + "|" + c.source() + "|" + c.polarity() + "|" + ((Proposition.Blame) c.proposition()).blamed();
                out.putIfAbsent(key, c);
            }
        }
        return List.copyOf(out.values());
    }

    // ---------------------------------------------------------------- learned frames

    /** The candidates the model finds blamed, each a frame of its own at its anchor. */
    private List<Frame> decide(ParsedArticle pa, List<Claim> said, List<BlameCandidates.Candidate> cands) {
        List<Frame> out = new ArrayList<>();
        for (BlameCandidates.Candidate c : cands) {
            double p = model.probability(c.features());
            if (p < model.threshold()) continue;
            // "The Kremlin blames Johnson": the blamer of a verb of blaming is the source, as in the rule frames
            IndexedWord blamer = c.graph() != null && blameVerbs.contains(lemma(c.anchor())) ? subject(c.graph(), c.anchor()) : null;
            if (blamer != null && blamer.equals(c.head())) blamer = null;
            double conf = Math.round(p * 100) / 100.0;
            if (c.graph() != null && dismisses(c.graph(), c.anchor(), c.head())) {
                // "Johnson has called that account nonsense": the one blamed denies it, in his own name
                out.add(new Frame(List.of(c.iri()), "blame-dismissal", c.anchor(), conf, c.head(), true));
                continue;
            }
            // the report holding the words of blame, where its evidence is only the reported clause ("X denied that …")
            IndexedWord at = c.anchor();
            if (blamer == null && c.head() != null && innermost(pa, said, at.beginPosition()) == null
                && innermost(pa, said, c.head().beginPosition()) != null) at = c.head();
            // "Bucha, not Washington, ended the talks": the party set against the one blamed is cleared
            boolean cleared = c.graph() != null && c.head() != null && contrasted(c.graph(), c.head());
            out.add(new Frame(List.of(c.iri()), c.rule() != null ? c.rule() : "blame-learned", at, conf, blamer, cleared));
        }
        return out;
    }

    /** "not London", "rather than Johnson", "instead of the West": a party named only to be ruled out. */
    private static boolean contrasted(SemanticGraph g, IndexedWord head) {
        for (IndexedWord c : ParsedArticle.children(g, head, "advmod", "neg", "cc", "det"))
            if (c.index() < head.index() && Set.of("not", "never").contains(c.word().toLowerCase(Locale.ROOT))) return true;
        for (IndexedWord c : ParsedArticle.children(g, head, "case", "mark")) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (w.equals("than") && c.index() > 1 && ParsedArticle.children(g, head, "case", "advmod", "fixed").stream()
                .anyMatch(x -> x.word().equalsIgnoreCase("rather"))) return true;
            if (w.equals("instead") || w.equals("of") && ParsedArticle.children(g, head, "case").stream().anyMatch(x -> x.word().equalsIgnoreCase("instead")))
                return true;
        }
        return false;
    }

    /** Whether {@code head} is the subject of a denial or dismissal at {@code anchor} ("X rejected the claim", "X called it nonsense"). */
    private boolean dismisses(SemanticGraph g, IndexedWord anchor, IndexedWord head) {
        if (!denialVerbs.contains(lemma(anchor)) && !dismissal.contains(lemma(anchor))) return false;
        IndexedWord v = anchor;
        while (v != null && !v.tag().startsWith("VB")) v = g.getParent(v);
        for (IndexedWord x = v; x != null; x = g.getParent(x)) {
            IndexedWord subj = subject(g, x);
            if (subj != null) return subj.equals(head) || negated(g, x) == false && ParsedArticle.children(g, subj, "appos", "conj").contains(head);
            if (!ParsedArticle.relToParent(g, x).equals("advcl")) return false;   // "…, calling it nonsense": the one who rejects
        }
        return false;
    }

    /**
     * Every party a sentence about a failure names, as a blame candidate: the rule
     * frames' blamed, actors and events linked in it (a place acting as its state,
     * a place of one event as that event: "after Bucha"), demonyms ("Russian
     * conduct", "Western pressure") and "he"/"she" for the person named last.
     */
    private List<BlameCandidates.Candidate> candidates(ParsedArticle pa, Speakers sp, CoreSentence s, SemanticGraph g, List<Frame> frames,
                                                       List<Claim> said) {
        java.util.function.Function<IndexedWord, String> ph = w -> phrasal(g, w);
        if (frames.isEmpty() && !learned.aboutFailure(g, ph)) return List.of();
        int from = ParsedArticle.begin(s), to = ParsedArticle.end(s);
        Map<String, String> ruleOf = new LinkedHashMap<>();
        Map<String, IndexedWord> anchorOf = new LinkedHashMap<>();
        List<Map.Entry<IndexedWord, String>> heads = new ArrayList<>();
        for (Frame f : frames)
            for (String b : f.blamed()) {
                ruleOf.putIfAbsent(b, f.rule());
                anchorOf.putIfAbsent(b, f.predicate());
            }
        for (Gazetteer.Mention m : pa.mentionsWithin(from, to)) {
            IndexedWord h = headOf(g, m.from(), m.to());
            if (h != null) for (String iri : blamable(m.iri())) heads.add(Map.entry(h, iri));
        }
        for (IndexedWord w : g.vertexListSorted()) {
            String word = w.word().toLowerCase(Locale.ROOT);
            String d = lex.demonyms.get(word);
            if (d != null && Character.isUpperCase(w.word().codePointAt(0)) && pa.mentionCovering(w.beginPosition(), w.endPosition()) == null)
                heads.add(Map.entry(w, d));
            if ((word.equals("he") || word.equals("she")) && w.tag().startsWith("PRP")) {
                Gazetteer.Mention last = pa.antecedent(lex.people, w.beginPosition());
                if (last != null) heads.add(Map.entry(w, last.iri()));
            }
            // "the British prime minister", "the Kremlin's chief negotiator": a title for a person named earlier
            if (w.tag().startsWith("NN") && !w.tag().startsWith("NNP") && pa.mentionCovering(w.beginPosition(), w.endPosition()) == null) {
                String t = sp.titled(s, g, w);
                if (t != null && lex.people.contains(t)) heads.add(Map.entry(w, t));
            }
        }
        // a rule's blamed party with no mention here ("they", a title): its frame's word stands for it
        for (var e : anchorOf.entrySet())
            if (heads.stream().noneMatch(h -> h.getValue().equals(e.getKey()))) heads.add(Map.entry(e.getValue(), e.getKey()));
        Set<String> distinct = new LinkedHashSet<>();
        heads.forEach(h -> distinct.add(h.getValue()));
        Map<String, Map<String, Double>> features = new LinkedHashMap<>();
        Map<String, IndexedWord> anchors = new LinkedHashMap<>(anchorOf), headOf = new LinkedHashMap<>();
        String text = pa.text.substring(from, to);
        boolean known = outcome(pa, s) != null;
        Map<String, Double> sentence = learned.sentenceFeatures(s, g, ph);
        for (var h : heads) {
            IndexedWord head = h.getKey();
            String iri = h.getValue();
            Claim in = innermost(pa, said, head.beginPosition());
            boolean isSource = in != null && in.source().equals(iri)
                || lex.reportingVerbs.contains(lemma(g.getParent(head) == null ? head : g.getParent(head)))
                   && ParsedArticle.relToParent(g, head).startsWith("nsubj");
            Map<String, Double> f = learned.features(s, g, head, kindOf(iri), local(iri), ph, ruleOf.get(iri),
                !ruleOf.isEmpty() && !ruleOf.containsKey(iri), isSource, insideMarks(text, head.beginPosition() - from), distinct.size(),
                sentence);
            if (!known) f.put("s:no-negotiation", 1.0);
            IndexedWord a = anchorOf.containsKey(iri) ? anchorOf.get(iri) : anchor(g, head, ph);
            // what the cue is about: the talks ("ended the talks") or the war ("ready to end the war")
            for (IndexedWord arg : ParsedArticle.children(g, a, "obj", "nsubj:pass", "nsubj", "obl", "nmod")) {
                if (arg.equals(head)) continue;
                if (isOutcome(pa, g, arg)) f.put("cue-outcome", 1.0);
                if (warWords.contains(lemma(arg))) f.put("cue-war", 1.0);
            }
            headOf.putIfAbsent(iri, head);
            features.merge(iri, f, BlameCandidates::union);
            anchors.putIfAbsent(iri, anchor(g, head, ph));
        }
        List<BlameCandidates.Candidate> out = new ArrayList<>();
        features.forEach((iri, f) -> out.add(new BlameCandidates.Candidate(iri, anchors.get(iri), headOf.get(iri), g, ruleOf.get(iri), f)));
        return out;
    }

    /**
     * Whom a linked mention can blame: an actor (a state's delegation as its state:
     * "the Russian side"), an event, and for a place both its state (acting: "London
     * decided") and the one event held there ("after Bucha"); the model tells them apart.
     */
    private List<String> blamable(String iri) {
        if (events.contains(iri)) return List.of(iri);
        if (lex.actors.contains(iri)) return List.of(sideOf.getOrDefault(iri, iri));
        List<String> out = new ArrayList<>();
        String state = lex.stateOf.get(iri);
        if (state != null && lex.actors.contains(state)) out.add(state);
        String e = eventAt.get(iri);
        if (e != null) out.add(e);
        return out;
    }

    /** The word of a mention's phrase whose governor lies outside it. */
    private static IndexedWord headOf(SemanticGraph g, int from, int to) {
        IndexedWord best = null;
        for (IndexedWord w : g.vertexListSorted()) {
            if (w.beginPosition() < from || w.endPosition() > to) continue;
            IndexedWord p = g.getParent(w);
            if (p == null || p.beginPosition() < from || p.endPosition() > to) return w;
            if (best == null) best = w;
        }
        return best;
    }

    /** The word a learned frame hangs on: the first cue above the candidate, else the sentence's cue nearest it, else its governor. */
    private IndexedWord anchor(SemanticGraph g, IndexedWord head, java.util.function.Function<IndexedWord, String> ph) {
        for (IndexedWord x = g.getParent(head); x != null; x = g.getParent(x)) {
            String c = learned.cueClass(x, ph.apply(x));
            if (c != null && !c.equals("report") && !c.equals("outcome")) return x;
        }
        IndexedWord best = null;
        for (IndexedWord w : g.vertexListSorted()) {
            String c = learned.cueClass(w, ph.apply(w));
            if (c == null || c.equals("report") || c.equals("outcome") || c.equals("relay-nouns") || c.equals("war-words")) continue;
            if (best == null || Math.abs(w.index() - head.index()) < Math.abs(best.index() - head.index())) best = w;
        }
        if (best != null) return best;
        return g.getParent(head) != null ? g.getParent(head) : head;
    }

    private static boolean insideMarks(String sentence, int at) {
        int open = 0;
        for (int i = 0; i < Math.min(at, sentence.length()); i++) {
            char c = sentence.charAt(i);
            if (c == '\u201C') open++;
            else if (c == '\u201D') open = Math.max(0, open - 1);
            else if (c == '"') open = open == 0 ? 1 : 0;
        }
        return open > 0;
    }

    private static String local(String iri) {
        int a = iri.lastIndexOf('/');
        int b = a > 0 ? iri.lastIndexOf('/', a - 1) : -1;
        return iri.substring(b + 1);
    }

    private static String kindOf(String iri) {
        String l = local(iri);
        return l.contains("/") ? l.substring(0, l.indexOf('/')) : "other";
    }

    /** How many sentences back a dismissed claim ("Johnson called that account nonsense") may have been told. */
    private static final int DISMISSAL_REACH = 4;

    /**
     * {@code blame-walk-back}: "My words were taken out of context", "his comments
     * had been twisted" — the speaker of the words (the quotation's, or the person a
     * possessive stands for) takes back the blame they told earlier in the article.
     */
    private Claim walkBack(ParsedArticle pa, Speakers speakers, CoreSentence s, SemanticGraph g, java.util.Collection<Claim> before,
                           List<Claim> said) {
        for (IndexedWord v : g.vertexListSorted()) {
            if (!v.tag().startsWith("VB") || negated(g, v)) continue;
            IndexedWord words = ParsedArticle.child(g, v, "nsubj:pass");
            if (words == null || !lex.speechNouns.contains(lemma(words)) && !walkBackWords.contains(lemma(words))) continue;
            boolean back = walkBack.contains(lemma(v));
            // "taken out of context", "stripped of context", "pulled out from the context"; not "put in context"
            for (IndexedWord o : ParsedArticle.children(g, v, "obl"))
                if (lemma(o).equals("context") && ParsedArticle.children(g, o, "case").stream()
                    .anyMatch(c -> Set.of("out", "of", "from", "without").contains(c.word().toLowerCase(Locale.ROOT)))) back = true;
            if (!back) continue;
            IndexedWord poss = ParsedArticle.child(g, words, "nmod:poss");
            String p = poss == null ? "" : poss.word().toLowerCase(Locale.ROOT);
            String who = null;
            Claim q = innermost(pa, said, (poss != null ? poss : words).beginPosition());
            if (poss == null || Set.of("my", "our", "his", "her", "their").contains(p)) {
                if (p.equals("my") || p.equals("our")) {
                    // "my words were twisted": the quotation's speaker
                    if (q != null && q.sourceKind() == SourceKind.NAMED) who = q.source();
                } else {
                    // "he later said his words had been twisted", "the remark had been taken out of context, he said": the one
                    // who says so (the reporting verb above, else the report holding it); inside a quotation, not its speaker
                    IndexedWord r = reporterAbove(g, v);
                    Speakers.Speaker sp = r == null ? null : sourceOf(pa, speakers, s, g, r);
                    if (sp != null && sp.kind() == SourceKind.NAMED) who = sp.iri();
                    else if (q != null && q.sourceKind() == SourceKind.NAMED && !q.directQuote()) who = q.source();
                }
                if (who == null && (p.equals("his") || p.equals("her"))) {
                    Gazetteer.Mention last = pa.antecedent(lex.people, poss.beginPosition());
                    if (last != null) who = last.iri();
                }
            } else {
                Speakers.Speaker sp = sourceOf(pa, speakers, s, g, poss);
                if (sp != null) who = sp.iri();
            }
            if (who == null) continue;
            // the blame this source told before, in its own name
            Claim told = null;
            int from = pa.text.codePointCount(0, ParsedArticle.begin(s));
            for (Claim c : before)
                if (c.evidence().end() <= from && who.equals(c.source()) && c.polarity() != Polarity.DENIED && c.proposition() instanceof Proposition.Blame) told = c;
            // "Arakhamia said Johnson had told Kyiv … He later said his words were twisted": a pronoun resolved to a person
            // who told no blame stands for the person who did, just before
            boolean pronoun = Set.of("his", "her", "their").contains(p) || poss == null;
            if (told == null && pronoun)
                for (Claim c : before)
                    if (c.evidence().end() <= from && c.sourceKind() == SourceKind.NAMED && lex.people.contains(c.source())
                        && c.polarity() != Polarity.DENIED && sentencesBetween(pa, c, from) <= 1
                        && !((Proposition.Blame) c.proposition()).blamed().contains(c.source())) { told = c; who = c.source(); }
            if (told == null) return null;
            Proposition.Blame b = (Proposition.Blame) told.proposition();
            return new Claim(pa.span(ParsedArticle.begin(s), ParsedArticle.end(s)), who, SourceKind.NAMED, List.of(), lemma(v), List.of(),
                lex.certainty(s, ParsedArticle.begin(s), ParsedArticle.end(s)), Polarity.DENIED, null, null,
                new Proposition.Blame(b.blamed(), b.outcome(), null), rules.iri("blame-walk-back"), rules.confidence("blame-walk-back"), new Origin(pa.article.sourceFile(), 0));
        }
        return null;
    }

    /**
     * {@code blame-dismissal}: "Mr. Johnson has called that account 'nonsense'",
     * "Kyiv has always rejected that version of events" — a denial or dismissal of
     * a claim noun with no blame of its own denies the blame told just before it:
     * the dismisser's claim, polarity denied.
     */
    private Claim dismissal(ParsedArticle pa, Speakers speakers, CoreSentence s, SemanticGraph g, java.util.Collection<Claim> before,
                            List<Claim> said) {
        Claim back = walkBack(pa, speakers, s, g, before, said);
        if (back != null) return back;
        for (IndexedWord v : g.vertexListSorted()) {
            if (!v.tag().startsWith("VB") || negated(g, v)) continue;
            IndexedWord obj = ParsedArticle.child(g, v, "obj", "nsubj:pass");
            // "called that account nonsense"; "has been calling it nonsense" (the account just told)
            boolean pronoun = obj != null && Set.of("it", "this", "that", "them").contains(obj.word().toLowerCase(Locale.ROOT));
            if (obj == null || !relayNouns.contains(lemma(obj)) && !pronoun) continue;
            boolean dismisses = denialVerbs.contains(lemma(v));
            if (!dismisses && (lemma(v).equals("call") || lemma(v).equals("describe") || lemma(v).equals("brand")))
                for (IndexedWord d : g.descendants(v)) if (dismissal.contains(lemma(d))) dismisses = true;
            if (!dismisses) continue;
            IndexedWord subj = ParsedArticle.relToParent(g, obj).equals("nsubj:pass") ? agent(g, v) : subject(g, v);
            Speakers.Speaker who = subj == null ? null : sourceOf(pa, speakers, s, g, subj);
            if (who == null) continue;
            Claim told = null;
            int from = pa.text.codePointCount(0, ParsedArticle.begin(s));
            for (Claim c : before) if (c.evidence().end() <= from && c.polarity() != Polarity.DENIED) told = c;
            if (told == null || sentencesBetween(pa, told, from) > DISMISSAL_REACH) return null;
            // "Johnson has called it nonsense": of the accounts just told, the one that blames the dismisser
            for (Claim c : before)
                if (c.evidence().end() <= from && c.polarity() != Polarity.DENIED && sentencesBetween(pa, c, from) <= DISMISSAL_REACH
                    && ((Proposition.Blame) c.proposition()).blamed().contains(who.iri())) told = c;
            Proposition.Blame b = (Proposition.Blame) told.proposition();
            return new Claim(pa.span(ParsedArticle.begin(s), ParsedArticle.end(s)), who.iri(), who.kind(), List.of(), lemma(v), List.of(),
                lex.certainty(s, ParsedArticle.begin(s), ParsedArticle.end(s)), Polarity.DENIED, null, null,
                new Proposition.Blame(b.blamed(), b.outcome(), null), rules.iri("blame-dismissal"), rules.confidence("blame-dismissal"), new Origin(pa.article.sourceFile(), 0));
        }
        return null;
    }

    private static int sentencesBetween(ParsedArticle pa, Claim c, int cpFrom) {
        int n = 0;
        for (CoreSentence s : pa.sentences()) {
            int b = pa.text.codePointCount(0, ParsedArticle.begin(s));
            if (b >= c.evidence().end() && b < cpFrom) n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- frames

    private List<Frame> frames(ParsedArticle pa, Speakers sp, CoreSentence s, SemanticGraph g, IndexedWord w) {
        List<Frame> out = new ArrayList<>();
        String lemma = lemma(w), tag = w.tag();
        if (tag.startsWith("VB")) {
            String verb = phrasal(g, w);
            boolean passive = ParsedArticle.child(g, w, "nsubj:pass", "aux:pass") != null;
            IndexedWord ended = endTo(pa, g, w);
            if (ended != null) {
                IndexedWord subj = subject(g, w);
                if (subj != null) add(out, blamed(pa, sp, s, g, subj), "blame-verb", w);
            }
            if (causeFailure.contains(verb) || causeFailure.contains(lemma)) {
                IndexedWord theme = passive ? subject(g, w) : ParsedArticle.child(g, w, "obj");
                if (theme == null) theme = outcomeOblique(pa, g, w);
                // "the process that Kyiv broke off", "a deal he says Ukraine walked away from": the noun the clause modifies
                if ((theme == null || theme.tag().equals("WDT") || theme.tag().equals("WP")) && relativeOf(g, w) != null) theme = relativeOf(g, w);
                if (theme != null && isOutcome(pa, g, theme)) {
                    if (passive) {
                        IndexedWord agent = agent(g, w);
                        if (agent != null) add(out, blamed(pa, sp, s, g, agent), "blame-passive", w);
                        else out.addAll(causes(pa, sp, s, g, w));
                    } else {
                        IndexedWord subj = subject(g, w);
                        if (subj != null) add(out, blamed(pa, sp, s, g, subj), "blame-verb", w);
                        // "after Bucha, Kyiv walked away from the talks": what led the agent to it
                        out.addAll(causes(pa, sp, s, g, w));
                    }
                    out.addAll(instigators(pa, sp, s, g, w));
                } else if (theme == null && !passive && breakDown.contains(verb) && isOutcomeSubject(pa, g, w)) {
                    out.addAll(causes(pa, sp, s, g, w));
                }
            } else if (breakDown.contains(verb) || breakDown.contains(lemma)) {
                if (isOutcomeSubject(pa, g, w)) out.addAll(causes(pa, sp, s, g, w));
            }
            // a party persuaded (an object, or the subject of a passive) and what it is to do: "told Kyiv to keep fighting"
            boolean party = passive || ParsedArticle.child(g, w, "obj", "iobj") != null;
            if (persuade.contains(lemma) && party && urgesWar(pa, g, w)) {
                IndexedWord agent = passive ? agent(g, w) : subject(g, w);
                if (agent != null) add(out, blamed(pa, sp, s, g, agent), "blame-persuade", w);
            }
            // "forbade Kyiv to make peace", "barred Ukraine from signing"
            if (forbid.contains(lemma) && party && settles(g, w)) {
                IndexedWord agent = passive ? agent(g, w) : subject(g, w);
                if (agent != null) add(out, blamed(pa, sp, s, g, agent), "blame-persuade", w);
            }
            if (blameVerbs.contains(lemma)) out.addAll(explicit(pa, sp, s, g, w, lemma, passive));
            if (causative.contains(lemma) && !passive && madeToFail(pa, g, w)) {
                IndexedWord subj = subject(g, w);
                if (subj != null) add(out, blamed(pa, sp, s, g, subj), "blame-causative", w);
            }
            // "the responsibility lies with the Kremlin", "the blame rests on London"
            if (lemma.equals("lie") || lemma.equals("rest")) {
                IndexedWord subj = ParsedArticle.child(g, w, "nsubj");
                if (subj != null && Set.of("responsibility", "blame", "fault").contains(lemma(subj)))
                    for (IndexedWord o : ParsedArticle.children(g, w, "obl"))
                        if (hasCase(g, o, "with") || hasCase(g, o, "on")) add(out, blamed(pa, sp, s, g, o), "blame-explicit", w);
            }
        }
        if (tag.startsWith("NN") && blameNouns.contains(lemma)) {
            IndexedWord poss = ParsedArticle.child(g, w, "nmod:poss");
            if (poss == null) {
                IndexedWord by = ParsedArticle.child(g, w, "nmod");
                if (by != null && hasCase(g, by, "by")) poss = by;
            }
            // "the West's veto", "London's sabotage": a noun of failure needs the outcome in the sentence, others ("role") must govern it
            boolean about = failureNouns.contains(lemma) || causeFailure.contains(lemma) ? mentionsOutcome(pa, s, g) : aboutFailure(pa, g, w);
            if (poss != null && about) add(out, blamed(pa, sp, s, g, poss), "blame-noun", w);
        }
        return out;
    }

    private void add(List<Frame> out, List<String> blamed, String rule, IndexedWord w) {
        if (!blamed.isEmpty()) out.add(new Frame(blamed, rule, w, rules.confidence(rule)));
    }

    /**
     * Who made the agent do it: "abandoned it on Western orders", "at Washington's
     * behest", "under pressure from London" (an instigation phrase on the verb), and
     * "the West made Kiev abandon the accords" (a causative verb over it).
     */
    private List<Frame> instigators(ParsedArticle pa, Speakers sp, CoreSentence s, SemanticGraph g, IndexedWord v) {
        List<Frame> out = new ArrayList<>();
        for (IndexedWord o : ParsedArticle.children(g, v, "obl", "advcl")) {
            if (!instigation.contains(lemma(o))) continue;
            add(out, blamed(pa, sp, s, g, o), "blame-instigated", v);
        }
        IndexedWord up = g.getParent(v);
        String r = ParsedArticle.relToParent(g, v);
        if (up != null && (r.equals("ccomp") || r.equals("xcomp")) && causative.contains(lemma(up))) {
            IndexedWord subj = subject(g, up);
            if (subj != null) add(out, blamed(pa, sp, s, g, subj), "blame-instigated", v);
        }
        return out;
    }

    /**
     * "the killings made any compromise impossible", "made the talks collapse", "made it
     * impossible to negotiate": a causative verb whose complement is a word of breakdown
     * over an outcome (its subject, or the causative's object), or over settling.
     */
    private boolean madeToFail(ParsedArticle pa, SemanticGraph g, IndexedWord v) {
        for (IndexedWord x : ParsedArticle.children(g, v, "xcomp", "ccomp")) {
            if (!breakDown.contains(phrasal(g, x)) && !breakDown.contains(lemma(x))) continue;
            IndexedWord what = ParsedArticle.child(g, x, "nsubj", "nsubj:pass");
            if (what == null) what = ParsedArticle.child(g, v, "obj");
            if (what != null && isOutcome(pa, g, what)) return true;
            for (IndexedWord c : ParsedArticle.children(g, x, "xcomp", "ccomp", "csubj", "advcl"))
                if (settle.contains(lemma(c))) return true;
        }
        return false;
    }

    /**
     * {@code blame-ordered}: "the order came from London", "the instructions were from
     * Washington" — an instruction noun as a clause's subject, whose giver is a "from"
     * phrase on the clause or on the noun, or its possessor; only in a sentence whose
     * words of failure are anchored to an outcome ("… and the draft was thrown in the bin").
     */
    private List<Frame> ordered(ParsedArticle pa, Speakers sp, CoreSentence s, SemanticGraph g) {
        List<Frame> out = new ArrayList<>();
        for (IndexedWord n : g.vertexListSorted()) {
            if (!n.tag().startsWith("NN") || !instigation.contains(lemma(n)) || !ParsedArticle.relToParent(g, n).startsWith("nsubj")) continue;
            IndexedWord v = g.getParent(n);
            List<IndexedWord> givers = new ArrayList<>();
            for (IndexedWord o : ParsedArticle.children(g, v, "obl")) if (hasCase(g, o, "from")) givers.add(o);
            for (IndexedWord o : ParsedArticle.children(g, n, "nmod")) if (hasCase(g, o, "from") || hasCase(g, o, "of")) givers.add(o);
            givers.addAll(ParsedArticle.children(g, n, "nmod:poss"));
            if (givers.isEmpty()) continue;
            Set<String> anchored = learned.anchoredCues(g, w -> phrasal(g, w));
            if (!anchored.contains("cause-failure") && !anchored.contains("break-down") && !anchored.contains("failure-nouns")) return out;
            List<String> blamed = new ArrayList<>();
            for (IndexedWord o : givers)
                for (String b : blamed(pa, sp, s, g, o)) if (!blamed.contains(b)) blamed.add(b);
            add(out, blamed, "blame-ordered", v);
        }
        return out;
    }

    /** "the talks collapsed after the Bucha massacre", "… because Johnson visited Kyiv": the cause of a failure. */
    private List<Frame> causes(ParsedArticle pa, Speakers sp, CoreSentence s, SemanticGraph g, IndexedWord v) {
        List<Frame> out = new ArrayList<>();
        for (IndexedWord obl : ParsedArticle.children(g, v, "obl", "nmod")) {
            // "on Western orders" is who instigated it, not a cause (blame-instigated)
            if (!causalCase(g, obl) || instigation.contains(lemma(obl))) continue;
            add(out, blamed(pa, sp, s, g, obl), "blame-causal", v);
        }
        for (IndexedWord cl : ParsedArticle.children(g, v, "advcl")) {
            IndexedWord mark = ParsedArticle.child(g, cl, "mark");
            if (mark == null || !causal.contains(mark.word().toLowerCase(Locale.ROOT))) continue;
            IndexedWord subj = ParsedArticle.child(g, cl, "nsubj", "nsubj:pass");
            if (subj != null) add(out, blamed(pa, sp, s, g, subj), "blame-causal", v);
        }
        return out;
    }

    /** "because of", "due to", "after", "following", "over": the case marking of a cause. */
    private boolean causalCase(SemanticGraph g, IndexedWord obl) {
        // "because of", "due to", "thanks to": the parse makes the first word the case, the second its fixed part
        for (IndexedWord c : ParsedArticle.children(g, obl, "case")) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (!causal.contains(w)) continue;
            // "collapsed on Monday", "after two days": a time is no cause
            String ner = obl.ner();
            if (ner != null && Set.of("DATE", "TIME", "DURATION", "NUMBER", "SET").contains(ner) || obl.tag().equals("CD")) return false;
            return true;
        }
        return false;
    }

    /** blamed X (for …), blamed … on X, accused X of …, held X responsible, X is to blame; the blamer is the source. */
    private List<Frame> explicit(ParsedArticle pa, Speakers sp, CoreSentence s, SemanticGraph g, IndexedWord w, String lemma, boolean passive) {
        List<Frame> found = explicitBlamed(pa, sp, s, g, w, lemma, passive);
        IndexedWord blamer = passive ? agent(g, w) : subject(g, w);
        if (blamer == null || lemma.equals("blame") && ParsedArticle.relToParent(g, w).equals("xcomp") && ParsedArticle.child(g, w, "obj") == null)
            return found;   // "X is to blame": the subject is the blamed
        List<Frame> out = new ArrayList<>();
        for (Frame f : found) out.add(new Frame(f.blamed(), f.rule(), f.predicate(), f.confidence(), blamer));
        return out;
    }

    private List<Frame> explicitBlamed(ParsedArticle pa, Speakers sp, CoreSentence s, SemanticGraph g, IndexedWord w, String lemma, boolean passive) {
        List<Frame> out = new ArrayList<>();
        IndexedWord obj = passive ? subject(g, w) : ParsedArticle.child(g, w, "obj");
        switch (lemma) {
            case "blame" -> {
                IndexedWord on = null;
                for (IndexedWord o : ParsedArticle.children(g, w, "obl")) if (hasCase(g, o, "on")) on = o;
                if (on != null) add(out, blamed(pa, sp, s, g, on), "blame-explicit", w);
                else if (obj != null && !isOutcome(pa, g, obj)) add(out, blamed(pa, sp, s, g, obj), "blame-explicit", w);
                else if (obj == null && ParsedArticle.relToParent(g, w).equals("xcomp")) {
                    // "X is to blame"
                    IndexedWord subj = subject(g, w);
                    if (subj != null) add(out, blamed(pa, sp, s, g, subj), "blame-explicit", w);
                }
            }
            case "accuse", "charge", "fault" -> {
                if (obj != null && accusedOfFailure(pa, g, w)) add(out, blamed(pa, sp, s, g, obj), "blame-explicit", w);
            }
            case "hold" -> {
                IndexedWord x = ParsedArticle.child(g, w, "xcomp", "obl");
                if (obj != null && x != null && (lemma(x).equals("responsible") || lemma(x).equals("accountable")))
                    add(out, blamed(pa, sp, s, g, obj), "blame-explicit", w);
            }
            default -> { }
        }
        return out;
    }

    /** "accused London of sabotaging the talks": the charge is a failure verb or noun over an outcome. */
    private boolean accusedOfFailure(ParsedArticle pa, SemanticGraph g, IndexedWord w) {
        for (IndexedWord x : ParsedArticle.children(g, w, "advcl", "obl", "xcomp", "ccomp")) {
            String l = phrasal(g, x);
            if (causeFailure.contains(l) || causeFailure.contains(lemma(x)) || failureNouns.contains(lemma(x)) || persuade.contains(lemma(x)))
                return true;
        }
        return false;
    }

    /** Whether a noun of blame ("role", "veto") is about a failure: it governs the failure or the outcome. */
    private boolean aboutFailure(ParsedArticle pa, SemanticGraph g, IndexedWord noun) {
        for (IndexedWord x : ParsedArticle.children(g, noun, "nmod", "acl")) {
            if (failureNouns.contains(lemma(x)) || isOutcome(pa, g, x) || causeFailure.contains(lemma(x))) return true;
            for (IndexedWord y : ParsedArticle.children(g, x, "nmod")) if (isOutcome(pa, g, y)) return true;
        }
        return false;
    }

    private boolean mentionsOutcome(ParsedArticle pa, CoreSentence s, SemanticGraph g) {
        for (IndexedWord w : g.vertexListSorted()) if (w.tag().startsWith("NN") && isOutcome(pa, g, w)) return true;
        return false;
    }

    /**
     * "… told Kyiv to keep fighting", "… not to sign", "… that they should sign
     * nothing and carry on fighting", "talked Kyiv out of the deal". A finite
     * complement ("told reporters that the deal was wrecked") is reported speech,
     * not persuasion, unless a modal of obligation makes it advice ("should").
     */
    private boolean urgesWar(ParsedArticle pa, SemanticGraph g, IndexedWord w) {
        List<IndexedWord> complements = new ArrayList<>();
        for (IndexedWord c : ParsedArticle.children(g, w, "xcomp", "ccomp", "advcl", "obl")) {
            String r = ParsedArticle.relToParent(g, c);
            if (r.equals("ccomp") && !advice(g, c)) {
                // "told the leader that the West would not help, and to 'fight on'": the infinitive coordinated with the report
                for (IndexedWord x : ParsedArticle.children(g, c, "conj")) {
                    IndexedWord mark = ParsedArticle.child(g, x, "mark");
                    if (mark != null && mark.word().equalsIgnoreCase("to")) complements.add(x);
                }
                continue;
            }
            complements.add(c);
            complements.addAll(ParsedArticle.children(g, c, "conj"));   // "… that the West would not help, and to fight on"
        }
        for (IndexedWord c : complements) {
            String l = lemma(c), ph = phrasal(g, c);
            boolean negated = negated(g, c);
            if (fightOn.contains(l) && (!l.equals("continue") || warObject(g, c))) return !negated;
            if (ph.endsWith(" on") && (l.equals("carry") || l.equals("press") || l.equals("soldier") || l.equals("battle"))) return !negated;
            if ((l.equals("keep") || l.equals("continue")) && (warObject(g, c) || ParsedArticle.child(g, c, "xcomp") != null
                && fightOn.contains(lemma(ParsedArticle.child(g, c, "xcomp"))))) return !negated;
            if (settle.contains(l) && negated) return true;
            if (causeFailure.contains(ph) || causeFailure.contains(l) && !l.equals("end")) return !negated;
            // "… should press its advantage on the battlefield"
            if (!negated && mentionsWar(g, c)) return true;
            // "talked Kyiv out of the deal", "dissuaded Zelensky from signing"
            if (hasCase(g, c, "out") || lemma(w).equals("dissuade") || lemma(w).equals("deter")) return true;
        }
        return false;
    }

    /** A finite clause of advice: "that they should …", "that Kyiv must not …". */
    private static boolean advice(SemanticGraph g, IndexedWord c) {
        for (IndexedWord a : ParsedArticle.children(g, c, "aux")) {
            String m = a.word().toLowerCase(Locale.ROOT);
            if (m.equals("should") || m.equals("must") || m.equals("ought")) return true;
        }
        return false;
    }

    /** "forbade Kyiv to make peace": the forbidden complement is settling. */
    private boolean settles(SemanticGraph g, IndexedWord w) {
        for (IndexedWord c : ParsedArticle.children(g, w, "xcomp", "advcl", "obl", "ccomp")) {
            String l = lemma(c);
            if (settle.contains(l) || l.equals("make") && ParsedArticle.child(g, c, "obj") != null
                && lemma(ParsedArticle.child(g, c, "obj")).equals("peace")) return true;
        }
        return false;
    }

    private boolean mentionsWar(SemanticGraph g, IndexedWord c) {
        for (IndexedWord d : g.descendants(c)) if (!d.equals(c) && warWords.contains(lemma(d))) return true;
        return false;
    }

    private boolean warObject(SemanticGraph g, IndexedWord v) {
        for (IndexedWord o : ParsedArticle.children(g, v, "obj", "xcomp")) if (warWords.contains(lemma(o))) return true;
        return false;
    }

    // ---------------------------------------------------------------- arguments

    /** The clause's subject, climbing coordination ("was initialled … but thrown away") and control ("tried to block"). */
    private static IndexedWord subject(SemanticGraph g, IndexedWord v) {
        for (IndexedWord x = v; x != null; ) {
            IndexedWord s = ParsedArticle.child(g, x, "nsubj", "nsubj:pass");
            if (s != null) return s;
            String r = ParsedArticle.relToParent(g, x);
            boolean purpose = r.equals("advcl") && ParsedArticle.child(g, x, "mark") != null
                && ParsedArticle.child(g, x, "mark").word().equalsIgnoreCase("to");
            if (!(r.equals("conj") || r.equals("xcomp") || purpose)) return null;
            x = g.getParent(x);
            // object control: "got Kyiv to walk away" is Kyiv walking away
            if (r.equals("xcomp") && ParsedArticle.child(g, x, "obj") != null) return ParsedArticle.child(g, x, "obj");
        }
        return null;
    }

    /** The agent of a passive: "by X" on the verb itself (a conjunct's agent is its own: "initialled by Kyiv but thrown away"). */
    private static IndexedWord agent(SemanticGraph g, IndexedWord v) {
        for (IndexedWord o : ParsedArticle.children(g, v, "obl")) if (hasCase(g, o, "by")) return o;
        return null;
    }

    /** The noun a relative clause headed by {@code v} modifies, climbing "he says …" ("a deal he says Ukraine walked away from"). */
    private static IndexedWord relativeOf(SemanticGraph g, IndexedWord v) {
        IndexedWord x = v;
        if (ParsedArticle.relToParent(g, x).equals("ccomp") && g.getParent(x) != null) x = g.getParent(x);
        return ParsedArticle.relToParent(g, x).equals("acl:relcl") ? g.getParent(x) : null;
    }

    /** "put an end to the talks", "put a stop to it": the outcome ended, or null. */
    private IndexedWord endTo(ParsedArticle pa, SemanticGraph g, IndexedWord v) {
        if (!lemma(v).equals("put") && !lemma(v).equals("bring")) return null;
        IndexedWord obj = ParsedArticle.child(g, v, "obj");
        if (obj == null || !Set.of("end", "stop", "halt").contains(lemma(obj))) return null;
        for (IndexedWord o : ParsedArticle.children(g, obj, "nmod"))
            if (hasCase(g, o, "to") && (isOutcome(pa, g, o) || outcomeWithin(pa, g, o))) return o;
        for (IndexedWord o : ParsedArticle.children(g, v, "obl"))
            if (hasCase(g, o, "to") && (isOutcome(pa, g, o) || outcomeWithin(pa, g, o))) return o;
        return null;
    }

    /** "any talk of talks": an outcome noun inside the phrase. */
    private boolean outcomeWithin(ParsedArticle pa, SemanticGraph g, IndexedWord x) {
        for (IndexedWord d : g.descendants(x)) if (!d.equals(x) && d.tag().startsWith("NN") && isOutcome(pa, g, d)) return true;
        return false;
    }

    /** "walked away from the talks", "reneged on the deal", "pulled out of the negotiations". */
    private IndexedWord outcomeOblique(ParsedArticle pa, SemanticGraph g, IndexedWord v) {
        List<IndexedWord> obls = new ArrayList<>(ParsedArticle.children(g, v, "obl"));
        // "walk away from the talks" may hang the oblique on the particle
        for (IndexedWord a : ParsedArticle.children(g, v, "advmod", "compound:prt"))
            if (PARTICLES.contains(a.word().toLowerCase(Locale.ROOT))) obls.addAll(ParsedArticle.children(g, a, "obl"));
        for (IndexedWord o : obls)
            if ((hasCase(g, o, "from") || hasCase(g, o, "of") || hasCase(g, o, "on")) && isOutcome(pa, g, o)) return o;
        return null;
    }

    private boolean isOutcomeSubject(ParsedArticle pa, SemanticGraph g, IndexedWord v) {
        IndexedWord s = subject(g, v);
        return s != null && isOutcome(pa, g, s);
    }

    /** What fails: an outcome noun ("the deal", "the talks"), or a known negotiation or document named; "it" after one. */
    private boolean isOutcome(ParsedArticle pa, SemanticGraph g, IndexedWord x) {
        if (outcomes.contains(lemma(x))) return true;
        if (x.tag().equals("PRP") && (x.word().equalsIgnoreCase("it") || x.word().equalsIgnoreCase("them"))) {
            for (IndexedWord w : g.vertexListSorted())
                if (w.index() < x.index() && w.tag().startsWith("NN") && !w.equals(x) && outcomes.contains(lemma(w))) return true;
        }
        Gazetteer.Mention m = pa.mentionCovering(x.beginPosition(), x.endPosition());
        return m != null && breakdowns.containsKey(m.iri()) && !m.iri().contains("/territory/");
    }

    /** Who or what a phrase blames: each conjunct ("London and Washington") resolved like a source, or an event named in it. */
    private List<String> blamed(ParsedArticle pa, Speakers sp, CoreSentence s, SemanticGraph g, IndexedWord head) {
        List<String> out = new ArrayList<>();
        List<IndexedWord> heads = new ArrayList<>(List.of(head));
        heads.addAll(ParsedArticle.children(g, head, "conj"));
        // "by its Western backers, above all by Boris Johnson": an apposition that names one of them
        for (IndexedWord a : ParsedArticle.children(g, head, "appos")) {
            heads.add(a);
            for (IndexedWord n : ParsedArticle.children(g, a, "nmod")) if (hasCase(g, n, "by")) heads.add(n);
        }
        for (IndexedWord h : heads) {
            String b = one(pa, sp, s, g, h);
            if (b != null && !out.contains(b)) out.add(b);
        }
        return out;
    }

    private String one(ParsedArticle pa, Speakers sp, CoreSentence s, SemanticGraph g, IndexedWord h) {
        String lemma = lemma(h);
        Gazetteer.Mention on = pa.mentionCovering(h.beginPosition(), h.endPosition());
        if (on != null && events.contains(on.iri())) return on.iri();
        int[] ext = ParsedArticle.extent(g, s, h, Set.of("acl", "acl:relcl", "punct", "cc", "conj", "parataxis"));
        if (eventNouns.contains(lemma)) {
            // "the killings in Bucha", "Ukraine's march into the Kursk region": the event located at the place named
            for (Gazetteer.Mention m : pa.mentionsWithin(ext[0], ext[1])) {
                if (events.contains(m.iri())) return m.iri();
                String e = eventAt.get(m.iri());
                if (e != null) return e;
            }
        }
        Speakers.Speaker who = sp.resolve(s, g, h);
        if (who == null && h.tag().equals("WP")) {
            // "… Boris Johnson in April, who told …" where the parse hangs the clause elsewhere: the person just named
            Gazetteer.Mention last = Mentions.last(pa.mentions, lex.people, ParsedArticle.begin(s), h.beginPosition());
            if (last != null) return last.iri();
        }
        if (who != null) {
            if (who.kind() == SourceKind.NAMED) return who.iri();
            return sp.affiliationOf(who.iri());
        }
        // "London and Washington" as agents: a place that acts is its state
        if (on != null && lex.actors.contains(lex.stateOf.getOrDefault(on.iri(), ""))) return lex.stateOf.get(on.iri());
        // "Johnson's visit", "pressure from London": the first actor named in the phrase; a place inside it stays a
        // place, unless the phrase is one of command ("on the instructions of London"), where only a government fits
        boolean command = instigation.contains(lemma) || blameNouns.contains(lemma);
        for (Gazetteer.Mention m : pa.mentionsWithin(ext[0], ext[1])) {
            if (lex.actors.contains(m.iri())) return m.iri();
            if (events.contains(m.iri())) return m.iri();
            if (command && lex.actors.contains(lex.stateOf.getOrDefault(m.iri(), ""))) return lex.stateOf.get(m.iri());
        }
        // "on Western orders", "its Western sponsors": a demonym adjective names its state or bloc
        for (var t : s.tokens()) {
            if (t.beginPosition() < ext[0] || t.endPosition() > ext[1] || !t.tag().startsWith("JJ")) continue;
            String d = lex.demonyms.get(t.word().toLowerCase(Locale.ROOT));
            if (d != null && Character.isUpperCase(t.word().codePointAt(0))) return d;
        }
        return null;
    }

    // ---------------------------------------------------------------- the claim

    private Claim claim(ParsedArticle pa, Speakers speakers, CoreSentence s, SemanticGraph g, Frame f, String outcome, List<Claim> said) {
        int at = f.predicate().beginPosition();
        int from = ParsedArticle.begin(s), to = ParsedArticle.end(s);
        Claim within = f.blamer() == null || f.denies() && innermost(pa, said, at) != null
            && innermost(pa, said, at).directQuote() ? innermost(pa, said, at) : null;
        if (within == null && ParsedArticle.relToParent(g, f.predicate()).equals("conj")
            && lex.reportingVerbs.contains(lemma(g.getParent(f.predicate()))))
            within = reportBefore(pa, said, from, at);   // "He said …, but Zelensky rejected the deal": still his account
        String source = ids.article(pa.article.id()), verb = null;
        SourceKind kind = SourceKind.OWN_VOICE;
        List<String> via = List.of();
        Certainty certainty = lex.certainty(s, from, to);
        Polarity outer = Polarity.AFFIRMED;
        org.peacetalks.annotate.DateValue date = null;
        String dateText = null;
        boolean relayedBySource = false;
        if (within != null) {
            verb = within.verb();
            date = within.date();
            dateText = within.dateText();
            outer = within.polarity();
            if (within.sourceKind() == SourceKind.ANONYMOUS && relayHead(pa, s, g, within)) {
                relayedBySource = true;   // "Reports suggest …": the article relays unnamed reports
            } else {
                source = within.source();
                kind = within.sourceKind();
                via = within.via();
            }
            if (within.certainty().compareTo(certainty) > 0) certainty = within.certainty();
        } else {
            // the blamer of a verb of blaming; else whoever the clause is a complement of ("suggesting that …",
            // "seized on the remark as proof that …", "Moscow's version is that …"); else a headline's "NAME:"
            IndexedWord holder = f.blamer() != null ? f.blamer() : holderAbove(g, f.predicate());
            Speakers.Speaker who = holder == null ? null : sourceOf(pa, speakers, s, g, holder);
            // a reporting verb anywhere above the words of blame ("Putin …, says the West made Kiev abandon …",
            // "suggesting that the process was sabotaged by those who …"): its subject tells it
            if (who == null && f.blamer() == null) {
                IndexedWord r = reporterAbove(g, f.predicate());
                if (r != null) who = sourceOf(pa, speakers, s, g, r);
            }
            if (who == null) who = headline(pa, s);
            if (who != null) {
                source = who.iri();
                kind = who.kind();
            }
        }
        Stance st = f.denies() ? new Stance(Polarity.DENIED, null)
            : stance(g, s, f.predicate(), outer, relayedBySource, pa, kind == SourceKind.OWN_VOICE);
        if (st.dismisser() != null && within == null) {
            // "Johnson called the claims nonsense": the one who dismisses is the source of the denial
            Speakers.Speaker d = sourceOf(pa, speakers, s, g, st.dismisser());
            if (d != null) { source = d.iri(); kind = d.kind(); }
        }
        List<String> blamed = new ArrayList<>(f.blamed());
        // a source blaming itself is a misreading unless it denies it ("Johnson denied that he …")
        if (st.polarity() != Polarity.DENIED) blamed.remove(source);
        if (blamed.isEmpty()) return null;
        // a stance shape of its own ("did not say that …") names the claim's rule; the frame's confidence stays
        String rule = st.rule() != null ? st.rule() : f.rule();
        return new Claim(pa.span(from, to), source, kind, via, verb, List.of(), certainty, st.polarity(), date, dateText,
            new Proposition.Blame(blamed, outcome, null), rules.iri(rule), f.confidence(), new Origin(pa.article.sourceFile(), 0));
    }

    /** The quotation or report whose evidence holds {@code at}, the smallest first (a report inside a report is the inner source's). */
    private static Claim innermost(ParsedArticle pa, List<Claim> said, int at) {
        int cp = pa.text.codePointCount(0, at);
        Claim best = null;
        for (Claim c : said) {
            if (c.proposition() instanceof Proposition.Blame) continue;
            if (c.evidence().start() > cp || c.evidence().end() <= cp) continue;
            if (c.sourceKind() == SourceKind.OWN_VOICE) continue;
            // a quotation holds only the words inside its marks: "who told the leader … to 'fight on'" is not the speaker's
            if (c.directQuote() && !insideQuotation(pa, c, cp)) continue;
            if (best == null || c.evidence().length() < best.evidence().length()) best = c;
        }
        return best;
    }

    private static boolean insideQuotation(ParsedArticle pa, Claim c, int cp) {
        String ev = c.evidence().of(pa.text);
        for (String q : c.quotations()) {
            int i = ev.indexOf(q);
            if (i < 0) continue;
            int qs = c.evidence().start() + ev.codePointCount(0, i);
            if (cp >= qs && cp < qs + q.codePointCount(0, q.length())) return true;
        }
        return false;
    }

    /** The report of this sentence that begins closest before {@code at}. */
    private static Claim reportBefore(ParsedArticle pa, List<Claim> said, int sentenceFrom, int at) {
        int from = pa.text.codePointCount(0, sentenceFrom), cp = pa.text.codePointCount(0, at);
        Claim best = null;
        for (Claim c : said) {
            if (c.sourceKind() == SourceKind.OWN_VOICE || c.evidence().start() < from || c.evidence().start() > cp) continue;
            if (best == null || c.evidence().start() > best.evidence().start()) best = c;
        }
        return best;
    }

    /** Whether the unnamed source of {@code c} is a relay noun ("Reports suggest", "claims that …"). */
    private boolean relayHead(ParsedArticle pa, CoreSentence s, SemanticGraph g, Claim c) {
        for (IndexedWord w : g.vertexListSorted()) {
            if (!ParsedArticle.relToParent(g, w).startsWith("nsubj") || !relayNouns.contains(lemma(w))) continue;
            // the relay noun reports ("Reports suggest …"), not a noun that is only talked about ("a claim Johnson has dismissed")
            IndexedWord v = g.getParent(w);
            if (v != null && lex.reportingVerbs.contains(lemma(v))) return true;
        }
        return false;
    }

    /** The source a word names: as any speaker is resolved, or a place that speaks for its state ("Moscow's version"). */
    private Speakers.Speaker sourceOf(ParsedArticle pa, Speakers speakers, CoreSentence s, SemanticGraph g, IndexedWord w) {
        Speakers.Speaker who = speakers.resolve(s, g, w);
        if (who != null) return who;
        Gazetteer.Mention m = pa.mentionCovering(w.beginPosition(), w.endPosition());
        String state = m == null ? null : lex.stateOf.get(m.iri());
        return state != null && lex.actors.contains(state) ? new Speakers.Speaker(state, SourceKind.NAMED, m.from(), m.to()) : null;
    }

    /** "Putin: Johnson wrecked the deal" — a headline or line led by a speaker and a colon. */
    private Speakers.Speaker headline(ParsedArticle pa, CoreSentence s) {
        var toks = s.tokens();
        for (int i = 1; i < Math.min(toks.size(), 7); i++) {
            if (!toks.get(i).word().equals(":")) continue;
            for (Gazetteer.Mention m : pa.mentionsWithin(toks.get(0).beginPosition(), toks.get(i).beginPosition())) {
                String iri = lex.stateOf.getOrDefault(m.iri(), m.iri());
                if (lex.actors.contains(iri)) return new Speakers.Speaker(iri, SourceKind.NAMED, m.from(), m.to());
            }
            return null;
        }
        return null;
    }

    /** How the frame's source stands to it, and who dismisses it when no report holds it ("Johnson called the claims nonsense"). */
    private record Stance(Polarity polarity, IndexedWord dismisser, String rule) {
        Stance(Polarity polarity, IndexedWord dismisser) { this(polarity, dismisser, null); }
    }

    /**
     * {@code blame-unsaid}: the frame is the complement of a verb of saying or belief
     * that is negated, itself or a verb above it on the way ("did not say that …",
     * "does not believe …", "had not meant to suggest …"); the chain is climbed
     * through complements only, so a negated main clause beside the frame does not count.
     */
    private boolean unsaid(SemanticGraph g, IndexedWord p) {
        boolean saying = false;
        for (IndexedWord x = p; g.getParent(x) != null; ) {
            String r = ParsedArticle.relToParent(g, x);
            if (!(r.equals("ccomp") || r.equals("xcomp") || r.equals("parataxis") && x.equals(p))) return false;
            x = g.getParent(x);
            if (!x.tag().startsWith("VB")) return false;
            if (lex.reportingVerbs.contains(lemma(x))) saying = true;
            if (saying && negated(g, x)) return true;
        }
        return false;
    }

    /**
     * Denied when the frame is negated ("did not block") or sits under a denial
     * ("denied that …", "rejected claims that …", "calling the claim propaganda")
     * — a negated denial affirms; reported when it is relayed without endorsement.
     */
    private Stance stance(SemanticGraph g, CoreSentence s, IndexedWord p, Polarity outer, boolean relayedBySource, ParsedArticle pa,
                          boolean ownVoice) {
        // "there will be no talks": a negated outcome is the failure itself, not a denial of it
        boolean negated = negated(g, p) && !(p.tag().startsWith("NN") && isOutcome(pa, g, p)) || noOneAs(g, p) || stopped(g, p);
        boolean underRelay = relayedBySource, underDenial = false;
        IndexedWord relayNoun = null, denier = null;
        for (IndexedWord x = g.getParent(p); x != null; x = g.getParent(x)) {
            if (relayNouns.contains(lemma(x)) && x.tag().startsWith("NN")) { underRelay = true; if (relayNoun == null) relayNoun = x; }
            if (denialVerbs.contains(lemma(x)) && x.tag().startsWith("VB") || dismissal.contains(lemma(x))) {
                underDenial = true;
                if (denier == null) denier = x;
            }
            if (relayPassives.contains(lemma(x)) && ParsedArticle.child(g, x, "aux:pass") != null) underRelay = true;
        }
        for (IndexedWord x = p; x != null; x = g.getParent(x))
            for (IndexedWord a : ParsedArticle.children(g, x, "advmod")) if (relayAdverbs.contains(lemma(a))) underRelay = true;
        // "… calling the claim Russian propaganda", "dismissed as nonsense": a dismissal elsewhere in the sentence of a relayed claim
        IndexedWord dismissal = null;
        for (IndexedWord w : g.vertexListSorted()) if (this.dismissal.contains(lemma(w)) && !inSubtree(g, w, p)) dismissal = w;
        // "he did not believe the West had wrecked the talks", "I never said X blocked the deal": a negated verb of saying or belief
        boolean unsaid = outer != Polarity.DENIED && unsaid(g, p);
        boolean deniedAbove = outer == Polarity.DENIED || underDenial || underRelay && dismissal != null || unsaid;
        IndexedWord who = null;
        if (outer != Polarity.DENIED && deniedAbove && !unsaid) who = verbAbove(g, denier != null ? denier : relayNoun != null ? relayNoun : dismissal);
        if (negated != deniedAbove) return new Stance(Polarity.DENIED, who, unsaid && !negated && !underDenial ? "blame-unsaid" : null);
        // a question in the article's own voice ("Did Johnson kill the deal?") relays; a source's words inside it keep their stance
        if (underRelay || outer == Polarity.REPORTED || ownVoice && questionAt(pa, s)) return new Stance(Polarity.REPORTED, null);
        return new Stance(Polarity.AFFIRMED, null);
    }

    /** The nearest verb at or above {@code w} that has a subject: whose act a denial or dismissal is. */
    private static IndexedWord verbAbove(SemanticGraph g, IndexedWord w) {
        for (IndexedWord x = w; x != null; x = g.getParent(x)) {
            IndexedWord subj = ParsedArticle.child(g, x, "nsubj");
            if (x.tag().startsWith("VB") && subj != null) return subj;
        }
        return null;
    }

    private static boolean questionAt(ParsedArticle pa, CoreSentence s) {
        return pa.text.substring(ParsedArticle.begin(s), ParsedArticle.end(s)).stripTrailing().endsWith("?");
    }

    private static boolean inSubtree(SemanticGraph g, IndexedWord w, IndexedWord root) {
        for (IndexedWord x = w; x != null; x = g.getParent(x)) if (x.equals(root)) return true;
        return false;
    }

    private static boolean negated(SemanticGraph g, IndexedWord v) {
        for (IndexedWord c : ParsedArticle.children(g, v, "advmod", "neg", "det"))
            if (NEGATIONS.contains(c.word().toLowerCase(Locale.ROOT)) && c.index() < v.index() + 1) return true;
        return false;
    }

    /** "Stop blaming Boris": a verb of ceasing over the frame negates it. */
    private static boolean stopped(SemanticGraph g, IndexedWord p) {
        IndexedWord up = g.getParent(p);
        String r = ParsedArticle.relToParent(g, p);
        return up != null && (r.equals("xcomp") || r.equals("ccomp")) && Set.of("stop", "cease", "quit").contains(lemma(up));
    }

    /**
     * Whose view an embedded frame is, when no report holds it: the subject of the
     * clause it is the complement of ("…, suggesting that the process was
     * sabotaged", "seized on the remark as proof that the West had wrecked …"),
     * or the possessor of the claim noun ("Moscow's version is that …"). A frame
     * in a main clause or an adverbial has none: it is the article's.
     */
    private IndexedWord holderAbove(SemanticGraph g, IndexedWord p) {
        boolean embedded = false;
        for (IndexedWord x = p; g.getParent(x) != null; ) {
            String r = ParsedArticle.relToParent(g, x);
            IndexedWord up = g.getParent(x);
            if (r.equals("ccomp") || r.equals("csubj") || r.startsWith("acl") && !r.equals("acl:relcl")) embedded = true;
            else if (!(r.equals("conj") || r.equals("xcomp") || embedded && (r.startsWith("obl") || r.startsWith("nmod") || r.equals("obj")
                || r.startsWith("nsubj")))) return null;
            x = up;
            if (!embedded || causative.contains(lemma(x))) continue;   // "made Kiev abandon …" is no one's view
            if (x.tag().startsWith("NN") && relayNouns.contains(lemma(x))) {
                IndexedWord poss = ParsedArticle.child(g, x, "nmod:poss");
                if (poss != null) return poss;
            }
            if (x.tag().startsWith("VB") || x.tag().startsWith("JJ") || ParsedArticle.child(g, x, "cop") != null) {
                IndexedWord subj = ParsedArticle.child(g, x, "nsubj");
                if (subj == null) continue;
                if (relayNouns.contains(lemma(subj))) return ParsedArticle.child(g, subj, "nmod:poss");
                String w = subj.word().toLowerCase(Locale.ROOT);
                if (w.equals("it") || w.equals("this") || w.equals("that") || w.equals("there")) return null;
                return subj;
            }
        }
        return null;
    }

    /**
     * The subject of the nearest reporting verb above {@code p}, whatever the path
     * to it; else, where the parse lost the link (quotation marks inside the clause),
     * of the nearest reporting verb before it in the sentence.
     */
    private IndexedWord reporterAbove(SemanticGraph g, IndexedWord p) {
        for (IndexedWord x = g.getParent(p); x != null; x = g.getParent(x)) {
            if (!x.tag().startsWith("VB") || !lex.reportingVerbs.contains(lemma(x))) continue;
            IndexedWord subj = reporterOf(g, x);
            if (subj != null) return subj;
        }
        IndexedWord before = null;
        for (IndexedWord x : g.vertexListSorted())
            if (x.index() < p.index() && x.tag().startsWith("VB") && lex.reportingVerbs.contains(lemma(x))) before = x;
        return before == null ? null : reporterOf(g, before);
    }

    /** Who speaks at a reporting verb: its subject; a joined verb or a participle shares its governor's. */
    private static IndexedWord reporterOf(SemanticGraph g, IndexedWord x) {
        IndexedWord subj = ParsedArticle.child(g, x, "nsubj");
        // "sets out terms, says …"; "has gone further, suggesting that …"
        for (IndexedWord y = x; subj == null && g.getParent(y) != null
                 && Set.of("conj", "advcl", "xcomp", "dep").contains(ParsedArticle.relToParent(g, y)); y = g.getParent(y))
            subj = ParsedArticle.child(g, g.getParent(y), "nsubj");
        // a headline's "Putin sets out terms, says …" may parse with the first verb under the reporting verb
        if (subj == null)
            for (IndexedWord c : ParsedArticle.children(g, x, "dep", "parataxis", "advcl", "conj"))
                if (c.index() < x.index() && c.tag().startsWith("VB") && ParsedArticle.child(g, c, "nsubj") != null) {
                    subj = ParsedArticle.child(g, c, "nsubj");
                    break;
                }
        if (subj == null) return null;
        String w = subj.word().toLowerCase(Locale.ROOT);
        return w.equals("it") || w.equals("this") || w.equals("that") || w.equals("there") ? null : subj;
    }

    /** "No one forced us …", "nobody told Kyiv …". */
    private static boolean noOneAs(SemanticGraph g, IndexedWord v) {
        IndexedWord s = ParsedArticle.child(g, v, "nsubj");
        if (s == null) return false;
        String w = s.word().toLowerCase(Locale.ROOT);
        if (w.equals("nobody") || w.equals("noone")) return true;
        IndexedWord det = ParsedArticle.child(g, s, "det");
        return det != null && det.word().equalsIgnoreCase("no");
    }

    /** The breakdown this sentence's "the deal"/"the talks" most likely means. */
    private String outcome(ParsedArticle pa, CoreSentence s) {
        int from = ParsedArticle.begin(s), to = ParsedArticle.end(s);
        int ps = pa.text.lastIndexOf('\n', from - 1) + 1, pe = pa.text.indexOf('\n', to);
        if (pe < 0) pe = pa.text.length();
        String years = pa.text.substring(ps, pe);
        String named = named(pa, from, to, years);
        if (named == null) named = named(pa, ps, pe, years);
        if (named == null) {
            // the nearest negotiation named before, else after
            Gazetteer.Mention last = null, next = null;
            for (Gazetteer.Mention m : pa.mentions) {
                if (!breakdowns.containsKey(m.iri())) continue;
                if (m.to() <= ps) last = m;
                else if (next == null && m.from() >= pe) next = m;
            }
            Gazetteer.Mention m = last != null ? last : next;
            if (m != null) named = pick(breakdowns.get(m.iri()), years);
        }
        if (named == null) named = byYear(years);
        return named;
    }

    private String named(ParsedArticle pa, int from, int to, String context) {
        for (Gazetteer.Mention m : pa.mentionsWithin(from, to)) {
            List<Breakdown> b = breakdowns.get(m.iri());
            if (b != null) return pick(b, context);
        }
        return null;
    }

    /** Of the breakdowns a place names, the one whose year the context gives, else the first. */
    private static String pick(List<Breakdown> options, String context) {
        Matcher y = YEAR.matcher(context);
        while (y.find()) for (Breakdown b : options) if (y.group().equals(b.year())) return b.iri();
        return options.get(0).iri();
    }

    /** "the talks of spring 2022": a negotiation dated by a year in the paragraph; of several that year, the last begun. */
    private String byYear(String context) {
        Matcher y = YEAR.matcher(context);
        while (y.find()) {
            Breakdown best = null;
            for (List<Breakdown> l : breakdowns.values())
                for (Breakdown b : l) if (y.group().equals(b.year()) && (best == null || b.date().compareTo(best.date()) > 0)) best = b;
            if (best != null) return best.iri();
        }
        return null;
    }

    // ---------------------------------------------------------------- words

    private static boolean hasCase(SemanticGraph g, IndexedWord w, String word) {
        for (IndexedWord c : ParsedArticle.children(g, w, "case")) if (c.word().equalsIgnoreCase(word)) return true;
        return false;
    }

    /**
     * The verb with its particle, "throw away", "pull out", "break off"; a verb of
     * discarding into refuse as "throw away" ("thrown in the bin"); the lemma alone otherwise.
     */
    private String phrasal(SemanticGraph g, IndexedWord v) {
        for (IndexedWord c : ParsedArticle.children(g, v, "compound:prt", "advmod")) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(w)) return lemma(v) + " " + w;
        }
        if (discardVerbs.contains(lemma(v)) && v.tag().startsWith("VB"))
            for (IndexedWord o : ParsedArticle.children(g, v, "obl"))
                if ((hasCase(g, o, "in") || hasCase(g, o, "into")) && discardPlaces.contains(lemma(o))) return "throw away";
        return lemma(v);
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The rules this stage fires. */
    RuleCatalogue.Scope rules() { return rules; }
}
