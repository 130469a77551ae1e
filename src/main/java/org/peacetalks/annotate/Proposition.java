package org.peacetalks.annotate;

import java.math.BigDecimal;
import java.util.List;

/** What a claim asserts. Entity fields hold full IRIs. */
public sealed interface Proposition {

    /** Every entity IRI the proposition refers to, for reference checks. */
    List<String> references();

    /** Someone or something held responsible for an outcome (the Istanbul deal's failure). */
    record Blame(List<String> blamed, String outcome, String manner) implements Proposition {
        public List<String> references() { return concat(blamed, outcome); }
    }

    /** A negotiating position: a demand, offer, acceptance, rejection or red line on an issue. */
    record Position(String holder, Stance stance, List<String> issues, String addressee, String content, Quantity quantity)
            implements Proposition {
        public List<String> references() {
            return concat(issues, holder, addressee, quantity == null ? null : quantity.measure());
        }
    }

    /** Who controls how much of a territory; a share given as a range ("70-80%") is a percent quantity with bounds. */
    record Control(String controller, String territory, BigDecimal sharePercent, Quantity shareRange, BigDecimal areaKm2,
                   Boolean approximate, String qualifier, DateValue asOf, String dateText) implements Proposition {
        public List<String> references() { return concat(List.of(), controller, territory); }
    }

    /** What a document (a draft treaty, a plan) provides. */
    record Provision(String document, List<String> issues, String content) implements Proposition {
        public List<String> references() { return concat(issues, document); }
    }

    /** That an event happened, as the source tells it. */
    record EventReport(String event, String content, DateValue date, String dateText) implements Proposition {
        public List<String> references() { return concat(List.of(), event); }
    }

    /** A number that is neither a position's nor territorial control (the army's pre-war size). */
    record Figure(Quantity quantity, String subject, String content) implements Proposition {
        public List<String> references() { return concat(List.of(), quantity.measure(), subject); }
    }

    /** Any other attributed assertion or quotation. */
    record Statement(List<String> about, String content) implements Proposition {
        public List<String> references() { return about; }
    }

    /** How the war or a party to it is faring: winning, the upper hand, losing, cannot win, stalemate. */
    record Assessment(String assessed, Verdict verdict, String since, String content) implements Proposition {
        public List<String> references() { return concat(List.of(), assessed, since); }
    }

    /** That a document exists, was seen, or is held, as a source attests it; {@code quantity} counts copies seen. */
    record Attestation(String document, Attests attests, String witness, Quantity quantity, String content)
            implements Proposition {
        public List<String> references() {
            return concat(List.of(), document, witness, quantity == null ? null : quantity.measure());
        }
    }

    /** What an assessment says of the assessed party. */
    enum Verdict { WINNING, UPPER_HAND, LOSING, CANNOT_WIN, STALEMATE }

    /** What an attestation says of a document. */
    enum Attests { EXISTENCE, SIGHTING, POSSESSION }

    private static List<String> concat(List<String> list, String... more) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(list);
        for (String m : more) if (m != null) out.add(m);
        return out;
    }
}
