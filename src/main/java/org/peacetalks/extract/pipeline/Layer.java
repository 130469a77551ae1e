package org.peacetalks.extract.pipeline;

/**
 * A named, typed piece of an article's state that one stage provides and later
 * ones read ("parse", "mentions", "quotes"). Compared by identity: a layer is a
 * constant, declared once beside the stages that share it.
 */
public final class Layer<T> {
    private final String name;

    private Layer(String name) {
        this.name = name;
    }

    public static <T> Layer<T> of(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a layer needs a name");
        return new Layer<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
