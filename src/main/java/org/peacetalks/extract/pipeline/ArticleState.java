package org.peacetalks.extract.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.peacetalks.annotate.Claim;

/**
 * What extraction knows about one article so far: the layers provided, each
 * once, and the claim list, which the state owns. Not thread-safe: one article,
 * one thread. Built by hand in tests, so a stage runs without the stages (and
 * models) before it.
 */
public final class ArticleState {
    private final Map<Layer<?>, Object> layers = new IdentityHashMap<>();
    private final List<Claim> claims = new ArrayList<>();

    /** The value of {@code layer}; an error naming it when no stage has provided it. */
    public <T> T get(Layer<T> layer) {
        Object v = layers.get(layer);
        if (v == null && !layers.containsKey(layer)) throw new IllegalStateException("layer '" + layer + "' has not been provided");
        @SuppressWarnings("unchecked") T t = (T) v;
        return t;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** Provides {@code layer}; a layer is provided once. */
    public <T> ArticleState put(Layer<T> layer, T value) {
        if (layers.containsKey(layer)) throw new IllegalStateException("layer '" + layer + "' is provided twice");
        layers.put(layer, value);
        return this;
    }

    /** The article's claims so far, in the order the stages made them; stages add to this list. */
    public List<Claim> claims() {
        return claims;
    }

    /** Replaces the claims with a rewriting of them (a stage that fills in or splits claims). */
    public void replaceClaims(List<Claim> rewritten) {
        List<Claim> copy = List.copyOf(rewritten);
        claims.clear();
        claims.addAll(copy);
    }
}
