package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetalks.annotate.Certainty;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Origin;
import org.peacetalks.annotate.Polarity;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.annotate.Span;
import org.peacetalks.annotate.Stance;
import org.peacetalks.rdf.RdfFiles;
import org.peacetalks.vocab.PT;

/**
 * The assessment frames and the occasions of positions on hand-written sentences, with
 * the gazetteer of the reference data and no CoreNLP models: sentences are split at
 * full stops, dates given as SUTime would normalise them.
 */
class AssessmentFramesTest {
    static final PT.Ids IDS = PT.Ids.standard();
    static final String ART = IDS.article("0000000000000000");
    static Graph reference;
    static Gazetteer gazetteer;
    static Lexicons lex;
    static AssessmentFrames frames;
    static Occasions occasions;

    @BeforeAll
    static void load() {
        reference = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(Path.of("data/reference"))) RdfFiles.parseInto(f, reference);
        gazetteer = Gazetteer.of(reference);
        lex = new Lexicons(reference);
        frames = new AssessmentFrames(lex.actors, java.util.Set.of(IDS.entity("event/russo-ukrainian-war")), lex.stateOf, IDS);
        occasions = new Occasions(reference);
    }

    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^.!?]+[.!?]+[’”]?").matcher(text);
        while (m.find()) {
            int a = m.start();
            while (a < m.end() && Character.isWhitespace(text.charAt(a))) a++;
            out.add(new int[] {a, m.end()});
        }
        return out;
    }

    static String id(String path) { return IDS.entity(path); }

    /** "source | verdict | assessed | evidence" of each assessment found in {@code text}. */
    static List<String> assess(String text, List<Claim> claims) {
        List<String> out = new ArrayList<>();
        for (Claim c : frames.extract(text, ART, "t.txt", sentences(text), gazetteer.link(text), claims)) {
            var a = (Proposition.Assessment) c.proposition();
            out.add((c.source().equals(ART) ? "article" : c.source().substring(IDS.entity("").length())) + " | " + a.verdict() + " | "
                + a.assessed().substring(IDS.entity("").length()) + " | " + c.evidence().of(text) + " | " + c.method().substring(c.method().lastIndexOf('/') + 1));
        }
        return out;
    }

    @Test
    void findsEachVerdictInTheArticlesVoice() {
        String text = "Russia has had the upper hand in the Ukraine war since the fall of Avdiivka. ‘HARSH TRUTH: RUSSIA IS WINNING’ "
            + "Moscow’s recent setbacks and failures are clear. Ukraine cannot win this war. The war has reached a stalemate. "
            + "Time is on Putin’s side in any negotiations.";
        assertEquals(List.of(
            "article | UPPER_HAND | state/russia | Russia has had the upper hand | assessment-upper-hand",
            "article | WINNING | state/russia | RUSSIA IS WINNING | assessment-is-winning",
            "article | LOSING | state/russia | Moscow’s recent setbacks | assessment-setbacks",
            "article | CANNOT_WIN | state/ukraine | Ukraine cannot win | assessment-cannot-win",
            "article | STALEMATE | event/russo-ukrainian-war | a stalemate | assessment-stalemate",
            "article | UPPER_HAND | person/vladimir-putin | Putin’s side | assessment-time-on-side"), assess(text, List.of()));
    }

    @Test
    void negationsAndOtherSensesAreNotAssessments() {
        assertEquals(List.of(), assess("Russia is not winning. Ukraine is never winning. Trump is winning over voters. "
            + "The company is losing patience. He said the weather is winning.", List.of()));
    }

    @Test
    void takesTheSourceOfTheReportItIsPartOf() {
        String text = "Peskov said that Ukraine cannot win this war.";
        Claim report = new Claim(new Span(0, text.length()), id("person/dmitry-peskov"), SourceKind.NAMED, List.of(id("org/reuters")), "said",
            List.of(), Certainty.CERTAIN, Polarity.AFFIRMED, null, null, new Proposition.Statement(List.of(), "x"), PT.Curated.getURI(), 1.0,
            new Origin("t", 0));
        List<Claim> found = frames.extract(text, ART, "t.txt", sentences(text), gazetteer.link(text), List.of(report));
        assertEquals(1, found.size());
        assertEquals(id("person/dmitry-peskov"), found.get(0).source());
        assertEquals(List.of(id("org/reuters")), found.get(0).via());
        assertEquals("said", found.get(0).verb());
    }

    /** "heldAt | heldOn" of the one position claim over the first sentence of {@code text}. */
    static String occasion(String text, String dateSurface, String timex, String saidOn) {
        int[] first = sentences(text).get(0);
        Claim c = new Claim(Span.ofChars(text, first[0], first[1]), id("state/ukraine"), SourceKind.NAMED, List.of(), null, List.of(),
            Certainty.CERTAIN, Polarity.AFFIRMED, null, saidOn, new Proposition.Position(id("state/ukraine"), Stance.OFFER, List.of(), null, "x", null),
            PT.Curated.getURI(), 1.0, new Origin("t", 0));
        List<Occasions.DateRun> dates = new ArrayList<>();
        if (dateSurface != null) {
            int at = text.indexOf(dateSurface);
            dates.add(new Occasions.DateRun(at, at + dateSurface.length(), dateSurface, timex));
        }
        Claim out = occasions.fill(text, sentences(text), Map.of(first[0], dates), gazetteer.link(text), List.of(c), (LocalDate) null).get(0);
        return (out.detail().heldAt() == null ? "-" : out.detail().heldAt().substring(IDS.entity("").length())) + " | "
            + (out.detail().heldOn() == null ? "-" : out.detail().heldOn().lexical());
    }

    @Test
    void positionsGetTheRoundAndDateTheirSentenceGives() {
        assertEquals("event/belarus-talks-2022 | 2022-03",
            occasion("Ukraine was willing to give up its Nato aspirations during the peace negotiations in Belarus in March 2022.", "March 2022", "2022-03", null));
        assertEquals("event/istanbul-talks-2025 | -",
            occasion("Ukraine offered a ceasefire at the talks in Istanbul in 2025.", null, null, null));
        // two rounds were held in Istanbul: without a year the sentence does not say which
        assertEquals("- | -", occasion("Ukraine offered a ceasefire at the talks in Istanbul.", null, null, null));
        // a place without talk words is no occasion; the date the claim was said on is not when it was held
        assertEquals("- | -", occasion("Ukraine offered a ceasefire to Belarus on March 3.", "March 3", "XXXX-03-03", "March 3"));
        // a relative date is not resolved without a publication date
        assertEquals("- | -", occasion("Ukraine offered a ceasefire last year.", "last year", "2025", null));
    }
}
