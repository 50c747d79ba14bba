package de.ozg.core.id;

import de.ozg.core.OzgException;
import java.util.Objects;

/**
 * Thrown when text or a number is not a well-formed identifier: an OZG-ID, LeiKa-Schlüssel, ARS,
 * AGS or FIM-ID. The message names the identifier type, the expected form and the value exactly as
 * given, for example {@code LeiKa-Schlüssel must be 14 digits, was 13: '9904100601300'}; invisible
 * characters in the value are shown as {@code \}{@code uXXXX}.
 *
 * <p>Strict parsing never repairs its input; to repair harmless defects (blanks, non-breaking
 * spaces, lost leading zeros) use the explicit {@code normalize} methods, which return a
 * {@link Normalisierung} instead of throwing. Immutable and thread-safe.
 */
public final class IdFormatException extends OzgException {

    private static final long serialVersionUID = 1L;

    private final IdTyp idTyp;

    /**
     * @param idTyp        the identifier type that failed
     * @param violation    the rule that was broken
     * @param message      the complete message (identifier type, expected form, actual value)
     * @param actualValue  the offending value as given, or null when the input was null
     * @param expectedForm a short description of the expected form, such as "14 digits"
     */
    public IdFormatException(IdTyp idTyp, IdFormatViolation violation, String message, String actualValue,
            String expectedForm) {
        super(message, violation, actualValue, expectedForm, null);
        this.idTyp = Objects.requireNonNull(idTyp, "idTyp");
    }

    @Override
    public IdFormatViolation violation() {
        return (IdFormatViolation) super.violation();
    }

    /**
     * The identifier type that failed to parse.
     *
     * @return the identifier type
     */
    public IdTyp idTyp() {
        return idTyp;
    }
}
