package de.ozg.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.ozg.json.internal.Leser;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The token stream of a Jackson 2 parser for the forms; its checked failures travel unchecked. */
final class Jackson2Leser implements Leser {

    private final JsonParser p;

    Jackson2Leser(JsonParser p) {
        this.p = p;
    }

    static Art art(JsonToken t) {
        if (t == null) {
            return Art.ENDE;
        }
        switch (t) {
            case START_OBJECT: return Art.START_OBJECT;
            case END_OBJECT: return Art.END_OBJECT;
            case START_ARRAY: return Art.START_ARRAY;
            case END_ARRAY: return Art.END_ARRAY;
            case FIELD_NAME: return Art.NAME;
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
        try {
            return art(p.nextToken());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String nextName() {
        try {
            return p.nextFieldName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String text() {
        try {
            return p.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isLong() {
        try {
            JsonParser.NumberType n = p.getNumberType();
            return n == JsonParser.NumberType.INT || n == JsonParser.NumberType.LONG;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long longValue() {
        try {
            return p.getLongValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String pointer() {
        return JsonFelder.pointer(p);
    }

    @Override
    public void skip() {
        try {
            p.skipChildren();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
