package org.peacetalks.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.corpus.CuratedCorpus;

/**
 * The curated seed annotations in the evaluation corpus's terms, so that seeds,
 * dev and test are scored by one scorer: entities by their labels, sources as
 * a label, {@code article} or {@code anonymous sources}, evidence as text.
 * Republications are left out: they repeat their original.
 */
final class SeedGold {
    private SeedGold() {}

    static List<Gold> of(List<CuratedCorpus.Entry> entries, EntityNames names) {
        List<Gold> out = new ArrayList<>();
        for (CuratedCorpus.Entry e : entries) {
            if (e.article().metadata().republicationOf() != null || e.annotationFile() == null) continue;
            String text = e.article().text();
            List<Gold.Actor> actors = new ArrayList<>();
            List<String> territories = new ArrayList<>(), documents = new ArrayList<>();
            for (String m : e.annotations().mentions()) {
                if (m.matches(".*/id/(person|state|org)/.*")) actors.add(new Gold.Actor(names.display(m), m.replaceAll(".*/id/(\\w+)/.*", "$1")));
                else if (m.contains("/id/territory/")) territories.add(names.display(m));
                else if (m.contains("/id/document/")) documents.add(names.display(m));
            }
            List<Gold.Quote> quotes = new ArrayList<>();
            List<Gold.Blame> blame = new ArrayList<>();
            List<Gold.Position> positions = new ArrayList<>();
            List<Gold.Figure> figures = new ArrayList<>();
            for (Claim c : e.annotations().claims()) {
                String source = source(c, names), sentence = c.evidence().of(text);
                if (c.directQuote() && c.sourceKind() == SourceKind.NAMED)
                    for (String q : c.quotations()) quotes.add(new Gold.Quote(source, q));
                if (c.proposition() instanceof Proposition.Blame b)
                    for (String who : b.blamed())
                        blame.add(new Gold.Blame(names.display(who), source, CorpusEvaluation.stanceOf(c), names.display(b.outcome()), sentence));
                if (c.proposition() instanceof Proposition.Position p)
                    positions.add(new Gold.Position(p.holder().contains("/id/source/") ? Gold.ANONYMOUS : names.display(p.holder()),
                        p.stance().name().toLowerCase(Locale.ROOT), String.join(", ", p.issues()), source, sentence));
                var numbers = Evaluation.numbers(c);
                if (!numbers.isEmpty()) figures.add(new Gold.Figure(numbers, null, null, source, sentence));
            }
            out.add(new Gold(e.article().stem(), "curated", "seed", e.article(), actors, territories, documents, quotes, blame,
                positions, figures));
        }
        return out;
    }

    private static String source(Claim c, EntityNames names) {
        return switch (c.sourceKind()) {
            case OWN_VOICE -> Gold.ARTICLE;
            case ANONYMOUS -> Gold.ANONYMOUS;
            case NAMED -> names.display(c.source());
        };
    }
}
