package de.ozg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import de.ozg.core.OzgException;
import java.io.IOException;
import java.util.function.Function;

/**
 * The JSON form of a type written as one string: identifiers, codes and names. One instance holds
 * the serializer, the deserializer and the map-key forms, so that the text written and the text
 * read are defined in one place.
 *
 * @param <T> the Java type
 */
final class Textform<T> {

    private final Class<T> type;
    private final String label;
    private final String beispiel;
    private final Function<T, String> format;
    private final Function<String, T> parse;

    Textform(Class<T> type, String label, String beispiel, Function<T, String> format, Function<String, T> parse) {
        this.type = type;
        this.label = label;
        this.beispiel = beispiel;
        this.format = format;
        this.parse = parse;
    }

    Class<T> type() {
        return type;
    }

    String format(T value) {
        return format.apply(value);
    }

    T read(JsonParser p, DeserializationContext ctxt) throws IOException {
        return JsonFelder.parse(p, ctxt, type, label, beispiel, parse);
    }

    JsonSerializer<T> serializer() {
        return new StdScalarSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(format.apply(value));
            }
        };
    }

    JsonDeserializer<T> deserializer() {
        return new StdScalarDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return read(p, ctxt);
            }
        };
    }

    JsonSerializer<T> keySerializer() {
        return new StdScalarSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeFieldName(format.apply(value));
            }
        };
    }

    KeyDeserializer keyDeserializer() {
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                try {
                    return parse.apply(key);
                } catch (OzgException e) {
                    return ctxt.handleWeirdKey(type, key, "%s", e.getMessage());
                }
            }
        };
    }
}
