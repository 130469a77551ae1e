package org.peacetalks.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The schema.org terms used for article metadata. */
public final class Schema {
    private Schema() {}

    public static final String NS = "http://schema.org/";

    private static Node t(String local) { return NodeFactory.createURI(NS + local); }

    public static final Node NewsArticle = t("NewsArticle");
    public static final Node headline = t("headline");
    public static final Node url = t("url");
    public static final Node publisher = t("publisher");
    public static final Node author = t("author");
    public static final Node datePublished = t("datePublished");
    public static final Node inLanguage = t("inLanguage");
    public static final Node location = t("location");
    public static final Node parentOrganization = t("parentOrganization");
    public static final Node mentions = t("mentions");
}
