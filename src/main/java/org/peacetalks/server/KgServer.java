package org.peacetalks.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.peacetalks.store.SearchIndex;

/**
 * The knowledge graph served over HTTP by an embedded Fuseki: a public, read-only
 * SPARQL and Graph Store endpoint, the Fuseki UI, and, only when a password is
 * configured, authenticated write endpoints.
 * <pre>{@code
 * KgServer server = KgServer.builder()
 *         .dataset(SearchIndex.open(Path.of("store"), System.out))  // TDB2 with its text index
 *         .port(0)                      // any free port
 *         .build()
 *         .start();
 * String sparql = server.datasetUrl();  // http://127.0.0.1:PORT/kg
 * server.stop();
 * }</pre>
 * Under {@code /kg} (see {@link ServerSettings} for the name):
 * <ul>
 * <li>{@code /kg}, {@code /kg/query}, {@code /kg/sparql}: SPARQL query, GET and POST.
 *     The default graph is the union of the named graphs (one per article); the
 *     stored default graph is not part of it. Each query has an overall time limit:
 *     past it Fuseki answers 503, unless results had already started to stream, in
 *     which case the 200 response is cut short.</li>
 * <li>{@code /kg?graph=IRI}, {@code /kg/get?graph=IRI}: Graph Store Protocol read;
 *     {@code ?default} is the stored default graph and {@code ?graph=urn:x-arq:UnionGraph}
 *     the union; {@code /kg} without parameters returns the whole dataset (TriG, N-Quads).</li>
 * <li>only with an update password: {@code /kg/update} (SPARQL Update) and {@code /kg/data}
 *     (Graph Store read and write), both for user {@value ServerSettings#ADMIN_USER} by
 *     HTTP Basic authentication.</li>
 * </ul>
 * At the root: the Fuseki UI ({@code /}) and {@code /$/ping}, {@code /$/server},
 * {@code /$/datasets}, {@code /$/stats}, {@code /$/metrics} (Prometheus; read only).
 */
public final class KgServer {
    private static final org.slf4j.Logger LOGIN_LOG = org.slf4j.LoggerFactory.getLogger("org.peacetalks.server.Login");

    private final ServerSettings settings;
    private final FusekiServer fuseki;

