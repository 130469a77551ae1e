package org.peacetalks.server;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * What a query's {@code SERVICE} may call. By default nothing: a query on the
 * public endpoint never makes the server open a connection (server-side request
 * forgery). With an allowlist, exactly the listed endpoint IRIs.
 * <p>
 * Two checks: {@link #refusal(Query)} before execution, so that a constant
 * {@code SERVICE <iri>} is answered 400 with the reason; and, for
 * {@code SERVICE ?var} whose IRI is only known while the query runs, a link at the
 * head of the endpoint's own {@link ServiceExecutorRegistry} that throws before
 * any executor is reached. With an empty allowlist that registry has no HTTP
 * executor at all, and {@link ARQ#httpServiceAllowed} is false.
 */
final class ServicePolicy {
    private final Set<String> allowed;

    ServicePolicy(List<String> allowlist) {
        this.allowed = Set.copyOf(allowlist);
    }

    /** Thrown, before any connection, for a SERVICE whose IRI was only known at run time. */
    static final class Refused extends QueryExecException {
        Refused(String message) {
            super(message);
        }
    }

    boolean allows(Node service) {
        return service.isURI() && allowed.contains(service.getURI());
    }

    /** Puts the policy into an endpoint's context. */
    void install(Context context) {
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        if ( !allowed.isEmpty() )
            registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            if ( !allows(opExecute.getService()) )
                throw new Refused(message(opExecute.getService()));
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }

    String message(Node service) {
        String which = service.isURI() ? "<" + service.getURI() + ">" : service.toString();
        return allowed.isEmpty()
            ? "SERVICE is not allowed on this endpoint: " + which
            : "SERVICE endpoint not in the allowlist: " + which;
    }

    /** The reason {@code query} is refused, or null: the first constant SERVICE IRI not allowed. */
    String refusal(Query query) {
        Op op = Algebra.compile(query);
        String[] found = {null};
        OpVisitorBase visitor = new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                Node s = opService.getService();
                if ( found[0] == null && s.isURI() && !allows(s) )
                    found[0] = message(s);
            }
        };
        // The walker also goes into the patterns of EXISTS and NOT EXISTS.
        Walker.walk(op, visitor, new ExprVisitorBase() {});
        return found[0];
    }
}
