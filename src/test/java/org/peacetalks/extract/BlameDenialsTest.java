package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peacetalks.extract.ExtractorTest.blames;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Denials of blame that sit in the parse rather than in a denial verb: negated saying, walk-backs, dismissals. */
class BlameDenialsTest {

    @Test
    void aNegatedVerbOfSayingOrBeliefDeniesTheBlameBelowIt() {
        assertEquals(List.of("org/the-west | person/naftali-bennett | DENIED | blame-unsaid"),
            blames("The Istanbul talks collapsed in 2022. Bennett said he did not believe the West had deliberately wrecked the talks.\n"));
        assertEquals(List.of("org/the-west | person/naftali-bennett | DENIED | blame-unsaid"),
            blames("The Istanbul talks collapsed in 2022. Bennett said: \"I did not say the West sabotaged the deal.\"\n"));
    }

    @Test
    void wordsTakenOrStrippedOutOfContextWalkBackTheSpeakersEarlierBlame() {
        String told = "The Istanbul talks collapsed in 2022. Arakhamia said Boris Johnson had told Kyiv to keep fighting. ";
        assertEquals(List.of("person/boris-johnson | person/davyd-arakhamia | AFFIRMED | blame-persuade",
                "person/boris-johnson | person/davyd-arakhamia | DENIED | blame-walk-back"),
            blames(told + "Arakhamia has since argued that his comments were stripped of context.\n"));
        // "his": the one who says so, not the person named last (Johnson)
        assertEquals(List.of("person/boris-johnson | person/davyd-arakhamia | AFFIRMED | blame-persuade",
                "person/boris-johnson | person/davyd-arakhamia | DENIED | blame-walk-back"),
            blames(told + "He later said his words had been lifted out of context.\n"));
        // put back into context is no walk-back
        assertEquals(List.of("person/boris-johnson | person/davyd-arakhamia | AFFIRMED | blame-persuade"),
            blames(told + "He later said his words had been put in context.\n"));
    }

    @Test
    void aDismissalDeniesTheAccountThatBlamesTheDismisser() {
        assertEquals(List.of("person/boris-johnson | org/kremlin | AFFIRMED | blame-explicit",
                "person/boris-johnson | person/boris-johnson | DENIED | blame-dismissal"),
            blames("The Istanbul talks of 2022 failed. The Kremlin still blames Boris Johnson. Johnson has called the whole tale nonsense.\n"));
    }
}
