package de.ozg.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.ozg.core.OzgException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reading helpers shared by the deserializers: every value is taken straight from the parser, and
 * every failure becomes a Jackson exception whose message starts with the JSON Pointer of the
 * value, so that {@code /leistungen/3/ozgId} is visible even where Jackson's reference chain is
 * not built (explicit deserializers do not add one).
 */
final class JsonFelder {

    private JsonFelder() {
    }

    /** The JSON Pointer of the current value, {@code ""} for the document root. */
    static String pointer(JsonParser p) {
        return p.getParsingContext().pathAsPointer().toString();
    }

    static String wo(JsonParser p) {
        String ptr = pointer(p);
        return ptr.isEmpty() ? "(document)" : ptr;
    }

    /**
     * Parses a JSON string with a factory of ozg-core. A number is refused even when its digits
     * would fit: identifiers and codes are strings, and a number has already lost its leading zeros.
     */
    static <T> T parse(JsonParser p, DeserializationContext ctxt, Class<T> type, String label, String beispiel,
            Function<String, T> factory) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_STRING) {
            throw wrongType(p, type, label, "a JSON string such as \"" + beispiel + "\"");
        }
        String text = p.getText();
        try {
            return factory.apply(text);
        } catch (OzgException e) {
            throw invalid(p, type, text, e);
        }
    }

    static InvalidFormatException invalid(JsonParser p, Class<?> type, String value, OzgException e) {
        InvalidFormatException ex = InvalidFormatException.from(p,
                wo(p) + ": " + e.getMessage() + " (expected " + e.expectedForm() + ")", value, type);
        ex.initCause(e);
        return ex;
    }

    static InvalidFormatException invalid(JsonParser p, Class<?> type, String value, String label,
            String expected) {
        return InvalidFormatException.from(p,
                wo(p) + ": " + label + " must be " + expected + ", was " + OzgException.quote(value), value, type);
    }

    static MismatchedInputException wrongType(JsonParser p, Class<?> type, String label, String expected) {
        JsonToken t = p.currentToken();
        String was = describe(p, t);
        String hint = t == JsonToken.VALUE_NUMBER_INT && expected.startsWith("a JSON string")
                ? " (keys and codes are never numbers: a number loses its leading zeros)" : "";
        return MismatchedInputException.from(p, type,
                wo(p) + ": " + label + " must be " + expected + ", was " + was + hint);
    }

    static MismatchedInputException missing(JsonParser p, Class<?> type, String field) {
        return MismatchedInputException.from(p, type,
                wo(p) + ": required field '" + field + "' of " + type.getSimpleName() + " is missing");
    }

    static JsonMappingException modell(JsonParser p, Class<?> type, OzgException e) {
        JsonMappingException ex = JsonMappingException.from(p, wo(p) + ": " + e.getMessage());
        ex.initCause(e);
        return ex;
    }

    private static String describe(JsonParser p, JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        try {
            switch (t) {
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return "the number " + p.getText();
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return "the boolean " + p.getText();
                case VALUE_NULL:
                    return "null";
                case START_OBJECT:
                    return "an object";
                case START_ARRAY:
                    return "an array";
                case VALUE_STRING:
                    return "the string " + OzgException.quote(p.getText());
                default:
                    return t.asString() == null ? t.name() : t.asString();
            }
        } catch (IOException e) {
            return t.name();
        }
    }

    /** Requires the current token to open an object. */
    static void startObject(JsonParser p, Class<?> type, String label) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(p, type, label, "a JSON object");
        }
    }

    /** Requires the current token to open an array. */
    static void startArray(JsonParser p, Class<?> type, String label) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(p, type, label, "a JSON array");
        }
    }

    static String text(JsonParser p, Class<?> type, String label) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(p, type, label, "a JSON string");
        }
        return p.getText();
    }

    /** A text that may be null (the field counts as absent). */
    static String optionalText(JsonParser p, Class<?> type, String label) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : text(p, type, label);
    }

    static boolean bool(JsonParser p, Class<?> type, String label) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongType(p, type, label, "true or false");
    }

    static LocalDate date(JsonParser p, Class<?> type, String label) throws IOException {
        String text = text(p, type, label);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(p, LocalDate.class, text, label, "an ISO-8601 date yyyy-mm-dd such as '2023-05-31'");
        }
    }

    /** Whether the current token is null, which every optional field reads as absent. */
    static boolean isNull(JsonParser p) {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }
}
