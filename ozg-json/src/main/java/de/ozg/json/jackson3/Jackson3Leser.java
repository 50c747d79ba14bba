package de.ozg.json.jackson3;

import de.ozg.json.internal.Leser;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The token stream of a Jackson 3 parser for the forms; its failures pass through unchanged. */
final class Jackson3Leser implements Leser {

    private final JsonParser p;

    Jackson3Leser(JsonParser p) {
        this.p = p;
    }

    private static Art art(JsonToken t) {
        if (t == null) {
            return Art.ENDE;
        }
        switch (t) {
            case START_OBJECT: return Art.START_OBJECT;
            case END_OBJECT: return Art.END_OBJECT;
            case START_ARRAY: return Art.START_ARRAY;
            case END_ARRAY: return Art.END_ARRAY;
            case PROPERTY_NAME: return Art.NAME;
            case VALUE_STRING: return Art.STRING;
            case VALUE_NUMBER_INT: return Art.INT;
            case VALUE_NUMBER_FLOAT: return Art.FLOAT;
            case VALUE_TRUE: return Art.TRUE;
            case VALUE_FALSE: return Art.FALSE;
            case VALUE_NULL: return Art.NULL;
            default: return Art.ENDE;
        }
    }

    @Override
    public Art art() {
        return art(p.currentToken());
    }

    @Override
    public Art next() {
        return art(p.nextToken());
    }

    @Override
    public String nextName() {
        return p.nextName();
    }

    @Override
    public String text() {
        return p.getString();
    }

    @Override
    public boolean isLong() {
        JsonParser.NumberType n = p.getNumberType();
        return n == JsonParser.NumberType.INT || n == JsonParser.NumberType.LONG;
    }

    @Override
    public long longValue() {
        return p.getLongValue();
    }

    @Override
    public String pointer() {
        return OzgJson.pointer(p);
    }

    @Override
    public void skip() {
        p.skipChildren();
    }
}
