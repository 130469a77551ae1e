package org.peacetalks.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peacetalks.annotate.Certainty;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Origin;
import org.peacetalks.annotate.Polarity;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.annotate.Span;
import org.peacetalks.corpus.Article;
import org.peacetalks.extract.rules.RuleCatalogue;
import org.peacetalks.util.RuleFiles;
import org.peacetalks.vocab.PT;

/**
 * Direct quotations and their speakers. A quotation is text in curly or straight
 * double quotes; its speaker is a linked actor joined to it by a reporting verb
 * (a written form of the reporting verbs in attribution.rules) in one of the sentence shapes, each a rule
 * whose id becomes the claim's {@code pt:method}:
 * <ul>
 * <li>{@code quote-continued}: a paragraph that is only a quotation, right after an attributed one.</li>
 * <li>{@code quote-after}: “…,” Lukashenko suggested. / “…,” he says.</li>
 * <li>{@code quote-verb-first}: “…,” said Peskov.</li>
 * <li>{@code quote-before}: Peskov told Reuters: “…” / Putin answered, “…”</li>
 * <li>{@code quote-according}: … “…,” according to Arakhamia.</li>
 * </ul>
 * "he"/"she" speakers resolve to the last person named before the quotation.
 */
public final class QuoteExtractor {
    /** Double quotation marks, or curly single ones not touching letters (’ is also the apostrophe). */
    private static final Pattern QUOTE = Pattern.compile("[“\"]([^“”\"\\n]{2,1500})[”\"]|(?<!\\p{L})‘([^‘’\\n]{2,300})’(?!\\p{L})");
    /** Sentence breaks inside a quotation: each quoted sentence is its own claim. */
    private static final Pattern QUOTED_SENTENCE_BREAK = Pattern.compile("(?<=[.?!])\\s+(?=[\\p{Lu}“‘\"])");

    /** The sentence shapes this stage fires (declared in attribution.rules). */
    static final List<String> RULES = List.of("quote-verb-first", "quote-after", "quote-after-pronoun", "quote-according", "quote-before",
        "quote-before-distant", "quote-governed", "quote-continued", "quote-continued-paragraph", "quote-nested", "quote-transcript", "quote-ranked");

    private final Gazetteer gazetteer;
    private final Set<String> people;
    private final Set<String> actors;
    private final List<String> verbs;
    private final PT.Ids ids;
    private final RuleCatalogue.Scope rules;
    /** The speaker ranker, or null for rules alone. */
    private final LinearModel model;
    /** Where the ranker's instances go when a model is being trained, or null. */
    private final java.util.function.Consumer<QuoteSpeakers.Instance> sink;

    /** {@code people} and {@code actors}: IRIs of the entities that can speak (actors include people). */
    public QuoteExtractor(Gazetteer gazetteer, Set<String> people, Set<String> actors, List<String> verbs, PT.Ids ids) {
        this(gazetteer, people, actors, verbs, ids, null, null);
    }

    /** With a speaker ranker ({@code model}, null for rules alone) and a sink for training instances (or null). */
    public QuoteExtractor(Gazetteer gazetteer, Set<String> people, Set<String> actors, List<String> verbs, PT.Ids ids,
                          LinearModel model, java.util.function.Consumer<QuoteSpeakers.Instance> sink) {
        this.gazetteer = gazetteer;
        this.people = people;
        this.actors = actors;
        this.verbs = verbs;
        this.ids = ids;
        this.rules = RuleCatalogue.shipped().scope("quotes", ids, RULES);
        this.model = model;
        this.sink = sink;
    }

    private QuoteExtractor(QuoteExtractor base, Set<String> people, Set<String> actors) {
        this.gazetteer = base.gazetteer;
        this.people = people;
        this.actors = actors;
        this.verbs = base.verbs;
        this.ids = base.ids;
        this.rules = base.rules;
        this.model = base.model;
        this.sink = base.sink;
    }

