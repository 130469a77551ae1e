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
import org.peacetalks.extract.pipeline.ArticleState;
import org.peacetalks.extract.pipeline.Pipeline;
import org.peacetalks.extract.pipeline.Stage;
import org.peacetalks.nlp.NlpPipeline;
import org.peacetalks.vocab.PT;

import static org.peacetalks.extract.Layers.*;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;

/**
 * Automatic annotation of an article, one pipeline in one direction, as declared
 * stages over one per-article {@link ArticleState} (their layers in {@link Layers}):
 * CoreNLP parse → linked mentions (gazetteer from the reference graph) →
 * sources (names, titles, pronouns, anonymous groups, candidates) → reported
 * speech → direct quotes → blame → one claim list, with a clause claimed once (a
 * quote or a blame claim wins over the plain report of the same words by the
 * same source) → figures → positions → occasions → assessments → entities.
 * Thread-safe: per-article state lives in the ArticleState.
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
    private final Credits credits = new Credits();
    private final WarTerritories warTerritories;
    private final PT.Ids ids;
    private final Map<String, String> measures = new LinkedHashMap<>();
    private final Set<String> territories = new LinkedHashSet<>();
    private final Pipeline pipeline;

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
        this.warTerritories = new WarTerritories(reference, ids);
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
        this.pipeline = new Pipeline(Set.of(ARTICLE), stages());
    }

    /** The ids of every rule this extractor may fire, each declared in the rule files (else the constructor failed). */
    public Set<String> rulesFired() {
        Set<String> out = new java.util.TreeSet<>();
        for (var scope : List.of(quotes.rules(), reported.rules(), blame.rules(), frames.rules(), figures.rules(), assessments.rules()))
            out.addAll(scope.fired());
        return out;
    }

    /** The stages of {@link #annotate}, in order; the pipeline checked their layers when the extractor was built. */
    private List<Stage> stages() {
        return List.of(
            Stage.of("parse", Set.of(ARTICLE), Set.of(PARSE), s -> {
                Article a = s.get(ARTICLE);
                s.put(PARSE, NlpPipeline.shared().parse(a.text(), Dates.published(a)));
            }),
            Stage.of("mentions", Set.of(ARTICLE, PARSE), Set.of(MENTIONS), s -> {
                CoreDocument doc = s.get(PARSE);
                // names only the bylines and credits hold are no one the article speaks of
                List<int[]> creditNames = credits.names(doc);
                List<Gazetteer.Mention> mentions = new ArrayList<>();
                for (Gazetteer.Mention m : metonymy(doc, gazetteer.link(s.get(ARTICLE).text())))
                    if (!(lex.people.contains(m.iri()) && Credits.within(creditNames, m.from(), m.to()))) mentions.add(m);
                s.put(MENTIONS, new ParsedArticle(s.get(ARTICLE), doc, mentions, creditNames));
            }),
            Stage.of("sources", Set.of(MENTIONS), Set.of(SOURCES), s -> s.put(SOURCES, new Speakers(s.get(MENTIONS), lex, ids))),
            Stage.of("reports", Set.of(MENTIONS, SOURCES), Set.of(REPORTS), s -> {
                List<Claim> reports = new ArrayList<>(reported.extract(s.get(MENTIONS), s.get(SOURCES)));
                reports.sort(java.util.Comparator.comparing(c -> c.evidence().end()));
                s.put(REPORTS, List.copyOf(reports));
            }),
            Stage.of("quote-governors", Set.of(MENTIONS, SOURCES), Set.of(QUOTE_GOVERNORS),
                s -> s.put(QUOTE_GOVERNORS, QuoteGovernors.read(s.get(MENTIONS), s.get(SOURCES), lex))),
            Stage.of("quotes", Set.of(ARTICLE, PARSE, MENTIONS, SOURCES, REPORTS, QUOTE_GOVERNORS), Set.of(QUOTES), s -> {
                // quotation speakers include people the reference data lacks
                List<Gazetteer.Mention> withCandidates = new ArrayList<>(s.get(MENTIONS).mentions);
                List<Gazetteer.Mention> candidatePeople = s.get(SOURCES).candidatePeople(s.get(PARSE));
                withCandidates.addAll(candidatePeople);
                withCandidates.sort(java.util.Comparator.comparingInt(Gazetteer.Mention::from));
                Set<String> candidateIris = new java.util.HashSet<>();
                candidatePeople.forEach(m -> candidateIris.add(m.iri()));
                List<Claim> q = quotes.withPeople(candidateIris).extract(s.get(ARTICLE), withCandidates, s.get(REPORTS), s.get(QUOTE_GOVERNORS));
                s.put(QUOTES, List.copyOf(q));
                s.claims().addAll(q);
            }),
            Stage.of("blame", Set.of(MENTIONS, SOURCES, QUOTES, REPORTS), Set.of(BLAME), s -> {
                List<Claim> said = new ArrayList<>(s.get(QUOTES));
                said.addAll(s.get(REPORTS));
                List<Claim> b = blame.extract(s.get(MENTIONS), s.get(SOURCES), said);
                s.put(BLAME, List.copyOf(b));
                s.claims().addAll(b);
            }),
            merge(),
            Stage.of("figures", Set.of(MENTIONS, SAID), Set.of(FIGURES), s -> {
                List<Claim> f = figures.extract(s.get(MENTIONS), s.claims(), measures, territories, lex.demonyms);
                s.put(FIGURES, List.copyOf(f));
                s.claims().addAll(f);
            }),
            Stage.of("positions", Set.of(MENTIONS, SOURCES, SAID, FIGURES), Set.of(POSITIONS), s -> {
                s.replaceClaims(frames.frame(s.get(MENTIONS), s.get(SOURCES), s.claims()));
                s.put(POSITIONS, List.copyOf(s.claims()));
            }),
            Stage.of("occasions", Set.of(MENTIONS, POSITIONS), Set.of(OCCASIONS), s -> {
                s.replaceClaims(occasions.fill(s.get(MENTIONS), s.claims()));
                s.put(OCCASIONS, List.copyOf(s.claims()));
            }),
            Stage.of("assessments", Set.of(MENTIONS, OCCASIONS), Set.of(ASSESSMENTS), s -> {
                List<Claim> a = assessments.extract(s.get(MENTIONS), s.claims());
                s.put(ASSESSMENTS, List.copyOf(a));
                s.claims().addAll(a);
            }),
            Stage.of("candidates", Set.of(PARSE, MENTIONS, SOURCES, ASSESSMENTS), Set.of(CANDIDATES), s -> s.put(CANDIDATES, entities(s))));
    }

    /**
     * A clause is claimed once: the reports not already claimed by a quotation or
     * a blame frame of the same source over overlapping words join the claims.
     */
    static Stage merge() {
        return Stage.of("said", Set.of(QUOTES, BLAME, REPORTS), Set.of(SAID), s -> {
            for (Claim c : s.get(REPORTS)) if (!claimedAlready(s.claims(), c)) s.claims().add(c);
            s.put(SAID, List.copyOf(s.claims()));
        });
    }

    /** The entities the article mentions: linked, described, named by a demonym, and candidates CoreNLP finds. */
    private Layers.Entities entities(ArticleState s) {
        CoreDocument doc = s.get(PARSE);
        Speakers speakers = s.get(SOURCES);
        // people and organisations CoreNLP finds that the reference data does not know
        for (CoreEntityMention em : doc.entityMentions()) {
            String t = em.entityType();
            if ((t.equals("PERSON") || t.equals("ORGANIZATION")) && em.tokens().size() >= 2) speakers.candidateOf(em);
        }
        Set<String> iris = new LinkedHashSet<>();
        s.get(MENTIONS).mentions.forEach(m -> iris.add(m.iri()));
        iris.addAll(described.find(s.get(MENTIONS)));
        // "the Turkish president", "the Chinese leader": a demonym names its state
        for (var t : doc.tokens()) {
            String state = lex.demonyms.get(t.word().toLowerCase(java.util.Locale.ROOT));
            if (state != null && Character.isUpperCase(t.word().codePointAt(0)) && t.tag().startsWith("JJ")) iris.add(state);
        }
        List<CandidateEntity> candidates = speakers.candidates();
        candidates.forEach(c -> iris.add(c.iri()));
        return new Layers.Entities(List.copyOf(iris), candidates);
    }

    /** Each stage's runs and total time since this extractor was built (the benchmark prints them). */
    public List<Pipeline.Timing> stageTimings() {
        return pipeline.timings();
    }

    @Override
    public Annotations annotate(Article article) {
        ArticleState state = new ArticleState().put(ARTICLE, article);
        pipeline.run(state);
        Layers.Entities e = state.get(CANDIDATES);
        // a capital or city outside the war's areas is mentioned as a seat of government or a venue, not a territory at issue
        return new Annotations(e.iris(), state.get(SOURCES).groups(), List.copyOf(state.claims()), e.candidates(), List.of(), List.of(),
            warTerritories.atIssue(e.iris()));
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
