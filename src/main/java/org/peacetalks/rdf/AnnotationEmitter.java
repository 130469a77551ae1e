package org.peacetalks.rdf;

import java.math.BigDecimal;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.CandidateEntity;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.ClaimProvenance;
import org.peacetalks.annotate.InformationSource;
import org.peacetalks.annotate.PropositionDetail;
import org.peacetalks.annotate.DateValue;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.Quantity;
import org.peacetalks.annotate.SourceGroup;
import org.peacetalks.annotate.Span;
import org.peacetalks.corpus.Article;
import org.peacetalks.util.Hashing;
import org.peacetalks.vocab.OA;
import org.peacetalks.vocab.PT;
import org.peacetalks.vocab.Prov;
import org.peacetalks.vocab.Schema;

/**
 * Emits one article and its annotations as quads of the article's named graph
 * into a {@link StreamRDF}. Curated and extracted annotations take this same
 * path; they differ only in {@code pt:method} and {@code pt:confidence}.
 * Evidence, propositions and quantities get hash IRIs of their claim rather
 * than blank nodes, so every node can be dereferenced and rebuilt identically.
 */
public final class AnnotationEmitter {
    /** Context kept either side of an evidence quote in its TextQuoteSelector. */
    static final int CONTEXT = 32;

    private final PT.Ids ids;

    public AnnotationEmitter(PT.Ids ids) {
        this.ids = ids;
    }

    public Node graphOf(Article a) { return iri(ids.articleGraph(a.id())); }

    public String articleIri(Article a) { return ids.article(a.id()); }

