package org.peacetalks.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.annotate.Claim;
import org.peacetalks.corpus.Article;
import org.peacetalks.vocab.PT;

/**
 * Automatic annotation of an article, as far as it goes today: linked entity
 * mentions, direct quotations with their speakers, and blame for the
 * Istanbul deal's failure. Everything is generated
 * from the reference graph and the rule lexicons; thread-safe.
 */
public final class Extractor implements Annotator {
    private final Gazetteer gazetteer;
    private final QuoteExtractor quotes;
    private final BlameExtractor blame;
    private final List<String> sayVerbs = QuoteExtractor.loadVerbs().stream().filter(v -> !v.contains(" ")).toList();

    public Extractor(Graph reference, PT.Ids ids) {
        this.gazetteer = Gazetteer.of(reference);
        Set<String> people = instances(reference, PT.Person);
        Set<String> actors = new LinkedHashSet<>(people);
        for (Node c : List.of(PT.State, PT.Organisation, PT.NewsOutlet)) actors.addAll(instances(reference, c));
        this.quotes = new QuoteExtractor(gazetteer, people, actors, ids);
        this.blame = new BlameExtractor(people, actors, ids);
    }

    private static Set<String> instances(Graph g, Node cls) {
        Set<String> out = new LinkedHashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), cls).forEach(t -> { if (t.getSubject().isURI()) out.add(t.getSubject().getURI()); });
        return out;
    }

    @Override
    public Annotations annotate(Article article) {
        List<Gazetteer.Mention> mentions = gazetteer.link(article.text());
        Set<String> iris = new LinkedHashSet<>();
        mentions.forEach(m -> iris.add(m.iri()));
        List<Claim> claims = new java.util.ArrayList<>(quotes.extract(article, mentions));
        claims.addAll(blame.extract(article, mentions, sayVerbs));
        return new Annotations(List.copyOf(iris), List.of(), claims);
    }
}
