package org.peacetalks.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.util.Hashing;
import org.peacetalks.vocab.PT;

/**
 * N articles' graphs in exactly the shapes the build and ingest write, for
 * measuring the store at scale. Each generated article is a copy of one seed
 * article's compiled, validated graph (so claim counts, kinds and literal sizes
 * are the seeds'), with
 * <ul>
 * <li>its own text (the seed's, plus a closing line naming the copy) and so its own
 *     article id, graph, claim and source-group IRIs, as ingest would give it;</li>
 * <li>every actor it links to (people, states, organisations, outlets) replaced by one
 *     drawn from the same class with Zipf-distributed frequency (rank r with weight
 *     1/r^s; ranked by the number of seed articles naming them), so a few actors
 *     appear in most articles and the rest in a long tail.</li>
 * </ul>
 * Evidence text still names the seed's actors: the corpus is for load and query
 * measurement, not for reading. Everything is determined by the seed: the same
 * seed gives byte-identical output.
 * <pre>
 *   CorpusGenerator g = CorpusGenerator.of(new StoreBuilder(data, ontology, ids).prepare(), ids, 42, 1.0);
 *   g.header(out); for (int i = 0; i &lt; n; i++) g.article(i, out);
 * </pre>
 */
public final class CorpusGenerator {
    /** Classes whose members are redrawn per article; checked in this order when an entity has several. */
    static final List<Node> ACTOR_CLASSES = List.of(NodeFactory.createURI(PT.NS + "Person"), NodeFactory.createURI(PT.NS + "State"), NodeFactory.createURI(PT.NS + "NewsOutlet"), NodeFactory.createURI(PT.NS + "Organisation"));

    private record Seed(String id, String stem, String text, Graph graph) {}

    private final PT.Ids ids;
    private final StoreBuilder.Prepared prepared;
    private final List<Seed> seeds = new ArrayList<>();
    private final Map<String, Node> classOf = new HashMap<>();
    private final Map<Node, Zipf> byClass = new LinkedHashMap<>();
    private final long seed;