    private KgServer(ServerSettings settings, FusekiServer fuseki) {
        this.settings = settings;
        this.fuseki = fuseki;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The everyday case: serve a TDB2 dataset read-only with the default settings, started. */
    public static KgServer serve(DatasetGraph dataset) {
        return builder().dataset(dataset).build().start();
    }

    /** Start listening; the server runs in background threads until {@link #stop()}. */
    public KgServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException ex) {
            // e.g. the port is in use: release what started, without Fuseki's "Stop" log line
            try {
                fuseki.getJettyServer().stop();
            } catch (Exception ignored) {
                // already stopped
            }
            throw ex;
        }
        return this;
    }

    /** Block until the server stops (for a command-line {@code serve}). */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    /** The port listened on: the one allocated when port 0 was asked for, once started. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://HOST:PORT/}, the UI. */
    public String serverUrl() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** {@code http://HOST:PORT/kg}, the SPARQL endpoint and Graph Store of the dataset. */
    public String datasetUrl() {
        return serverUrl() + settings.datasetName();
    }

    public ServerSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "KgServer[" + settings + "]";
    }

    /** Builds a {@link KgServer}; every setting but the dataset has a default in {@link ServerSettings}. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = ServerSettings.DEFAULT_HOST;
        private int port = ServerSettings.DEFAULT_PORT;
        private String datasetName = ServerSettings.DEFAULT_DATASET_NAME;
        private Duration queryTimeout = ServerSettings.DEFAULT_QUERY_TIMEOUT;
        private String updatePassword = null;
        private java.util.List<String> serviceAllowlist = java.util.List.of();
        private long maxRequestBytes = ServerSettings.DEFAULT_MAX_REQUEST_BYTES;
        private int maxQueryChars = ServerSettings.DEFAULT_MAX_QUERY_CHARS;
        private final java.util.Map<String, jakarta.servlet.http.HttpServlet> servlets = new java.util.LinkedHashMap<>();

        private Builder() {}

        /** Serves {@code servlet} at {@code pathSpec} (e.g. "/id/*") beside the dataset, such as the linked-data pages. */
        public Builder servlet(String pathSpec, jakarta.servlet.http.HttpServlet servlet) {
            servlets.put(Objects.requireNonNull(pathSpec, "pathSpec"), Objects.requireNonNull(servlet, "servlet"));
            return this;
        }

        /**
         * The TDB2 dataset to serve (required), as {@link SearchIndex#open} gives it so that
         * text:query answers and writes update the index. The server neither closes nor
         * changes its configuration.
         */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** Interface to listen on; default {@value ServerSettings#DEFAULT_HOST}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** TCP port; 0 for any free port; default {@value ServerSettings#DEFAULT_PORT}. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Path segment of the dataset; default {@value ServerSettings#DEFAULT_DATASET_NAME}. */
        public Builder datasetName(String datasetName) {
            this.datasetName = Objects.requireNonNull(datasetName, "datasetName");
            return this;
        }

        /** Overall time limit of each SPARQL query; default 30 s. */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = Objects.requireNonNull(queryTimeout, "queryTimeout");
            return this;
        }

        /** Password of user {@value ServerSettings#ADMIN_USER} for writes; null (the default) for a read-only server. */
        public Builder updatePassword(String updatePassword) {
            this.updatePassword = updatePassword;
            return this;
        }

        /** Endpoint IRIs a query's SERVICE may call; empty (the default): SERVICE is refused, no outbound request. */
        public Builder serviceAllowlist(java.util.List<String> endpoints) {
            this.serviceAllowlist = java.util.List.copyOf(endpoints);
            return this;
        }

        /** Largest body of a query request (413 above); default {@value ServerSettings#DEFAULT_MAX_REQUEST_BYTES} bytes. */
        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** Longest query text (400 above); default {@value ServerSettings#DEFAULT_MAX_QUERY_CHARS} characters. */
        public Builder maxQueryChars(int maxQueryChars) {
            this.maxQueryChars = maxQueryChars;
            return this;
        }

        /** Take every setting from {@code settings}. */
        public Builder settings(ServerSettings settings) {
            Objects.requireNonNull(settings, "settings");
            this.host = settings.host();
            this.port = settings.port();
            this.datasetName = settings.datasetName();
            this.queryTimeout = settings.queryTimeout();
            this.updatePassword = settings.updatePassword().orElse(null);
            this.serviceAllowlist = settings.serviceAllowlist();
            this.maxRequestBytes = settings.maxRequestBytes();
            this.maxQueryChars = settings.maxQueryChars();
            return this;
        }

        /**
         * Check the settings and assemble the (not yet started) server.
         * @throws IllegalArgumentException on a bad setting
         * @throws IllegalStateException when no dataset was given or it is not TDB2
         */
        public KgServer build() {
            if ( dataset == null )
                throw new IllegalStateException("KgServer: no dataset");
            // The union default graph is TDB2's own feature (a context setting of its
            // query engine); with another kind of dataset, queries without GRAPH would
            // silently see an empty default graph. A text dataset over TDB2 (SearchIndex)
            // is queried by TDB2's engine too, and answers text:query.
            if ( !SearchIndex.isTdb2(dataset) )
                throw new IllegalStateException("KgServer: the dataset is not a TDB2 dataset: " + dataset.getClass().getName());
            ServerSettings settings = new ServerSettings(host, port, datasetName, queryTimeout, Optional.ofNullable(updatePassword),
                                                         serviceAllowlist, maxRequestBytes, maxQueryChars);
            FusekiServer fuseki = fusekiServer(dataset, settings, servlets);
            return new KgServer(settings, fuseki);
        }

        private static FusekiServer fusekiServer(DatasetGraph dataset, ServerSettings settings,
                                                 java.util.Map<String, jakarta.servlet.http.HttpServlet> servlets) {
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(settings.port())
                    // Only our module: not the system-wide auto-loaded ones, and not
                    // Fuseki's admin module, which creates and deletes datasets.
                    .fusekiModules(FusekiModules.create(new UiModule()))
                    .addFilter("/*", new HttpHardeningFilter(settings))
                    .add(settings.datasetName(), dataService(dataset, settings));
            settings.updatePassword().ifPresent(password -> {
                UserStore users = JettySecurityLib.makeUserStore(ServerSettings.ADMIN_USER, password);
                ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(ServerSettings.REALM, users, AuthScheme.BASIC);
                // Jetty decodes Basic credentials as ISO-8859-1 unless told otherwise, so a
                // non-ASCII password sent as UTF-8 (as clients do) would never match.
                // With a charset set, the challenge also announces charset="UTF-8" (RFC 7617).
                // The throttled authenticator sets it; it also answers 429 to a client that
                // failed too often and logs each failure.
                security.setAuthenticator(new ThrottledBasicAuthenticator(new LoginThrottle(
                        LoginThrottle.DEFAULT_MAX_FAILURES, LoginThrottle.DEFAULT_WINDOW, System::nanoTime, LOGIN_LOG::warn)));
                // Fuseki adds a login constraint for each path whose endpoint has an
                // AuthPolicy, so only the write endpoints ask for credentials.
                fb.securityHandler(security).auth(AuthScheme.BASIC);
            });
            servlets.forEach(fb::addServlet);
            FusekiServer fuseki = fb.build();
            // FusekiServer.Builder only offers "all interfaces" or "localhost"; set the
            // host on the connector before it binds.
            for ( Connector connector : fuseki.getJettyServer().getConnectors() ) {
                if ( connector instanceof ServerConnector serverConnector )
                    serverConnector.setHost(settings.host());
            }
            return fuseki;
        }

        private static DataService.Builder dataService(DatasetGraph dataset, ServerSettings settings) {
            // Per-endpoint context, so the caller's dataset keeps its own context untouched.
            Context queryContext = new Context();
            // A single number is the overall timeout in milliseconds (initial,overall otherwise).
            queryContext.set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
            queryContext.set(TDB2.symUnionDefaultGraph, true);
            // REGEX and REPLACE that stop when the query is cancelled (see BoundedRegex).
            queryContext.set(ARQConstants.sysOptimizerFactory, BoundedRegex.optimizer(settings.queryTimeout().toMillis()));
            ServicePolicy services = new ServicePolicy(settings.serviceAllowlist());
            services.install(queryContext);
            BoundedQueryProcessor processor = new BoundedQueryProcessor(settings, services);

            DataService.Builder service = DataService.newBuilder(dataset);
            for ( String name : List.of("", "query", "sparql") )
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(queryContext)
                                            .processor(processor).build());
            service.addEndpoint(Operation.GSP_R, "");
            service.addEndpoint(Operation.GSP_R, "get");
            if ( settings.writable() ) {
                // Named endpoints only: Fuseki's login constraint on an unnamed endpoint
                // would cover the whole dataset path, queries included.
                AuthPolicy admin = Auth.policyAllowSpecific(ServerSettings.ADMIN_USER);
                service.addEndpoint(Operation.Update, "update", admin);
                service.addEndpoint(Operation.GSP_RW, "data", admin);
            }
            return service;
        }
    }
}
