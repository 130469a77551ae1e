package org.peacetalks.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.peacetalks.util.RuleFiles;
import org.peacetalks.vocab.PT;

/**
 * Blame for the failure of talks. A sentence blames an actor when it has one of
 * three shapes (rule ids in {@code pt:method}):
 * <ul>
 * <li>{@code blame-passive}: the OUTCOME was VERB by ACTOR;</li>
 * <li>{@code blame-active}: ACTOR VERB the OUTCOME;</li>
 * <li>{@code blame-fight-on}: ACTOR (who) told … to “fight on”.</li>
 * </ul>
 * with verbs and outcome nouns from {@code blame.rules}. Which failure it is comes
 * from the reference graph: a {@code pt:Breakdown} that is the {@code pt:breakdownOf}
 * a negotiation the sentence or its paragraph names (or names its place,
 * {@code schema:location}, or a document it produced, {@code pt:negotiatedIn});
 * with none named, nothing is claimed. The claim is the
 * article's own voice unless the sentence opens with a reporting clause ("He said
 * …"), whose speaker is then the source; "X denied sabotaging the talks" is X's
 * own denial (polarity denied).
 */
public final class BlameExtractor {
    static final String RULES = "blame.rules";

    private final Set<String> actors;
    private final Set<String> people;
    private final PT.Ids ids;
    private final Pattern passive, active, fightOn, denial;

    /** Negotiation, the place it was held or a document it produced → the breakdown of that negotiation. */
    private final Map<String, String> breakdowns = new HashMap<>();

    public BlameExtractor(org.apache.jena.graph.Graph reference, Set<String> people, Set<String> actors, PT.Ids ids) {
        reference.find(org.apache.jena.graph.Node.ANY, PT.breakdownOf, org.apache.jena.graph.Node.ANY).forEach(t -> {
            String breakdown = t.getSubject().getURI(), negotiation = t.getObject().getURI();
            breakdowns.put(negotiation, breakdown);
            reference.find(t.getObject(), org.peacetalks.vocab.Schema.location, org.apache.jena.graph.Node.ANY)
                .forEach(l -> { if (l.getObject().isURI()) breakdowns.putIfAbsent(l.getObject().getURI(), breakdown); });
        });
        // a document the negotiation produced ("the Istanbul agreement") names it too
        reference.find(org.apache.jena.graph.Node.ANY, PT.negotiatedIn, org.apache.jena.graph.Node.ANY).forEach(t -> {
            String b = breakdowns.get(t.getObject().getURI());
            if (b != null && t.getSubject().isURI()) breakdowns.putIfAbsent(t.getSubject().getURI(), b);
        });
        this.people = people;
        this.actors = actors;
        this.ids = ids;
        var sections = RuleFiles.sections(BlameExtractor.class, RULES);
        String verbs = alt(RuleFiles.words(sections, RULES, "verbs")), outcomes = alt(RuleFiles.words(sections, RULES, "outcomes"));
        String fight = alt(RuleFiles.words(sections, RULES, "fight-on"));
        passive = Pattern.compile("(?i)\\b(" + outcomes + ")\\b[^.;]{0,40}?\\b(?:was|were|had been|has been)\\s+(" + verbs + ")\\s+by\\s+");
        active = Pattern.compile("(?i)\\b(" + verbs + ")\\s+(?:the|this|that|a|its|their)\\s+(?:[\\w’'-]+\\s+){0,2}(" + outcomes + ")\\b");
        denial = Pattern.compile("(?i)\\b(" + alt(RuleFiles.words(sections, RULES, "denial")) + ")\\b");
        fightOn = Pattern.compile("(?i)\\btold\\b[^.]{0,160}?\\bto\\s+[“\"]?(" + fight + ")\\b");
    }

    private static String alt(List<String> words) {
        List<String> q = new ArrayList<>();
        for (String w : words) q.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        return String.join("|", q);
    }

