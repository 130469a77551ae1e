package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peacetalks.extract.Layers.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacetalks.annotate.Certainty;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Origin;
import org.peacetalks.annotate.Polarity;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.annotate.Span;
import org.peacetalks.extract.pipeline.ArticleState;
import org.peacetalks.vocab.PT;

/** Extractor stages run on a hand-built state, without CoreNLP or the stages before them. */
class StagesTest {
    static final PT.Ids IDS = PT.Ids.standard();

    static Claim claim(int from, int to, String source, String method) {
        return new Claim(new Span(from, to), IDS.entity(source), SourceKind.NAMED, List.of(), "said", List.of(), Certainty.CERTAIN,
            Polarity.AFFIRMED, null, null, new Proposition.Statement(List.of(), "x"), method, 1.0, new Origin("t", 0));
    }

    @Test
    void aReportJoinsTheClaimsUnlessAQuoteOrBlameOfItsSourceCoversItsWords() {
        Claim quote = claim(0, 40, "person/dmitry-peskov", "quote-after");
        Claim blame = claim(50, 90, "person/vladimir-putin", "blame-verb");
        Claim quotedReport = claim(10, 30, "person/dmitry-peskov", "report-that");      // the quote's words: claimed already
        Claim otherSource = claim(10, 30, "person/volodymyr-zelensky", "report-that"); // same words, another source: kept
        Claim blamedReport = claim(60, 80, "person/vladimir-putin", "report-that");    // inside the blame claim
        Claim apart = claim(100, 130, "person/vladimir-putin", "report-that");        // words no one claimed
        ArticleState s = new ArticleState()
            .put(QUOTES, List.of(quote)).put(BLAME, List.of(blame))
            .put(REPORTS, List.of(quotedReport, otherSource, blamedReport, apart));
        s.claims().addAll(List.of(quote, blame));
        Extractor.merge().run(s);
        assertEquals(List.of(quote, blame, otherSource, apart), s.claims());
        assertEquals(s.claims(), s.get(SAID));
    }
}
