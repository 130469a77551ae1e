package org.peacetalks.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.annotate.CandidateEntity;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.corpus.Article;
import org.peacetalks.nlp.NlpPipeline;
import org.peacetalks.vocab.PT;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;

/**
 * Automatic annotation of an article, one pipeline in one direction:
 * CoreNLP parse → linked mentions (gazetteer from the reference graph) →
 * sources (names, titles, pronouns, anonymous groups, candidates) → direct
 * quotes, reported speech with positions, blame, figures → one claim list, with
 * a clause claimed once (a quote or a blame claim wins over the plain report of
 * the same words by the same source). Thread-safe: per-article state lives in
 * {@link Speakers} and {@link ParsedArticle}.
 */
public final class Extractor implements Annotator {
    private final Gazetteer gazetteer;
    private final Lexicons lex;
    private final QuoteExtractor quotes;
    private final BlameFrames blame;
    private final ReportedSpeech reported;
    private final PositionFrames frames;
    private final Figures figures;
    private final DescribedReferences described;
    private final AssessmentFrames assessments;
    private final Occasions occasions;
    private final PT.Ids ids;
    private final Map<String, String> measures = new LinkedHashMap<>();
    private final Set<String> territories = new LinkedHashSet<>();

    /** With the shipped quotation speaker ranker (rules alone when none is shipped). */
    public Extractor(Graph reference, PT.Ids ids) {
        this(reference, ids, QuoteSpeakers.shippedModel(), null);
    }

    /**
     * {@code speakerModel}: the quotation speaker ranker, null for the rules alone;
     * {@code speakerSink}: receives every quotation's candidates (to train a model), or null.
     */
    public Extractor(Graph reference, PT.Ids ids, LinearModel speakerModel,
                     java.util.function.Consumer<QuoteSpeakers.Instance> speakerSink) {
        this(reference, ids, speakerModel, speakerSink, BlameCandidates.shippedModel(), null);
    }