    /** This extractor with more people who can speak: an article's candidates, which the reference data lacks. */
    QuoteExtractor withPeople(Set<String> more) {
        if (more.isEmpty()) return this;
        Set<String> p = new java.util.HashSet<>(people), a = new java.util.HashSet<>(actors);
        p.addAll(more);
        a.addAll(more);
        return new QuoteExtractor(this, p, a);
    }

    private static final Map<String, List<RuleFiles.Line>> ATTRIBUTION_SECTIONS = RuleFiles.sections(QuoteExtractor.class, Lexicons.ATTRIBUTION);
    private final Set<String> interviewerLabels = Set.copyOf(RuleFiles.words(ATTRIBUTION_SECTIONS, Lexicons.ATTRIBUTION, "interviewer-labels"));
    private final Set<String> answerLabels = Set.copyOf(RuleFiles.words(ATTRIBUTION_SECTIONS, Lexicons.ATTRIBUTION, "answer-labels"));

    /** A verb of the lexicon at the start of {@code s} (after spaces), or null. */
    private String verbAt(String s) {
        String l = s.stripLeading().toLowerCase(Locale.ROOT);
        for (String v : verbs) if (l.startsWith(v) && (l.length() == v.length() || !Character.isLetter(l.charAt(v.length())))) return v;
        return null;
    }

    /** A verb of the lexicon ending {@code s} (before spaces and punctuation), or null. */
    private String verbBefore(String s) {
        String l = s.replaceAll("[\\s,:;]+$", "").toLowerCase(Locale.ROOT);
        for (String v : verbs) if (l.endsWith(v) && (l.length() == v.length() || !Character.isLetter(l.charAt(l.length() - v.length() - 1)))) return v;
        return null;
    }

    public List<Claim> extract(Article a, List<Gazetteer.Mention> mentions) {
        return extract(a, mentions, List.of());
    }

    /**
     * Quotations with their speakers. {@code reported}: claims already found in
     * reported speech, whose speaker a following quotation-only sentence continues
     * ("Simes suggested that … ¶ “Reaching a grand bargain appears …”").
     */
    public List<Claim> extract(Article a, List<Gazetteer.Mention> mentions, List<Claim> reported) {
        return extract(a, mentions, reported, Map.of());
    }

