package de.ozg.core.ref;

import de.ozg.core.OzgException;

/**
 * Thrown when a code, name or number does not resolve to reference data, for example an unknown
 * Themenfeld or a Typisierung code that is not in the code list. The message names the kind of
 * reference, the expected form and the value as given.
 */
public final class UnknownReferenceException extends OzgException {

    private static final long serialVersionUID = 1L;

    /**
     * @param violation    what could not be resolved
     * @param actualValue  the value as given, may be null
     * @param expectedForm what would have been accepted
     */
    public UnknownReferenceException(ReferenceViolation violation, String actualValue, String expectedForm) {
        super(message(violation, actualValue, expectedForm), violation, actualValue, expectedForm, null);
    }

    private static String message(ReferenceViolation violation, String actualValue, String expectedForm) {
        return describe(violation) + ": expected " + expectedForm + ", was " + quote(actualValue);
    }

    private static String describe(ReferenceViolation violation) {
        switch (violation) {
            case UNKNOWN_BUNDESLAND: return "Unknown Bundesland";
            case UNKNOWN_BUNDESRESSORT: return "Unknown Bundesressort";
            case RESSORT_NOT_VALID_AT_DATE: return "Bundesressort not valid at that date";
            case UNKNOWN_THEMENFELD: return "Unknown Themenfeld";
            case UNKNOWN_TYPISIERUNG: return "Unknown Typisierung";
            case UNKNOWN_REIFEGRAD: return "Unknown Reifegrad";
            case REIFEGRAD_MODEL_MISMATCH: return "Reifegrade of different models are not comparable";
            case UNKNOWN_NACHNUTZUNGSMODELL: return "Unknown Nachnutzungsmodell";
            case UNKNOWN_PRIORISIERUNG: return "Unknown Priorisierung";
            case UNKNOWN_FLAECHENDECKUNG: return "Unknown Flächendeckung class";
            case BROKEN_RESOURCE: return "Broken reference data resource";
            default: throw new AssertionError(violation);
        }
    }

    @Override
    public ReferenceViolation violation() {
        return (ReferenceViolation) super.violation();
    }
}
