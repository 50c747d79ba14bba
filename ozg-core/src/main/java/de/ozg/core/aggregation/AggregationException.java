package de.ozg.core.aggregation;

import static de.ozg.core.SafeText.quote;

import de.ozg.core.OzgException;

/**
 * Thrown when an aggregation is set up wrongly: an unknown counting rule name, a threshold out of
 * range, or two accumulators merged although they count over different catalogues, Gebiete or
 * rules. Data that does not fit an aggregation never throws: such rows are counted as
 * "nicht zugeordnet". The message names the setting, the expected form and the actual value.
 */
public final class AggregationException extends OzgException {

    private static final long serialVersionUID = 1L;

    /**
     * @param violation    what was wrong
     * @param feld         the setting concerned, such as "Zaehlregel.flaechendeckungsanteil"
     * @param actualValue  the offending value, may be null
     * @param expectedForm what would have been accepted
     */
    public AggregationException(AggregationViolation violation, String feld, String actualValue,
            String expectedForm) {
        super(feld + ": expected " + expectedForm + ", was " + quote(actualValue), violation, actualValue,
                expectedForm, null);
    }

    @Override
    public AggregationViolation violation() {
        return (AggregationViolation) super.violation();
    }
}
