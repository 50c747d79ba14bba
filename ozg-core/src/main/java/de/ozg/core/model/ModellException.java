package de.ozg.core.model;

import static de.ozg.core.SafeText.quote;

import de.ozg.core.OzgException;

/**
 * Thrown when an entity of the model would break one of its invariants at construction, for
 * example an OZG-Leistung whose Lebenslage belongs to another Themenfeld, or a catalogue that lists
 * one OZG-ID twice with different names. Rules that cannot be invariants (consistency across
 * files, programme conventions) are reported by the rule sets of {@code de.ozg.core.validation}
 * instead, never thrown.
 */
public final class ModellException extends OzgException {

    private static final long serialVersionUID = 1L;

    /**
     * @param violation    the broken invariant
     * @param feld         the field or entity concerned, such as "OzgLeistung.lebenslage"
     * @param actualValue  the offending value, may be null
     * @param expectedForm what would have been valid
     */
    public ModellException(ModellViolation violation, String feld, String actualValue, String expectedForm) {
        super(feld + ": expected " + expectedForm + ", was " + quote(actualValue), violation, actualValue,
                expectedForm, null);
    }

    @Override
    public ModellViolation violation() {
        return (ModellViolation) super.violation();
    }

    static String requireText(String feld, String value) {
        if (value == null || isBlank(value)) {
            throw new ModellException(ModellViolation.BLANK_TEXT, feld, value, "a non-blank text");
        }
        return value;
    }

    /**
     * Whether a text holds nothing visible: only whitespace, Unicode spaces such as the
     * non-breaking space (which {@link String#isBlank()} does not count) and invisible format
     * characters such as the zero-width space.
     */
    static boolean isBlank(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }
}