    /** {@code governed}: the parse's reading of a quotation's speaker ({@link QuoteGovernors}), by the offset of its opening mark. */
    List<Claim> extract(Article a, List<Gazetteer.Mention> mentions, List<Claim> reported, Map<Integer, QuoteGovernors.Reading> governed) {
        String text = a.text();
        List<Claim> out = new ArrayList<>();
        Attribution lastSpeaker = null, lastQuoted = null;
        int lastEnd = -1, lastQuotedEnd = -1;
        int next = 0;
        List<String> previousSpeakers = new ArrayList<>();
        Map<String, Integer> mentionCounts = new HashMap<>();
        for (Gazetteer.Mention mm : mentions) mentionCounts.merge(mm.iri(), 1, Integer::sum);
        for (Quotation m : quotations(text)) {
            int qs = m.start(), qe = m.end();
            String quote = m.words().replaceAll("[,.]$", "").strip();
            boolean oneWord = quote.split("\\s+").length < 2;
            // one-word scare quotes ("limited") are not statements, unless the ranker finds them a speaker
            if (oneWord && model == null && sink == null) continue;
            if (!quote.matches(".*\\p{Ll}.*") && quote.matches(".*\\p{Lu}.*")) continue;  // an all-capitals heading, no one's words
            int sentStart = sentenceStart(text, qs), sentEnd = sentenceEnd(text, qe);
            String before = text.substring(sentStart, qs);
            String after = text.substring(qe, sentEnd);
            // a quoted name that is itself the subject (“senior Russian source” said …) is no quotation
            if (!m.words().matches("(?s).*[,.?!…]\\s*$") && verbAt(after) != null && !after.startsWith(",")) continue;
            // the latest attribution before this quotation, quoted or reported
            for (; next < reported.size(); next++) {
                Claim r = reported.get(next);
                int end = text.offsetByCodePoints(0, r.evidence().end());
                if (end > qs) break;
                if (end > lastEnd && r.sourceKind() != SourceKind.OWN_VOICE) {
                    lastSpeaker = new Attribution(r.source(), r.sourceKind(), r.via().isEmpty() ? null : r.via().get(0), r.verb(), "quote-continued");
                    lastEnd = end;
                }
            }
            // each sentence shape's speaker; the first in this order is the rules' choice
            Map<String, Attribution> proposed = new LinkedHashMap<>();
            Map<String, List<String>> shapes = new LinkedHashMap<>();
            Attribution at = null;
            Attribution byAfter = after(after, qe, mentions, text);
            // the ranker knows "“…,” he says" as the quote-after shape: its pronoun variant differs only in confidence
            if (byAfter != null) propose(proposed, shapes, byAfter, byAfter.rule.equals("quote-after-pronoun") ? "quote-after" : byAfter.rule);
            Attribution byBefore = before(before, sentStart, qs, mentions);
            if (byBefore != null) propose(proposed, shapes, byBefore, "quote-before");
            // a sentence that is only a quotation goes on with the quotation just before it, else with the report just before it
            if (lastQuoted != null && before.isBlank() && adjacent(text, lastQuotedEnd, qs))
                propose(proposed, shapes, new Attribution(lastQuoted.speaker, lastQuoted.kind, lastQuoted.via, lastQuoted.verb, "quote-continued"), "continued-quote");
            if (lastSpeaker != null && before.isBlank() && adjacent(text, lastEnd, qs))
                propose(proposed, shapes, new Attribution(lastSpeaker.speaker, lastSpeaker.kind, lastSpeaker.via, lastSpeaker.verb, "quote-continued"), "continued-report");
            // quoted words in a paragraph whose earlier sentence is attributed, in a sentence naming no other
            // person, go on with that source ("… officials suggest. … There is also “room for discussion” …")
            if (lastSpeaker != null && sameParagraph(text, lastEnd, qs) && Mentions.first(mentions, people, sentStart, sentEnd) == null)
                propose(proposed, shapes, new Attribution(lastSpeaker.speaker, lastSpeaker.kind, lastSpeaker.via, lastSpeaker.verb, "quote-continued-paragraph"), "continued-paragraph");
            // the parse's own reading: a report whose evidence holds this quotation names its speaker
            boolean unnamedReport = false;
            for (Claim r : reported) {
                int rs = text.offsetByCodePoints(0, r.evidence().start()), re = text.offsetByCodePoints(0, r.evidence().end());
                // the report's evidence overlaps the quoted words, within the quotation's sentence
                if (re <= qs || rs >= qe || rs < sentStart - 1 || re > sentEnd + 1) continue;
                if (r.sourceKind() == SourceKind.NAMED)
                    shapes.computeIfAbsent(r.source(), k -> new ArrayList<>()).add("report-holds-quote");
                else unnamedReport = true;
            }
            if (unnamedReport) shapes.computeIfAbsent(UNNAMED, k -> new ArrayList<>()).add("report-unnamed");
            if (!proposed.isEmpty()) at = proposed.values().iterator().next();
            if (model != null || sink != null) {
                String lastReported = lastSpeaker == null || lastSpeaker.kind != SourceKind.NAMED ? null : lastSpeaker.speaker;
                var ctx = new QuoteSpeakers.Context(text, qs, qe, sentStart, sentEnd, m.words(), mentions, people, actors,
                    shapes, previousSpeakers, lastReported, mentionCounts, verbs);
                List<QuoteSpeakers.Candidate> cands = QuoteSpeakers.candidates(ctx);
                if (sink != null) sink.accept(new QuoteSpeakers.Instance(a.id(), qs, qe, m.words(), cands));
                if (model != null) {
                    var best = QuoteSpeakers.decide(model, cands);
                    if (best == null || best.getKey().equals(UNNAMED)) at = null;
                    else {
                        Attribution rule = proposed.get(best.getKey());
                        at = rule != null ? new Attribution(rule.speaker, rule.kind, rule.via, rule.verb, rule.rule, best.getValue(), rule.also)
                            : new Attribution(best.getKey(), SourceKind.NAMED, null, null, "quote-ranked", best.getValue());
                    }
                } else if (oneWord) at = null;
            }
            // where neither a shape nor the ranker names a speaker, the parse may: the subject of the reporting verb the
            // quoted words complement ("called the account “nonsense”"); one word only as that verb's own complement
            QuoteGovernors.Reading byParse = governed.get(qs);
            if (at == null && byParse != null && (!oneWord || byParse.direct()) && !QuoteSpeakers.titleLike(m.words()))
                at = new Attribution(byParse.speaker(), byParse.kind(), null, byParse.verb(), "quote-governed");
            if (at == null) continue;
            previousSpeakers.remove(at.speaker);
            previousSpeakers.add(0, at.speaker);
            lastSpeaker = at;
            lastEnd = qe;
            lastQuoted = at;
            lastQuotedEnd = qe;
            List<Claim> inner = nested(a, m.words(), m.wordsStart(), mentions);
            out.addAll(inner);
            List<String> speakers = new ArrayList<>(List.of(at.speaker));
            speakers.addAll(at.also);
            // one claim per quoted sentence
            int from = m.wordsStart();
            Matcher br = QUOTED_SENTENCE_BREAK.matcher(m.words());
            List<int[]> parts = new ArrayList<>();
            int p = 0;
            while (br.find()) { parts.add(new int[] {from + p, from + br.start()}); p = br.end(); }
            parts.add(new int[] {from + p, m.wordsEnd()});
            for (int i = 0; i < parts.size(); i++) {
                int ps = parts.get(i)[0], pe = parts.get(i)[1];
                String words = text.substring(ps, pe);
                if (words.isBlank()) continue;
                Span own = Span.ofChars(text, ps, pe);
                if (inner.stream().anyMatch(c -> c.evidence().overlaps(own))) continue;  // someone else's words, quoted inside
                Span evidence = Span.ofChars(text, i == 0 ? sentStart : ps, i == parts.size() - 1 ? Math.max(sentEnd, pe) : pe);
                for (String speaker : speakers)
                    out.add(new Claim(evidence, speaker, at.kind, at.via == null ? List.of() : List.of(at.via), at.verb,
                        List.of(words), Certainty.CERTAIN, Polarity.AFFIRMED, null, null,
                        new Proposition.Statement(List.of(), words.replaceAll("[,.]$", "").strip()), rules.iri(at.rule), Double.isNaN(at.confidence) ? rules.confidence(at.rule) : at.confidence,
                        new Origin(a.sourceFile(), 0)));
            }
        }
        out.addAll(transcript(a, mentions));
        return out;
    }

