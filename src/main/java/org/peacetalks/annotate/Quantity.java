package org.peacetalks.annotate;

import java.math.BigDecimal;

/**
 * A figure: what it measures (a measure concept IRI), an exact value or a
 * range, its unit, and whether the text marks it approximate.
 */
public record Quantity(String measure, BigDecimal value, BigDecimal min, BigDecimal max, Unit unit, boolean approximate) {
    public Quantity {
        if (value == null && min == null && max == null) throw new IllegalArgumentException("a quantity needs a value or a bound");
    }
}
