package org.peacetalks.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

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
 * A SELECT result that times out while it is being written is answered 503 if
 * nothing has been sent yet, and otherwise cut off: the connection is aborted
 * without the end of the chunked body, so no client takes the rows so far for a
 * complete result. (Fuseki would end the 200 normally, after a line of text that
 * leaves the JSON, XML, CSV or TSV invalid.)
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

    /** The time limit struck while the result was being written. */
    private static final class CutOff extends RuntimeException {
        CutOff(QueryCancelledException cause) {
            super("query timed out while its result was being written", cause, false, false);
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryStringLog) {
        QueryExecResult r = super.executeQuery(action, queryExec, query, queryStringLog);
        return r.isRowSet() ? new QueryExecResult(new CuttingRowSet(r.rowSet())) : r;
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        try {
            super.sendResults(action, result, prologue);
        } catch (CutOff ex) {
            if ( !action.getResponse().isCommitted() ) {
                action.getResponse().reset();
                ServletOps.error(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
            }
            action.log.info(String.format("[%d] Query timed out while streaming its result: response cut off", action.id));
            ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(action.getRequest());
            if ( jetty == null )
                throw new IllegalStateException("cannot abort the response of a timed-out query", ex);
            jetty.getServletChannel().abort(ex);
        }
    }

    /**
     * The rows of a result, where the query's cancellation is raised as {@link CutOff}:
     * Fuseki's writer catches a {@link QueryCancelledException} and ends the response
     * as if complete; this one passes it by.
     */
    private static final class CuttingRowSet implements RowSet {
        private final RowSet rows;

        CuttingRowSet(RowSet rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            try {
                return rows.hasNext();
            } catch (QueryCancelledException ex) {
                throw new CutOff(ex);
            }
        }

        @Override
        public Binding next() {
            try {
                return rows.next();
            } catch (QueryCancelledException ex) {
                throw new CutOff(ex);
            }
        }

        @Override
        public List<Var> getResultVars() {
            return rows.getResultVars();
        }

        @Override
        public long getRowNumber() {
            return rows.getRowNumber();
        }

        @Override
        public void close() {
            rows.close();
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