    private static final String UNNAMED = QuoteSpeakers.UNNAMED;
    /** A paragraph opened by a label of a few capitalised words and a colon: "PESKOV: ", "Question (Suspilne): ". */
    private static final Pattern TURN = Pattern.compile("(?m)^((?:\\p{Lu}[\\p{L}.'’-]*)(?: \\p{Lu}[\\p{L}.'’-]*){0,3})(?: \\([^()\\n]{1,40}\\))?: +(\\S[^\\n]*)$");

    /**
     * Transcript turns: "PESKOV: …", "Maria Zakharova: …", "Q: … / A: …". Where at
     * least two paragraphs of the article are turns, each answer is its speaker's
     * statement, one claim per sentence, with no quotation: outlets edit and condense
     * transcripts, and no marks vouch for the words being verbatim. The speaker
     * is the person of the article whose name or surname the label is (any case); an
     * answer label ("A") is the interviewee's, the person of the last named answer or
     * else the one the article names most. An interviewer's turn ("Q", "Question")
     * quotes no one. An answer in quotation marks is left to the quotation shapes.
     */
    private List<Claim> transcript(Article a, List<Gazetteer.Mention> mentions) {
        String text = a.text();
        record Turn(int from, int to, String speaker) {}
        List<Turn> turns = new ArrayList<>();
        int labelled = 0;
        Map<String, Integer> counts = new HashMap<>();
        for (Gazetteer.Mention m : mentions) if (people.contains(m.iri())) counts.merge(m.iri(), 1, Integer::sum);
        String interviewee = null;
        Matcher t = TURN.matcher(text);
        while (t.find()) {
            String label = t.group(1).toLowerCase(Locale.ROOT);
            if (interviewerLabels.contains(label)) { labelled++; continue; }
            String speaker = answerLabels.contains(label) ? (interviewee != null ? interviewee : mostNamed(counts)) : labelled(t.group(1), mentions);
            if (speaker == null) continue;
            labelled++;
            if (!answerLabels.contains(label)) interviewee = speaker;
            turns.add(new Turn(t.start(2), t.end(2), speaker));
        }
        List<Claim> out = new ArrayList<>();
        if (labelled < 2) return out;
        for (Turn turn : turns) {
            String answer = text.substring(turn.from, turn.to);
            if ("“\"‘".indexOf(answer.charAt(0)) >= 0) continue;
            Matcher br = QUOTED_SENTENCE_BREAK.matcher(answer);
            List<int[]> parts = new ArrayList<>();
            int p = 0;
            while (br.find()) { parts.add(new int[] {turn.from + p, turn.from + br.start()}); p = br.end(); }
            parts.add(new int[] {turn.from + p, turn.to});
            for (int[] part : parts) {
                String words = text.substring(part[0], part[1]).stripTrailing();
                if (words.isBlank()) continue;
                Span evidence = Span.ofChars(text, part[0], part[0] + words.length());
                out.add(new Claim(evidence, turn.speaker, SourceKind.NAMED, List.of(), null, List.of(), Certainty.CERTAIN, Polarity.AFFIRMED,
                    null, null, new Proposition.Statement(List.of(), words.replaceAll("[,.]$", "").strip()), rules.iri("quote-transcript"),
                    rules.confidence("quote-transcript"), new Origin(a.sourceFile(), 0)));
            }
        }
        return out;
    }

