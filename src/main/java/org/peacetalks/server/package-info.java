/** The embedded Fuseki server: a read-only public SPARQL and Graph Store endpoint over the TDB2 knowledge graph, with the Fuseki UI. */
package org.peacetalks.server;
