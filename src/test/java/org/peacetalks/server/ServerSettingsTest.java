package org.peacetalks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings and builder checks; no server is started. */
class ServerSettingsTest {

    @Test
    void defaults() {
        ServerSettings d = ServerSettings.defaults();
        assertEquals("127.0.0.1", d.host());
        assertEquals(3030, d.port());
        assertEquals("kg", d.datasetName());
        assertEquals(Duration.ofSeconds(30), d.queryTimeout());
        assertEquals(Optional.empty(), d.updatePassword());
        assertFalse(d.writable());
    }

    @Test
    void builderDefaultsAreTheSettingsDefaults() {
        KgServer server = KgServer.builder().dataset(TDB2Factory.createDataset().asDatasetGraph()).build();
        assertEquals(ServerSettings.defaults(), server.settings());
    }

    @Test
    void builderCarriesEverySetting() {
        KgServer server = KgServer.builder().dataset(TDB2Factory.createDataset().asDatasetGraph())
                .host("0.0.0.0").port(0).datasetName("peace").queryTimeout(Duration.ofMillis(1500)).updatePassword("pw")
                .build();
        assertEquals(new ServerSettings("0.0.0.0", 0, "peace", Duration.ofMillis(1500), Optional.of("pw")), server.settings());
        assertTrue(server.settings().writable());
    }

    @Test
    void passwordIsNotInToString() {
        ServerSettings s = new ServerSettings("127.0.0.1", 0, "kg", Duration.ofSeconds(1), Optional.of("s3cret-value"));
        assertEquals("ServerSettings[host=127.0.0.1, port=0, datasetName=kg, queryTimeout=PT1S, writable=true, serviceAllowlist=[], "
            + "maxRequestBytes=1048576, maxQueryChars=100000]", s.toString());
        assertFalse(KgServer.builder().dataset(TDB2Factory.createDataset().asDatasetGraph()).updatePassword("s3cret-value")
                            .build().toString().contains("s3cret"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536})
    void rejectsPortOutOfRange(int port) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> KgServer.builder().dataset(TDB2Factory.createDataset().asDatasetGraph()).port(port).build());
        assertEquals("port must be 0 (any free port) to 65535: " + port, ex.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "$", "kg/update", " kg"})
    void rejectsDatasetNamesThatAreNotOnePathSegment(String name) {
        assertThrows(IllegalArgumentException.class,
            () -> new ServerSettings("127.0.0.1", 0, name, Duration.ofSeconds(1), Optional.empty()));
    }

    @Test
    void rejectsTimeoutUnderOneMillisecond() {
        for ( Duration d : new Duration[] {Duration.ZERO, Duration.ofMillis(-5), Duration.ofNanos(999_999)} )
            assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings("127.0.0.1", 0, "kg", d, Optional.empty()), d.toString());
    }

    @Test
    void rejectsEmptyPassword() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> KgServer.builder().dataset(TDB2Factory.createDataset().asDatasetGraph()).updatePassword("").build());
        assertEquals("update password is empty; pass null for a read-only server", ex.getMessage());
    }

    @Test
    void rejectsBlankHost() {
        assertThrows(IllegalArgumentException.class,
            () -> new ServerSettings(" ", 0, "kg", Duration.ofSeconds(1), Optional.empty()));
    }

    @Test
    void requiresADataset() {
        IllegalStateException ex = assertThrows(IllegalStateException.class, () -> KgServer.builder().build());
        assertEquals("KgServer: no dataset", ex.getMessage());
    }

    /** The union default graph is a TDB2 feature; another dataset would quietly answer nothing. */
    @Test
    void requiresATdb2Dataset() {
        IllegalStateException ex = assertThrows(IllegalStateException.class,
            () -> KgServer.builder().dataset(DatasetGraphFactory.createTxnMem()).build());
        assertTrue(ex.getMessage().startsWith("KgServer: the dataset is not a TDB2 dataset: "), ex.getMessage());
    }

    @Test
    void uiFilesAreOnTheClasspath() {
        String base = UiModule.uiBase();
        assertTrue(base.matches("jar:file:.*/jena-fuseki-ui-[^/]+\\.jar!/webapp/"), base);
    }
}