    /** The person a turn's label names: a person of the article whose name, or surname, it is in any case; null when none or two. */
    private String labelled(String label, List<Gazetteer.Mention> mentions) {
        String full = null, bySurname = null;
        boolean ambiguous = false;
        String[] lw = label.split(" ");
        for (Gazetteer.Mention m : mentions) {
            if (!people.contains(m.iri())) continue;
            String[] sw = m.surface().split("\\s+");
            if (m.surface().equalsIgnoreCase(label)) full = m.iri();
            else if (sw[sw.length - 1].equalsIgnoreCase(lw[lw.length - 1]) && (lw.length == 1 || lw[0].equalsIgnoreCase(sw[0]))) {
                if (bySurname != null && !bySurname.equals(m.iri())) ambiguous = true;
                bySurname = m.iri();
            }
        }
        return full != null ? full : ambiguous ? null : bySurname;
    }

    /** The person named most often, or null when two tie. */
    private static String mostNamed(Map<String, Integer> counts) {
        String top = null;
        int n = 0;
        boolean tie = false;
        for (var e : new java.util.TreeMap<>(counts).entrySet()) {
            if (e.getValue() > n) { n = e.getValue(); top = e.getKey(); tie = false; }
            else if (e.getValue() == n) tie = true;
        }
        return tie ? null : top;
    }

    private static void propose(Map<String, Attribution> proposed, Map<String, List<String>> shapes, Attribution at, String shape) {
        proposed.putIfAbsent(at.speaker, at);
        shapes.computeIfAbsent(at.speaker, k -> new ArrayList<>()).add(shape);
    }

