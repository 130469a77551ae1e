package org.peacetalks.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peacetalks.util.RuleFiles;

/**
 * Ranking the speakers a quotation may have. The sentence shapes of
 * {@link QuoteExtractor} each propose a speaker; this class adds the people and
 * actors named nearby, the speakers of the quotations just before, and the
 * source of the last report, describes each candidate by features (which shape
 * proposed it, how far back it was named, whether it spoke last, whether the
 * quotation stands alone after an interviewer's question …), and scores them
 * with a logistic model trained on the evaluation corpus's dev split
 * ({@code train-speakers}). The rule shapes stay the features, so the model
 * learns when to trust each one and what to do where none fires.
 */
public final class QuoteSpeakers {
    /** The model shipped beside this class, built by {@code train-speakers}. */
    public static final String MODEL = "quote-speakers.model";
    /** The candidate standing for an unnamed source the parse found in the quotation's sentence: never a speaker. */
    public static final String UNNAMED = "urn:peacetalks:unnamed-source";

    /** One candidate speaker of one quotation, with its features (name → value). */
    public record Candidate(String iri, Map<String, Double> features) {}

    /** One quotation as the ranker saw it: where it is, its words, and its candidates. */
    public record Instance(String articleId, int from, int to, String words, List<Candidate> candidates) {}

