package org.peacetalks.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Queries on a text dataset over TDB2 run in TDB2's own engine on the wrapped
 * database, with the text index in the context for text:query. Without this ARQ's
 * general engine would take them (TDB2's accepts only its own datasets), and it
 * ignores TDB2's union default graph: every query without GRAPH would see an empty
 * default graph. Writes still go through the text dataset, which indexes them.
 */
final class TextQueryEngine implements QueryEngineFactory {
    private static DatasetGraph tdb2(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphText t && DatabaseMgr.isTDB2(t.getWrapped()) ? t.getWrapped() : null;
    }

    private static Context withIndex(DatasetGraph dsg, Context context) {
        if (!(context.get(TextQuery.textIndex) instanceof org.apache.jena.query.text.TextIndex))
            context.set(TextQuery.textIndex, ((DatasetGraphText) dsg).getTextIndex());
        return context;
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) { return tdb2(dataset) != null; }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        DatasetGraph base = tdb2(dataset);
        Context cxt = withIndex(dataset, context);
        return QueryEngineRegistry.findFactory(query, base, cxt).create(query, base, input, cxt);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) { return tdb2(dataset) != null; }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
        DatasetGraph base = tdb2(dataset);
        Context cxt = withIndex(dataset, context);
        return QueryEngineRegistry.findFactory(op, base, cxt).create(op, base, input, cxt);
    }
}
