package de.ozg.json.internal;

import de.ozg.json.JsonViolation;
import de.ozg.json.OzgJsonException;
import java.util.List;

/**
 * A value a {@link Form} cannot read. Each binding turns it into the Jackson exception of its line
 * that matches the {@linkplain JsonViolation violation} ({@code InvalidFormatException} for a bad
 * value, {@code MismatchedInputException} for a wrong type or a missing field,
 * {@code UnrecognizedPropertyException} for an unknown field …), with the {@link OzgJsonException}
 * as its cause, so that a caller of any mapper finds the violation and the JSON Pointer there.
 *
 * <p>Internal: not part of the API, may change in any release.
 */
public final class Formfehler extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient OzgJsonException fehler;
    private final Class<?> type;
    private final List<String> felder;
    private final String meldung;

    Formfehler(OzgJsonException fehler, Class<?> type, List<String> felder, String meldung) {
        super(meldung, null, false, false);
        this.fehler = fehler;
        this.type = type;
        this.felder = felder;
        this.meldung = meldung;
    }

    /**
     * The message for a field given twice, the same whether a form or the parser found it.
     *
     * @param name the field name
     * @return the message without pointer
     */
    public static String doppelt(String name) {
        return "duplicate field " + de.ozg.core.SafeText.quote(name) + ": which value is meant is undecidable";
    }

    /** @return the library's exception: violation, pointer, value and expected form */
    public OzgJsonException fehler() {
        return fehler;
    }

    /** @return the violation */
    public JsonViolation violation() {
        return fehler.violation();
    }

    /** @return the Java type that was being read */
    public Class<?> type() {
        return type;
    }

    /** @return the field names of the object form, for an unknown field; otherwise empty */
    public List<String> felder() {
        return felder;
    }

    /** @return the value as given, or null */
    public String wert() {
        return fehler.actualValue().orElse(null);
    }

    /** @return the message for the Jackson exception: pointer first, as the library's messages are */
    public String meldung() {
        return meldung;
    }
}