    /** What {@link QuoteExtractor} knows around one quotation. */
    record Context(String text, int qs, int qe, int sentStart, int sentEnd, String words,
                   List<Gazetteer.Mention> mentions, Set<String> people, Set<String> actors,
                   Map<String, List<String>> proposals, List<String> previousSpeakers, String lastReported,
                   Map<String, Integer> mentionCounts, List<String> verbs) {}

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.?!][”\"’]?\\s+(?=[\\p{Lu}“\"‘])|\\n+");
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she)\\b", Pattern.CASE_INSENSITIVE);
    /** "a former Zelensky advisor", "Putin's spokesman": a name before one of these names someone's principal. */
    private static final Set<String> PRINCIPAL_ROLES = Set.copyOf(RuleFiles.words(
        RuleFiles.sections(QuoteSpeakers.class, Lexicons.ATTRIBUTION), Lexicons.ATTRIBUTION, "principal-roles"));
    /** The word after a mention, past a possessive: "Zelensky advisor", "Putin's spokesman". */
    private static final Pattern NEXT_WORD = Pattern.compile("^(?:['’]s)?\\s+(\\p{L}+)");

    private QuoteSpeakers() {}

    /** Whether the mention is followed by a role noun whose holder it employs ("a Zelensky advisor", "Putin's spokesman"). */
    static boolean principal(String t, Gazetteer.Mention m) {
        Matcher w = NEXT_WORD.matcher(t.substring(m.to(), Math.min(t.length(), m.to() + 40)));
        return w.find() && PRINCIPAL_ROLES.contains(w.group(1).toLowerCase(Locale.ROOT));
    }

    /** The candidates of a quotation, each with its features, in a stable order. */
    static List<Candidate> candidates(Context c) {
        String t = c.text;
        int paraStart = paragraphStart(t, c.qs), prevEnd = paraStart - 1;
        while (prevEnd > 0 && t.charAt(prevEnd - 1) == '\n') prevEnd--;  // blank lines between paragraphs
        int prevParaStart = prevEnd > 0 ? paragraphStart(t, prevEnd) : 0;
        int paraEnd = t.indexOf('\n', c.qe);
        if (paraEnd < 0) paraEnd = t.length();
        Set<String> iris = new LinkedHashSet<>(c.proposals.keySet());
        for (Gazetteer.Mention m : c.mentions)
            if (m.from() >= prevParaStart && m.to() <= c.sentEnd && !inside(m, c.qs, c.qe) && c.actors.contains(m.iri())) iris.add(m.iri());
        for (int i = 0; i < Math.min(2, c.previousSpeakers.size()); i++) iris.add(c.previousSpeakers.get(i));
        if (c.lastReported != null) iris.add(c.lastReported);

        String nearestPerson = null;
        for (int i = c.mentions.size() - 1; i >= 0 && nearestPerson == null; i--) {
            Gazetteer.Mention m = c.mentions.get(i);
            if (m.to() <= c.qs && c.people.contains(m.iri()) && !insideAnyQuote(t, m.from())) nearestPerson = m.iri();
        }
        String topPerson = null;
        int top = 0;
        // the person named most often; none when two tie (no order of a map decides)
        boolean tie = false;
        for (var e : c.mentionCounts.entrySet()) {
            if (!c.people.contains(e.getKey())) continue;
            if (e.getValue() > top) { top = e.getValue(); topPerson = e.getKey(); tie = false; }
            else if (e.getValue() == top) tie = true;
        }
        if (tie) topPerson = null;
        String outside = t.substring(c.sentStart, c.qs) + " " + t.substring(c.qe, Math.max(c.qe, c.sentEnd));
        boolean pronoun = PRONOUN.matcher(outside).find();
        boolean paragraphOnly = t.substring(paraStart, c.qs).isBlank() && t.substring(c.qe, paraEnd).isBlank();
        String prevPara = prevEnd > 0 ? t.substring(prevParaStart, paraStart).strip() : "";
        boolean afterQuestion = prevPara.endsWith("?") && !prevPara.startsWith("“") && !prevPara.startsWith("\"");
        int words = c.words.strip().split("\\s+").length;
        boolean ruleFired = !c.proposals.isEmpty();
        // "Trump: The Art of the Deal": most words capitalised and no sentence end, a title
        boolean title = titleLike(c.words);

        // his “new rules of the game” speech: quoted words used as a name, a word follows without punctuation
        String afterQuote = t.substring(c.qe, Math.min(t.length(), c.qe + 30));
        boolean naming = !c.words.strip().matches("(?s).*[.?!,…]$") && afterQuote.matches("(?s)^ \\p{Ll}+\\b.*")
            && !afterQuote.matches("(?s)^ (said|says|and|or|but|he|she|they|it|which|that|to|from|in|on|at|of|for|with|as|by|is|was|were|are)\\b.*");
        // a reporting verb of its own in the sentence, whose speaker no shape found ("a “senior source” said that …")
        Set<String> outsideWords = new java.util.HashSet<>(List.of(outside.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        boolean ownVerb = false;
        for (String v : c.verbs) if (!v.contains(" ") && outsideWords.contains(v)) ownVerb = true;
        ownVerb &= !ruleFired || c.proposals.values().stream().allMatch(l -> l.stream().allMatch(r -> r.startsWith("continued")));

        List<Candidate> out = new ArrayList<>();
        for (String iri : iris) {
            Map<String, Double> f = new LinkedHashMap<>();
            List<String> rules = c.proposals.getOrDefault(iri, List.of());
            for (String r : rules) f.put("rule:" + r, 1.0);
            if (rules.isEmpty() && ruleFired) f.put("rule:other", 1.0);
            if (!ruleFired) f.put("rule:none", 1.0);
            // the nearest mention before the quotation's end, outside the quotation
            Gazetteer.Mention near = null;
            for (Gazetteer.Mention m : c.mentions)
                if (m.iri().equals(iri) && m.to() <= c.sentEnd && m.from() >= prevParaStart && !inside(m, c.qs, c.qe)) near = m;
            if (near == null) f.put("window:none", 1.0);
            else if (principal(t, near)) f.put("near:principal", 1.0);
            else if (near.from() >= c.sentStart) {
                f.put("sent:same", 1.0);
                f.put(near.from() >= c.qe ? "sent:after-quote" : "sent:before-quote", 1.0);
                if (verbNear(t, near, c.verbs)) f.put("verb-adjacent", 1.0);
            } else {
                int back = breaks(t, near.to(), c.sentStart) + 1;
                f.put(back == 1 ? "sent:back1" : back == 2 ? "sent:back2" : "sent:back3+", 1.0);
                f.put(near.from() >= paraStart ? "para:same" : "para:prev", 1.0);
                if (verbNear(t, near, c.verbs)) f.put("verb-adjacent-earlier", 1.0);
            }
            if (iri.equals(UNNAMED)) f.put("kind:unnamed", 1.0);
            boolean person = c.people.contains(iri);
            f.put(person ? "kind:person" : "kind:other", 1.0);
            if (iri.contains("/candidate/")) f.put("kind:candidate", 1.0);
            int prev = c.previousSpeakers.indexOf(iri);
            if (prev == 0) f.put("prevquote:1", 1.0);
            if (prev == 1) f.put("prevquote:2", 1.0);
            if (iri.equals(c.lastReported)) f.put("lastreport", 1.0);
            if (iri.equals(topPerson)) f.put("salience:top", 1.0);
            f.put("mentions:log", Math.log1p(c.mentionCounts.getOrDefault(iri, 0)) / 3.0);
            boolean nearest = iri.equals(nearestPerson);
            if (nearest) f.put("nearest-person", 1.0);
            if (nearest && pronoun) f.put("nearest-person&pronoun", 1.0);
            if (paragraphOnly) {
                f.put("quote:paragraph-only", 1.0);
                if (prev == 0) f.put("prevquote:1&paragraph-only", 1.0);
                if (nearest) f.put("nearest-person&paragraph-only", 1.0);
            }
            if (afterQuestion) {
                f.put("quote:after-question", 1.0);
                if (prev == 0) f.put("prevquote:1&after-question", 1.0);
                if (iri.equals(topPerson)) f.put("salience:top&after-question", 1.0);
            }
            if (title) f.put("quote:title", 1.0);
            if (naming) f.put("quote:naming", 1.0);
            if (ownVerb && (near == null || near.from() < c.sentStart)) f.put("own-verb&elsewhere", 1.0);
            if (words == 1) f.put("quote:one-word", 1.0);
            else if (words <= 3) f.put("quote:short", 1.0);
            if ((words <= 3) && !rules.isEmpty()) f.put("quote:short&rule", 1.0);
            out.add(new Candidate(iri, f));
        }
        return out;
    }

    private static boolean inside(Gazetteer.Mention m, int qs, int qe) {
        return m.from() >= qs && m.to() <= qe;
    }

    /** Whether {@code pos} lies inside a quotation of its paragraph (an odd number of opening marks before it). */
    private static boolean insideAnyQuote(String t, int pos) {
        int ps = paragraphStart(t, pos);
        int open = 0;
        for (int i = ps; i < pos; i++) {
            char ch = t.charAt(i);
            if (ch == '“') open++;
            else if (ch == '”') open = Math.max(0, open - 1);
        }
        return open > 0;
    }

    /** A reporting verb within three words after the mention, or just before it ("said Peskov"). */
    private static boolean verbNear(String t, Gazetteer.Mention m, List<String> verbs) {
        String after = t.substring(m.to(), Math.min(t.length(), m.to() + 40)).toLowerCase(Locale.ROOT);
        String before = t.substring(Math.max(0, m.from() - 20), m.from()).toLowerCase(Locale.ROOT);
        String[] aw = after.replaceAll("[^\\p{L}\\s]", " ").strip().split("\\s+");
        String[] bw = before.replaceAll("[^\\p{L}\\s]", " ").strip().split("\\s+");
        for (String v : verbs) {
            if (v.contains(" ")) continue;
            for (int i = 0; i < Math.min(3, aw.length); i++) if (aw[i].equals(v)) return true;
            if (bw.length > 0 && bw[bw.length - 1].equals(v)) return true;
        }
        return false;
    }

    private static int breaks(String t, int from, int to) {
        if (to <= from) return 0;
        Matcher b = SENTENCE_BREAK.matcher(t.substring(from, to));
        int n = 0;
        while (b.find()) n++;
        return n;
    }

    static int paragraphStart(String t, int pos) {
        int i = t.lastIndexOf('\n', Math.max(0, pos - 1));
        return i < 0 ? 0 : i + 1;
    }

    private static final Set<String> SENTENCE_SHAPES = Set.of("rule:quote-verb-first", "rule:quote-after", "rule:quote-before", "rule:quote-according");

    /**
     * The speaker of a quotation: where a shape joins it to a speaker within its
     * sentence ("…,” said Peskov), that speaker, for a short quotation only when
     * the model agrees (short quoted words are often titles or scare quotes);
     * elsewhere the model's best candidate above its threshold. Null: no speaker.
     */
    public static Map.Entry<String, Double> decide(LinearModel m, List<Candidate> cs) {
        for (Candidate c : cs) {
            boolean shaped = false;
            for (String f : c.features().keySet()) if (SENTENCE_SHAPES.contains(f)) shaped = true;
            if (!shaped) continue;
            double p = m.probability(c.features());
            boolean isShort = c.features().containsKey("quote:one-word") || c.features().containsKey("quote:short");
            return !isShort || p >= m.threshold() ? Map.entry(c.iri(), Math.max(p, 0.7)) : null;
        }
        // short words or a title with no shape joining them to a speaker are nobody's statement
        for (Candidate c : cs)
            if (c.features().containsKey("quote:one-word") || c.features().containsKey("quote:short") || c.features().containsKey("quote:title")
                || c.features().containsKey("quote:naming"))
                return null;
        return best(m, cs);
    }

    /** "Trump: The Art of the Deal": two or more words, most capitalised, no sentence end. */
    static boolean titleLike(String quoted) {
        String[] ws = quoted.strip().split("\\s+");
        int caps = 0;
        for (String w : ws) if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) caps++;
        return ws.length >= 2 && caps * 2 >= ws.length && !quoted.strip().matches("(?s).*[.?!,]$");
    }

    /** The best candidate and its probability, or null when none reaches the threshold. */
    private static Map.Entry<String, Double> best(LinearModel m, List<Candidate> cs) {
        Map.Entry<String, Double> best = null;
        for (Candidate c : cs) {
            double p = m.probability(c.features());
            if (best == null || p > best.getValue()) best = Map.entry(c.iri(), p);
        }
        return best != null && best.getValue() >= m.threshold() ? best : null;
    }

    /** The shipped ranker, or null when there is none (rules alone then decide). */
    public static LinearModel shippedModel() { return LinearModel.resource(QuoteSpeakers.class, MODEL); }
}
