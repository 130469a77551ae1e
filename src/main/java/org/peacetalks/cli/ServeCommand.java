package org.peacetalks.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.peacetalks.server.KgServer;
import org.peacetalks.server.ServerSettings;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.store.StoreStamp;
import org.peacetalks.util.InputException;
import org.peacetalks.web.LinkedDataServlet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the store over HTTP (embedded Fuseki), building it first when missing or out of date. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the knowledge graph: SPARQL at /kg, the Fuseki UI at /.",
        "Builds the store first when it is missing or older than data/ and ontology/.",
        "Read-only unless an update password is given (env PEACETALKS_UPDATE_PASSWORD or --password-file)."})
public final class ServeCommand implements Callable<Integer> {
    static final String PASSWORD_ENV = "PEACETALKS_UPDATE_PASSWORD";

    @Mixin
    StoreOptions opts;

    @Option(names = "--port", defaultValue = "" + ServerSettings.DEFAULT_PORT, description = "Port (0 = any free port). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = ServerSettings.DEFAULT_HOST, description = "Interface to listen on. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--timeout", defaultValue = "30", description = "Query time limit in seconds. Default: ${DEFAULT-VALUE}")
    double timeoutSeconds;

    @Option(names = "--password-file", description = "File holding the update password (user 'admin'); enables /kg/update and /kg/data.")
    Path passwordFile;

    @Option(names = "--allow-service", split = ",", paramLabel = "URL",
        description = {"Endpoint a query's SERVICE may call (repeatable or comma-separated).",
            "Default: none; SERVICE is refused and no query makes an outbound request."})
    java.util.List<String> serviceAllowlist;

    @Option(names = "--no-build", description = "Serve the store as it is, even when out of date.")
    boolean noBuild;

    @Override
    public Integer call() throws IOException {
        if (!(timeoutSeconds >= 0.001) || Double.isInfinite(timeoutSeconds))
            throw new InputException("--timeout", "must be a number of seconds of at least 0.001, found " + timeoutSeconds);
        if (port < 0 || port > 65535) throw new InputException("--port", "must be 0 (any free port) to 65535, found " + port);
        String password = password();
        if (!StoreStamp.exists(opts.store) && StoreStamp.isTdb2(opts.store)) {
            // a TDB2 store made by another tool (tdb2.tdbloader, a copy): served as it is, never rebuilt over
            System.out.println("Store " + opts.store + " has no bookkeeping: counting its articles, claims and quads once.");
            StoreStamp.Counts c = StoreStamp.ensure(opts.store, Stores.connect(opts.store));
            if (c != null) System.out.println("Store " + opts.store + ": " + c.articles() + " articles, " + c.claims() + " claims, "
                + c.quads() + " quads.");
        } else if (!noBuild && StoreBuilder.isStale(opts.store, opts.data, opts.ontology)) {
            System.out.println("Store " + opts.store + " is missing or older than its inputs: building it.");
            new BuildCommand().withOptions(opts).call();
        }
        if (!Files.exists(opts.store.resolve(StoreBuilder.STAMP)))
            throw new InputException(opts.store.toString(), "no built store here: run 'build' first (or serve without --no-build)");
        DatasetGraph dsg = Stores.connect(opts.store);
        java.time.Instant builtAt = StoreStamp.builtAt(opts.store);
        LinkedDataServlet linked = new LinkedDataServlet(dsg, opts.ids(), ServerSettings.DEFAULT_DATASET_NAME, builtAt);
        KgServer server = LinkedDataServlet.addTo(KgServer.builder(), linked)
            .dataset(dsg)
            .host(host)
            .port(port)
            .queryTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)))
            .serviceAllowlist(serviceAllowlist == null ? java.util.List.of() : serviceAllowlist)
            .updatePassword(password)
            .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            org.peacetalks.store.SearchIndex.close(dsg);
            boolean inUse = false;
            for (Throwable t = e; t != null; t = t.getCause()) inUse |= t instanceof java.net.BindException;
            throw new InputException("--host " + host + " --port " + port, inUse
                ? "cannot listen: address already in use (another server on this port? choose another with --port)"
                : "cannot listen: " + Errors.describe(e), e);
        }
        System.out.println("Serving " + opts.store + " at " + server.datasetUrl() + " (UI: " + server.serverUrl() + ")"
            + (server.settings().writable() ? "; updates need user admin" : "; read-only"));
        server.join();
        return 0;
    }

    private String password() {
        if (passwordFile != null) return Secrets.passwordFile(passwordFile);
        String env = System.getenv(PASSWORD_ENV);
        return env == null || env.isBlank() ? null : env;
    }
}
