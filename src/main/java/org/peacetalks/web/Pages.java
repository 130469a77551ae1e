package org.peacetalks.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.peacetalks.annotate.Span;
import org.peacetalks.vocab.OA;
import org.peacetalks.vocab.PT;

/**
 * Server-rendered HTML pages, built as jsoup element trees: every string from
 * the data goes in through {@code text()} or an attribute, so jsoup escapes it
 * and article text can never become markup.
 */
final class Pages {
    private static final Node SKOS_ALT = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");
    private static final Node SKOS_DEF = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#definition");
    private static final String CSS = """
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.45;color:#222}
        a{color:#0645ad} mark{background:#ffe58a} mark:target{background:#ffb347;outline:2px solid #c60}
        table{border-collapse:collapse} td,th{border-bottom:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}
        blockquote{border-left:4px solid #ccc;margin:.3rem 0;padding:.2rem .8rem;background:#f7f7f7}
        .meta{color:#555;font-size:.9rem} .article{white-space:pre-wrap;font-family:Georgia,serif}
        """;

    private final String base;
    private final String dataset;

    Pages(String base, String datasetName) {
        this.base = base;
        this.dataset = datasetName;
    }

    /** A local path for an IRI of ours, else the IRI itself. */
    String href(String iri) {
        if (iri.startsWith(base + "id/")) return "/id/" + iri.substring((base + "id/").length());
        if (iri.startsWith(PT.NS) || iri.equals(PT.ONTOLOGY_IRI)) return "/ontology" + (iri.startsWith(PT.NS) ? "#" + iri.substring(PT.NS.length()) : "");
        return iri;
    }

    String sparqlUi(String query) {
        return "/#/dataset/" + dataset + "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private Document page(String title) {
        Document d = Document.createShell("");
        // article text keeps its line breaks (white-space: pre-wrap); pretty-printing would reflow it
        d.outputSettings().prettyPrint(false);
        d.title(title + " — peacetalks-kg");
        d.head().appendElement("meta").attr("charset", "utf-8");
        d.head().appendElement("style").appendText(CSS);
        Element nav = d.body().appendElement("p").addClass("meta");
        nav.appendElement("a").attr("href", "/id/").text("Index");
        nav.appendText(" · ");
        nav.appendElement("a").attr("href", "/").text("SPARQL UI");
        nav.appendText(" · ");
        nav.appendElement("a").attr("href", "/ontology").text("Ontology");
        d.body().appendElement("h1").text(title);
        return d;
    }

