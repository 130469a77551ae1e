package org.peacetalks.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InflectionsTest {
    private static final Map<String, List<String>> IRREGULAR = Map.of(
        "say", List.of("said"),
        "write", List.of("wrote", "written"),
        "admit", List.of("admitted", "admitting"));

    @Test
    void regularFormsAreDerived() {
        assertEquals(Set.of("note", "notes", "noted", "noting"), Inflections.of("note", IRREGULAR));
        assertEquals(Set.of("reply", "replies", "replied", "replying"), Inflections.of("reply", IRREGULAR));
        assertEquals(Set.of("stress", "stresses", "stressed", "stressing"), Inflections.of("stress", IRREGULAR));
        assertEquals(Set.of("echo", "echoes", "echoed", "echoing"), Inflections.of("echo", IRREGULAR));
        assertEquals(Set.of("say", "says", "said", "saying"), Inflections.of("say", IRREGULAR));
    }

    @Test
    void listedFormsReplaceTheDerivedOnesTheyStandFor() {
        // no "writed", no "writeing"; the derived -ing form stays where none is listed
        assertEquals(Set.of("write", "writes", "wrote", "written", "writing"), Inflections.of("write", IRREGULAR));
        assertEquals(Set.of("admit", "admits", "admitted", "admitting"), Inflections.of("admit", IRREGULAR));
    }
}
