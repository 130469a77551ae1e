package org.peacetalks.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;
import org.apache.jena.sparql.util.Context;

/**
 * {@code REGEX} and {@code REPLACE} that stop when their query is cancelled.
 * <p>
 * ARQ's query timeout sets a cancel flag that iterators look at between rows; a
 * backtracking regular expression ({@code "^(([a-z ,.]+)*)*X$"} over an article)
 * spends hours inside one {@code Matcher.matches()} and never gets back to an
 * iterator, so the query is answered 503 while its thread keeps a core busy. Here
 * the matcher reads its input through a {@link CharSequence} that looks at the
 * query's cancel flag and at a deadline every {@value #CHECK_EVERY} characters read,
 * and throws {@link QueryCancelledException}, which ends the query's work.
 * <p>
 * Installed per endpoint as the optimizer ({@link #optimizer(long)} in the
 * endpoint context under {@link ARQConstants#sysOptimizerFactory}): Jena's standard
 * optimisation, then every {@link E_Regex} and {@link E_StrReplace} of the algebra
 * replaced by the bounded form. Same semantics: Java regular expressions with
 * ARQ's flag mapping ({@link RegexEngine#makePattern}), ARQ's default engine.
 */
final class BoundedRegex {
    /** Characters read between two looks at the cancel flag and the clock. */
    static final int CHECK_EVERY = 4096;

    private BoundedRegex() {}

    /**
     * The endpoint's optimizer. {@code limitMillis} is the query timeout: a
     * deadline a little after it stops a regex even if no cancel flag reaches it.
     */
    static RewriteFactory optimizer(long limitMillis) {
        return context -> {
            var standard = Optimize.stdOptimizationFactory.create(context);
            return op -> bound(standard.rewrite(op), System.nanoTime() + (limitMillis + 1000) * 1_000_000L);
        };
    }

    /** {@code op} with its REGEX and REPLACE expressions bounded by {@code deadlineNanos}. */
    static Op bound(Op op, long deadlineNanos) {
        ExprTransformCopy swap = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if ( func instanceof E_Regex && !(func instanceof Regex) )
                    return new Regex(args, deadlineNanos);
                if ( func instanceof E_StrReplace )
                    return new Replace(args, deadlineNanos);
                return super.transform(func, args);
            }
        };
        return Transformer.transform(new TransformCopy(), swap, op);
    }

    private static AtomicBoolean cancelSignal(FunctionEnv env) {
        if ( env instanceof ExecutionContext ec && ec.getCancelSignal() != null )
            return ec.getCancelSignal();
        Context cxt = env == null ? null : env.getContext();
        return cxt == null ? null : Context.getCancelSignal(cxt);
    }

    private static Pattern pattern(String label, NodeValue vPattern, NodeValue vFlags) {
        if ( !vPattern.isString() )
            throw new ExprEvalException(label + ": pattern is not a string: " + vPattern);
        if ( vFlags != null && !vFlags.isString() )
            throw new ExprEvalException(label + ": flags are not a string: " + vFlags);
        String flags = vFlags == null ? null : vFlags.getString();
        if ( flags != null && !flags.matches("[smixq]*") )
            throw new ExprEvalException(label + ": only 'smixq' are legal as pattern flags: got \"" + flags + "\"");
        return RegexEngine.makePattern(label, vPattern.getString(), flags);
    }

    /** REGEX(string, pattern [, flags]). */
    static final class Regex extends E_Regex {
        private final long deadlineNanos;
        private Pattern constant;

        Regex(ExprList args, long deadlineNanos) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node arg = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern p = constant;
            if ( p == null ) {
                p = pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
                if ( getArg(2).isConstant() && (args.size() < 3 || getArg(3).isConstant()) )
                    constant = p;
            }
            CharSequence text = new Guarded(arg.getLiteralLexicalForm(), cancelSignal(env), deadlineNanos);
            return NodeValue.booleanReturn(p.matcher(text).find());
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs, deadlineNanos);
        }
    }

    /** REPLACE(string, pattern, replacement [, flags]). */
    static final class Replace extends ExprFunctionN {
        private final long deadlineNanos;

        Replace(ExprList args, long deadlineNanos) {
            super(Tags.tagReplace, args);
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node str = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            String rep = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            Pattern p = pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
            if ( p.matcher("").matches() )
                throw new ExprEvalException("REPLACE: pattern matches the empty string: " + p.pattern());
            String in = str.getLiteralLexicalForm();
            Matcher m = p.matcher(new Guarded(in, cancelSignal(env), deadlineNanos));
            String out;
            try {
                out = m.replaceAll(rep);
            } catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
                throw new ExprEvalException("REPLACE: bad replacement '" + rep + "': " + ex.getMessage());
            }
            if ( out.equals(in) )
                return args.get(0);
            String lang = str.getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(out) : NodeValue.makeLangString(out, lang);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs, deadlineNanos);
        }
    }

    /** The text a matcher reads, with a look at the cancel flag and the clock every {@value #CHECK_EVERY} reads. */
    static final class Guarded implements CharSequence {
        private final String text;
        private final int start, end;
        private final AtomicBoolean cancel;
        private final long deadlineNanos;
        private final int[] reads;

        Guarded(String text, AtomicBoolean cancel, long deadlineNanos) {
            this(text, 0, text.length(), cancel, deadlineNanos, new int[1]);
        }

        private Guarded(String text, int start, int end, AtomicBoolean cancel, long deadlineNanos, int[] reads) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.cancel = cancel;
            this.deadlineNanos = deadlineNanos;
            this.reads = reads;
        }

        @Override
        public char charAt(int index) {
            if ( ++reads[0] >= CHECK_EVERY ) {
                reads[0] = 0;
                if ( (cancel != null && cancel.get()) || System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted() )
                    throw new QueryCancelledException();
            }
            return text.charAt(start + index);
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new Guarded(text, start + from, start + to, cancel, deadlineNanos, reads);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}
