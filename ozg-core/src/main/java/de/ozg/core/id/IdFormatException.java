package de.ozg.core.id;

import de.ozg.core.OzgException;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when text or a number is not a well-formed identifier: an OZG-ID, LeiKa-Schlüssel, ARS,
 * AGS or FIM-ID. The message names the identifier type, the expected form and the value exactly as
 * given, for example {@code LeiKa-Schlüssel must be 14 digits, was 13: '9904100601300'}; invisible
 * characters in the value are shown as {@code \}{@code uXXXX}.
 *
 * <p><b>Languages.</b> {@link #getMessage()} and {@link #expectedForm()} are English, for logs and
 * stack traces; {@link #message(Locale)} and {@link #expectedForm(Locale)} give the same text in
 * German ({@code Locale.GERMAN}: "LeiKa-Schlüssel muss 14 Ziffern haben, hat 13: '9904100601300'")
 * or English, from the resource bundles of this package, so a German report carries no English
 * fragment. Other locales get English; the JVM's default locale plays no part.
 *
 * <p>Strict parsing never repairs its input; to repair harmless defects (blanks, non-breaking
 * spaces, lost leading zeros) use the explicit {@code normalize} methods, which return a
 * {@link Normalisierung} instead of throwing. Immutable and thread-safe.
 */
public final class IdFormatException extends OzgException {

    private static final long serialVersionUID = 2L;

    private final IdTyp idTyp;
    /** The message and the expected form as bundle texts; null when built from ready-made text. */
    private final Text meldung;
    private final Text form;

    /**
     * An exception with ready-made text, the same in every language: {@link #message(Locale)}
     * returns {@code message} and {@link #expectedForm(Locale)} returns {@code expectedForm}. The
     * library itself builds its exceptions from its resource bundles.
     *
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
        this.meldung = null;
        this.form = null;
    }

    IdFormatException(IdTyp idTyp, IdFormatViolation violation, Text meldung, String actualValue, Text form) {
        super(meldung.format(Locale.ENGLISH), violation, actualValue, form.format(Locale.ENGLISH), null);
        this.idTyp = Objects.requireNonNull(idTyp, "idTyp");
        this.meldung = meldung;
        this.form = form;
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

    /**
     * The message in German (language {@code de}) or English (any other locale).
     *
     * @param locale the language of the reader
     * @return the message: what, expected form, value as given
     */
    @Override
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return meldung == null ? getMessage() : meldung.format(locale);
    }

    /**
     * The expected form in German (language {@code de}) or English (any other locale), such as
     * "14 Ziffern" or "14 digits".
     *
     * @param locale the language of the reader
     * @return the expected form
     */
    public String expectedForm(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return form == null ? expectedForm() : form.format(locale);
    }
}
