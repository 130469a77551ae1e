package org.peacetalks;

import java.nio.file.Path;
import java.time.Instant;

import org.apache.jena.sparql.core.DatasetGraph;
import org.peacetalks.server.KgServer;
import org.peacetalks.store.SearchIndex;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.vocab.PT;
import org.peacetalks.web.LinkedDataServlet;

/** The seed corpus as tests use it: built into a temporary store, and served as `serve` does on a free port. */
public final class SeedFixture {
    /** Last-Modified of the served pages in tests. */
    public static final Instant BUILT = Instant.parse("2026-01-02T03:04:05Z");

    private SeedFixture() {}

    /** Builds data/ and ontology/ into {@code dir}/tdb2 and returns that path. */
    public static Path buildStore(Path dir) {
        Path store = dir.resolve("tdb2");
        new StoreBuilder(Path.of("data"), Path.of("ontology"), PT.Ids.standard()).build(store);
        return store;
    }

    /** Serves a store on a free port of 127.0.0.1 with the linked-data pages; writable only with a password. */
    public static KgServer serve(Path store, String updatePassword) {
        DatasetGraph dsg = SearchIndex.open(store, System.out);
        LinkedDataServlet ld = new LinkedDataServlet(dsg, PT.Ids.standard(), "kg", BUILT);
        return LinkedDataServlet.addTo(KgServer.builder(), ld).dataset(dsg).port(0).updatePassword(updatePassword).build().start();
    }
}
