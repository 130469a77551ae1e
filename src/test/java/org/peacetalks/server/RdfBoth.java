package org.peacetalks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/**
 * Parse one HTTP response body with both Jena RIOT and RDF4J Rio, into Jena
 * datasets (triples in the default graph), so the two readings can be compared
 * with each other and with the expected data by isomorphism.
 */
final class RdfBoth {
    private RdfBoth() {}

    static DatasetGraph parseJena(byte[] body, String mediaType, String baseUri) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        if ( lang == null )
            throw new IllegalArgumentException("Jena: no syntax for " + mediaType);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(baseUri).parse(dsg);
        return dsg;
    }

    static DatasetGraph parseRio(byte[] body, String mediaType, String baseUri) {
        RDFFormat format = Rio.getParserFormatForMIMEType(mediaType)
                .orElseThrow(() -> new IllegalArgumentException("RDF4J: no parser for " + mediaType));
        Model model;
        try {
            model = Rio.parse(new ByteArrayInputStream(body), baseUri, format);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        // One blank node label space per document, as in the parse.
        Map<String, Node> bnodes = new HashMap<>();
        for ( Statement st : model ) {
            Node g = st.getContext() == null ? Quad.defaultGraphIRI : toJena(st.getContext(), bnodes);
            dsg.add(g, toJena(st.getSubject(), bnodes), toJena(st.getPredicate(), bnodes), toJena(st.getObject(), bnodes));
        }
        return dsg;
    }

    private static Node toJena(Value v, Map<String, Node> bnodes) {
        if ( v instanceof IRI iri )
            return NodeFactory.createURI(iri.stringValue());
        if ( v instanceof BNode b )
            return bnodes.computeIfAbsent(b.getID(), id -> NodeFactory.createBlankNode());
        if ( v instanceof Literal lit ) {
            if ( lit.getLanguage().isPresent() )
                return NodeFactory.createLiteralLang(lit.getLabel(), lit.getLanguage().get());
            return NodeFactory.createLiteralDT(lit.getLabel(), TypeMapper.getInstance().getSafeTypeByName(lit.getDatatype().stringValue()));
        }
        throw new IllegalArgumentException("Unsupported RDF4J value: " + v + " (" + v.getClass().getName() + ")");
    }

    /** Fail, showing both as sorted N-Quads, unless isomorphic. */
    static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual, String what) {
        if ( IsoMatcher.isomorphic(expected, actual) )
            return;
        assertEquals(nquads(expected), nquads(actual), what + ": not isomorphic to the expected data");
        throw new AssertionError(what + ": not isomorphic (blank node structure differs)\n" + nquads(actual));
    }

    private static String nquads(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, Lang.NQUADS);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().collect(Collectors.joining("\n"));
    }
}