    /** Emits the article and all its annotations; returns the claim IRIs in order. */
    public List<String> emit(Article article, Annotations ann, StreamRDF out) {
        Node g = graphOf(article);
        Sink s = new Sink(out, g);
        Node art = iri(ids.article(article.id()));
        emitArticle(article, art, ann, s);
        for (SourceGroup sg : ann.sourceGroups()) {
            Node n = iri(sg.iri());
            s.add(n, RDF.type.asNode(), PT.SourceGroup);
            s.add(n, RDFS.label.asNode(), lit(sg.description()));
            s.add(n, PT.description, lit(sg.description()));
            if (sg.count() != null) s.add(n, PT.memberCount, typed(sg.count().toString(), XSDDatatype.XSDpositiveInteger));
            for (String aff : sg.affiliations()) s.add(n, PT.affiliation, iri(aff));
        }
        for (CandidateEntity ce : ann.candidates()) {
            Node n = iri(ce.iri());
            s.add(n, RDF.type.asNode(), iri(ce.type()));
            s.add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(ce.label(), "en"));
            s.add(n, PT.candidate, typed("true", XSDDatatype.XSDboolean));
        }
        for (InformationSource is : ann.informationSources()) {
            Node n = iri(is.iri());
            s.add(n, RDF.type.asNode(), is.kind() == InformationSource.Kind.MAP ? PT.Map : PT.Dataset);
            s.add(n, RDFS.label.asNode(), lit(is.description()));
            s.add(n, PT.description, lit(is.description()));
        }
        for (String d : ann.derivedFrom()) {
            s.add(art, PT.derivedFromReport, iri(d));
            s.add(art, Prov.wasDerivedFrom, iri(d));
        }
        // propositions refer to each other (exchanges) by ids local to the article
        java.util.Map<String, String> byLocalId = new java.util.HashMap<>();
        for (Claim c : ann.claims())
            if (c.detail().localId() != null) byLocalId.put(c.detail().localId(), claimIri(article, c));
        java.util.ArrayList<String> claimIris = new java.util.ArrayList<>();
        for (Claim c : ann.claims()) claimIris.add(emitClaim(article, art, c, s, byLocalId));
        return claimIris;
    }

    private void emitArticle(Article a, Node art, Annotations ann, Sink s) {
        var m = a.metadata();
        s.add(art, RDF.type.asNode(), PT.NewsArticle);
        s.add(art, RDFS.label.asNode(), lit(m.title() != null ? m.title() : "Article " + a.stem()));
        s.add(art, DCTerms.identifier.asNode(), lit(a.stem()));
        s.add(art, PT.sha256, lit(a.sha256()));
        s.add(art, PT.sourceFile, lit(a.sourceFile()));
        s.add(art, PT.text, lit(a.text()));
        if (m.title() != null) s.add(art, Schema.headline, lit(m.title()));
        if (m.url() != null) s.add(art, Schema.url, typed(m.url(), XSDDatatype.XSDanyURI));
        if (m.publisher() != null) s.add(art, Schema.publisher, lit(m.publisher()));
        for (String au : m.authors()) s.add(art, Schema.author, lit(au));
        if (m.datePublished() != null) s.add(art, Schema.datePublished, date(m.datePublished()));
        if (m.language() != null) s.add(art, Schema.inLanguage, lit(m.language()));
        // republicationOf holds the original's article id
        if (m.republicationOf() != null) s.add(art, PT.republicationOf, iri(ids.article(m.republicationOf())));
        int i = 0;
        for (Span b : m.boilerplate()) {
            Node sel = iri(ids.article(a.id()) + "#boilerplate-" + (++i));
            s.add(art, PT.boilerplate, sel);
            s.add(sel, RDF.type.asNode(), OA.TextPositionSelector);
            s.add(sel, OA.start, nonNeg(b.start()));
            s.add(sel, OA.end, nonNeg(b.end()));
        }
        for (String e : ann.mentions()) s.add(art, PT.mentions, iri(e));
        // the sub-property is stated beside pt:mentions, so queries over mentions need no inference
        for (String t : ann.territories()) s.add(art, PT.territoryAtIssue, iri(t));
    }

    /** A claim IRI depends only on its article, evidence span, source and proposition: stable across rebuilds. */
    public String claimIri(Article a, Claim c) {
        String key = Hashing.shortSha256(c.evidence().start() + ":" + c.evidence().end() + "|" + c.source() + "|"
            + c.polarity() + "|" + c.proposition(), 12);
        return ids.claim(a.id(), key);
    }

    private String emitClaim(Article a, Node art, Claim c, Sink s, java.util.Map<String, String> byLocalId) {
        String ci = claimIri(a, c);
        Node claim = iri(ci);
        s.add(claim, RDF.type.asNode(), PT.Claim);
        s.add(claim, PT.reportedIn, art);
        s.add(claim, PT.attributedTo, iri(c.source()));
        s.add(claim, PT.sourceKind, switch (c.sourceKind()) {
            case OWN_VOICE -> PT.OwnVoice;
            case NAMED -> PT.NamedSource;
            case ANONYMOUS -> PT.AnonymousSource;
        });
        for (String v : c.via()) s.add(claim, PT.via, iri(v));
        if (c.verb() != null) s.add(claim, PT.reportingVerb, lit(c.verb()));
        s.add(claim, PT.directQuote, typed(Boolean.toString(c.directQuote()), XSDDatatype.XSDboolean));
        for (String q : c.quotations()) s.add(claim, PT.quotation, lit(q));
        s.add(claim, PT.certainty, switch (c.certainty()) {
            case CERTAIN -> PT.Certain;
            case PROBABLE -> PT.Probable;
            case POSSIBLE -> PT.Possible;
        });
        s.add(claim, PT.polarity, switch (c.polarity()) {
            case AFFIRMED -> PT.Affirmed;
            case DENIED -> PT.Denied;
            case REPORTED -> PT.Reported;
        });
        s.add(claim, PT.method, iri(c.method()));
        if (!c.method().equals(PT.Curated.getURI())) {
            // a rule's IRI ends in its id; typing it lets SHACL and queries tell rules from curation
            s.add(iri(c.method()), RDF.type.asNode(), PT.ExtractionRule);
            String id = c.method().substring(c.method().lastIndexOf('/') + 1);
            s.add(iri(c.method()), RDFS.label.asNode(), lit(id));
            // what the shape is, from its declaration, so a rule's IRI explains itself
            org.peacetalks.extract.rules.Rule rule = org.peacetalks.extract.rules.RuleCatalogue.shipped().find(id);
            if (rule != null) s.add(iri(c.method()), RDFS.comment.asNode(), lit(rule.comment()));
        }
        s.add(claim, PT.confidence, typed(BigDecimal.valueOf(c.confidence()).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal));
        if (c.date() != null) s.add(claim, PT.statedOn, date(c.date()));
        if (c.dateText() != null) s.add(claim, PT.dateText, lit(c.dateText()));
        ClaimProvenance pv = c.provenance();
        if (pv.statedAt() != null) s.add(claim, PT.statedAt, iri(pv.statedAt()));
        if (pv.statedIn() != null) s.add(claim, PT.statedIn, iri(pv.statedIn()));
        for (String b : pv.basedOn()) s.add(claim, PT.basedOn, iri(b));
        if (pv.fullQuotation() != null) s.add(claim, PT.fullQuotation, lit(pv.fullQuotation()));
        if (pv.note() != null) s.add(claim, RDFS.comment.asNode(), lit(pv.note()));

        String text = a.text();
        Node ev = iri(ci + "#evidence");
        Node tqs = iri(ci + "#quote");
        Node tps = iri(ci + "#position");
        s.add(claim, PT.evidence, ev);
        s.add(ev, RDF.type.asNode(), OA.SpecificResource);
        s.add(ev, OA.hasSource, art);
        s.add(ev, OA.hasSelector, tqs);
        s.add(ev, OA.hasSelector, tps);
        Span sp = c.evidence();
        s.add(tqs, RDF.type.asNode(), OA.TextQuoteSelector);
        s.add(tqs, OA.exact, lit(sp.of(text)));
        int total = text.codePointCount(0, text.length());
        if (sp.start() > 0) s.add(tqs, OA.prefix, lit(new Span(Math.max(0, sp.start() - CONTEXT), sp.start()).of(text)));
        if (sp.end() < total) s.add(tqs, OA.suffix, lit(new Span(sp.end(), Math.min(total, sp.end() + CONTEXT)).of(text)));
        s.add(tps, RDF.type.asNode(), OA.TextPositionSelector);
        s.add(tps, OA.start, nonNeg(sp.start()));
        s.add(tps, OA.end, nonNeg(sp.end()));

        Node p = iri(ci + "#proposition");
        s.add(claim, PT.asserts, p);
        s.add(p, RDF.type.asNode(), PT.Proposition);
        Proposition prop = c.proposition();
        if (prop instanceof Proposition.Blame b) {
            s.add(p, RDF.type.asNode(), PT.BlameAttribution);
            for (String x : b.blamed()) s.concern(p, PT.blamed, iri(x));
            if (b.outcome() != null) s.concern(p, PT.outcome, iri(b.outcome()));   // unknown when the article names no negotiation
            if (b.manner() != null) s.add(p, PT.manner, lit(b.manner()));
        } else if (prop instanceof Proposition.Position po) {
            s.add(p, RDF.type.asNode(), PT.Position);
            s.concern(p, PT.holder, iri(po.holder()));
            s.add(p, PT.stance, switch (po.stance()) {
                case DEMAND -> PT.Demand;
                case OFFER -> PT.Offer;
                case ACCEPTANCE -> PT.Acceptance;
                case REJECTION -> PT.Rejection;
                case REDLINE -> PT.RedLine;
            });
            for (String is : po.issues()) s.concern(p, PT.issue, iri(is));
            if (po.addressee() != null) s.concern(p, PT.addressee, iri(po.addressee()));
            s.add(p, PT.content, lit(po.content()));
            if (po.quantity() != null) s.add(p, PT.quantity, quantity(ci, po.quantity(), s));
        } else if (prop instanceof Proposition.Control ct) {
            s.add(p, RDF.type.asNode(), PT.TerritorialControl);
            s.concern(p, PT.controller, iri(ct.controller()));
            s.concern(p, PT.territory, iri(ct.territory()));
            if (ct.sharePercent() != null) s.add(p, PT.sharePercent, decimal(ct.sharePercent()));
            if (ct.shareRange() != null) s.add(p, PT.quantity, quantity(ci, ct.shareRange(), s));
            if (ct.areaKm2() != null) s.add(p, PT.areaKm2, decimal(ct.areaKm2()));
            if (ct.approximate() != null) s.add(p, PT.approximate, typed(ct.approximate().toString(), XSDDatatype.XSDboolean));
            if (ct.qualifier() != null) s.add(p, PT.qualifier, lit(ct.qualifier()));
            if (ct.asOf() != null) s.add(p, PT.asOf, date(ct.asOf()));
            if (ct.dateText() != null) s.add(p, PT.dateText, lit(ct.dateText()));
        } else if (prop instanceof Proposition.Provision pr) {
            s.add(p, RDF.type.asNode(), PT.DocumentProvision);
            s.concern(p, PT.document, iri(pr.document()));
            for (String is : pr.issues()) s.concern(p, PT.issue, iri(is));
            s.add(p, PT.content, lit(pr.content()));
        } else if (prop instanceof Proposition.EventReport er) {
            s.add(p, RDF.type.asNode(), PT.EventReport);
            s.concern(p, PT.event, iri(er.event()));
            s.add(p, PT.content, lit(er.content()));
            if (er.date() != null) s.add(p, PT.eventDate, date(er.date()));
            if (er.dateText() != null) s.add(p, PT.dateText, lit(er.dateText()));
        } else if (prop instanceof Proposition.Figure f) {
            s.add(p, RDF.type.asNode(), PT.FigureReport);
            s.add(p, PT.quantity, quantity(ci, f.quantity(), s));
            if (f.subject() != null) s.concern(p, PT.subject, iri(f.subject()));
            if (f.content() != null) s.add(p, PT.content, lit(f.content()));
        } else if (prop instanceof Proposition.Statement st) {
            s.add(p, RDF.type.asNode(), PT.Statement);
            for (String x : st.about()) s.concern(p, PT.about, iri(x));
            s.add(p, PT.content, lit(st.content()));
        } else if (prop instanceof Proposition.Assessment as) {
            s.add(p, RDF.type.asNode(), PT.Assessment);
            s.concern(p, PT.assessed, iri(as.assessed()));
            s.add(p, PT.verdict, switch (as.verdict()) {
                case WINNING -> PT.Winning;
                case UPPER_HAND -> PT.UpperHand;
                case LOSING -> PT.Losing;
                case CANNOT_WIN -> PT.CannotWin;
                case STALEMATE -> PT.Stalemate;
            });
            if (as.since() != null) s.concern(p, PT.since, iri(as.since()));
            s.add(p, PT.content, lit(as.content()));
        } else if (prop instanceof Proposition.Attestation at) {
            s.add(p, RDF.type.asNode(), PT.DocumentAttestation);
            s.concern(p, PT.document, iri(at.document()));
            s.add(p, PT.attests, switch (at.attests()) {
                case EXISTENCE -> PT.Existence;
                case SIGHTING -> PT.Sighting;
                case POSSESSION -> PT.Possession;
            });
            if (at.witness() != null) s.concern(p, PT.witness, iri(at.witness()));
            if (at.quantity() != null) s.add(p, PT.quantity, quantity(ci, at.quantity(), s));
            s.add(p, PT.content, lit(at.content()));
        }
        PropositionDetail d = c.detail();
        if (d.heldAt() != null) s.concern(p, PT.heldAt, iri(d.heldAt()));
        if (d.heldOn() != null) s.add(p, PT.heldOn, date(d.heldOn()));
        if (d.degree() != null) s.add(p, PT.degree, switch (d.degree()) {
            case LIMITED -> PT.Limited;
            case MAJOR -> PT.Major;
            case COMPLETE -> PT.Complete;
        });
        if (d.degreeText() != null) s.add(p, PT.degreeText, lit(d.degreeText()));
        if (d.inExchangeFor() != null) {
            String other = byLocalId.get(d.inExchangeFor());
            if (other == null) throw new IllegalArgumentException("inExchangeFor names no claim of this article: " + d.inExchangeFor());
            s.add(p, PT.inExchangeFor, iri(other + "#proposition"));
        }
        return ci;
    }

    private Node quantity(String claimIri, Quantity q, Sink s) {
        Node n = iri(claimIri + "#quantity");
        s.add(n, RDF.type.asNode(), PT.Quantity);
        s.add(n, PT.measure, iri(q.measure()));
        if (q.value() != null) s.add(n, PT.value, decimal(q.value()));
        if (q.min() != null) s.add(n, PT.minValue, decimal(q.min()));
        if (q.max() != null) s.add(n, PT.maxValue, decimal(q.max()));
        s.add(n, PT.unit, iri(q.unit().iri));
        if (q.approximate()) s.add(n, PT.approximate, typed("true", XSDDatatype.XSDboolean));
        return n;
    }

    private record Sink(StreamRDF out, Node graph) {
        void add(Node s, Node p, Node o) { out.quad(org.apache.jena.sparql.core.Quad.create(graph, s, p, o)); }
        /** A specific aboutness property and, beside it, pt:concerns, so "claims about X" needs no union or inference. */
        void concern(Node s, Node p, Node o) {
            add(s, p, o);
            add(s, PT.concerns, o);
        }
    }

    static Node iri(String s) { return NodeFactory.createURI(s); }
    static Node lit(String s) { return NodeFactory.createLiteralString(s); }
    static Node typed(String lex, XSDDatatype dt) { return NodeFactory.createLiteralDT(lex, dt); }
    static Node nonNeg(int i) { return typed(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger); }
    static Node decimal(BigDecimal d) {
        BigDecimal x = d.stripTrailingZeros();
        if (x.scale() < 0) x = x.setScale(0);
        return typed(x.toPlainString(), XSDDatatype.XSDdecimal);
    }
    static Node date(DateValue d) { return typed(d.lexical(), d.datatype()); }

}
