package de.ozg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.util.NameTransformer;
import de.ozg.json.internal.Schreiber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** A Jackson 2 generator for the forms; its checked failures travel unchecked. */
final class Jackson2Schreiber implements Schreiber {

    private final JsonGenerator g;
    private final Locale locale;
    /** Renames the fields of an unwrapped value ({@code @JsonUnwrapped(prefix = ..)}), not those nested in it. */
    private final NameTransformer namen;
    private int tiefe;

    Jackson2Schreiber(JsonGenerator g, Locale locale, NameTransformer namen) {
        this.g = g;
        this.locale = locale;
        this.namen = namen;
    }

    @Override
    public void startObject() {
        try {
            g.writeStartObject();
            tiefe++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endObject() {
        try {
            g.writeEndObject();
            tiefe--;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void startArray() {
        try {
            g.writeStartArray();
            tiefe++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endArray() {
        try {
            g.writeEndArray();
            tiefe--;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void name(String name) {
        try {
            g.writeFieldName(tiefe == 0 && namen != null ? namen.transform(name) : name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String text) {
        try {
            g.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void zahl(long zahl) {
        try {
            g.writeNumber(zahl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void zahl(double zahl) {
        try {
            g.writeNumber(zahl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void wahr(boolean wert) {
        try {
            g.writeBoolean(wert);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Locale locale() {
        return locale;
    }
}