    /**
     * {@code blameModel}: the learned blame decision, null for the rule frames alone;
     * {@code blameSink}: receives every sentence's blame candidates (to train a model), or null.
     */
    public Extractor(Graph reference, PT.Ids ids, LinearModel speakerModel,
                     java.util.function.Consumer<QuoteSpeakers.Instance> speakerSink,
                     LinearModel blameModel, java.util.function.Consumer<BlameCandidates.Instance> blameSink) {
        this.ids = ids;
        this.gazetteer = Gazetteer.of(reference);
        this.lex = new Lexicons(reference);
        this.quotes = new QuoteExtractor(gazetteer, lex.people, lex.actors, lex.reportingForms, ids, speakerModel, speakerSink);
        this.blame = new BlameFrames(reference, lex, ids, blameModel, blameSink);
        this.frames = new PositionFrames(lex, new Positions(reference, ids.entity("issue/scheme")), ids);
        this.reported = new ReportedSpeech(lex, frames, ids);
        this.figures = new Figures(ids);
        this.described = new DescribedReferences(reference);
        Set<String> events = new LinkedHashSet<>();
        reference.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            if (t.getObject().getURI().startsWith(PT.NS) && t.getObject().getURI().endsWith("Event")) events.add(t.getSubject().getURI());
        });
        this.assessments = new AssessmentFrames(lex.actors, events, lex.stateOf, ids);
        this.occasions = new Occasions(reference);
        Node inScheme = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");
        String measurePrefix = ids.entity("measure/");
        reference.find(Node.ANY, inScheme, NodeFactory.createURI(ids.entity("measure/scheme"))).forEach(t -> {
            String iri = t.getSubject().getURI();
            measures.put(iri.substring(measurePrefix.length()), iri);
        });
        reference.find(Node.ANY, RDF.type.asNode(), PT.Territory).forEach(t -> territories.add(t.getSubject().getURI()));
    }

    /** The ids of every rule this extractor may fire, each declared in the rule files (else the constructor failed). */
    public Set<String> rulesFired() {
        Set<String> out = new java.util.TreeSet<>();
        for (var scope : List.of(quotes.rules(), reported.rules(), blame.rules(), frames.rules(), figures.rules(), assessments.rules()))
            out.addAll(scope.fired());
        return out;
    }

    @Override
    public Annotations annotate(Article article) {
        CoreDocument doc = NlpPipeline.shared().parse(article.text(), Dates.published(article));
        List<Gazetteer.Mention> mentions = metonymy(doc, gazetteer.link(article.text()));
        ParsedArticle pa = new ParsedArticle(article, doc, mentions);
        Speakers speakers = new Speakers(pa, lex, ids);

        List<Claim> reports = new ArrayList<>(reported.extract(pa, speakers));
        reports.sort(java.util.Comparator.comparing(c -> c.evidence().end()));
        // quotation speakers include people the reference data lacks
        List<Gazetteer.Mention> withCandidates = new ArrayList<>(mentions);
        List<Gazetteer.Mention> candidatePeople = speakers.candidatePeople(doc);
        withCandidates.addAll(candidatePeople);
        withCandidates.sort(java.util.Comparator.comparingInt(Gazetteer.Mention::from));
        Set<String> candidateIris = new java.util.HashSet<>();
        candidatePeople.forEach(m -> candidateIris.add(m.iri()));
        List<Claim> claims = new ArrayList<>(quotes.withPeople(candidateIris).extract(article, withCandidates, reports));
        List<Claim> said = new ArrayList<>(claims);
        said.addAll(reports);
        claims.addAll(blame.extract(pa, speakers, said));
        for (Claim c : reports) if (!claimedAlready(claims, c)) claims.add(c);
        claims.addAll(figures.extract(pa, claims, measures, territories, lex.demonyms));
        claims = frames.frame(pa, speakers, claims);
        claims = occasions.fill(pa, claims);
        claims.addAll(assessments.extract(pa, claims));

        // people and organisations CoreNLP finds that the reference data does not know
        for (CoreEntityMention em : doc.entityMentions()) {
            String t = em.entityType();
            if ((t.equals("PERSON") || t.equals("ORGANIZATION")) && em.tokens().size() >= 2) speakers.candidateOf(em);
        }
        Set<String> iris = new LinkedHashSet<>();
        mentions.forEach(m -> iris.add(m.iri()));
        iris.addAll(described.find(pa));
        // "the Turkish president", "the Chinese leader": a demonym names its state
        for (var t : doc.tokens()) {
            String state = lex.demonyms.get(t.word().toLowerCase(java.util.Locale.ROOT));
            if (state != null && Character.isUpperCase(t.word().codePointAt(0)) && t.tag().startsWith("JJ")) iris.add(state);
        }
        List<CandidateEntity> candidates = speakers.candidates();
        candidates.forEach(c -> iris.add(c.iri()));
        return new Annotations(List.copyOf(iris), speakers.groups(), claims, candidates);
    }

    /**
     * "Moscow said", "Kyiv rejected": a place that acts is its state's government.
     * A place mention that is the subject of an action verb is relinked to the
     * state it is part of; elsewhere ("talks in Moscow") it stays a place.
     */
    private List<Gazetteer.Mention> metonymy(CoreDocument doc, List<Gazetteer.Mention> mentions) {
        Set<Integer> agentive = new java.util.HashSet<>();
        for (var s : doc.sentences()) {
            var g = ParsedArticle.tree(s);
            if (g == null) continue;
            for (var e : g.edgeIterable()) {
                String r = ParsedArticle.rel(e);
                var gov = e.getGovernor();
                String lemma = gov.lemma() == null ? "" : gov.lemma().toLowerCase(java.util.Locale.ROOT);
                // an acting subject: "Moscow said / wants / rejected", not "Kherson fell" or "Crimea is"
                boolean acting = gov.tag().startsWith("VB") && !lex.stativeVerbs.contains(lemma)
                    || gov.tag().startsWith("JJ") && ParsedArticle.child(g, gov, "xcomp") != null;
                // "Moscow said", "Moscow is ready to talk"
                if (r.equals("nsubj") && acting) agentive.add(e.getDependent().beginPosition());
                // "Moscow's demands", "Kyiv's position": a place owning what only an actor has
                if (r.equals("nmod:poss") && lex.agentivePossessions.contains(lemma)) agentive.add(e.getDependent().beginPosition());
                // "according to Moscow": a place that is a source
                if (r.startsWith("case") && e.getDependent().word().equalsIgnoreCase("according")) agentive.add(gov.beginPosition());
            }
        }
        List<Gazetteer.Mention> out = new ArrayList<>();
        for (Gazetteer.Mention m : mentions) {
            String state = lex.stateOf.get(m.iri());
            boolean agent = false;
            for (int p : agentive) if (p >= m.from() && p < m.to()) agent = true;
            out.add(state != null && agent ? new Gazetteer.Mention(m.span(), m.from(), m.to(), state, m.surface()) : m);
        }
        return out;
    }

    /** Whether {@code c} repeats a claim already made: the same source over overlapping words. */
    private static boolean claimedAlready(List<Claim> claims, Claim c) {
        for (Claim x : claims) {
            if (!x.evidence().overlaps(c.evidence())) continue;
            if (x.source().equals(c.source())) return true;
        }
        return false;
    }
}
