package de.ozg.json.internal;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.json.JsonViolation;
import de.ozg.json.OzgJsonException;
import java.util.List;

/**
 * The failures of reading, with the messages the library has always given: the JSON Pointer first,
 * then what was expected and what was found, for example
 * {@code /leistungen/0/ozgId: OZG-ID must be a JSON string such as "10000", was the number 10000}.
 */
final class Lesen {

    private Lesen() {
    }

    static String wo(String pointer) {
        return pointer.isEmpty() ? "(document)" : pointer;
    }

    private static Formfehler fehler(JsonViolation v, String pointer, String meldung, String wert, String erwartet,
            Throwable ursache, Class<?> type, List<String> felder, String zusatz) {
        OzgJsonException e = new OzgJsonException(v, pointer, meldung, wert, erwartet, ursache);
        return new Formfehler(e, type, felder, e.getMessage() + zusatz);
    }

    static Formfehler falscherTyp(Leser in, Class<?> type, String label, String erwartet) {
        Leser.Art art = in.art();
        String hinweis = art == Leser.Art.INT && erwartet.startsWith("a JSON string")
                ? " (keys and codes are never numbers: a number loses its leading zeros)" : "";
        String wert = art == Leser.Art.STRING || art == Leser.Art.INT || art == Leser.Art.FLOAT ? in.text() : null;
        return fehler(JsonViolation.WRONG_TYPE, in.pointer(), label + " must be " + erwartet + ", was "
                + beschreibe(in) + hinweis, wert, erwartet, null, type, List.of(), "");
    }

    /** A value of the right JSON type that ozg-core's factory refused. */
    static Formfehler ungueltig(Leser in, Class<?> type, String wert, OzgException e) {
        return fehler(JsonViolation.INVALID_VALUE, in.pointer(), e.getMessage(), wert, e.expectedForm(), e, type,
                List.of(), " (expected " + e.expectedForm() + ")");
    }

    static Formfehler ungueltig(Leser in, Class<?> type, String wert, String label, String erwartet) {
        return fehler(JsonViolation.INVALID_VALUE, in.pointer(), label + " must be " + erwartet + ", was "
                + SafeText.quote(wert), wert, erwartet, null, type, List.of(), "");
    }

    static Formfehler fremdesFormat(Leser in, Class<?> type, String wert, String meldung, String erwartet) {
        return fehler(JsonViolation.UNSUPPORTED_FORMAT, in.pointer(), meldung, wert, erwartet, null, type,
                List.of(), "");
    }

    static Formfehler fehlt(Leser in, Class<?> type, String feld) {
        return fehler(JsonViolation.MISSING_FIELD, in.pointer(), "required field '" + feld + "' of "
                + type.getSimpleName() + " is missing", null, "the field '" + feld + "'", null, type, List.of(), "");
    }

    static Formfehler unbekannt(Leser in, Class<?> type, String feld, List<String> felder) {
        String erwartet = "one of the fields " + felder;
        return fehler(JsonViolation.UNKNOWN_FIELD, in.pointer(), "unknown field " + SafeText.quote(feld)
                + " of " + type.getSimpleName() + ", expected " + erwartet, feld, erwartet, null, type, felder, "");
    }

    static Formfehler doppelt(Leser in, Class<?> type, String feld) {
        return fehler(JsonViolation.DUPLICATE_FIELD, in.pointer(), Formfehler.doppelt(feld), feld, "each field once per object", null, type,
                List.of(), "");
    }

    static Formfehler modell(Leser in, Class<?> type, OzgException e) {
        return fehler(JsonViolation.MODEL_INVARIANT, in.pointer(), e.getMessage(), e.actualValue().orElse(null),
                e.expectedForm(), e, type, List.of(), "");
    }

    static Formfehler nurSchreiben(Leser in, Class<?> type) {
        return fehler(JsonViolation.UNSUPPORTED_FORMAT, in.pointer(), type.getName()
                + " has a JSON form for writing only; it is a result, not an input", null,
                "a type that ozg-json reads", null, type, List.of(), "");
    }

    private static String beschreibe(Leser in) {
        switch (in.art()) {
            case INT:
            case FLOAT:
                return "the number " + in.text();
            case TRUE:
                return "the boolean true";
            case FALSE:
                return "the boolean false";
            case NULL:
                return "null";
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case STRING:
                return "the string " + SafeText.quote(in.text());
            case ENDE:
                return "the end of the input";
            default:
                return in.art().name();
        }
    }
}
