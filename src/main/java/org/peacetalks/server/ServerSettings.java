package org.peacetalks.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting of {@link KgServer}, with its default, in one place.
 *
 * @param host           interface to listen on; default {@value #DEFAULT_HOST}, so
 *                       nothing outside the machine reaches the server unless asked
 * @param port           TCP port; 0 asks the operating system for a free one (tests);
 *                       default {@value #DEFAULT_PORT}, Fuseki's usual port
 * @param datasetName    the path the dataset is served under; default {@value #DEFAULT_DATASET_NAME}
 * @param queryTimeout   overall time limit of one SPARQL query, handed to ARQ as
 *                       {@code arq:queryTimeout} in milliseconds; default 30 s
 * @param updatePassword password of user {@value #ADMIN_USER} for SPARQL Update and
 *                       Graph Store writes; empty (the default) means the server has no
 *                       write endpoint at all
 * @param serviceAllowlist endpoint IRIs a query's {@code SERVICE} may call; empty (the
 *                       default) means SERVICE is refused and a query never makes an
 *                       outbound request
 * @param maxRequestBytes  largest request body of a query request (413 above it);
 *                       default {@value #DEFAULT_MAX_REQUEST_BYTES}
 * @param maxQueryChars    longest query text (400 above it), which bounds parse time
 *                       (parsing grows faster than linearly with length);
 *                       default {@value #DEFAULT_MAX_QUERY_CHARS}
 */
public record ServerSettings(String host, int port, String datasetName,
                             Duration queryTimeout, Optional<String> updatePassword,
                             List<String> serviceAllowlist, long maxRequestBytes, int maxQueryChars) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_DATASET_NAME = "kg";
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** The one user allowed to write, by HTTP Basic authentication. */
    public static final String ADMIN_USER = "admin";
    /** Realm named in the {@code WWW-Authenticate} challenge. */
    public static final String REALM = "peacetalks-kg";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final int DEFAULT_MAX_QUERY_CHARS = 100_000;

    /** Settings with SERVICE off and the default request and query limits. */
    public ServerSettings(String host, int port, String datasetName, Duration queryTimeout, Optional<String> updatePassword) {
        this(host, port, datasetName, queryTimeout, updatePassword, List.of(), DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_QUERY_CHARS);
    }

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(datasetName, "datasetName");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(updatePassword, "updatePassword");
        if ( host.isBlank() )
            throw new IllegalArgumentException("host is blank");
        if ( port < 0 || port > 65535 )
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535: " + port);
        // A name with '/' or '$' would collide with endpoint names or the admin area.
        if ( !datasetName.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") )
            throw new IllegalArgumentException("dataset name must be one path segment of letters, digits, '_', '.', '-': '" + datasetName + "'");
        if ( queryTimeout.isNegative() || queryTimeout.isZero() || queryTimeout.toMillis() == 0 )
            throw new IllegalArgumentException("query timeout must be at least 1 ms: " + queryTimeout);
        if ( updatePassword.isPresent() && updatePassword.get().isEmpty() )
            throw new IllegalArgumentException("update password is empty; pass null for a read-only server");
        serviceAllowlist = List.copyOf(Objects.requireNonNull(serviceAllowlist, "serviceAllowlist"));
        for ( String iri : serviceAllowlist ) {
            if ( !iri.matches("https?://[^\\s<>\"{}|\\\\^`]+") )
                throw new IllegalArgumentException("SERVICE allowlist entry is not an http(s) IRI: '" + iri + "'");
        }
        if ( maxRequestBytes < 1024 )
            throw new IllegalArgumentException("request body limit must be at least 1024 bytes: " + maxRequestBytes);
        if ( maxQueryChars < 1 || maxQueryChars > maxRequestBytes )
            throw new IllegalArgumentException("query length limit must be 1 to the body limit (" + maxRequestBytes + "): " + maxQueryChars);
    }

    /** The defaults: 127.0.0.1:3030/kg, 30 s query timeout, read-only. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATASET_NAME,
                                  DEFAULT_QUERY_TIMEOUT, Optional.empty());
    }

    /** Whether SPARQL Update and Graph Store writes are served (behind authentication). */
    public boolean writable() {
        return updatePassword.isPresent();
    }

    /** The password must not end up in logs. */
    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", datasetName=" + datasetName
               + ", queryTimeout=" + queryTimeout + ", writable=" + writable() + ", serviceAllowlist=" + serviceAllowlist
               + ", maxRequestBytes=" + maxRequestBytes + ", maxQueryChars=" + maxQueryChars + "]";
    }
}
