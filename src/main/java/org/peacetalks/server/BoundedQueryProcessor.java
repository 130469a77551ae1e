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
 * <li>a query so deeply nested (100,000 UNIONs) that compiling or evaluating it
 *     overflows the thread's stack: the error is answered, not logged as a crash;</li>
 * <li>a {@code SERVICE} the {@link ServicePolicy} does not allow;</li>
 * <li>{@code stylesheet=} and {@code callback=}, which Fuseki would copy into an XML
 *     processing instruction and in front of JSON (JSONP) as given.</li>
 * </ul>
 */
final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    /** Request parameters that are reflected into the response; refused. */
    static final String[] REFLECTED = {"stylesheet", "callback"};

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
        try {
            super.execute(queryString, action);
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
}
