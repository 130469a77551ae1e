package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peacetalks.annotate.Span;

/** The speaker ranker's candidates, features and decisions on hand-built contexts, without CoreNLP. */
class QuoteSpeakersTest {
    private static final String MELNYK = "urn:x:melnyk", MEDINSKY = "urn:x:medinsky";

    private static Gazetteer.Mention at(String text, String name, String iri) {
        int from = text.indexOf(name);
        return new Gazetteer.Mention(Span.ofChars(text, from, from + name.length()), from, from + name.length(), iri, name);
    }

    @Test
    void anAnswerAfterAnInterviewersQuestionGoesToTheLastSpeaker() {
        String text = "Oksana Melnyk said Medinsky was rude.\n\nWhat made her think that?\n\n“We had put a model on paper.”";
        int qs = text.indexOf('“'), qe = text.length();
        var mentions = List.of(at(text, "Oksana Melnyk", MELNYK), at(text, "Medinsky", MEDINSKY));
        var ctx = new QuoteSpeakers.Context(text, qs, qe, qs, qe, "We had put a model on paper.", mentions,
            Set.of(MELNYK, MEDINSKY), Set.of(MELNYK, MEDINSKY), Map.of(), List.of(MELNYK), MELNYK,
            Map.of(MELNYK, 1, MEDINSKY, 1), List.of("said"));
        List<QuoteSpeakers.Candidate> cs = QuoteSpeakers.candidates(ctx);
        // the window is this paragraph and the one before (the question): Melnyk comes in as the last speaker
        assertEquals(List.of(MELNYK), cs.stream().map(QuoteSpeakers.Candidate::iri).toList());
        Map<String, Double> f = cs.get(0).features();
        assertEquals(Set.of("rule:none", "window:none", "kind:person", "prevquote:1", "lastreport",
            "mentions:log", "quote:paragraph-only", "prevquote:1&paragraph-only", "quote:after-question", "prevquote:1&after-question"),
            f.keySet());
        // a model that trusts the last speaker in a question-and-answer picks her, and no one below its threshold
        var model = new LinearModel(Map.of("prevquote:1&after-question", 3.0), -1.0, 0.5);
        assertEquals(MELNYK, QuoteSpeakers.decide(model, cs).getKey());
        assertNull(QuoteSpeakers.decide(new LinearModel(Map.of(), -1.0, 0.5), cs));
    }

    @Test
    void shortQuotedWordsNeedAShapeInTheirSentence() {
        String text = "Lavrov gave his “new rules of the game” speech.";
        int qs = text.indexOf('“'), qe = text.indexOf('”') + 1;
        String l = "urn:x:lavrov";
        var ctx = new QuoteSpeakers.Context(text, qs, qe, 0, text.length(), "new rules of the game", List.of(at(text, "Lavrov", l)),
            Set.of(l), Set.of(l), Map.of(), List.of(), null, Map.of(l, 1), List.of("said"));
        var cs = QuoteSpeakers.candidates(ctx);
        assertTrue(cs.get(0).features().containsKey("quote:naming"), cs.toString());
        assertNull(QuoteSpeakers.decide(new LinearModel(Map.of("kind:person", 9.0), 0, 0.5), cs));
    }

    @Test
    void theModelFileRoundTrips() {
        var m = new LinearModel(Map.of("a", 1.5, "b", -2.0), 0.25, 0.6);
        var back = LinearModel.read(m.write("test"), "test.model");
        assertEquals(m.write("test"), back.write("test"));
        assertEquals(0.6, back.threshold());
    }

    @Test
    void transliterationsShareOneSkeleton() {
        assertEquals(Gazetteer.skeleton("Arakhamia"), Gazetteer.skeleton("Arahamiya"));
        assertEquals(Gazetteer.skeleton("Arakhamiya"), Gazetteer.skeleton("Arakhamia"));
        assertEquals(Gazetteer.skeleton("Zelenskyy"), Gazetteer.skeleton("Zelenskiy"));
        assertTrue(!Gazetteer.skeleton("Peskov").equals(Gazetteer.skeleton("Putin")));
    }

    @Test
    void aNameBeforeARoleNounIsSomeonesPrincipal() {
        String text = "As Oksana Melnyk, a former Medinsky aide, put it, this was “not a bad deal”. Medinsky said nothing. Medinsky’s spokesman declined.";
        assertTrue(QuoteSpeakers.principal(text, at(text, "Medinsky", MEDINSKY)));
        assertTrue(!QuoteSpeakers.principal(text, at(text, "Oksana Melnyk", MELNYK)));
        int second = text.indexOf("Medinsky said");
        assertTrue(!QuoteSpeakers.principal(text, new Gazetteer.Mention(Span.ofChars(text, second, second + 8), second, second + 8, MEDINSKY, "Medinsky")));
        int third = text.indexOf("Medinsky’s");
        assertTrue(QuoteSpeakers.principal(text, new Gazetteer.Mention(Span.ofChars(text, third, third + 8), third, third + 8, MEDINSKY, "Medinsky")));
    }
}
