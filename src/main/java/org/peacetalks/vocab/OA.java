package org.peacetalks.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The W3C Web Annotation vocabulary terms used for evidence. */
public final class OA {
    private OA() {}

    public static final String NS = "http://www.w3.org/ns/oa#";

    private static Node t(String local) { return NodeFactory.createURI(NS + local); }

    public static final Node SpecificResource = t("SpecificResource");
    public static final Node TextQuoteSelector = t("TextQuoteSelector");
    public static final Node TextPositionSelector = t("TextPositionSelector");
    public static final Node hasSource = t("hasSource");
    public static final Node hasSelector = t("hasSelector");
    public static final Node exact = t("exact");
    public static final Node prefix = t("prefix");
    public static final Node suffix = t("suffix");
    public static final Node start = t("start");
    public static final Node end = t("end");
}
