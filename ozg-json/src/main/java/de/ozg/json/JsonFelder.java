package de.ozg.json;

import com.fasterxml.jackson.core.JsonParser;

/** The JSON Pointer of a Jackson 2 parser's position, shared by the readers of this package. */
final class JsonFelder {

    private JsonFelder() {
    }

    /** The JSON Pointer of the current value, {@code ""} for the document root. */
    static String pointer(JsonParser p) {
        return p.getParsingContext().pathAsPointer().toString();
    }
}
