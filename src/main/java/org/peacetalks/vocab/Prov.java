package org.peacetalks.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms the data states directly (beside their pt: specialisations, for consumers without inference). */
public final class Prov {
    private Prov() {}

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");
}
