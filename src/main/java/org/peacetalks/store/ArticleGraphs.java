package org.peacetalks.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Claim;
import org.peacetalks.corpus.Article;
import org.peacetalks.rdf.AnnotationEmitter;
import org.peacetalks.util.InputException;
import org.peacetalks.vocab.PT;

/**
 * Turns one article and its annotations into its validated named graph: every
 * entity reference checked against the ontology and reference graphs, then
 * SHACL. The build and ingest both go through here, so curated and extracted
 * annotations meet the same checks.
 */
public final class ArticleGraphs {
    private final AnnotationEmitter emitter;
    private final Graph ontAndRef;
    private final Validation validation;
    private final Set<String> known = new HashSet<>();

    public ArticleGraphs(PT.Ids ids, Graph ontology, Graph reference, Validation validation) {
        this.emitter = new AnnotationEmitter(ids);
        this.ontAndRef = new Union(ontology, reference);
        this.validation = validation;
        ontAndRef.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI()) known.add(t.getSubject().getURI());
        });
    }

    public Node graphName(Article a) { return emitter.graphOf(a); }

    /**
     * The article's graph. {@code file} names the annotations in messages;
     * {@code otherArticles} are article IRIs that may be referenced (as sources
     * or originals) besides the entities of the reference graph.
     */
    public Graph compile(Article article, Annotations ann, String file, Set<String> otherArticles) {
        Set<String> local = new HashSet<>(otherArticles);
        local.add(emitter.articleIri(article));
        ann.sourceGroups().forEach(sg -> local.add(sg.iri()));
        ann.candidates().forEach(c -> local.add(c.iri()));
        ann.informationSources().forEach(s -> local.add(s.iri()));
        for (String m : ann.mentions()) checkKnown(m, local, file);
        for (String d : ann.derivedFrom()) checkKnown(d, local, file);
        for (var sg : ann.sourceGroups()) for (String a : sg.affiliations()) checkKnown(a, local, file);
        for (Claim c : ann.claims()) for (String r : c.references()) checkKnown(r, local, c.origin().toString());

        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node gn = emitter.graphOf(article);
        List<String> claimIris = emitter.emit(article, ann, StreamRDFLib.dataset(dsg));
        Graph g = GraphFactory.createDefaultGraph();
        dsg.getGraph(gn).find().forEach(g::add);

        Map<String, String> origins = new HashMap<>();
        for (int i = 0; i < claimIris.size(); i++) origins.put(claimIris.get(i), ann.claims().get(i).origin().toString());
        List<String> problems = validation.violations(new Union(ontAndRef, g), n -> {
            String iri = n.isURI() ? n.getURI() : "";
            int hash = iri.indexOf('#');
            return origins.getOrDefault(hash < 0 ? iri : iri.substring(0, hash), file);
        });
        if (!problems.isEmpty()) throw new BuildException(file, problems);
        return g;
    }

    private void checkKnown(String iri, Set<String> local, String where) {
        if (known.contains(iri) || local.contains(iri)) return;
        throw new InputException(where, "unknown entity <" + iri + ">: not defined in data/reference");
    }
}
