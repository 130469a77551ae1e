package org.peacetalks.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.peacetalks.annotate.CandidateEntity;
import org.peacetalks.annotate.SourceGroup;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.vocab.PT;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Resolves the noun phrase that says something (a verb's subject, the object of
 * "according to") to a source, in this order: a linked name on the phrase's head;
 * a title after its holder was named ("the Kremlin spokesman"); "he"/"she" to the
 * last person named; a description of unnamed sources ("five senior Kremlin
 * sources") to a source group with count and affiliation; a name CoreNLP tags as
 * a person or organisation that the reference data lacks, to a candidate entity.
 * One instance per article: it collects the article's groups and candidates.
 */
final class Speakers {
    /** A resolved source: the IRI, its kind, and the characters of the phrase. */
    record Speaker(String iri, SourceKind kind, int from, int to) {}

    /** The one state or organisation an unnamed source group belongs to ("Russian officials" → Russia), or null. */
    String affiliationOf(String groupIri) {
        for (SourceGroup g : groups.values()) if (g.iri().equals(groupIri)) return g.affiliations().size() == 1 ? g.affiliations().get(0) : null;
        return null;
    }

    private static final Set<String> NP_CUT = Set.of("acl", "acl:relcl", "appos", "punct", "cc", "conj", "dep", "parataxis", "case");

    private final ParsedArticle pa;
    private final Lexicons lex;
    private final PT.Ids ids;
    private final Map<String, SourceGroup> groups = new LinkedHashMap<>();
    private final Map<String, CandidateEntity> candidates = new LinkedHashMap<>();

    Speakers(ParsedArticle pa, Lexicons lex, PT.Ids ids) {
        this.pa = pa;
        this.lex = lex;
        this.ids = ids;
    }

    List<SourceGroup> groups() { return List.copyOf(groups.values()); }

    List<CandidateEntity> candidates() { return List.copyOf(candidates.values()); }

    /** The source {@code head} names in sentence {@code s}, or null when it names none. */
    Speaker resolve(CoreSentence s, SemanticGraph g, IndexedWord head) {
        // "Two of the sources": a number heading a partitive over a source noun
        if (head.tag().equals("CD") || lex.quantifiers.contains(head.word().toLowerCase(Locale.ROOT))) {
            IndexedWord of = ParsedArticle.child(g, head, "nmod", "obl");
            if (of != null && lex.sourceNouns.contains(of.lemma().toLowerCase(Locale.ROOT))) return group(s, g, head, of);
        }
        // "Trump, who has vowed …", "Moscow, which decried …": the relative pronoun stands for the noun the clause modifies
        if (head.tag().equals("WP") || head.tag().equals("WDT")) {
            IndexedWord clause = g.getParent(head);
            IndexedWord noun = clause == null ? null : g.getParent(clause);
            if (noun != null && ParsedArticle.relToParent(g, clause).startsWith("acl")) return resolve(s, g, noun);
            return null;
        }
        Gazetteer.Mention m = pa.mentionCovering(head.beginPosition(), head.endPosition());
        if (m != null && lex.actors.contains(m.iri())) return new Speaker(m.iri(), SourceKind.NAMED, m.from(), m.to());
        String word = head.word().toLowerCase(Locale.ROOT);
        // "the Russians reported …": a people speaks for its state
        String people = lex.demonyms.get(word);
        if (people != null && head.tag().startsWith("NNP") || people != null && head.tag().equals("NNPS"))
            return new Speaker(people, SourceKind.NAMED, head.beginPosition(), head.endPosition());
        if (word.equals("it") && head.tag().startsWith("PRP")) {
            Gazetteer.Mention last = pa.institution(lex, head.beginPosition());
            return last == null ? null : new Speaker(last.iri(), SourceKind.NAMED, head.beginPosition(), head.endPosition());
        }
        if ((word.equals("he") || word.equals("she")) && head.tag().startsWith("PRP")) {
            Gazetteer.Mention last = pa.antecedent(lex.people, head.beginPosition());
            return last == null ? null : new Speaker(last.iri(), SourceKind.NAMED, head.beginPosition(), head.endPosition());
        }
        int[] np = ParsedArticle.extent(g, s, head, NP_CUT);
        // "Ukraine's presidential advisor Oleksiy Arestovych": a person named in the phrase's name words
        for (IndexedWord c : ParsedArticle.children(g, head, "appos", "flat", "compound", "dep")) {
            Gazetteer.Mention pm = pa.mentionCovering(c.beginPosition(), c.endPosition());
            if (pm != null && lex.people.contains(pm.iri())) return new Speaker(pm.iri(), SourceKind.NAMED, pm.from(), pm.to());
        }
        String title = title(s, g, head, np);
        if (title != null) return new Speaker(title, SourceKind.NAMED, np[0], np[1]);
        // "The official emphasized …": the tagger may take a noun for an adjective, the parse still makes it the subject
        boolean nominal = head.tag().startsWith("NN") || head.tag().startsWith("JJ") && ParsedArticle.relToParent(g, head).startsWith("nsubj");
        if (lex.sourceNouns.contains(head.lemma().toLowerCase(Locale.ROOT)) && nominal) return group(s, g, head, head);
        String ner = head.ner();
        if (("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) && head.tag().startsWith("NNP")) return candidate(s, head, ner);
        // "according to the Institute for the Study of War": a proper name the tagger knows but NER does not
        if (head.tag().startsWith("NNP") && Character.isUpperCase(head.word().codePointAt(0))) return namedPhrase(s, g, head);
        return null;
    }

    /**
     * The person a title names ("the British prime minister" after Johnson was
     * named), or null; unlike {@link #resolve} it records no group or candidate.
     */
    String titled(CoreSentence s, SemanticGraph g, IndexedWord head) {
        return title(s, g, head, ParsedArticle.extent(g, s, head, NP_CUT));
    }

    /**
     * The source a token range names, for attributions found on the surface
     * (", five sources with knowledge of Kremlin thinking told Reuters."):
     * the last actor named in it, a pronoun, or an unnamed-source description.
     */
    Speaker resolveSpan(CoreSentence s, int fromTok, int toTok) {
        List<CoreLabel> toks = s.tokens();
        int from = toks.get(fromTok).beginPosition(), to = toks.get(toTok - 1).endPosition();
        Gazetteer.Mention named = null;
        for (Gazetteer.Mention m : pa.mentionsWithin(from, to)) if (lex.actors.contains(m.iri())) { named = m; break; }
        int nouns = -1;
        for (int i = fromTok; i < toTok; i++) {
            CoreLabel t = toks.get(i);
            if (t.tag().startsWith("NN") && lex.sourceNouns.contains(t.lemma().toLowerCase(Locale.ROOT))) { nouns = i; break; }
        }
        if (named != null && (nouns < 0 || named.from() < toks.get(nouns).beginPosition() && lex.people.contains(named.iri())))
            return new Speaker(named.iri(), SourceKind.NAMED, named.from(), named.to());
        if (toTok - fromTok == 1 && toks.get(fromTok).tag().startsWith("PRP")) {
            String w = toks.get(fromTok).word().toLowerCase(Locale.ROOT);
            if (!w.equals("he") && !w.equals("she")) return null;
            Gazetteer.Mention last = pa.antecedent(lex.people, from);
            return last == null ? null : new Speaker(last.iri(), SourceKind.NAMED, from, to);
        }
        if (nouns < 0) return named == null ? null : new Speaker(named.iri(), SourceKind.NAMED, named.from(), named.to());
        Integer count = null;
        for (int i = fromTok; i < nouns; i++) {
            CoreLabel t = toks.get(i);
            if (t.tag().equals("CD")) count = number(new IndexedWord(t));
            else if (i == fromTok && Set.of("a", "an", "one").contains(t.word().toLowerCase(Locale.ROOT))) count = 1;
        }
        return groupOf(s, from, to, count);
    }

    /**
     * "Russia is reportedly willing …": the article relays unnamed reports. The
     * hedge word is their only description, and they become the claim's source.
     */
    Speaker unnamedReports(int from, int to) {
        SourceGroup sg = groups.computeIfAbsent("unnamed-reports", k -> new SourceGroup(ids.sourceGroup(pa.article.id(), k),
            pa.text.substring(from, to), pa.span(from, to), null, List.of()));
        return new Speaker(sg.iri(), SourceKind.ANONYMOUS, from, to);
    }

    /** "the Ukrainian leader", "Kremlin spokesman": a role noun and its organisation, to a person already named. */
    private String title(CoreSentence s, SemanticGraph g, IndexedWord head, int[] np) {
        String role = head.lemma().toLowerCase(Locale.ROOT);
        IndexedWord prev = null;
        for (IndexedWord c : ParsedArticle.children(g, head, "compound", "amod")) if (c.index() == head.index() - 1) prev = c;
        List<String> words = null;
        if (prev != null) words = lex.titles.get(prev.lemma().toLowerCase(Locale.ROOT) + " " + role);
        if (words == null) words = lex.titles.get(role);
        if (words == null) return null;
        // whose role: a linked name or a demonym among the modifiers
        List<String> orgs = new ArrayList<>();
        for (IndexedWord c : ParsedArticle.children(g, head, "compound", "amod", "nmod:poss", "nmod")) {
            Gazetteer.Mention m = pa.mentionCovering(c.beginPosition(), c.endPosition());
            if (m != null) orgs.add(m.iri());
            String d = lex.demonyms.get(c.word().toLowerCase(Locale.ROOT));
            if (d != null) orgs.add(d);
        }
        if (orgs.isEmpty()) return null;
        // "the leader of the Kremlin": the Kremlin is Russia's presidency
        for (String o : List.copyOf(orgs)) if (lex.parentOf.containsKey(o)) orgs.add(lex.parentOf.get(o));
        String found = null;
        for (Gazetteer.Mention m : pa.mentions) {
            if (m.from() >= head.beginPosition() || !lex.people.contains(m.iri())) continue;
            for (Lexicons.Office o : lex.offices.getOrDefault(m.iri(), List.of())) {
                if (!orgs.contains(o.organisation())) continue;
                // the office is the role ("President of Russia"), not a role's aide ("Press Secretary of the President")
                for (String w : words) if (o.office().startsWith(w) || o.office().contains("(" + w) || o.office().contains(" " + w + ")")) found = m.iri();
            }
        }
        return found;
    }

    private Speaker group(CoreSentence s, SemanticGraph g, IndexedWord head, IndexedWord noun) {
        int[] np = ParsedArticle.extent(g, s, head, NP_CUT);
        return groupOf(s, np[0], np[1], count(g, head, noun));
    }

    private Speaker groupOf(CoreSentence s, int from, int to, Integer count) {
        int[] np = {from, to};
        // quotation marks the phrase opens or closes but does not pair ("a “senior Russian source")
        while (np[1] > np[0] && "“”\"‘’".indexOf(pa.text.charAt(np[1] - 1)) >= 0) np[1]--;
        String description = pa.text.substring(np[0], np[1]);
        if (description.chars().filter(c -> c == '“').count() != description.chars().filter(c -> c == '”').count())
            description = description.replaceAll("[“”]", "");
        List<String> affiliations = new ArrayList<>();
        for (Gazetteer.Mention m : pa.mentionsWithin(np[0], np[1])) if (lex.actors.contains(m.iri()) && !affiliations.contains(m.iri())) affiliations.add(m.iri());
        for (CoreLabel t : s.tokens()) {
            if (t.beginPosition() < np[0] || t.endPosition() > np[1]) continue;
            String d = lex.demonyms.get(t.word().toLowerCase(Locale.ROOT));
            if (d != null && !affiliations.contains(d)) affiliations.add(d);
        }
        // the same description (up to articles and case) is the same group
        String key = slug(description.replaceFirst("(?i)^(the|a|an|these|those)\\s+", ""));
        if (key.isEmpty()) return null;
        String desc = description;
        SourceGroup sg = groups.computeIfAbsent(key, k -> new SourceGroup(ids.sourceGroup(pa.article.id(), k), desc,
            pa.span(np[0], np[1]), count, affiliations));
        return new Speaker(sg.iri(), SourceKind.ANONYMOUS, np[0], np[1]);
    }

    private static Integer count(SemanticGraph g, IndexedWord head, IndexedWord noun) {
        IndexedWord num = head.tag().equals("CD") ? head : ParsedArticle.child(g, noun, "nummod");
        if (num != null) return number(num);
        IndexedWord det = ParsedArticle.child(g, noun, "det");
        if (det != null && Set.of("a", "an", "one").contains(det.word().toLowerCase(Locale.ROOT))) return 1;
        return null;
    }

    /** The value of a number token, from CoreNLP's normalisation ("five" → 5.0) or its digits. */
    static Integer number(IndexedWord w) {
        String norm = w.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        String s = norm != null ? norm : w.word().replace(",", "");
        try {
            double d = Double.parseDouble(s.replaceFirst("^[~<>=]+", ""));
            return d >= 1 && d == Math.rint(d) && d < 1e6 ? (int) d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A candidate for a name CoreNLP found, unless the name is linked or already known; null then. */
    void candidateOf(edu.stanford.nlp.pipeline.CoreEntityMention em) {
        int from = em.charOffsets().first(), to = em.charOffsets().second();
        if (pa.inCredits(from, to)) return;
        if (pa.mentionCovering(from, to) != null || !pa.mentionsWithin(from, to).isEmpty()) return;
        for (Gazetteer.Mention m : pa.mentions) if (m.from() < to && from < m.to()) return;
        String type = em.entityType().equals("PERSON") ? "person" : "org";
        String label = pa.text.substring(from, to);
        if (!Character.isUpperCase(label.codePointAt(0))) return;
        // part of a name already taken as a candidate ("Study of War" in "Institute for the Study of War")
        org.peacetalks.annotate.Span here = pa.span(from, to);
        for (CandidateEntity c : candidates.values()) if (c.firstMention().overlaps(here)) return;
        candidates.computeIfAbsent(type + "/" + slug(label), k -> new CandidateEntity(ids.entity("candidate/" + k),
            (type.equals("person") ? PT.Person : PT.Organisation).getURI(), label, pa.span(from, to)));
    }

    /**
     * Mentions of people CoreNLP finds that the reference data lacks, as
     * candidates that can speak: "Oksana Melnyk, who sat on the delegation, …",
     * and later "Melnyk said" for the same candidate. A lone surname never seen
     * in full is no one's mention.
     */
    List<Gazetteer.Mention> candidatePeople(edu.stanford.nlp.pipeline.CoreDocument doc) {
        List<Gazetteer.Mention> out = new ArrayList<>();
        for (edu.stanford.nlp.pipeline.CoreEntityMention em : doc.entityMentions()) {
            if (!em.entityType().equals("PERSON")) continue;
            int from = em.charOffsets().first(), to = em.charOffsets().second();
            if (pa.inCredits(from, to)) continue;
            boolean linked = pa.mentionCovering(from, to) != null;
            for (Gazetteer.Mention m : pa.mentions) if (m.from() < to && from < m.to()) linked = true;
            if (linked) continue;
            String label = pa.text.substring(from, to);
            if (!Character.isUpperCase(label.codePointAt(0))) continue;
            String iri = null;
            if (em.tokens().size() >= 2) {
                candidateOf(em);
                CandidateEntity ce = candidates.get("person/" + slug(label));
                if (ce != null) iri = ce.iri();
            } else {
                for (CandidateEntity c : candidates.values())
                    if (c.type().equals(PT.Person.getURI()) && c.label().endsWith(" " + label)) iri = c.iri();
            }
            if (iri != null) out.add(new Gazetteer.Mention(pa.span(from, to), from, to, iri, label));
        }
        return out;
    }

    /** A candidate organisation named by the whole proper-noun phrase headed by {@code head} ("Institute for the Study of War"). */
    private Speaker namedPhrase(CoreSentence s, SemanticGraph g, IndexedWord head) {
        int[] np = ParsedArticle.extent(g, s, head, NP_CUT);
        String label = pa.text.substring(np[0], np[1]).replaceFirst("^(?i:the)\\s+", "");
        int from = np[1] - label.length();
        // only names: every word capitalised but the small ones between ("for the", "of")
        for (String w : label.split("\\s+"))
            if (!Character.isUpperCase(w.codePointAt(0)) && !Set.of("for", "of", "the", "and", "on", "in").contains(w)) return null;
        if (!pa.mentionsWithin(from, np[1]).isEmpty() || label.split("\\s+").length < 2) return null;
        CandidateEntity ce = candidates.computeIfAbsent("org/" + slug(label), k -> new CandidateEntity(ids.entity("candidate/" + k),
            PT.Organisation.getURI(), label, pa.span(from, np[1])));
        return new Speaker(ce.iri(), SourceKind.NAMED, from, np[1]);
    }

    private Speaker candidate(CoreSentence s, IndexedWord head, String ner) {
        // the whole name: the run of tokens with the head's NER tag around it
        List<CoreLabel> toks = s.tokens();
        int i = head.index() - 1, lo = i, hi = i;
        while (lo > 0 && ner.equals(toks.get(lo - 1).ner())) lo--;
        while (hi + 1 < toks.size() && ner.equals(toks.get(hi + 1).ner())) hi++;
        int from = toks.get(lo).beginPosition(), to = toks.get(hi).endPosition();
        if (pa.inCredits(from, to)) return null;
        if (pa.mentionCovering(from, to) != null || !pa.mentionsWithin(from, to).isEmpty()) return null;
        String label = pa.text.substring(from, to);
        String type = ner.equals("PERSON") ? "person" : "org";
        // a surname alone after the full name is the same candidate
        for (CandidateEntity c : candidates.values())
            if (c.label().endsWith(" " + label) && c.iri().contains("/candidate/" + type + "/"))
                return new Speaker(c.iri(), SourceKind.NAMED, from, to);
        CandidateEntity ce = candidates.computeIfAbsent(type + "/" + slug(label), k -> new CandidateEntity(ids.entity("candidate/" + k),
            (ner.equals("PERSON") ? PT.Person : PT.Organisation).getURI(), label, pa.span(from, to)));
        return new Speaker(ce.iri(), SourceKind.NAMED, from, to);
    }

    static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
