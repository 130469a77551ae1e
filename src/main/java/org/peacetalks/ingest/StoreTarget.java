package org.peacetalks.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.peacetalks.store.SearchIndex;
import org.peacetalks.util.InputException;
import org.peacetalks.vocab.PT;

/** Ingest into a TDB2 store that no server holds open: one write transaction per article, its text index updated in it. */
public final class StoreTarget implements IngestTarget {
    static final String ARTICLE_TEXTS = """
        PREFIX pt: <https://w3id.org/peacetalks/ontology#>
        SELECT ?a ?text { GRAPH ?g { ?a a pt:NewsArticle ; pt:text ?text } }
        """;

    private final DatasetGraph dsg;
    private final PT.Ids ids;

    public StoreTarget(Path store, PT.Ids ids) {
        boolean stamped = Files.exists(store.resolve(org.peacetalks.store.StoreBuilder.STAMP));
        if (!stamped && !org.peacetalks.store.StoreStamp.isTdb2(store))
            throw new InputException(store.toString(), "no built store here: run 'build' first");
        this.dsg = SearchIndex.open(store, System.out);
        if (!stamped) org.peacetalks.store.StoreStamp.ensure(store, dsg);
        this.ids = ids;
    }

    private Graph copyOf(String graphIri) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(graphIri)).find().forEach(g::add);
            return g;
        });
    }

    @Override public Graph ontology() { return copyOf(ids.ontologyGraph()); }

    @Override public Graph reference() { return copyOf(ids.referenceGraph()); }

    @Override
    public Map<String, String> articleTexts() {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(ARTICLE_TEXTS, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                return articleTexts(qe.execSelect());
            }
        });
    }

    /** Article id → text from the rows of {@link #ARTICLE_TEXTS}. */
    static Map<String, String> articleTexts(ResultSet rs) {
        Map<String, String> out = new LinkedHashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String iri = s.getResource("a").getURI();
            out.put(iri.substring(iri.lastIndexOf('/') + 1), s.getLiteral("text").getString());
        }
        return out;
    }

    @Override
    public void replace(String graphIri, Graph g) {
        Node gn = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(gn);
            g.find().forEach(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    @Override
    public void close() {
        SearchIndex.close(dsg);
    }
}
