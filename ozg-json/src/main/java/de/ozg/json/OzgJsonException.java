package de.ozg.json;

import de.ozg.core.OzgException;
import de.ozg.core.internal.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * Thrown when a JSON document of this library's formats cannot be read: it is malformed, exceeds a
 * safety limit, has a value of the wrong type or breaks an invariant of the model. The message names
 * the place as a JSON Pointer (RFC 6901) such as {@code /leistungen/3/ozgId}, the expected form and
 * the value as given, e.g. {@code /leistungen/0/ozgId: OZG-ID must be 5 digits, was 4: '1000'}.
 *
 * <p>Documents are read whole and fail on the first error; large status files are read with the
 * streaming {@link UmsetzungsstandReader} instead, which reports every bad row as a finding and goes
 * on. Under any Jackson mapper (Spring Boot's, say) the library's types put this exception as the
 * cause of the Jackson exception they throw, so that the violation and the pointer are at hand
 * there too. Immutable and thread-safe.
 */
public final class OzgJsonException extends OzgException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    /**
     * @param violation    the rule that was broken
     * @param pointer      the JSON Pointer of the offending value, or null when unknown
     * @param message      the message without the pointer (it is prefixed here)
     * @param actualValue  the offending value as given, or null
     * @param expectedForm a short description of the expected form
     * @param cause        the underlying cause, or null
     */
    public OzgJsonException(JsonViolation violation, String pointer, String message, String actualValue,
            String expectedForm, Throwable cause) {
        super(pointer == null ? message : (pointer.isEmpty() ? "(document)" : pointer) + ": " + message,
                violation, actualValue, expectedForm, cause);
        this.pointer = pointer;
    }

    @Override
    public JsonViolation violation() {
        return (JsonViolation) super.violation();
    }

    /**
     * The message in the user's language. English is {@link #getMessage()}, written where the
     * problem was found with all its detail. German is built from the {@linkplain #violation()
     * violation}, the pointer and the value, and the German message of the cause when the cause is
     * one of the library's exceptions (an identifier or a reference that did not parse), so that
     * German output carries no English fragments.
     *
     * @param locale the user's locale
     * @return the message, never null
     */
    @Override
    public String message(Locale locale) {
        if (!Messages.isGerman(locale)) {
            return getMessage();
        }
        Messages texte = Texte.MESSAGES;
        String wo = pointer == null || pointer.isEmpty() ? texte.german("dokument") : pointer;
        String text = texte.german(violation().name(), wo);
        if (getCause() instanceof OzgException ursache && ursache != this) {
            return texte.german("grund", text, ursache.message(locale));
        }
        return actualValue().map(w -> texte.german("wert", text, quote(w))).orElse(text);
    }

    /** The bundles, loaded on first use: most exceptions are never shown in German. */
    private static final class Texte {
        static final Messages MESSAGES = Messages.of("de.ozg.json.messages", OzgJsonException.class);
    }

    /**
     * The JSON Pointer of the offending value, such as {@code /leistungen/3/ozgId}; the empty string
     * stands for the whole document.
     *
     * @return the pointer, or empty when the input failed before any value was reached
     */
    public Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }
}
