package org.peacetalks.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.peacetalks.server.KgServer;
import org.peacetalks.server.ServerSettings;
import org.peacetalks.util.InputException;
import org.peacetalks.vocab.PT;

/** ingest --service errors say what went wrong: the status with its reason, and what to do about it. */
class ServiceTargetIT {

    @Test
    void updateOnAServiceWithoutWriteEndpointSaysWhy() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        KgServer server = KgServer.builder().dataset(dsg).port(0).build().start();
        try (ServiceTarget t = new ServiceTarget(server.datasetUrl(), ServerSettings.ADMIN_USER, "pw", PT.Ids.standard())) {
            var g = GraphFactory.createDefaultGraph();
            g.add(Triple.create(NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI("http://example.org/b"),
                NodeFactory.createLiteralString("c")));
            InputException e = assertThrows(InputException.class, () -> t.replace("http://example.org/g", g));
            assertEquals(server.datasetUrl() + ": the service refused the update: HTTP 405 Method Not Allowed: it has no "
                + "write endpoint (start it with an update password) or the URL is not its dataset URL", e.getMessage());
        } finally {
            server.stop();
            dsg.close();
        }
    }

    @Test
    void malformedServiceUrlIsRefusedAtOnce() {
        InputException e = assertThrows(InputException.class,
            () -> new ServiceTarget("127.0.0.1:3030/kg", ServerSettings.ADMIN_USER, "pw", PT.Ids.standard()));
        assertEquals("127.0.0.1:3030/kg: not a service dataset URL: expected http://HOST:PORT/DATASET, e.g. http://127.0.0.1:3030/kg",
            e.getMessage());
    }
}
