package org.peacetalks.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.peacetalks.util.Hashing;
import org.peacetalks.vocab.PT;

/**
 * Dereferencing: {@code GET /id/{path}} (the IRI {@code <base>id/{path}} mapped to
 * this server) answers 303 See Other to {@code /doc/{path}}, the description
 * document, which is served as Turtle, JSON-LD, RDF/XML, N-Triples, TriG or
 * HTML by the Accept header or {@code ?format=ttl|jsonld|rdf|nt|trig|html};
 * {@code /id/} is the index page; {@code /ontology} is the ontology. Reads
 * happen in read transactions on the served dataset. Other query parameters
 * are ignored, as for any static document.
 */
public final class LinkedDataServlet extends HttpServlet {
    /** Paths longer than this are refused (414): no IRI of ours comes near it. */
    static final int MAX_PATH = 1024;
    private static final Pattern SAFE_PATH = Pattern.compile("[a-z]+(/[A-Za-z0-9._~-]+)*");
    /**
     * RFC 9110's IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); Java's RFC_1123_DATE_TIME
     * leaves out the zero of a one-digit day, which the fixed format requires.
     */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH)
        .withZone(ZoneOffset.UTC);
    /** Paths whose content is one article's: the article, its claims (claim/{article id}/…), its graph. */
    private static final Pattern ARTICLE_PATH = Pattern.compile("^/(?:doc|id|graph)/(?:article|claim)/([A-Za-z0-9_.~-]+)");

    private static final Map<String, String> PREFIXES = Map.of(
        "pt", PT.NS, "rdf", RDF.getURI(), "rdfs", RDFS.getURI(), "xsd", "http://www.w3.org/2001/XMLSchema#",
        "oa", "http://www.w3.org/ns/oa#", "skos", "http://www.w3.org/2004/02/skos/core#", "schema", "http://schema.org/",
        "dct", "http://purl.org/dc/terms/", "owl", "http://www.w3.org/2002/07/owl#");

    private final DatasetGraph dsg;
    private final PT.Ids ids;
    private final Describer describer;
    private final ContestedClaims contested;
    private final Pages pages;
    private final Instant builtAt;

    /**
     * {@code builtAt} is the store's build time. Last-Modified is, for an article's
     * pages and graph, when that article was committed (the {@code dct:modified} that
     * ingest records on its graph), else the build time; for every other page the
     * latest of the build and all ingests.
     */
    public LinkedDataServlet(DatasetGraph dsg, PT.Ids ids, String datasetName, Instant builtAt) {
        this.dsg = dsg;
        this.ids = ids;
        this.describer = new Describer(dsg);
        this.contested = new ContestedClaims(dsg, ids);
        this.pages = new Pages(ids.base(), datasetName);
        this.builtAt = builtAt;
    }

    /** The Last-Modified of what {@code req} asks for, in RFC 9110 format. */
    String lastModified(HttpServletRequest req) {
        java.util.regex.Matcher m = ARTICLE_PATH.matcher(req.getRequestURI());
        Instant t = Txn.calculateRead(dsg, () -> {
            if (m.find()) {
                Instant article = modified(NodeFactory.createURI(ids.articleGraph(m.group(1))));
                return article != null ? article : builtAt;
            }
            Instant latest = builtAt;
            for (var it = dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.DCTerms.modified.asNode(), Node.ANY); it.hasNext();) {
                var q = it.next();
                if (!q.getGraph().equals(q.getSubject())) continue;
                Instant i = instant(q.getObject());
                if (i != null && i.isAfter(latest)) latest = i;
            }
            return latest;
        });
        return HTTP_DATE.format(t);
    }

    private Instant modified(Node graph) {
        var it = dsg.find(graph, graph, org.apache.jena.vocabulary.DCTerms.modified.asNode(), Node.ANY);
        return it.hasNext() ? instant(it.next().getObject()) : null;
    }

    private static Instant instant(Node n) {
        if (!n.isLiteral()) return null;
        try {
            return java.time.OffsetDateTime.parse(n.getLiteralLexicalForm()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The path specs this servlet answers; {@link #addTo} mounts it on all of them. */
    public static final List<String> PATHS = List.of("/id/*", "/doc/*", "/ontology", "/graph/*", "/void", "/.well-known/void",
        "/dumps/*", "/context.jsonld");

    /** Mounts the linked-data pages on a server being built. */
    public static org.peacetalks.server.KgServer.Builder addTo(org.peacetalks.server.KgServer.Builder b, LinkedDataServlet servlet) {
        for (String p : PATHS) b.servlet(p, servlet);
        return b;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        if (uri.length() > MAX_PATH) {
            resp.sendError(414, "IRI too long");
            return;
        }
        if (uri.equals("/void") || uri.equals("/.well-known/void")) {
            Formats f = choose(req, resp);
            if (f != null) respond(req, resp, f, Txn.calculateRead(dsg, () -> DatasetDescription.voidGraph(dsg, ids, datasetUrl(req))),
                () -> Txn.calculateRead(dsg, () -> DatasetDescription.voidHtml(dsg, ids, datasetUrl(req))));
            return;
        }
        if (uri.equals("/context.jsonld")) {
            byte[] body = DatasetDescription.context().getBytes(StandardCharsets.UTF_8);
            resp.setContentType("application/ld+json; charset=utf-8");
            resp.setHeader("Last-Modified", lastModified(req));
            resp.getOutputStream().write(body);
            return;
        }
        if (uri.equals("/dumps/kg.trig.gz") || uri.equals("/dumps/kg.nq.gz")) {
            boolean trig = uri.endsWith(".trig.gz");
            resp.setContentType(trig ? "application/trig" : "application/n-quads");
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + uri.substring("/dumps/".length()) + "\"");
            resp.setHeader("Last-Modified", lastModified(req));
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(resp.getOutputStream())) {
                Txn.executeRead(dsg, () -> RDFWriter.source(dsg).format(trig ? org.apache.jena.riot.RDFFormat.TRIG_BLOCKS
                    : org.apache.jena.riot.RDFFormat.NQUADS).output(gz));
            }
            return;
        }
        if (uri.startsWith("/graph/") && SAFE_PATH.matcher(uri.substring(1)).matches()) {
            String giri = ids.base() + uri.substring(1);
            org.apache.jena.sparql.core.DatasetGraph one = Txn.calculateRead(dsg, () -> {
                var out = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
                Node gn = NodeFactory.createURI(giri);
                dsg.find(gn, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
                return out;
            });
            if (one.isEmpty()) {
                resp.sendError(404, "No such graph: " + giri);
                return;
            }
            boolean nq = "nq".equals(req.getParameter("format")) || String.valueOf(req.getHeader("Accept")).contains("application/n-quads");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter.source(one).format(nq ? org.apache.jena.riot.RDFFormat.NQUADS : org.apache.jena.riot.RDFFormat.TRIG_BLOCKS).output(out);
            resp.setHeader("Vary", "Accept");
            resp.setHeader("Last-Modified", lastModified(req));
            resp.setContentType((nq ? "application/n-quads" : "application/trig") + "; charset=utf-8");
            resp.getOutputStream().write(out.toByteArray());
            return;
        }
        if (uri.equals("/id") || uri.equals("/id/")) {
            respond(req, resp, Formats.HTML, null, () -> pages.index(indexSections()));
            return;
        }
        if (uri.equals("/ontology") || uri.equals("/doc/ontology")) {
            describeOntology(req, resp);
            return;
        }
        String prefix = uri.startsWith("/id/") ? "/id/" : uri.startsWith("/doc/") ? "/doc/" : null;
        String path = prefix == null ? "" : uri.substring(prefix.length());
        if (prefix == null || !SAFE_PATH.matcher(path).matches()) {
            resp.sendError(404, "Not a resource of this dataset");
            return;
        }
        if (prefix.equals("/id/")) {
            String fmt = req.getParameter("format");
            resp.setStatus(303);
            resp.setHeader("Location", "/doc/" + path + (fmt != null && Formats.byExtension(fmt) != null ? "?format=" + fmt : ""));
            resp.setHeader("Vary", "Accept");
            return;
        }
        Formats f = choose(req, resp);
        if (f == null) return;
        if (path.startsWith("contested/")) {
            // computed from the graph as it is: a page exists while sources dispute the proposition
            Graph g = Txn.calculateRead(dsg, () -> {
                ContestedClaims.Dispute dispute = contested.find(path);
                return dispute == null ? null : contested.describe(dispute, describer);
            });
            if (g == null) {
                resp.sendError(404, "No contested claims at " + ids.entity(path));
                return;
            }
            ContestedClaims.Dispute dispute = Txn.calculateRead(dsg, () -> contested.find(path));
            respond(req, resp, f, g, () -> pages.contested(dispute, g));
            return;
        }
        String iri = ids.entity(path);
        Describer.Description d = Txn.calculateRead(dsg, () -> describer.describe(iri));
        if (d == null) {
            resp.sendError(404, "No such resource: " + iri);
            return;
        }
        respond(req, resp, f, d.graph(), () -> Txn.calculateRead(dsg, () ->
            path.startsWith("article/") ? pages.article(d, republications(iri)) : pages.entity(d, contestedRows(iri))));
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // the GET response without its body, headers and status unchanged
        doGet(req, new HeadResponse(resp));
    }

    private static String datasetUrl(HttpServletRequest req) {
        return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + "/kg";
    }

    private Formats choose(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String fmt = req.getParameter("format");
        Formats f = fmt != null ? Formats.byExtension(fmt) : Formats.negotiate(req.getHeader("Accept"));
        if (f == null) {
            resp.setHeader("Vary", "Accept");
            resp.sendError(406, fmt != null ? "Unknown format '" + fmt + "' (ttl, jsonld, rdf, nt, trig, html)"
                : "None of the accepted types is offered: text/turtle, application/ld+json, application/rdf+xml, "
                    + "application/n-triples, application/trig, text/html");
        }
        return f;
    }

    private void respond(HttpServletRequest req, HttpServletResponse resp, Formats f, Graph g,
                         java.util.function.Supplier<String> html) throws IOException {
        byte[] body;
        if (g != null) PREFIXES.forEach(g.getPrefixMapping()::setNsPrefix);
        if (f == Formats.HTML || g == null) {
            body = html.get().getBytes(StandardCharsets.UTF_8);
            f = Formats.HTML;
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (f == Formats.TRIG) {
                RDFWriter.source(DatasetGraphFactory.wrap(g)).format(f.rdf).output(out);
            } else {
                RDFWriter.source(g).format(f.rdf).output(out);
            }
            body = out.toByteArray();
        }
        String etag = "\"" + Hashing.shortSha256(new String(body, StandardCharsets.UTF_8), 20) + "\"";
        resp.setHeader("Vary", "Accept");
        resp.setHeader("ETag", etag);
        resp.setHeader("Last-Modified", lastModified(req));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        String inm = req.getHeader("If-None-Match");
        if (inm != null && (inm.equals(etag) || inm.equals("*"))) {
            resp.setStatus(304);
            return;
        }
        resp.setStatus(200);
        resp.setContentType(f.mediaType + "; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private void describeOntology(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Formats f = choose(req, resp);
        if (f == null) return;
        Graph g = Txn.calculateRead(dsg, () -> {
            Graph o = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(ids.ontologyGraph())).find().forEach(o::add);
            return o;
        });
        respond(req, resp, f, g, () -> OntologyPage.render(g, pages));
    }

    /** [IRI, label] of the disputes about {@code iri}; callers hold a read transaction. */
    private List<String[]> contestedRows(String iri) {
        List<String[]> out = new ArrayList<>();
        for (ContestedClaims.Dispute d : contested.concerning(iri)) out.add(new String[] {d.iri(), contested.label(d)});
        return out;
    }

    private List<String> republications(String articleIri) {
        List<String> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, PT.republicationOf, NodeFactory.createURI(articleIri))
            .forEachRemaining(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    private Map<String, List<String[]>> indexSections() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, List<String[]>> out = new LinkedHashMap<>();
            Graph ont = dsg.getGraph(NodeFactory.createURI(ids.ontologyGraph()));
            for (Map.Entry<String, String> e : Pages.INDEX_CLASSES.entrySet()) {
                Set<Node> classes = subclasses(ont, NodeFactory.createURI(PT.NS + e.getValue()));
                Map<String, String[]> rows = new java.util.TreeMap<>();
                for (Node c : classes) {
                    dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), c).forEachRemaining(q -> {
                        Node s = q.getSubject();
                        if (!s.isURI() || !s.getURI().startsWith(ids.base() + "id/")) return;
                        if (!e.getValue().equals("NewsArticle") && s.getURI().startsWith(ids.base() + "id/article/")) return;
                        var l = dsg.find(Node.ANY, s, RDFS.label.asNode(), Node.ANY);
                        String label = l.hasNext() ? l.next().getObject().getLiteralLexicalForm() : s.getURI();
                        rows.putIfAbsent(label + "\u0000" + s.getURI(), new String[] {s.getURI(), label});
                    });
                }
                out.put(e.getKey(), new ArrayList<>(rows.values()));
            }
            Map<String, String[]> issues = new java.util.TreeMap<>();
            Node scheme = NodeFactory.createURI(ids.entity("issue/scheme"));
            Node inScheme = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");
            Node pref = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
            dsg.find(Node.ANY, Node.ANY, inScheme, scheme).forEachRemaining(q -> {
                var l = dsg.find(Node.ANY, q.getSubject(), pref, Node.ANY);
                String label = l.hasNext() ? l.next().getObject().getLiteralLexicalForm() : q.getSubject().getURI();
                issues.put(label, new String[] {q.getSubject().getURI(), label});
            });
            out.put("Issues", new ArrayList<>(issues.values()));
            List<String[]> disputes = new ArrayList<>();
            for (ContestedClaims.Dispute d : contested.all()) disputes.add(new String[] {d.iri(), contested.label(d)});
            out.put(Pages.CONTESTED, disputes);
            return out;
        });
    }

    private static Set<Node> subclasses(Graph ont, Node c) {
        Set<Node> out = new java.util.LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Node n = todo.remove(0);
            if (!out.add(n)) continue;
            ont.find(Node.ANY, RDFS.subClassOf.asNode(), n).forEach(t -> todo.add(t.getSubject()));
        }
        return out;
    }

    /** Drops the body of a response (HEAD), keeping status and headers. */
    private static final class HeadResponse extends jakarta.servlet.http.HttpServletResponseWrapper {
        HeadResponse(HttpServletResponse r) { super(r); }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() {
            return new jakarta.servlet.ServletOutputStream() {
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(jakarta.servlet.WriteListener l) {}
                @Override public void write(int b) {}
            };
        }
    }
}
