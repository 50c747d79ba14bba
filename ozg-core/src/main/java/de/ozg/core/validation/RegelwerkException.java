package de.ozg.core.validation;

import static de.ozg.core.SafeText.quote;

import de.ozg.core.OzgException;

/**
 * Thrown when the validation framework is used wrongly: a rule set with two rules of the same id,
 * switching off a rule id that does not exist, a finding without a German message, a line number
 * 0. Problems in the checked data never throw; they are reported as {@link Befund}s.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegelwerkException extends OzgException {

    private static final long serialVersionUID = 1L;

    /**
     * @param violation    which rule was broken, not null
     * @param field        the name of the field or argument, e.g. "Regel-ID"
     * @param actualValue  the value as given, may be null
     * @param expectedForm what would have been accepted
     */
    public RegelwerkException(RegelwerkViolation violation, String field, String actualValue, String expectedForm) {
        super(field + " must be " + expectedForm + ", was " + quote(actualValue), violation, actualValue,
                expectedForm, null);
    }

    @Override
    public RegelwerkViolation violation() {
        return (RegelwerkViolation) super.violation();
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RegelwerkException(RegelwerkViolation.MISSING_TEXT, field, value, "a non-blank text");
        }
        return value;
    }

    static String requireRegelId(String value) {
        if (value == null || value.isEmpty() || hasWhitespace(value)) {
            throw new RegelwerkException(RegelwerkViolation.INVALID_RULE_ID, "Regel-ID", value,
                    "a non-blank id without whitespace, such as 'OZG-ID-FORMAT'");
        }
        return value;
    }

    /** A loop rather than a stream: every finding's id passes here. */
    private static boolean hasWhitespace(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (Character.isWhitespace(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
