package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.vocab.PT;

/** Bylines and credits name no actor; a person also named in the body stays one (new texts, not from the corpora). */
class CreditsTest {
    static final Extractor EXTRACTOR = new Extractor(ExtractorTest.reference(), ExtractorTest.IDS);

    static List<String> people(String text) {
        Annotations a = EXTRACTOR.annotate(ExtractorTest.article(text));
        return a.candidates().stream().filter(c -> c.type().equals(PT.Person.getURI())).map(c -> c.label()).sorted().toList();
    }

    static List<String> actors(String text) {
        return EXTRACTOR.annotate(ExtractorTest.article(text)).mentions().stream()
            .filter(i -> i.matches(".*/id/(person|candidate)/.*")).map(i -> i.substring(ExtractorTest.ID.length())).sorted().toList();
    }

    @Test
    void bylineAndCreditNamesAreNoActors() {
        String text = "Kyiv says talks with Moscow could resume next month\n\n"
            + "By Harriet Quill and Tomas Brandt\n\n"
            + "KYIV, March 3 - Ukrainian negotiator Olena Sokolenko said on Friday that the next round could take place in Geneva.\n\n"
            + "She said the delegation would insist on a full ceasefire first.\n\n"
            + "Photo: Ivo Marsden/Reuters\n\n"
            + "(Reporting by Harriet Quill; additional reporting by Petra Lind; Editing by Simon Crale)\n";
        assertEquals(List.of("Olena Sokolenko"), people(text));
        assertEquals(List.of("candidate/person/olena-sokolenko"), actors(text));
    }

    @Test
    void aPersonNamedInTheBodyStays() {
        // the byline's author is also named in the body
        String text = "What the Istanbul talks left behind\n\n"
            + "By Maren Holt, Foreign Correspondent\n\n"
            + "Two years on, diplomats still argue about the draft. Maren Holt, who covered the talks for this newspaper, recalls that the drafts were never signed.\n";
        assertEquals(List.of("Maren Holt"), people(text));
    }

    @Test
    void signaturesAndAuthorsNotesAreCredits() {
        String text = "Guarantees on paper\n\n"
            + "Anneli Korpi | 05.06.2025 - 14:37\n\n"
            + "Rustem Umerov said on Tuesday that Ukraine wanted guarantees written into any deal with Russia.\n\n"
            + "(Dario Vance for The Guardian)\n\n"
            + "Lukas Ferber is a former defence correspondent.\n";
        assertEquals(List.of("person/rustem-umerov"), actors(text));
    }

    @Test
    void aCaptionWithAVerbIsNoCredit() {
        // "Photo:" over a sentence is a caption: the person in it is named, the bracketed agency credit is not
        String text = "Fidan offers Istanbul again\n\n"
            + "Photo: Turkish envoy Selim Karaca speaks to reporters in Ankara. (Deniz Ulu - Photo Agency)\n\n"
            + "Türkiye is ready to host another round of talks, Foreign Minister Hakan Fidan said.\n";
        assertEquals(List.of("Selim Karaca"), people(text));
    }
}
