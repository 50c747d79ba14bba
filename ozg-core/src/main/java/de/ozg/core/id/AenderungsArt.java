package de.ozg.core.id;

/**
 * The kinds of harmless repair that lenient normalisation of identifiers performs. Nothing else is
 * ever changed: a letter {@code O} for a zero, a missing digit or a blank inside a key stay errors.
 */
public enum AenderungsArt {
    /**
     * Blanks before or after the identifier were removed: space, tab, line breaks and every other
     * Unicode space separator (U+2009 thin space, U+3000 ideographic space …) except the
     * non-breaking ones, which {@link #REMOVED_NBSP} counts.
     */
    STRIPPED_BLANKS,
    /** Non-breaking spaces (U+00A0, U+202F, U+2007) before or after the identifier were removed. */
    REMOVED_NBSP,
    /** Zero-width characters (U+200B..U+200D, U+2060, U+FEFF), wherever they were, were removed. */
    REMOVED_ZERO_WIDTH,
    /** Full-width digits (U+FF10..U+FF19) were converted to the ASCII digits 0-9. */
    CONVERTED_FULLWIDTH_DIGITS,
    /**
     * A leading zero lost by storing the key as a number was restored, where the result is certain
     * (see {@link IdFormatViolation#AMBIGUOUS_REPAIR} for where it is not).
     */
    RESTORED_LEADING_ZERO
}
