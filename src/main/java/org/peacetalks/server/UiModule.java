package org.peacetalks.server;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.fuseki.FusekiConfigException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * Serves the Fuseki UI (the {@code webapp/} folder of the jena-fuseki-ui jar) at the
 * server root, with the admin endpoints it reads and nothing that changes the server.
 * <p>
 * Fuseki's own {@code FMod_UI} + {@code FMod_Admin} would also bring dataset
 * creation and deletion, backups, compaction and a server work area on disk
 * ({@code FUSEKI_BASE}); this module takes only the read side:
 * <ul>
 * <li>{@code /$/ping} - liveness, polled by the UI;</li>
 * <li>{@code /$/server} - server version and the datasets with their endpoints;</li>
 * <li>{@code /$/datasets} - the same descriptions, GET only;</li>
 * <li>{@code /$/stats/*} - request counters, shown on the UI's dataset info page;</li>
 * <li>{@code /$/metrics} - the same counters, request latencies and JVM figures for Prometheus, read only.</li>
 * </ul>
 */
final class UiModule implements FusekiModule {

    /** Resource that marks the UI files in the jena-fuseki-ui jar; FMod_UI looks for the same "webapp" folder. */
    static final String UI_INDEX_RESOURCE = "webapp/index.html";

    @Override
    public String name() {
        return "peacetalks read-only UI";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.staticFileBase(uiBase())
               .addServlet("/$/server", new ActionServerStatus())
               .addServlet("/$/datasets/*", new ActionDatasetsReadOnly())
               .enablePing(true)
               .enableStats(true)
               // Prometheus text format; Fuseki's action answers GET (and OPTIONS) only
               .enableMetrics(true);
    }

    /**
     * The folder holding the UI's {@code index.html}: a {@code jar:} URI inside
     * jena-fuseki-ui (Jetty serves from it directly), or a directory when the
     * classpath holds the files unpacked.
     */
    static String uiBase() {
        URL index = UiModule.class.getClassLoader().getResource(UI_INDEX_RESOURCE);
        if ( index == null )
            throw new FusekiConfigException("Fuseki UI not found: no " + UI_INDEX_RESOURCE
                                            + " on the classpath (is org.apache.jena:jena-fuseki-ui a dependency?)");
        if ( "file".equals(index.getProtocol()) ) {
            // FusekiServer.Builder.staticFileBase takes a jar: URI or a file path, not a file: URI.
            try {
                return Path.of(index.toURI()).getParent().toString();
            } catch (URISyntaxException ex) {
                throw new FusekiConfigException("Bad Fuseki UI location: " + index, ex);
            }
        }
        String url = index.toExternalForm();
        return url.substring(0, url.length() - "index.html".length());
    }
}
