package org.peacetalks.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.peacetalks.annotate.Certainty;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Polarity;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.annotate.Span;
import org.peacetalks.util.InputException;
import org.peacetalks.util.RuleFiles;
import org.peacetalks.extract.rules.RuleCatalogue;
import org.peacetalks.vocab.PT;

import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * Assessments of who is winning ({@code assessments.rules}): a sentence pattern names
 * the verdict and where the assessed party is; the party is the linked actor mentioned
 * in those words. The source is that of a reported claim whose evidence holds the
 * match (its source, intermediaries, verb, date and certainty), else the article's own
 * voice. Works on sentence spans and linked mentions only, so it is tested without models.
 */
public final class AssessmentFrames {
    static final String RULES = "assessments.rules";

    record Rule(String id, Proposition.Verdict verdict, String fixedParty, Pattern pattern) {}

    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> actors, events;
    private final java.util.Map<String, String> stateOf;
    private final PT.Ids ids;
    private final RuleCatalogue.Scope catalogue;

    /** {@code actors} may be assessed, {@code events} too (the war); {@code stateOf} maps a place that acts to its state. */
    public AssessmentFrames(Set<String> actors, Set<String> events, java.util.Map<String, String> stateOf, PT.Ids ids) {
        this.actors = actors;
        this.events = events;
        this.stateOf = stateOf;
        this.ids = ids;
        for (RuleFiles.Line l : RuleFiles.sections(AssessmentFrames.class, RULES).getOrDefault("frames", List.of())) {
            String[] f = l.text().split("\\s*\\|\\s*", 4);
            String where = RULES + ":" + l.number();
            if (f.length != 4) throw new InputException(where, "a frame is 'id | verdict | party | pattern'");
            Proposition.Verdict v = switch (f[1]) {
                case "winning" -> Proposition.Verdict.WINNING;
                case "upper-hand" -> Proposition.Verdict.UPPER_HAND;
                case "losing" -> Proposition.Verdict.LOSING;
                case "cannot-win" -> Proposition.Verdict.CANNOT_WIN;
                case "stalemate" -> Proposition.Verdict.STALEMATE;
                default -> throw new InputException(where, "unknown verdict '" + f[1] + "'");
            };
            Pattern p;
            try {
                p = Pattern.compile(f[3], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new InputException(where, "bad pattern: " + e.getDescription());
            }
            boolean group = f[3].contains("(?<party>");
            if (f[2].equals("party") != group) throw new InputException(where, "party 'party' needs a (?<party>…) group, and only then");
            rules.add(new Rule(f[0], v, f[2].equals("party") ? null : ids.entity(f[2]), p));
        }
        if (rules.isEmpty()) throw new InputException(RULES, "no [frames]");
        List<String> fired = new ArrayList<>();
        for (Rule r : rules) fired.add("assessment-" + r.id());
        this.catalogue = RuleCatalogue.shipped().scope("assessments", ids, fired);
    }

    /** Assessments in the sentences of a parsed article. */
    List<Claim> extract(ParsedArticle pa, List<Claim> claims) {
        List<int[]> sentences = new ArrayList<>();
        for (CoreSentence s : pa.sentences()) sentences.add(new int[] {ParsedArticle.begin(s), ParsedArticle.end(s)});
        return extract(pa.text, ids.article(pa.article.id()), pa.article.sourceFile(), sentences, pa.mentions, claims);
    }

    /**
     * Assessments in {@code text}: {@code sentences} are UTF-16 [from, to) ranges, {@code mentions}
     * the linked mentions, {@code claims} those found so far (the reports that may hold a match).
     */
    public List<Claim> extract(String text, String articleIri, String sourceFile, List<int[]> sentences, List<Gazetteer.Mention> mentions, List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (int[] s : sentences) {
            String sentence = text.substring(s[0], s[1]);
            for (Rule r : rules) {
                Matcher m = r.pattern().matcher(sentence);
                while (m.find()) {
                    String party = r.fixedParty();
                    if (party == null) party = partyIn(mentions, s[0] + m.start("party"), s[0] + m.end("party"));
                    if (party == null || !(actors.contains(party) || events.contains(party))) continue;
                    int from = r.fixedParty() == null ? s[0] + m.start("party") : s[0] + m.start();
                    // start the evidence at the party's mention, not at words the pattern's slack took in
                    Gazetteer.Mention pm = r.fixedParty() == null ? lastMention(mentions, from, s[0] + m.end("party")) : null;
                    if (pm != null) from = pm.from();
                    int to = s[0] + m.end();
                    Span span = Span.ofChars(text, from, to);
                    String words = text.substring(from, to);
                    Claim host = reportHolding(claims, span);
                    Proposition p = new Proposition.Assessment(party, r.verdict(), null, words);
                    if (host == null) {
                        out.add(new Claim(span, articleIri, SourceKind.OWN_VOICE, List.of(), null, List.of(), Certainty.CERTAIN,
                            Polarity.AFFIRMED, null, null, p, catalogue.iri("assessment-" + r.id()), catalogue.confidence("assessment-" + r.id()), new org.peacetalks.annotate.Origin(sourceFile, 0)));
                    } else {
                        out.add(new Claim(span, host.source(), host.sourceKind(), host.via(), host.verb(), List.of(), host.certainty(),
                            host.polarity(), host.date(), host.dateText(), p, catalogue.iri("assessment-" + r.id()), catalogue.confidence("assessment-" + r.id()), new org.peacetalks.annotate.Origin(sourceFile, 0)));
                    }
                }
            }
        }
        return out;
    }

    /** The actor of the last linked mention inside [from, to): "Putin" in "Putin, losing in Ukraine". */
    private String partyIn(List<Gazetteer.Mention> mentions, int from, int to) {
        Gazetteer.Mention m = lastMention(mentions, from, to);
        if (m == null) return null;
        String iri = stateOf.getOrDefault(m.iri(), m.iri());
        return actors.contains(m.iri()) ? m.iri() : iri;
    }

    private Gazetteer.Mention lastMention(List<Gazetteer.Mention> mentions, int from, int to) {
        Gazetteer.Mention best = null;
        for (Gazetteer.Mention m : mentions)
            if (m.from() >= from && m.to() <= to && (actors.contains(m.iri()) || actors.contains(stateOf.getOrDefault(m.iri(), ""))))
                best = m;
        return best;
    }

    /** A claim in another's voice whose evidence holds {@code span}: the report the assessment is part of. */
    private static Claim reportHolding(List<Claim> claims, Span span) {
        for (Claim c : claims)
            if (c.sourceKind() != SourceKind.OWN_VOICE && c.evidence().contains(span)) return c;
        return null;
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }

    /** The rules this stage fires. */
    RuleCatalogue.Scope rules() { return catalogue; }
}
