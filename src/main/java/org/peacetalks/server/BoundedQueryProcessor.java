package org.peacetalks.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * Fuseki's query handler with the public endpoint's limits, checked before the
 * query runs, each refused with a 400 and a one-line reason:
 * <ul>
 * <li>query text longer than {@link ServerSettings#maxQueryChars()}: parsing cost
 *     grows faster than the text (a 10 MB query took 105 s to parse);</li>
 * <li>brackets nested deeper than {@value #MAX_NESTING}, which the parser would
 *     recurse into until the stack overflows;</li>
 * <li>a query so large (thousands of UNIONs) that compiling or evaluating it
 *     overflows the thread's stack: the error is answered, not logged as a crash;</li>
 * <li>a {@code SERVICE} the {@link ServicePolicy} does not allow;</li>
 * <li>{@code stylesheet=} and {@code callback=}, which Fuseki would copy into an XML
 *     processing instruction and in front of JSON (JSONP) as given.</li>
 * </ul>
 */
final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    /** Request parameters that are reflected into the response; refused. */
    static final String[] REFLECTED = {"stylesheet", "callback"};
    /** Deepest nesting of {@code { ( [} accepted; real queries stay under 20. */
    static final int MAX_NESTING = 200;

    private final int maxQueryChars;
    private final ServicePolicy services;

    BoundedQueryProcessor(ServerSettings settings, ServicePolicy services) {
        this.maxQueryChars = settings.maxQueryChars();
        this.services = services;
    }

    @Override
    protected void validateRequest(HttpAction action) {
        super.validateRequest(action);
        for ( String p : REFLECTED ) {
            if ( action.getRequestParameter(p) != null )
                ServletOps.errorBadRequest("Parameter '" + p + "' is not supported");
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if ( queryString != null && queryString.length() > maxQueryChars )
            ServletOps.errorBadRequest("Query too long: " + queryString.length() + " characters (limit " + maxQueryChars + ")");
        int depth = queryString == null ? 0 : nesting(queryString);
        if ( depth > MAX_NESTING )
            ServletOps.errorBadRequest("Query too deeply nested: depth " + depth + " (limit " + MAX_NESTING + ")");
        try {
            super.execute(queryString, action);
        } catch (ServicePolicy.Refused ex) {
            if ( action.getResponse().isCommitted() )
                throw ex;
            action.getResponse().reset();
            ServletOps.errorBadRequest(ex.getMessage());
        } catch (StackOverflowError ex) {
            action.log.warn(String.format("[%d] Query too deeply nested (stack overflow)", action.id));
            if ( action.getResponse().isCommitted() )
                throw new IllegalStateException("query too deeply nested");
            action.getResponse().reset();
            ServletOps.errorBadRequest("Query too complex: nested too deeply to evaluate");
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        String refusal = services.refusal(query);
        if ( refusal != null )
            ServletOps.errorBadRequest(refusal);
    }

    /**
     * The deepest nesting of brackets outside string literals and comments. An
     * estimate (a '#' inside an IRI ends the scan of its line), enough for a limit
     * far above any real query.
     */
    static int nesting(String q) {
        int depth = 0, max = 0;
        int n = q.length();
        for ( int i = 0; i < n; i++ ) {
            char c = q.charAt(i);
            switch (c) {
                case '{', '(', '[' -> max = Math.max(max, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '#' -> {
                    while ( i < n && q.charAt(i) != '\n' )
                        i++;
                }
                case '"', '\'' -> {
                    boolean triple = i + 2 < n && q.charAt(i + 1) == c && q.charAt(i + 2) == c;
                    i += triple ? 3 : 1;
                    while ( i < n ) {
                        char d = q.charAt(i);
                        if ( d == '\\' ) {
                            i += 2;
                            continue;
                        }
                        if ( d == c && (!triple || (i + 2 < n && q.charAt(i + 1) == c && q.charAt(i + 2) == c)) ) {
                            if ( triple )
                                i += 2;
                            break;
                        }
                        i++;
                    }
                }
                default -> {}
            }
        }
        return max;
    }
}