    public List<Claim> extract(Article a, List<Gazetteer.Mention> mentions, List<String> verbsOfSaying) {
        String text = a.text();
        List<Claim> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = QuoteExtractor.sentenceEnd(text, start);
            if (end <= start) { start++; continue; }
            String sentence = text.substring(start, end);
            String outcome = breakdownNamed(text, start, end, mentions);
            if (outcome != null) {
                Claim c = match(a, text, start, end, sentence, mentions, verbsOfSaying, outcome);
                if (c != null) out.add(c);
            }
            start = end;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        }
        return out;
    }

    /** The breakdown of a negotiation that the sentence, or the paragraph it stands in, names; null if none. */
    private String breakdownNamed(String text, int s, int e, List<Gazetteer.Mention> mentions) {
        int ps = text.lastIndexOf('\n', s - 1) + 1;
        int pe = text.indexOf('\n', e);
        if (pe < 0) pe = text.length();
        for (Gazetteer.Mention m : mentions) {
            if (m.from() < ps || m.to() > pe) continue;
            String b = breakdowns.get(m.iri());
            if (b == null && breakdowns.containsValue(m.iri())) b = m.iri();
            if (b != null) return b;
        }
        return null;
    }

    private Claim match(Article a, String text, int s, int e, String sentence, List<Gazetteer.Mention> mentions, List<String> sayVerbs,
                        String outcome) {
        String blamed = null, rule = null;
        Matcher m = passive.matcher(sentence);
        if (m.find()) {
            Gazetteer.Mention who = firstActor(mentions, s + m.end(), s + m.end() + 40);
            if (who != null) { blamed = who.iri(); rule = "blame-passive"; }
        }
        if (blamed == null) {
            m = active.matcher(sentence);
            if (m.find()) {
                Gazetteer.Mention who = lastActor(mentions, s, s + m.start());
                String lead = sentence.substring(0, m.start());
                if (who != null && text.substring(who.to(), s + m.start()).trim().split("\\s+").length <= 3) {
                    blamed = who.iri();
                    rule = "blame-active";
                } else if (lead.matches("(?s).*\\b(he|she)\\s+(had\\s+|has\\s+)?$")) {
                    // "Johnson … denied that he sabotaged the deal": the pronoun is the last person named
                    Gazetteer.Mention person = lastPerson(mentions, s + m.start());
                    if (person != null) { blamed = person.iri(); rule = "blame-active"; }
                }
            }
        }
        if (blamed == null) {
            m = fightOn.matcher(sentence);
            if (m.find()) {
                Gazetteer.Mention who = lastActor(mentions, s, s + m.start());
                if (who != null) { blamed = who.iri(); rule = "blame-fight-on"; }
            }
        }
        if (blamed == null) return null;
        // "Johnson denied sabotaging the talks": the blamed speaks, and denies it
        Gazetteer.Mention blamedMention = null;
        for (Gazetteer.Mention x : mentions) if (x.from() >= s && x.to() <= e && x.iri().equals(blamed)) { blamedMention = x; break; }
        if (blamedMention != null && rule.equals("blame-active") && blamedMention.to() <= s + m.start()) {
            String between = text.substring(blamedMention.to(), s + m.start());
            if (denial.matcher(between).find())
                return new Claim(Span.ofChars(text, s, e), blamed, SourceKind.NAMED, List.of(), denial.matcher(between).results().findFirst().get().group(1),
                    List.of(), Certainty.CERTAIN, Polarity.DENIED, null, null, new Proposition.Blame(List.of(blamed), outcome, null),
                    ids.rule("blame-denied"), 0.7, new Origin(a.sourceFile(), 0));
        }
        // "He said …, but X rejected the deal": the opening reporting clause names the source
        String source = ids.article(a.id());
        SourceKind kind = SourceKind.OWN_VOICE;
        String verb = null;
        Matcher say = Pattern.compile("^(?:(He|She)|([A-Z][\\w’'.-]*(?:\\s+[A-Z][\\w’'.-]*){0,3}))\\s+(" + String.join("|", sayVerbs) + ")\\b")
            .matcher(sentence);
        if (say.find()) {
            Gazetteer.Mention speaker = say.group(1) != null ? lastPerson(mentions, s) : lastActor(mentions, s, s + say.end(2));
            if (speaker != null && !speaker.iri().equals(blamed)) {
                source = speaker.iri();
                kind = SourceKind.NAMED;
                verb = say.group(3).toLowerCase(Locale.ROOT);
            }
        }
        return new Claim(Span.ofChars(text, s, e), source, kind, List.of(), verb, List.of(), Certainty.CERTAIN, Polarity.AFFIRMED,
            null, null, new Proposition.Blame(List.of(blamed), outcome, null), ids.rule(rule), 0.75,
            new Origin(a.sourceFile(), 0));
    }

    private Gazetteer.Mention firstActor(List<Gazetteer.Mention> ms, int from, int to) {
        return Mentions.first(ms, actors, from, to);
    }

    private Gazetteer.Mention lastActor(List<Gazetteer.Mention> ms, int from, int to) {
        return Mentions.last(ms, actors, from, to);
    }

    private Gazetteer.Mention lastPerson(List<Gazetteer.Mention> ms, int to) {
        return Mentions.last(ms, people, 0, to);
    }
}