    private CorpusGenerator(StoreBuilder.Prepared prepared, PT.Ids ids, long seed, double exponent) {
        if (!(exponent > 0)) throw new IllegalArgumentException("Zipf exponent must be positive, found " + exponent);
        this.prepared = prepared;
        this.ids = ids;
        this.seed = seed;
        Graph ref = prepared.reference();
        // rank by how many seed articles link to an actor (ties in a seeded shuffle): the seeds' most
        // frequent actors stay the most frequent, those they never name form the tail
        Map<String, Integer> seedArticles = new HashMap<>();
        for (Graph g : prepared.articleGraphs().values()) {
            java.util.Set<String> linked = new java.util.HashSet<>();
            g.find().forEach(t -> { if (t.getObject().isURI()) linked.add(t.getObject().getURI()); });
            linked.forEach(iri -> seedArticles.merge(iri, 1, Integer::sum));
        }
        SplittableRandom order = new SplittableRandom(seed);
        for (Node cls : ACTOR_CLASSES) {
            TreeSet<String> members = new TreeSet<>();
            ref.find(Node.ANY, RDF.type.asNode(), cls).forEach(t -> {
                if (t.getSubject().isURI() && !classOf.containsKey(t.getSubject().getURI())) members.add(t.getSubject().getURI());
            });
            members.forEach(m -> classOf.put(m, cls));
            if (!members.isEmpty()) byClass.put(cls, new Zipf(new ArrayList<>(members), seedArticles, exponent, order));
        }
        for (Map.Entry<Node, Graph> e : prepared.articleGraphs().entrySet()) {
            Graph g = e.getValue();
            Triple text = g.find(Node.ANY, PT.text, Node.ANY).next();
            String iri = text.getSubject().getURI();
            String stem = g.find(text.getSubject(), DCTerms.identifier.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            seeds.add(new Seed(iri.substring(iri.lastIndexOf('/') + 1), stem, text.getObject().getLiteralLexicalForm(), g));
        }
        if (seeds.isEmpty()) throw new IllegalArgumentException("no seed articles to generate from");
    }

    /** A generator over the seed articles of a prepared (read and validated) build. */
    public static CorpusGenerator of(StoreBuilder.Prepared prepared, PT.Ids ids, long seed, double zipfExponent) {
        return new CorpusGenerator(prepared, ids, seed, zipfExponent);
    }

    /** The ontology and reference graphs, which a complete store holds besides its articles. */
    public long header(StreamRDF out) {
        long n = 0;
        n += emit(prepared.ontology(), NodeFactory.createURI(ids.ontologyGraph()), out);
        n += emit(prepared.reference(), NodeFactory.createURI(ids.referenceGraph()), out);
        return n;
    }

    private static long emit(Graph g, Node gn, StreamRDF out) {
        long n = 0;
        for (var it = g.find(); it.hasNext(); n++) out.quad(Quad.create(gn, it.next()));
        return n;
    }

    public int seedCount() { return seeds.size(); }

    /**
     * Emits generated article {@code i} (copy {@code i / seeds} of seed {@code i % seeds});
     * returns the number of quads. A republication among the seeds points at the copy of
     * its original with the same copy number.
     */
    public long article(long i, StreamRDF out) {
        long copy = i / seeds.size();
        Seed s = seeds.get((int) (i % seeds.size()));
        SplittableRandom rnd = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
        Map<String, String> newIds = new HashMap<>();
        for (Seed other : seeds) newIds.put(other.id, Hashing.sha256(textOf(other, copy)).substring(0, 16));
        String text = textOf(s, copy);
        String id = newIds.get(s.id);
        String stem = "gen-" + copy + "-" + s.stem;
        Map<String, Node> actors = new HashMap<>();
        Node graph = NodeFactory.createURI(ids.articleGraph(id));
        long n = 0;
        for (var it = s.graph.find(); it.hasNext(); n++) {
            Triple t = it.next();
            Node p = t.getPredicate();
            Node o;
            if (p.equals(PT.text)) o = NodeFactory.createLiteralString(text);
            else if (p.equals(PT.sha256)) o = NodeFactory.createLiteralString(Hashing.sha256(text));
            else if (p.equals(DCTerms.identifier.asNode())) o = NodeFactory.createLiteralString(stem);
            else if (p.equals(PT.sourceFile)) o = NodeFactory.createLiteralString("generated/" + stem + ".txt");
            else if (p.equals(RDFS.label.asNode()) && t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().equals("Article " + s.stem)) o = NodeFactory.createLiteralString("Article " + stem);
            else o = map(t.getObject(), newIds, actors, rnd);
            out.quad(Quad.create(graph, map(t.getSubject(), newIds, actors, rnd), p, o));
        }
        return n;
    }

    private String textOf(Seed s, long copy) {
        return s.text + "\n\nSynthetic copy " + copy + " of article " + s.stem + " (peacetalks-kg generate, seed " + seed + ").\n";
    }

    private Node map(Node n, Map<String, String> newIds, Map<String, Node> actors, SplittableRandom rnd) {
        if (!n.isURI()) return n;
        String iri = n.getURI();
        Node cls = classOf.get(iri);
        if (cls != null) return actors.computeIfAbsent(iri, k -> NodeFactory.createURI(byClass.get(cls).draw(rnd)));
        if (!iri.startsWith(ids.base())) return n;
        for (Map.Entry<String, String> e : newIds.entrySet())
            if (iri.contains(e.getKey())) return NodeFactory.createURI(iri.replace(e.getKey(), e.getValue()));
        return n;
    }

    /** Draws members of one class, rank r (in a seeded shuffle) with probability proportional to 1/r^s. */
    static final class Zipf {
        private final List<String> ranked;
        private final double[] cumulative;

        Zipf(List<String> members, Map<String, Integer> weight, double s, SplittableRandom order) {
            ranked = new ArrayList<>(members);
            for (int i = ranked.size() - 1; i > 0; i--) java.util.Collections.swap(ranked, i, order.nextInt(i + 1));
            ranked.sort(java.util.Comparator.comparingInt((String m) -> weight.getOrDefault(m, 0)).reversed());
            cumulative = new double[ranked.size()];
            double sum = 0;
            for (int r = 0; r < ranked.size(); r++) cumulative[r] = sum += 1 / Math.pow(r + 1, s);
            for (int r = 0; r < cumulative.length; r++) cumulative[r] /= sum;
        }

        String draw(SplittableRandom rnd) {
            int i = java.util.Arrays.binarySearch(cumulative, rnd.nextDouble());
            return ranked.get(Math.min(ranked.size() - 1, i < 0 ? -i - 1 : i));
        }

        List<String> ranked() { return ranked; }
    }
}
