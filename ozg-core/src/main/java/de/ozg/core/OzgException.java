package de.ozg.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one unchecked root of every exception this library throws for bad input.
 *
 * <p>Each subclass stands for a category (identifier format, reference data, model invariant) and
 * carries a violation enum saying exactly which rule was broken, the offending value as it was
 * given (never repaired) and the form that was expected. Catch {@code OzgException} to handle all
 * of them; switch on {@link #violation()} to react to one.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public abstract class OzgException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Enum<?> violation;
    private final String actualValue;
    private final String expectedForm;

    /**
     * @param message      the complete message: what, expected form, actual value
     * @param violation    which rule was broken, never null
     * @param actualValue  the offending value as given, or null when there was none
     * @param expectedForm a short description of the expected form, never null
     * @param cause        the underlying cause, or null
     */
    protected OzgException(String message, Enum<?> violation, String actualValue, String expectedForm,
            Throwable cause) {
        super(message, cause);
        this.violation = Objects.requireNonNull(violation, "violation");
        this.actualValue = actualValue;
        this.expectedForm = Objects.requireNonNull(expectedForm, "expectedForm");
    }

    /**
     * The rule that was broken. Subclasses narrow the type to their own violation enum.
     *
     * @return the violation, never null
     */
    public Enum<?> violation() {
        return violation;
    }

    /**
     * The offending value exactly as it was given, or empty when the input was missing (null).
     *
     * @return the actual value
     */
    public Optional<String> actualValue() {
        return Optional.ofNullable(actualValue);
    }

    /**
     * A short description of the expected form, such as "14 digits".
     *
     * @return the expected form, never null
     */
    public String expectedForm() {
        return expectedForm;
    }

    /**
     * The message in the user's language: German for every locale whose language is {@code de},
     * English otherwise. {@link #getMessage()} stays English, for logs and stack traces; the
     * categories whose messages come from resource bundles give the German text here. The root
     * gives the English message in both languages.
     *
     * @param locale the user's locale
     * @return the message, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return getMessage();
    }

    /**
     * Quotes a value for a message so that blanks and invisible characters show, and so that nothing
     * in it can act on a terminal: control characters (C0, DEL, C1), format characters such as the
     * bidirectional controls, and whitespace other than the plain blank are written as
     * {@code \}{@code uXXXX}. The same as {@link SafeText#quote(CharSequence)}.
     *
     * @param value the value, may be null
     * @return the quoted value, or {@code null} without quotes
     */
    public static String quote(CharSequence value) {
        return SafeText.quote(value);
    }
}
