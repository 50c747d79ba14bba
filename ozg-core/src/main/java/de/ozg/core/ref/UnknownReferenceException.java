package de.ozg.core.ref;

import de.ozg.core.OzgException;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a code, name or number does not resolve to reference data, for example an unknown
 * Themenfeld or a Typisierung code that is not in the code list. The message names the kind of
 * reference, the expected form and the value as given.
 *
 * <p><b>Languages.</b> {@link #getMessage()} and {@link #expectedForm()} are English, for logs;
 * {@link #message(Locale)} and {@link #expectedForm(Locale)} give the same text in German
 * ({@code Locale.GERMAN}: "Unbekanntes Bundesland: erwartet …, war 'Bayer'") or English, from the
 * resource bundles of this package. Other locales get English; the JVM's default locale plays no
 * part. Immutable and thread-safe.
 */
public final class UnknownReferenceException extends OzgException {

    private static final long serialVersionUID = 2L;

    /** The expected form as a bundle text; null when built from ready-made text. */
    private final Text form;

    /**
     * An exception with a ready-made English expected form: {@link #message(Locale)} and
     * {@link #expectedForm(Locale)} then give the English text in every language. The library itself
     * builds its exceptions from its resource bundles.
     *
     * @param violation    what could not be resolved
     * @param actualValue  the value as given, may be null
     * @param expectedForm what would have been accepted
     */
    public UnknownReferenceException(ReferenceViolation violation, String actualValue, String expectedForm) {
        super(message(Locale.ENGLISH, violation, actualValue, expectedForm), violation, actualValue, expectedForm,
                null);
        this.form = null;
    }

    UnknownReferenceException(ReferenceViolation violation, String actualValue, Text form) {
        super(message(Locale.ENGLISH, violation, actualValue, form.format(Locale.ENGLISH)), violation, actualValue,
                form.format(Locale.ENGLISH), null);
        this.form = form;
    }

    private static String message(Locale locale, ReferenceViolation violation, String actualValue, String form) {
        return Text.of("message", Text.of("violation." + violation.name()), form, quote(actualValue)).format(locale);
    }

    @Override
    public ReferenceViolation violation() {
        return (ReferenceViolation) super.violation();
    }

    /**
     * The message in German (language {@code de}) or English (any other locale).
     *
     * @param locale the language of the reader
     * @return the message: what could not be resolved, expected form, value as given
     */
    @Override
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return form == null ? getMessage()
                : message(locale, violation(), actualValue().orElse(null), form.format(locale));
    }

    /**
     * The expected form in German (language {@code de}) or English (any other locale).
     *
     * @param locale the language of the reader
     * @return the expected form
     */
    public String expectedForm(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return form == null ? expectedForm() : form.format(locale);
    }
}
