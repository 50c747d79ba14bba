package de.ozg.json.jackson3;

import de.ozg.json.internal.Schreiber;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.util.NameTransformer;

/** A Jackson 3 generator for the forms. */
final class Jackson3Schreiber implements Schreiber {

    private final JsonGenerator g;
    private final Locale locale;
    /** Renames the fields of an unwrapped value ({@code @JsonUnwrapped(prefix = ..)}), not those nested in it. */
    private final NameTransformer namen;
    private int tiefe;

    Jackson3Schreiber(JsonGenerator g, Locale locale, NameTransformer namen) {
        this.g = g;
        this.locale = locale;
        this.namen = namen;
    }

    @Override
    public void startObject() {
        g.writeStartObject();
        tiefe++;
    }

    @Override
    public void endObject() {
        g.writeEndObject();
        tiefe--;
    }

    @Override
    public void startArray() {
        g.writeStartArray();
        tiefe++;
    }

    @Override
    public void endArray() {
        g.writeEndArray();
        tiefe--;
    }

    @Override
    public void name(String name) {
        g.writeName(tiefe == 0 && namen != null ? namen.transform(name) : name);
    }

    @Override
    public void text(String text) {
        g.writeString(text);
    }

    @Override
    public void zahl(long zahl) {
        g.writeNumber(zahl);
    }

    @Override
    public void zahl(double zahl) {
        g.writeNumber(zahl);
    }

    @Override
    public void wahr(boolean wert) {
        g.writeBoolean(wert);
    }

    @Override
    public Locale locale() {
        return locale;
    }
}
