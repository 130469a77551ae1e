package org.peacetalks.web;

/** Test access to the documentation page's example prefixes. */
public final class OntologyPageAccess {
    private OntologyPageAccess() {}

    public static String examplePrefixes() { return OntologyPage.EXAMPLE_PREFIXES; }
}
