package de.ozg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The JSON form of an entity written as an object: one writer, one reader, the list of field
 * names. The reader walks the token stream itself, calls the public factories and builders of
 * ozg-core, and leaves unknown fields to {@link DeserializationContext#handleUnknownProperty}, which
 * honours {@code FAIL_ON_UNKNOWN_PROPERTIES}.
 *
 * @param <T> the Java type
 */
abstract class Objektform<T> {

    final Class<T> type;
    final String label;
    private final List<Object> felder;
    private final JsonDeserializer<T> deserializer;

    Objektform(Class<T> type, String label, String... felder) {
        this.type = type;
        this.label = label;
        this.felder = List.of((Object[]) felder);
        this.deserializer = new StdDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return lese(p, ctxt);
            }

            @Override
            public Collection<Object> getKnownPropertyNames() {
                return Objektform.this.felder;
            }
        };
    }

    abstract void schreibe(T value, JsonGenerator g) throws IOException;

    /** Reads the object the parser stands on (its START_OBJECT); leaves the parser on END_OBJECT. */
    abstract T lese(JsonParser p, DeserializationContext c) throws IOException;

    void beginne(JsonParser p) throws IOException {
        JsonFelder.startObject(p, type, label);
    }

    void unbekannt(JsonParser p, DeserializationContext c, String name) throws IOException {
        c.handleUnknownProperty(p, deserializer, type, name);
    }

    /** Reads an array of objects of another form. */
    static <E> List<E> liste(JsonParser p, DeserializationContext c, Objektform<E> form, String label)
            throws IOException {
        JsonFelder.startArray(p, form.type, label);
        List<E> list = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw JsonFelder.wrongType(p, form.type, label, "a closed JSON array");
            }
            list.add(form.lese(p, c));
        }
        return list;
    }

    JsonSerializer<T> serializer() {
        return new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                schreibe(value, gen);
            }
        };
    }

    JsonDeserializer<T> deserializer() {
        return deserializer;
    }
}
