package org.peacetalks.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.corpus.Article;

/** Annotates an article with the reference entities it mentions (pt:mentions), found by the {@link Gazetteer}. */
public final class GazetteerAnnotator implements Annotator {
    private final Gazetteer gazetteer;

    public GazetteerAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Annotations annotate(Article article) {
        Set<String> iris = new LinkedHashSet<>();
        for (Gazetteer.Mention m : gazetteer.link(article.text())) iris.add(m.iri());
        return new Annotations(List.copyOf(iris), List.of(), List.of());
    }
}