    /** A quotation: its marks at [start, end), its words at [wordsStart, wordsEnd). */
    record Quotation(int start, int end, int wordsStart, int wordsEnd, String words) {}

    /**
     * The article's quotations, in order: text between double quotes, curly single
     * quotes not touching letters, and a quotation running over paragraphs, whose
     * paragraphs open with a mark and only the last closes ("“… ¶“… .”"): each
     * unclosed paragraph is a quotation of its own.
     */
    static List<Quotation> quotations(String text) {
        List<Quotation> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            out.add(new Quotation(m.start(), m.end(), m.start(g), m.end(g), m.group(g)));
        }
        Matcher open = OPEN_PARAGRAPH.matcher(text);
        while (open.find()) {
            int ws = open.start(1), we = open.end(1);
            boolean taken = false;
            for (Quotation q : out) if (q.start() < we && ws < q.end()) taken = true;
            if (!taken) out.add(new Quotation(open.start(), we, ws, we, open.group(1)));
        }
        out.sort(java.util.Comparator.comparingInt(Quotation::start));
        return out;
    }

    /** A paragraph opening with a quotation mark that never closes, followed by a paragraph that opens with one. */
    private static final Pattern OPEN_PARAGRAPH = Pattern.compile("(?m)^[“\"]([^“”\"\n]{2,3000})$(?=\n+[“\"])");

    private static final Pattern INNER = Pattern.compile("(?<!\\p{L})‘([^‘’\\n]{2,300})’(?!\\p{L})");

    /** A quotation inside a quotation (“… ‘Of course,’ Putin confirmed.”), attributed inside it. */
    private List<Claim> nested(Article a, String outer, int offset, List<Gazetteer.Mention> mentions) {
        List<Claim> out = new ArrayList<>();
        String text = a.text();
        Matcher m = INNER.matcher(outer);
        while (m.find()) {
            int qs = offset + m.start(), qe = offset + m.end();
            int end = sentenceEnd(text, qe);
            Attribution at = after(text.substring(qe, Math.min(end, offset + outer.length())), qe, mentions, text);
            if (at == null) continue;
            String words = m.group(1);
            out.add(new Claim(Span.ofChars(text, qs, Math.min(end, offset + outer.length())), at.speaker, at.kind,
                at.via == null ? List.of() : List.of(at.via), at.verb, List.of(words), Certainty.CERTAIN, Polarity.AFFIRMED, null, null,
                new Proposition.Statement(List.of(), words.replaceAll("[,.]$", "").strip()), rules.iri("quote-nested"), rules.confidence("quote-nested"),
                new Origin(a.sourceFile(), 0)));
        }
        return out;
    }

    private static boolean sameParagraph(String text, int from, int to) {
        return from >= 0 && to >= from && text.substring(from, to).indexOf('\n') < 0;
    }

    /** Whether {@code to} follows {@code from} with at most one sentence or paragraph break between. */
    private static boolean adjacent(String text, int from, int to) {
        if (from < 0 || to < from) return false;
        String between = text.substring(from, to);
        int breaks = 0;
        Matcher b = Pattern.compile("[.?!][”\"’]?\\s+(?=[\\p{Lu}“\"‘])|\\n+").matcher(between);
        while (b.find()) breaks++;
        return breaks <= 1;
    }

    /** A speaker by rule {@code rule}; {@code confidence} the ranker's probability, NaN for the rule's declared one. */
    private record Attribution(String speaker, SourceKind kind, String via, String verb, String rule, double confidence, List<String> also) {
        Attribution(String speaker, String via, String verb, String rule) {
            this(speaker, SourceKind.NAMED, via, verb, rule, Double.NaN, List.of());
        }

        Attribution(String speaker, SourceKind kind, String via, String verb, String rule) {
            this(speaker, kind, via, verb, rule, Double.NaN, List.of());
        }

        Attribution(String speaker, SourceKind kind, String via, String verb, String rule, double confidence) {
            this(speaker, kind, via, verb, rule, confidence, List.of());
        }
    }

    /** Shapes with the attribution after the quotation. */
    private Attribution after(String after, int offset, List<Gazetteer.Mention> mentions, String text) {
        // “…,” said Peskov: a quotation ends in punctuation before its attribution; “senior Russian source” said … is a name, not a quotation
        String closing = text.substring(Math.max(0, offset - 2), offset);
        if (!closing.matches(".*[,.?!…—-][”\"’]") && !after.startsWith(",")) return null;
        String a = after.replaceFirst("^[\\s,]+", "");
        int skip = after.length() - a.length();
        String verb = verbAt(a);
        if (verb != null && !verb.equals("according to")) {  // “…,” said Peskov
            int from = offset + skip + verb.length();
            Gazetteer.Mention sp = firstActorWithin(mentions, from, from + 40);
            if (sp != null) return new Attribution(sp.iri(), null, verb, "quote-verb-first");
        }
        if (a.toLowerCase(Locale.ROOT).matches("^(he|she) .*")) {  // “…,” he says.
            String v = verbAt(a.substring(3));
            if (v != null) {
                Gazetteer.Mention last = lastPersonBefore(mentions, offset);
                if (last != null) return new Attribution(last.iri(), null, v, "quote-after-pronoun");
            }
        }
        // “…,” Lukashenko suggested. / “…,” Kremlin spokesman Dmitry Peskov told Reuters: the actor right before the verb
        for (Gazetteer.Mention sp : mentions) {
            if (sp.from() < offset + skip || sp.from() > offset + skip + 60 || !actors.contains(sp.iri())) continue;
            String v = verbAt(text.substring(sp.to()));
            String between = text.substring(offset + skip, sp.from());
            // a title may stand between ("Kremlin spokesman"), not another clause ("and on May 24")
            if (v != null && between.trim().split("\\s+").length <= 4 && !between.matches("(?s).*\\b(and|but|while)\\b.*")) {
                Gazetteer.Mention via = null;
                if (v.equals("told")) via = firstActorWithin(mentions, sp.to(), sp.to() + 15);
                return new Attribution(sp.iri(), via == null ? null : via.iri(), v, "quote-after");
            }
        }
        int acc = a.toLowerCase(Locale.ROOT).indexOf("according to");
        if (acc >= 0) {
            Gazetteer.Mention who = firstPersonWithin(mentions, offset + skip + acc, offset + skip + acc + 120);
            if (who == null) who = firstActorWithin(mentions, offset + skip + acc, offset + skip + acc + 120);
            if (who != null) return new Attribution(who.iri(), null, "according to", "quote-according");
        }
        return null;
    }

    /**
     * Shapes with the attribution before the quotation, in the same sentence:
     * Peskov told Reuters: “…” / Putin answered, “…” / Peskov has said that Russia does not want “…”.
     * The speaker is the last actor named before the last reporting verb.
     */
    private Attribution before(String before, int sentStart, int quoteStart, List<Gazetteer.Mention> mentions) {
        String lower = before.toLowerCase(Locale.ROOT);
        int verbAt = -1;
        String verb = null;
        for (String v : verbs) {
            Matcher vm = Pattern.compile("\\b" + Pattern.quote(v) + "\\b").matcher(lower);
            while (vm.find()) if (vm.start() > verbAt) { verbAt = vm.start(); verb = v; }
        }
        if (verb == null) return null;
        Gazetteer.Mention via = null;
        Matcher told = Pattern.compile("^(told|tells)\\s+([^,:]{1,40})[,:]?\\s*$").matcher(lower.substring(verbAt));
        if (told.find()) via = lastActorIn(mentions, sentStart + verbAt + told.start(2), quoteStart);
        Gazetteer.Mention sp = lastActorIn(mentions, sentStart, sentStart + verbAt);
        // "Sergey Radchenko of Johns Hopkins University wrote": the person, not their institution
        Gazetteer.Mention person = lastPersonIn(mentions, sentStart, sentStart + verbAt);
        if (person != null && sp != person && before.substring(person.to() - sentStart, verbAt).matches("\\s+of\\s+[^,;]{1,60}?\\s+(\\w+\\s+)?")) sp = person;
        // the speaker is the verb's subject: a few words before it ("Peskov has said that"), not any earlier name
        if (sp == null || (sp != person || !before.substring(sp.to() - sentStart, verbAt).matches("\\s+of\\s+.*"))
            && before.substring(sp.to() - sentStart, verbAt).trim().split("\\s+").length > 3) return null;
        // "Samuel Charap of RAND and Sergey Radchenko … wrote": joint speakers
        List<String> also = new ArrayList<>();
        for (Gazetteer.Mention o : mentions) {
            if (o == sp || o.to() > sp.from() || o.from() < sentStart || !people.contains(o.iri())) continue;
            if (before.substring(o.to() - sentStart, sp.from() - sentStart).matches("\\s+(of\\s+[^,;]{1,40}?\\s+)?and\\s+")) also.add(o.iri());
        }
        boolean adjacent = before.strip().endsWith(":") || before.strip().endsWith(",") || lower.strip().endsWith(verb);
        return new Attribution(sp.iri(), SourceKind.NAMED, via == null ? null : via.iri(), verb, adjacent ? "quote-before" : "quote-before-distant", Double.NaN, also);
    }

    private Gazetteer.Mention firstActorWithin(List<Gazetteer.Mention> ms, int fromChar, int toChar) {
        return Mentions.first(ms, actors, fromChar, toChar);
    }

    private Gazetteer.Mention firstPersonWithin(List<Gazetteer.Mention> ms, int fromChar, int toChar) {
        return Mentions.first(ms, people, fromChar, toChar);
    }

    private Gazetteer.Mention lastActorIn(List<Gazetteer.Mention> ms, int fromChar, int toChar) {
        return Mentions.last(ms, actors, fromChar, toChar);
    }

    private Gazetteer.Mention lastPersonIn(List<Gazetteer.Mention> ms, int fromChar, int toChar) {
        return Mentions.last(ms, people, fromChar, toChar);
    }

    private Gazetteer.Mention lastPersonBefore(List<Gazetteer.Mention> ms, int toChar) {
        return Mentions.last(ms, people, 0, toChar);
    }

    /** Start of the sentence holding {@code i}: after the last . ! ? or newline outside quotation marks. */
    static int sentenceStart(String t, int i) {
        for (int j = i - 1; j > 0; j--) {
            char c = t.charAt(j);
            if (c == '\n') return j + 1;
            if ((c == '.' || c == '?' || c == '!') && j + 1 < t.length() && t.charAt(j + 1) == ' ' && j + 2 <= i
                && (Character.isUpperCase(t.charAt(j + 2)) || "“\"‘".indexOf(t.charAt(j + 2)) >= 0)) return j + 2;
            // a sentence ending in a quotation: .” The Kremlin …
            if ((c == '.' || c == '?' || c == '!') && j + 2 < t.length() && "”\"".indexOf(t.charAt(j + 1)) >= 0 && t.charAt(j + 2) == ' '
                && j + 3 <= i && j + 3 < t.length() && Character.isUpperCase(t.charAt(j + 3))) return j + 3;
        }
        return 0;
    }

    static int sentenceEnd(String t, int i) {
        for (int j = i; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '\n') return j;
            if ((c == '.' || c == '?' || c == '!') && (j + 1 == t.length() || t.charAt(j + 1) == ' ' || t.charAt(j + 1) == '\n'))
                return j + 1;
        }
        return t.length();
    }

    /** The rules this stage fires. */
    RuleCatalogue.Scope rules() { return rules; }
}
