package org.peacetalks.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.DateValue;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.PropositionDetail;
import org.peacetalks.vocab.PT;
import org.peacetalks.vocab.Schema;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * Where and when a position was held, from its sentence and paragraph: the round of
 * talks the sentence names (a linked negotiation, or talk words with the place a single
 * known negotiation was held at, the year in the sentence or paragraph choosing between
 * rounds at one place), and a calendar date in the sentence other than the one the
 * claim was said on. Unknown stays unknown: no round is guessed between several, no
 * date resolved against anything but the publication date.
 */
public final class Occasions {
    /** Words that make a place the venue of talks in the same sentence ("talks in Istanbul", "the Belarus round"). */
    static final Pattern TALKS = Pattern.compile("\\b(?:talks|negotiations|negotiating|negotiators|round|rounds|summit|delegations?)\\b",
        Pattern.CASE_INSENSITIVE);
    static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private final Set<String> negotiations = new HashSet<>();
    private final Map<String, List<String>> atPlace = new HashMap<>();
    private final Map<String, String> yearOf = new HashMap<>();

    public Occasions(Graph reference) {
        reference.find(Node.ANY, RDF.type.asNode(), PT.Negotiation).forEach(t -> negotiations.add(t.getSubject().getURI()));
        for (String n : negotiations) {
            Node s = org.apache.jena.graph.NodeFactory.createURI(n);
            reference.find(s, Schema.location, Node.ANY).forEach(t -> {
                if (t.getObject().isURI()) atPlace.computeIfAbsent(t.getObject().getURI(), k -> new ArrayList<>()).add(n);
            });
            reference.find(s, PT.eventDate, Node.ANY).forEach(t -> yearOf.put(n, t.getObject().getLiteralLexicalForm().substring(0, 4)));
        }
    }

    /** A calendar date named in a sentence: its words, where they are (UTF-16) and SUTime's value. */
    record DateRun(int from, int to, String surface, String timex) {}

    /** The claims with the occasion and date of each position filled in where the text gives them. */
    List<Claim> fill(ParsedArticle pa, List<Claim> claims) {
        LocalDate published = Dates.published(pa.article);
        List<int[]> sentences = new ArrayList<>();
        Map<Integer, List<DateRun>> dates = new HashMap<>();
        for (CoreSentence s : pa.sentences()) {
            sentences.add(new int[] {ParsedArticle.begin(s), ParsedArticle.end(s)});
            dates.put(ParsedArticle.begin(s), dateRuns(s));
        }
        return fill(pa.text, sentences, dates, pa.mentions, claims, published);
    }

    /** The pure part: sentences as UTF-16 ranges, their date runs keyed by sentence start. */
    List<Claim> fill(String text, List<int[]> sentences, Map<Integer, List<DateRun>> dates, List<Gazetteer.Mention> mentions,
                     List<Claim> claims, LocalDate published) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (!(c.proposition() instanceof Proposition.Position) || !c.detail().isEmpty()) { out.add(c); continue; }
            int from = text.offsetByCodePoints(0, c.evidence().start());
            int[] sentence = null;
            for (int[] s : sentences) if (s[0] <= from && from < s[1]) sentence = s;
            if (sentence == null) { out.add(c); continue; }
            int[] paragraph = paragraph(text, sentence);
            String heldAt = round(text, sentence, mentions);
            if (heldAt == null) heldAt = namedRound(paragraph, mentions);
            DateValue heldOn = null;
            for (DateRun d : dates.getOrDefault(sentence[0], List.of())) {
                if (d.surface().equals(c.dateText())) continue;  // when it was said, not when it was held
                DateValue v = Dates.value(d.surface(), d.timex(), published);
                if (v != null) { heldOn = v; break; }
            }
            out.add(heldAt == null && heldOn == null ? c : c.withDetail(new PropositionDetail(null, heldAt, heldOn, null, null, null)));
        }
        return out;
    }

    /** The negotiation a sentence places itself at: one it names, or talk words and the place of exactly one round (a year choosing). */
    private String round(String text, int[] s, List<Gazetteer.Mention> mentions) {
        String named = namedRound(s, mentions);
        if (named != null) return named;
        String sentence = text.substring(s[0], s[1]);
        if (!TALKS.matcher(sentence).find()) return null;
        Set<String> years = new HashSet<>();
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) years.add(y.group());
        Set<String> found = new HashSet<>();
        for (Gazetteer.Mention m : mentions) {
            if (m.from() < s[0] || m.to() > s[1]) continue;
            List<String> rounds = atPlace.getOrDefault(m.iri(), List.of());
            List<String> dated = rounds.stream().filter(r -> years.contains(yearOf.get(r))).toList();
            if (dated.size() == 1) found.add(dated.get(0));
            else if (rounds.size() == 1 && (years.isEmpty() || years.contains(yearOf.get(rounds.get(0))))) found.add(rounds.get(0));
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private String namedRound(int[] s, List<Gazetteer.Mention> mentions) {
        Set<String> found = new HashSet<>();
        for (Gazetteer.Mention m : mentions) if (m.from() >= s[0] && m.to() <= s[1] && negotiations.contains(m.iri())) found.add(m.iri());
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The paragraph (between line breaks) holding the sentence. */
    private static int[] paragraph(String text, int[] s) {
        int a = text.lastIndexOf('\n', Math.max(0, s[0] - 1));
        int b = text.indexOf('\n', s[1]);
        return new int[] {a < 0 ? 0 : a + 1, b < 0 ? text.length() : b};
    }

    private static List<DateRun> dateRuns(CoreSentence s) {
        List<DateRun> out = new ArrayList<>();
        List<CoreLabel> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (!"DATE".equals(toks.get(i).ner())) continue;
            int j = i;
            while (j + 1 < toks.size() && "DATE".equals(toks.get(j + 1).ner())) j++;
            String surface = s.text().substring(toks.get(i).beginPosition() - ParsedArticle.begin(s), toks.get(j).endPosition() - ParsedArticle.begin(s));
            out.add(new DateRun(toks.get(i).beginPosition(), toks.get(j).endPosition(), surface,
                toks.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            i = j;
        }
        return out;
    }
}
