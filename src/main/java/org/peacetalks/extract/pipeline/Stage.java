package org.peacetalks.extract.pipeline;

import java.util.Set;
import java.util.function.Consumer;

/** One step of extraction: reads the layers it requires from the state, puts the ones it provides. */
public interface Stage {
    String id();

    Set<Layer<?>> requires();

    Set<Layer<?>> provides();

    void run(ArticleState state);

    /** A stage from its declaration and body. */
    static Stage of(String id, Set<Layer<?>> requires, Set<Layer<?>> provides, Consumer<ArticleState> body) {
        record Declared(String id, Set<Layer<?>> requires, Set<Layer<?>> provides, Consumer<ArticleState> body) implements Stage {
            @Override
            public void run(ArticleState state) {
                body.accept(state);
            }
        }
        return new Declared(id, Set.copyOf(requires), Set.copyOf(provides), body);
    }
}