    private void link(Element parent, Graph g, Node n) {
        if (n.isURI()) parent.appendElement("a").attr("href", href(n.getURI())).text(Describer.label(g, n));
        else parent.appendText(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }

    /** An entity's page, without links to contested claims. */
    String entity(Describer.Description d) {
        return entity(d, List.of());
    }

    /**
     * A contested proposition side by side: the claims grouped by what they say (whom they
     * blame, which stance, which figure), each with who asserts, denies or relays it, through
     * whom, when, where it was held, and a link to its evidence in the article.
     */
    String contested(ContestedClaims.Dispute dispute, Graph g) {
        Node n = NodeFactory.createURI(dispute.iri());
        Document doc = page(Describer.label(g, n));
        Element body = doc.body();
        Element about = body.appendElement("p").addClass("meta").appendText("About: ");
        link(about, g, NodeFactory.createURI(dispute.a()));
        if (dispute.b() != null) { about.appendText(" · "); link(about, g, NodeFactory.createURI(dispute.b())); }
        body.appendElement("p").addClass("meta").appendText("IRI: ").appendElement("code").text(dispute.iri());
        body.appendElement("p").text(switch (dispute.kind()) {
            case ContestedClaims.KIND_BLAME -> "Sources blame different parties for this outcome, or one blames and another denies or only relays it.";
            case ContestedClaims.KIND_POSITION -> "Sources report this side's stance on the issue both as an offer or acceptance and as a rejection or red line (holders compared through the state they speak for).";
            default -> "Sources give this figure differently.";
        });
        Map<String, List<Node>> groups = new TreeMap<>();
        for (String c : dispute.claims()) {
            Node cn = NodeFactory.createURI(c);
            Node prop = Describer.value(g, cn, PT.asserts);
            groups.computeIfAbsent(prop == null ? "" : says(g, dispute.kind(), prop), k -> new ArrayList<>()).add(cn);
        }
        groups.forEach((says, claims) -> {
            body.appendElement("h2").text(says + " (" + claims.size() + ")");
            Element ul = body.appendElement("ul");
            for (Node c : claims) {
                Element li = ul.appendElement("li");
                Node pol = Describer.value(g, c, PT.polarity);
                li.appendElement("strong").text(PT.Denied.equals(pol) ? "denies" : PT.Reported.equals(pol) ? "relays" : "asserts");
                Node prop = Describer.value(g, c, PT.asserts);
                Element when = li.appendElement("div").addClass("meta");
                Node holder = prop == null ? null : Describer.value(g, prop, PT.holder);
                if (holder != null) { when.appendText("holder: "); link(when, g, holder); when.appendText(" · "); }
                Node heldAt = prop == null ? null : Describer.value(g, prop, PT.heldAt);
                if (heldAt != null) { when.appendText("held at "); link(when, g, heldAt); when.appendText(" · "); }
                Node heldOn = prop == null ? null : Describer.value(g, prop, PT.heldOn);
                if (heldOn != null) when.appendText("held on " + heldOn.getLiteralLexicalForm() + " · ");
                Node on = Describer.value(g, c, PT.statedOn), text = Describer.value(g, c, PT.dateText);
                // a date only as precise as the text: the surface words when there is no value
                when.appendText(on != null ? "said on " + on.getLiteralLexicalForm() + (text != null ? " (“" + text.getLiteralLexicalForm() + "”)" : "")
                    : text != null ? "said “" + text.getLiteralLexicalForm() + "”" : "no date in the text");
                claimItem(li, g, c);
            }
        });
        body.appendElement("p").addClass("meta").appendElement("a").attr("href", href(dispute.iri()) + "?format=ttl").text("this page as Turtle");
        return doc.outerHtml();
    }

    /** What a disputed claim says, as a group heading: whom it blames, its stance (and degree), or its figure. */
    private static String says(Graph g, String kind, Node prop) {
        switch (kind) {
            case ContestedClaims.KIND_BLAME -> {
                List<String> blamed = new ArrayList<>();
                for (Node b : Describer.values(g, prop, PT.blamed)) blamed.add(Describer.label(g, b));
                java.util.Collections.sort(blamed);
                return "Blames " + String.join(" and ", blamed);
            }
            case ContestedClaims.KIND_POSITION -> {
                Node st = Describer.value(g, prop, PT.stance), dg = Describer.value(g, prop, PT.degree);
                return (st == null ? "?" : Describer.label(g, st)) + (dg == null ? "" : " (" + Describer.label(g, dg) + ")");
            }
            default -> {
                List<String> parts = new ArrayList<>();
                Node share = Describer.value(g, prop, PT.sharePercent), area = Describer.value(g, prop, PT.areaKm2);
                if (share != null) parts.add(share.getLiteralLexicalForm() + "%");
                if (area != null) parts.add(area.getLiteralLexicalForm() + " km²");
                Node q = Describer.value(g, prop, PT.quantity);
                if (q != null) {
                    Node v = Describer.value(g, q, PT.value), lo = Describer.value(g, q, PT.minValue), hi = Describer.value(g, q, PT.maxValue);
                    if (v != null) parts.add(v.getLiteralLexicalForm());
                    if (lo != null || hi != null) parts.add((lo == null ? "" : lo.getLiteralLexicalForm()) + "–" + (hi == null ? "" : hi.getLiteralLexicalForm()));
                }
                return String.join(", ", parts);
            }
        }
    }

    /** An entity's page: names, types, properties, the contested propositions about it, and the claims that involve it grouped by what they assert. */
    String entity(Describer.Description d, List<String[]> contested) {
        Graph g = d.graph();
        Node s = NodeFactory.createURI(d.iri());
        Document doc = page(Describer.label(g, s));
        Element body = doc.body();
        Element types = body.appendElement("p").addClass("meta").appendText("Type: ");
        for (Node t : Describer.values(g, s, RDF.type.asNode())) { link(types, g, t); types.appendText(" "); }
        body.appendElement("p").addClass("meta").appendText("IRI: ").appendElement("code").text(d.iri());
        List<Node> alts = Describer.values(g, s, SKOS_ALT);
        if (!alts.isEmpty()) body.appendElement("p").text("Also: " + String.join(", ", alts.stream().map(Node::getLiteralLexicalForm).toList()));
        Node def = Describer.value(g, s, SKOS_DEF);
        if (def != null) body.appendElement("p").text(def.getLiteralLexicalForm());

        Element table = body.appendElement("h2").text("Properties").parent().appendElement("table");
        g.find(s, Node.ANY, Node.ANY).toList().stream()
            .filter(t -> !t.getPredicate().equals(PT.text))
            .sorted(Comparator.comparing((org.apache.jena.graph.Triple t) -> t.getPredicate().getURI()))
            .forEach(t -> {
                Element tr = table.appendElement("tr");
                link(tr.appendElement("th"), g, t.getPredicate());
                Element td = tr.appendElement("td");
                link(td, g, t.getObject());
                if (t.getObject().isURI() && t.getObject().getURI().startsWith(d.iri() + "/tenure/")) tenure(td, g, t.getObject());
            });

        if (g.contains(s, RDF.type.asNode(), PT.Claim)) {
            // a claim's own page: its evidence and attribution, then what it asserts
            claimItem(body.appendElement("div"), g, s);
            Node prop = Describer.value(g, s, PT.asserts);
            if (prop != null) {
                body.appendElement("h2").text("Asserts");
                Element pt = body.appendElement("table");
                g.find(prop, Node.ANY, Node.ANY).forEach(t -> {
                    Element tr = pt.appendElement("tr");
                    link(tr.appendElement("th"), g, t.getPredicate());
                    link(tr.appendElement("td"), g, t.getObject());
                });
            }
        }
        if (!contested.isEmpty()) {
            body.appendElement("h2").text("Contested claims (" + contested.size() + ")");
            Element ul = body.appendElement("ul");
            for (String[] r : contested) ul.appendElement("li").appendElement("a").attr("href", href(r[0])).text(r[1]);
        }
        if (!d.claims().isEmpty()) {
            body.appendElement("h2").text("Claims (" + d.claims().size() + (d.truncated() ? "+, the first " + Describer.MAX_CLAIMS : "") + ")");
            body.appendElement("p").addClass("meta").appendElement("a").attr("href", sparqlUi(claimsQuery(d.iri())))
                .text("this list as a SPARQL query");
            Map<String, List<Node>> groups = new TreeMap<>();
            for (String c : d.claims()) {
                Node cn = NodeFactory.createURI(c);
                Node prop = Describer.value(g, cn, PT.asserts);
                String kind = "Other";
                for (Node t : prop == null ? List.<Node>of() : Describer.values(g, prop, RDF.type.asNode()))
                    if (!t.equals(PT.Proposition)) kind = Describer.label(g, t);
                Node stance = prop == null ? null : Describer.value(g, prop, PT.stance);
                if (stance != null) kind += ": " + Describer.label(g, stance);
                groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(cn);
            }
            groups.forEach((kind, claims) -> {
                body.appendElement("h3").text(kind);
                Element ul = body.appendElement("ul");
                for (Node c : claims) claimItem(ul.appendElement("li"), g, c);
            });
        }
        return doc.outerHtml();
    }

    private void tenure(Element td, Graph g, Node t) {
        Node office = Describer.value(g, t, PT.office);
        Node start = Describer.value(g, t, PT.startDate), end = Describer.value(g, t, PT.endDate);
        td.appendText(" — " + (office == null ? "" : office.getLiteralLexicalForm())
            + " (" + (start == null ? "?" : start.getLiteralLexicalForm()) + " – " + (end == null ? "" : end.getLiteralLexicalForm()) + ")");
    }

    /** One claim: its evidence quoted, who says it (through whom), and a link to the span in its article. */
    void claimItem(Element li, Graph g, Node c) {
        Node ev = Describer.value(g, c, PT.evidence);
        String exact = null;
        Span span = null;
        if (ev != null) for (Node sel : Describer.values(g, ev, OA.hasSelector)) {
            Node e = Describer.value(g, sel, OA.exact);
            if (e != null) exact = e.getLiteralLexicalForm();
            Node st = Describer.value(g, sel, OA.start), en = Describer.value(g, sel, OA.end);
            if (st != null && en != null) span = new Span(Integer.parseInt(st.getLiteralLexicalForm()), Integer.parseInt(en.getLiteralLexicalForm()));
        }
        if (exact != null) li.appendElement("blockquote").text(exact);
        Element meta = li.appendElement("span").addClass("meta");
        Node src = Describer.value(g, c, PT.attributedTo);
        Node art = Describer.value(g, c, PT.reportedIn);
        meta.appendText("said by ");
        if (src != null && src.equals(art)) meta.appendText("the article itself");
        else if (src != null) link(meta, g, src);
        for (Node via : Describer.values(g, c, PT.via)) { meta.appendText(" via "); link(meta, g, via); }
        Node verb = Describer.value(g, c, PT.reportingVerb);
        if (verb != null) meta.appendText(" (“" + verb.getLiteralLexicalForm() + "”)");
        Node cert = Describer.value(g, c, PT.certainty);
        if (cert != null) meta.appendText(" · " + Describer.label(g, cert));
        // a denial or a relay reads the other way round from the evidence: say so beside it
        Node polarity = Describer.value(g, c, PT.polarity);
        if (PT.Denied.equals(polarity)) meta.appendText(" · denies it");
        else if (PT.Reported.equals(polarity)) meta.appendText(" · relays it without endorsing it");
        if (art != null) {
            meta.appendText(" · ");
            String spanRef = span == null ? "" : "#span-" + span.start() + "-" + span.end();
            meta.appendElement("a").attr("href", href(art.getURI()) + spanRef).text("in " + Describer.label(g, art));
        }
        meta.appendText(" · ");
        meta.appendElement("a").attr("href", href(c.getURI())).text("claim");
    }

    /** An article: metadata, republication links both ways, and its text with every claim's evidence highlighted. */
    String article(Describer.Description d, List<String> republications) {
        Graph g = d.graph();
        Node a = NodeFactory.createURI(d.iri());
        Document doc = page(Describer.label(g, a));
        Element body = doc.body();
        Node orig = Describer.value(g, a, PT.republicationOf);
        if (orig != null) {
            Element p = body.appendElement("p").appendText("Republication of ");
            link(p, g, orig);
            p.appendText(" (not an independent source).");
        }
        for (String r : republications) {
            Element p = body.appendElement("p").appendText("Republished as ");
            p.appendElement("a").attr("href", href(r)).text(r.substring(r.lastIndexOf('/') + 1));
        }
        Node text = Describer.value(g, a, PT.text);
        if (text == null) return doc.outerHtml();
        String t = text.getLiteralLexicalForm();
        // claim spans, outermost first; a span overlapping an earlier one is listed but not nested
        Map<Span, List<Node>> spans = new LinkedHashMap<>();
        for (String c : d.claims()) {
            Node cn = NodeFactory.createURI(c);
            if (!a.equals(Describer.value(g, cn, PT.reportedIn))) continue;
            Node ev = Describer.value(g, cn, PT.evidence);
            for (Node sel : ev == null ? List.<Node>of() : Describer.values(g, ev, OA.hasSelector)) {
                Node st = Describer.value(g, sel, OA.start), en = Describer.value(g, sel, OA.end);
                if (st != null && en != null)
                    spans.computeIfAbsent(new Span(Integer.parseInt(st.getLiteralLexicalForm()), Integer.parseInt(en.getLiteralLexicalForm())),
                        k -> new ArrayList<>()).add(cn);
            }
        }
        List<Span> order = new ArrayList<>(spans.keySet());
        order.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        Element div = body.appendElement("div").addClass("article");
        int at = 0;
        int total = t.codePointCount(0, t.length());
        List<Span> marked = new ArrayList<>();
        for (Span s : order) {
            if (s.start() < at || s.end() > total) continue;
            div.appendText(new Span(at, s.start()).of(t));
            Element m = div.appendElement("mark").attr("id", "span-" + s.start() + "-" + s.end());
            m.attr("title", spans.get(s).size() + " claim(s)");
            m.text(s.of(t));
            marked.add(s);
            at = s.end();
        }
        div.appendText(new Span(at, total).of(t));
        // spans nested in or overlapping a highlighted one still get an anchor target
        for (Span s : order) if (!marked.contains(s)) body.appendElement("span").attr("id", "span-" + s.start() + "-" + s.end());
        body.appendElement("h2").text("Claims in this article (" + d.claims().size() + ")");
        Element ul = body.appendElement("ul");
        for (String c : d.claims()) claimItem(ul.appendElement("li"), g, NodeFactory.createURI(c));
        return doc.outerHtml();
    }

    /** The index: entities by class and the articles, each list with its SPARQL query. */
    String index(Map<String, List<String[]>> sections) {
        Document doc = page("peacetalks-kg: who claims what");
        Element body = doc.body();
        sections.forEach((title, rows) -> {
            body.appendElement("h2").text(title + " (" + rows.size() + ")");
            body.appendElement("p").addClass("meta").appendElement("a").attr("href", sparqlUi(indexQuery(title))).text("as SPARQL");
            Element ul = body.appendElement("ul");
            for (String[] r : rows) ul.appendElement("li").appendElement("a").attr("href", href(r[0])).text(r[1]);
        });
        return doc.outerHtml();
    }

    /** The index section listing the contested propositions; its SPARQL is the positions' dispute query. */
    static final String CONTESTED = "Contested claims";

    static final Map<String, String> INDEX_CLASSES = new LinkedHashMap<>();
    static {
        INDEX_CLASSES.put("Articles", "NewsArticle");
        INDEX_CLASSES.put("People", "Person");
        INDEX_CLASSES.put("States", "State");
        INDEX_CLASSES.put("Organisations", "Organisation");
        INDEX_CLASSES.put("Territories", "Territory");
        INDEX_CLASSES.put("Documents", "Document");
        INDEX_CLASSES.put("Events", "Event");
    }

    String indexQuery(String title) {
        if (title.equals(CONTESTED)) return ContestedClaims.QUERIES.get(ContestedClaims.KIND_POSITION);
        if (title.equals("Issues")) return """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?x ?label { ?x skos:inScheme <%sid/issue/scheme> ; skos:prefLabel ?label } ORDER BY ?label""".formatted(base);
        return """
            PREFIX pt: <https://w3id.org/peacetalks/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?x ?label { ?x a/rdfs:subClassOf* pt:%s ; rdfs:label ?label FILTER NOT EXISTS { ?x a pt:NewsArticle . FILTER("%s" != "NewsArticle") } } ORDER BY ?label"""
            .formatted(INDEX_CLASSES.get(title), INDEX_CLASSES.get(title));
    }

    static String claimsQuery(String iri) {
        return """
            PREFIX pt: <https://w3id.org/peacetalks/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?claim ?source ?evidence WHERE {
              { ?claim pt:asserts ?p . ?p ?pp <%1$s> } UNION { ?claim pt:attributedTo <%1$s> } UNION { ?claim pt:via <%1$s> } UNION { ?claim pt:reportedIn <%1$s> }
              ?claim pt:attributedTo ?source ; pt:evidence/oa:hasSelector/oa:exact ?evidence
            } ORDER BY ?claim""".formatted(iri);
    }

}
