package org.peacetalks.cli;

import java.nio.file.Path;

import org.peacetalks.vocab.PT;

import picocli.CommandLine.Option;

/** Where the inputs and the store are; shared by every command that touches the store. */
public final class StoreOptions {
    @Option(names = "--data", defaultValue = "data", description = "Data directory (articles, annotations, reference). Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--ontology", defaultValue = "ontology", description = "Ontology directory (OWL and SHACL Turtle). Default: ${DEFAULT-VALUE}")
    Path ontology;

    @Option(names = "--store", defaultValue = "run/tdb2", description = "TDB2 store directory. Default: ${DEFAULT-VALUE}")
    Path store;

    @Option(names = "--base", defaultValue = PT.DEFAULT_BASE, description = "Base of entity, article and graph IRIs. Default: ${DEFAULT-VALUE}")
    String base;

    public PT.Ids ids() { return new PT.Ids(base); }
}
