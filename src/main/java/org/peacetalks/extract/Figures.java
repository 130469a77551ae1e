package org.peacetalks.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peacetalks.annotate.Certainty;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Origin;
import org.peacetalks.annotate.Polarity;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.Quantity;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.annotate.Unit;
import org.peacetalks.util.InputException;
import org.peacetalks.util.RuleFiles;
import org.peacetalks.extract.rules.RuleCatalogue;
import org.peacetalks.vocab.PT;

import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * Figures with units: "about 26,000 square km", "100 to 150 tanks", "over 70% of
 * the Zaporizhzhia region", "50 aircraft or fewer". Units, measures and bound
 * words come from {@code figures.rules} (rule id {@code figure-unit}). A share in
 * percent counts only when it is a share of a named territory. A figure inside an
 * attributed clause keeps that clause's source; otherwise it is the article's own.
 */
final class Figures {
    static final String RULES = "figures.rules";
    /** "of (the|its|Ukrainian) territory": a share of land with no place name. */
    private static final Pattern TERRITORY_WORDS = Pattern.compile(
        "^\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|(\\p{Lu}\\p{L}+)\\s+)?(?:occupied\\s+)?(territory|territories|land|regions?)\\b");
    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:thousand|million))?"
        + "|(?:tens|hundreds)\\s+of\\s+thousands(?:\\s+of)?";

    private record UnitWord(String words, Unit unit, String measure) {}

    private final List<UnitWord> units = new ArrayList<>();
    private final Pattern figure;
    private final List<String> approximate, lower, upper, upperAfter, lowerAfter;
    private final java.util.Set<String> controlVerbs;
    private final Pattern casualty;
    private final PT.Ids ids;
    private final RuleCatalogue.Scope rules;

    Figures(PT.Ids ids) {
        this.ids = ids;
        this.rules = RuleCatalogue.shipped().scope("figures", ids, List.of("figure-unit", "control-figure"));
        var sections = RuleFiles.sections(Figures.class, RULES);
        for (RuleFiles.Line l : sections.getOrDefault("units", List.of())) {
            String[] f = l.text().split("\\|");
            Unit u = f.length == 3 ? Unit.ofWord(f[1].strip()) : null;
            if (u == null) throw new InputException(RULES + ":" + l.number(), "expected 'words | count|km|km2|percent | measure', got '" + l.text() + "'");
            units.add(new UnitWord(f[0].strip().toLowerCase(Locale.ROOT), u, f[2].strip()));
        }
        units.sort(Comparator.comparingInt((UnitWord u) -> u.words.length()).reversed());
        approximate = RuleFiles.words(sections, RULES, "approximate");
        lower = RuleFiles.words(sections, RULES, "lower-bound");
        upper = RuleFiles.words(sections, RULES, "upper-bound");
        upperAfter = RuleFiles.words(sections, RULES, "upper-bound-after");
        lowerAfter = RuleFiles.words(sections, RULES, "lower-bound-after");
        controlVerbs = java.util.Set.copyOf(RuleFiles.words(sections, RULES, "control-verbs"));
        casualty = Pattern.compile("(?i)\\b(?:" + String.join("|", RuleFiles.words(sections, RULES, "casualty-words")) + ")\\b");
        List<String> alts = new ArrayList<>();
        for (UnitWord u : units) alts.add(Pattern.quote(u.words).replace(" ", "\\E\\s+\\Q"));
        figure = Pattern.compile("(?i)(?<![\\w.,])(" + NUM + ")(?:\\s*(?:-|–|to|and)\\s*(" + NUM + "))?"
            + "(?:\\s*|\\s+(?:[\\p{L}-]+\\s+){0,3})(" + String.join("|", alts) + ")(?![\\p{L}\\d])");
    }

    List<Claim> extract(ParsedArticle pa, List<Claim> attributed, Map<String, String> measures, java.util.Set<String> territories,
                        Map<String, String> demonyms) {
        List<Claim> out = new ArrayList<>();
        String text = pa.text;
        for (CoreSentence s : pa.sentences()) {
            int sb = ParsedArticle.begin(s), se = ParsedArticle.end(s);
            Matcher m = figure.matcher(text).region(sb, se);
            while (m.find()) {
                UnitWord u = unit(m.group(3));
                if (u == null) continue;
                BigDecimal a = number(m.group(1)), b = m.group(2) == null ? null : number(m.group(2));
                if (a == null) continue;
                String measure = u.measure;
                String subject = null;
                int end = m.end();
                if (u.unit == Unit.PERCENT) {
                    // a share of territory: "70% of the Zaporizhzhia and Kherson regions", "18% of Ukrainian territory",
                    // "80 percent of its territory"; any other percentage measures something else
                    String after = text.substring(m.end(), Math.min(se, m.end() + 60));
                    if (!after.matches("(?s)^\\s+of\\b.*")) continue;
                    Gazetteer.Mention t = null;
                    for (Gazetteer.Mention x : pa.mentionsWithin(m.end(), Math.min(se, m.end() + 60)))
                        if (territories.contains(x.iri())) { t = x; break; }
                    Matcher land = TERRITORY_WORDS.matcher(after);
                    if (t != null) {
                        subject = t.iri();
                        end = t.to();
                    } else if (land.find()) {
                        end = m.end() + land.end();
                        String demonym = land.group(1) == null ? null : demonyms.get(land.group(1).toLowerCase(Locale.ROOT));
                        subject = demonym;
                    } else {
                        continue;
                    }
                } else if (u.unit == Unit.KM2) {
                    // "650 square kilometres of the Kursk region"
                    String after = text.substring(m.end(), Math.min(se, m.end() + 50));
                    if (after.matches("(?s)^\\s+of\\b.*"))
                        for (Gazetteer.Mention x : pa.mentionsWithin(m.end(), Math.min(se, m.end() + 50)))
                            if (territories.contains(x.iri())) { subject = x.iri(); end = x.to(); break; }
                } else if (u.unit == Unit.KM && text.substring(Math.max(sb, m.start() - 30), m.start()).toLowerCase(Locale.ROOT).contains("range")) {
                    measure = "missile-range";
                }
                // soldiers "killed or wounded", "the deaths of … soldiers": a count of casualties, not of troops
                if (measure.equals("troops") && casualty.matcher(text.substring(Math.max(sb, m.start() - 30), Math.min(se, m.end() + 40))).find())
                    measure = "casualties";
                String before = text.substring(Math.max(sb, m.start() - 25), m.start()).toLowerCase(Locale.ROOT).stripTrailing();
                String tail = text.substring(m.end(), Math.min(se, m.end() + 12)).toLowerCase(Locale.ROOT).stripLeading();
                boolean approx = false;
                BigDecimal value = null, min = null, max = null;
                int start = m.start();
                String q;
                if (m.group(1).toLowerCase(Locale.ROOT).matches("(tens|hundreds)\\s+of.*")) min = a;  // "tens of thousands of soldiers"
                else if (b != null) { min = a; max = b; }
                else if ((q = endsWithAny(before, upper)) != null) { max = a; start -= q.length() + 1; }
                else if ((q = endsWithAny(before, lower)) != null) { min = a; start -= q.length() + 1; }
                else if (startsWithAny(tail, upperAfter) != null) max = a;
                else if (startsWithAny(tail, lowerAfter) != null) min = a;
                else value = a;
                if ((q = endsWithAny(before, approximate)) != null) { approx = true; start -= q.length() + 1; }
                start = Math.max(sb, start);
                String measureIri = measures.get(measure);
                if (measureIri == null) continue;
                Quantity quantity = new Quantity(measureIri, value, min, max, u.unit, approx);
                String content = text.substring(start, end);
                Claim ctx = enclosing(attributed, pa.span(start, end));
                Proposition prop = new Proposition.Figure(quantity, subject, content);
                String rule = "figure-unit";
                // "Russia holds 18% of Ukrainian territory", "26,000 square km held by Ukrainian troops": who controls it
                String controller = subject != null && territories.contains(subject) && (u.unit == Unit.PERCENT || u.unit == Unit.KM2)
                    ? controller(pa, s, m.start(), m.end(), demonyms) : null;
                // an area given as a range has no single figure for pt:areaKm2: it stays a figure
                if (u.unit == Unit.KM2 && min != null && max != null) controller = null;
                if (controller != null && !controller.equals(subject)) {
                    String qualifier = endsWithAny(before, approximate);
                    if (qualifier == null) qualifier = endsWithAny(before, lower);
                    if (qualifier == null) qualifier = endsWithAny(before, upper);
                    boolean range = min != null && max != null;
                    prop = new Proposition.Control(controller, subject,
                        u.unit == Unit.PERCENT && value != null ? value : u.unit == Unit.PERCENT && !range ? (min != null ? min : max) : null,
                        u.unit == Unit.PERCENT && range ? quantity : null,
                        u.unit == Unit.KM2 ? (value != null ? value : min != null ? min : max) : null,
                        approx ? Boolean.TRUE : null, qualifier, null, null);
                    rule = "control-figure";
                }
                out.add(new Claim(pa.span(start, end),
                    ctx == null ? ids.article(pa.article.id()) : ctx.source(),
                    ctx == null ? SourceKind.OWN_VOICE : ctx.sourceKind(), ctx == null ? List.of() : ctx.via(),
                    ctx == null ? null : ctx.verb(), List.of(), ctx == null ? Certainty.CERTAIN : ctx.certainty(), Polarity.AFFIRMED,
                    null, null, prop, rules.iri(rule), rules.confidence(rule),
                    new Origin(pa.article.sourceFile(), 0)));
            }
        }
        return out;
    }


    /**
     * The actor controlling the land a figure measures: the subject of a verb of
     * holding before it ("Russia holds 18% …"), or the agent of a passive one after
     * it ("… held by Ukrainian troops"); a place is its state, a demonym its state.
     */
    private String controller(ParsedArticle pa, CoreSentence s, int numFrom, int numTo, Map<String, String> demonyms) {
        var g = ParsedArticle.tree(s);
        if (g == null) return null;
        edu.stanford.nlp.ling.IndexedWord num = null;
        for (var w : g.vertexListSorted()) if (w.beginPosition() >= numFrom && w.endPosition() <= numTo) { num = w; break; }
        if (num == null) return null;
        // "26,000 square km still held by Ukrainian troops": a participle on the figure's noun, with its agent
        for (var x = num; x != null && x.beginPosition() >= numFrom - 1 && x.beginPosition() <= numTo; x = g.getParent(x))
            for (var acl : ParsedArticle.children(g, x, "acl"))
                if (controlVerbs.contains(lemma(acl)))
                    for (var o : ParsedArticle.children(g, acl, "obl")) {
                        var c = ParsedArticle.child(g, o, "case");
                        if (c != null && c.word().equalsIgnoreCase("by")) return actorOf(pa, g, o, demonyms);
                    }
        // "Russia holds 18% of …": the nearest verb of holding above the figure, and its subject
        for (var x = g.getParent(num); x != null; x = g.getParent(x)) {
            if (!x.tag().startsWith("VB") || !controlVerbs.contains(lemma(x))) continue;
            // "… are held by Ukraine": the agent of a passive; else the active subject
            for (var o : ParsedArticle.children(g, x, "obl")) {
                var c = ParsedArticle.child(g, o, "case");
                if (c != null && c.word().equalsIgnoreCase("by")) return actorOf(pa, g, o, demonyms);
            }
            for (var who : ParsedArticle.children(g, x, "nsubj"))
                if (ParsedArticle.relToParent(g, who).equals("nsubj")) return actorOf(pa, g, who, demonyms);
            return null;
        }
        return null;
    }

    private static String lemma(edu.stanford.nlp.ling.IndexedWord w) {
        return w.lemma() == null ? "" : w.lemma().toLowerCase(Locale.ROOT);
    }

    private static String actorOf(ParsedArticle pa, edu.stanford.nlp.semgraph.SemanticGraph g, edu.stanford.nlp.ling.IndexedWord w,
                                  Map<String, String> demonyms) {
        Gazetteer.Mention m = pa.mentionCovering(w.beginPosition(), w.endPosition());
        if (m != null) return m.iri().contains("/territory/") ? null : m.iri();
        for (var c : ParsedArticle.children(g, w, "amod", "compound", "nmod:poss")) {
            String d = demonyms.get(c.word().toLowerCase(Locale.ROOT));
            if (d != null) return d;
            Gazetteer.Mention cm = pa.mentionCovering(c.beginPosition(), c.endPosition());
            if (cm != null && !cm.iri().contains("/territory/")) return cm.iri();
        }
        return null;
    }

    private UnitWord unit(String surface) {
        String s = surface.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (UnitWord u : units) if (u.words.equals(s)) return u;
        return null;
    }

    private static Claim enclosing(List<Claim> claims, org.peacetalks.annotate.Span span) {
        for (Claim c : claims) if (c.evidence().contains(span)) return c;
        return null;
    }

    private static String endsWithAny(String s, List<String> words) {
        for (String w : words) if (s.endsWith(" " + w) || s.equals(w)) return w;
        return null;
    }

    private static String startsWithAny(String s, List<String> words) {
        for (String w : words) if (s.startsWith(w + " ") || s.startsWith(w + ".") || s.startsWith(w + ",") || s.equals(w)) return w;
        return null;
    }

    static BigDecimal number(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace(",", "").strip();
        BigDecimal scale = BigDecimal.ONE;
        if (t.endsWith("thousand")) { scale = BigDecimal.valueOf(1000); t = t.replace("thousand", "").strip(); }
        if (t.endsWith("million")) { scale = BigDecimal.valueOf(1_000_000); t = t.replace("million", "").strip(); }
        if (t.startsWith("tens of thousands")) return BigDecimal.valueOf(10_000);
        if (t.startsWith("hundreds of thousands")) return BigDecimal.valueOf(100_000);
        try {
            BigDecimal r = new BigDecimal(t).multiply(scale).stripTrailingZeros();
            return r.scale() < 0 ? r.setScale(0) : r;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The rules this stage fires. */
    RuleCatalogue.Scope rules() { return rules; }
}
