package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacetalks.annotate.Claim;

/** Transcript answers are their speakers' statements (not quotations: no marks vouch for the words); questions are no one's (new texts). */
class TranscriptTest {
    static final Extractor EXTRACTOR = CreditsTest.EXTRACTOR;

    static List<String> transcriptQuotes(String text) {
        List<String> out = new ArrayList<>();
        for (Claim c : EXTRACTOR.annotate(ExtractorTest.article(text)).claims())
            if (c.method().endsWith("/quote-transcript"))
                out.add(c.source().substring(ExtractorTest.ID.length()) + " | " + c.evidence().of(text) + (c.directQuote() ? " | quoted" : ""));
        return out;
    }

    @Test
    void answersAfterACapitalisedSurnameAreTheSpeakersStatements() {
        String text = "Transcript: Kremlin spokesman Dmitry Peskov on the Geneva round\n\n"
            + "Q: Is Moscow ready to send a delegation to Geneva next week?\n\n"
            + "PESKOV: We are ready in principle. The composition has not been decided.\n\n"
            + "Q: Kyiv says Russia is dragging out the process. How do you respond?\n\n"
            + "PESKOV: Nobody is dragging anything out.\n";
        assertEquals(List.of(
            "person/dmitry-peskov | We are ready in principle.",
            "person/dmitry-peskov | The composition has not been decided.",
            "person/dmitry-peskov | Nobody is dragging anything out."), transcriptQuotes(text));
    }

    @Test
    void anAnswerLabelIsTheNamedInterviewees() {
        String text = "An interview with Sergei Lavrov\n\n"
            + "Sergei Lavrov spoke to us in Moscow on Monday.\n\n"
            + "Q: Will there be a ceasefire this year?\n\n"
            + "A: That depends on Kyiv and on those who give it orders.\n\n"
            + "Question (Radio Nord): What about the energy truce?\n\n"
            + "Lavrov: It was never observed by the other side.\n";
        assertEquals(List.of(
            "person/sergei-lavrov | That depends on Kyiv and on those who give it orders.",
            "person/sergei-lavrov | It was never observed by the other side."), transcriptQuotes(text));
    }

    @Test
    void aHeadlineLabelAloneIsNoTranscript() {
        // one labelled line (a headline) and furniture labels: no turns, no quotations without marks
        String text = "Umerov: the memorandum is a list of ultimatums\n\n"
            + "Source: Umerov on Telegram\n\n"
            + "Rustem Umerov said on Tuesday that the Russian document was not a basis for talks.\n";
        assertEquals(List.of(), transcriptQuotes(text));
    }
}
