package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.peacetalks.vocab.PT;

class WarTerritoriesTest {
    static final String ID = GazetteerTest.ID;

    static final Graph PLACES = GazetteerTest.graph("""
        <state/ukraine> a pt:State, pt:Territory ; rdfs:label "Ukraine"@en .
        <state/russia> a pt:State, pt:Territory ; rdfs:label "Russia"@en .
        <state/turkey> a pt:State, pt:Territory ; rdfs:label "Turkey"@en .
        <territory/kursk-oblast> a pt:Territory ; rdfs:label "Kursk Oblast"@en ; pt:partOf <state/russia> .
        <territory/belgorod-oblast> a pt:Territory ; rdfs:label "Belgorod Oblast"@en ; pt:partOf <state/russia> .
        <territory/rostov-on-don> a pt:Territory ; rdfs:label "Rostov-on-Don"@en ; pt:partOf <state/russia> .
        <territory/sudzha> a pt:Territory ; rdfs:label "Sudzha"@en ; pt:partOf <territory/kursk-oblast> .
        <territory/kharkiv-oblast> a pt:Territory ; rdfs:label "Kharkiv Oblast"@en ; pt:partOf <state/ukraine> .
        <territory/kharkiv> a pt:Territory ; rdfs:label "Kharkiv"@en ; pt:partOf <territory/kharkiv-oblast> .
        <territory/moscow> a pt:Territory ; rdfs:label "Moscow"@en ; pt:partOf <state/russia> .
        <territory/ankara> a pt:Territory ; rdfs:label "Ankara"@en ; pt:partOf <state/turkey> .
        <territory/europe> a pt:Territory ; rdfs:label "Europe"@en .
        """);

    @Test
    void placesOutsideUkraineAndTheBorderRegionsAreElsewhere() {
        WarTerritories w = new WarTerritories(PLACES, PT.Ids.standard());
        List<String> elsewhere = List.of("territory/kharkiv", "territory/kharkiv-oblast", "territory/sudzha", "territory/kursk-oblast",
                "territory/moscow", "territory/ankara", "territory/europe", "state/russia", "state/turkey")
            .stream().filter(p -> w.elsewhere(ID + p)).toList();
        // a city within an oblast within Ukraine and a town of a border region are at issue; states are actors, not places
        assertEquals(List.of("territory/moscow", "territory/ankara", "territory/europe"), elsewhere);
    }

    @Test
    void territoriesAtIssueAreTheMentionedPlacesWithinTheWarsAreas() {
        WarTerritories w = new WarTerritories(PLACES, PT.Ids.standard());
        List<String> mentions = List.of(ID + "state/russia", ID + "territory/moscow", ID + "territory/sudzha", ID + "person/x",
            ID + "territory/kharkiv");
        // in mention order; a state, a person and a capital elsewhere are only mentioned
        assertEquals(List.of(ID + "territory/sudzha", ID + "territory/kharkiv"), w.atIssue(mentions));
    }
}
