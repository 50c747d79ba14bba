package de.ozg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import de.ozg.core.OzgException;
import de.ozg.core.ref.Priorisierung;
import java.io.IOException;

/**
 * The Jackson module that binds the OZG model: identifiers, reference types and entities of
 * ozg-core, in the JSON forms listed in the {@linkplain de.ozg.json package documentation}.
 *
 * <p>Register it explicitly with {@code JsonMapper.builder().addModule(new OzgModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@code META-INF/services}; both give
 * the same binding. {@link OzgJson#mapper()} returns a mapper that also sets this library's safety
 * limits. The (de)serializers are explicit code calling the public factories and builders of
 * ozg-core (no annotations, no mix-ins): a bad identifier fails with Jackson's
 * {@code InvalidFormatException} whose message starts with the JSON Pointer of the value and repeats
 * ozg-core's message with the value and the expected form, for example
 * {@code /leistungen/0/ozgId: OZG-ID must be 5 digits, was 4: '1000' (expected 5 digits)}.
 * Identifiers read from a JSON number are refused: a number has lost its leading zeros.
 *
 * <p>Immutable after construction and thread-safe, like every Jackson module.
 */
public final class OzgModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with every binding of this library registered. */
    public OzgModule() {
        super("OzgModule", Version.unknownVersion());
        for (Textform<?> form : Formen.ALLE) {
            register(form);
        }
        for (Textform<?> form : Formen.SCHLUESSEL) {
            registerKey(form);
        }
        for (Objektform<?> form : Modellformen.ALLE) {
            register(form);
        }
        addSerializer(Priorisierung.class, new PriorisierungSerializer());
        addDeserializer(Priorisierung.class, new PriorisierungDeserializer());
        register(Nachnutzungsformen.NACHNUTZUNGS_STATUS);
        for (Objektform<?> form : Nachnutzungsformen.ALLE) {
            register(form);
        }
    }

    private <T> void register(Textform<T> form) {
        addSerializer(form.type(), form.serializer());
        addDeserializer(form.type(), form.deserializer());
    }

    private <T> void registerKey(Textform<T> form) {
        addKeySerializer(form.type(), form.keySerializer());
        addKeyDeserializer(form.type(), form.keyDeserializer());
    }

    private <T> void register(Objektform<T> form) {
        addSerializer(form.type, form.serializer());
        addDeserializer(form.type, form.deserializer());
    }

    @Override
    public Object getTypeId() {
        // One registration per mapper, however many instances are added (explicitly and via
        // findAndRegisterModules): they are all equal.
        return OzgModule.class.getName();
    }

    /** Written as the Stufe 1 to 4; read from that number or any text Priorisierung.find accepts. */
    private static final class PriorisierungSerializer extends StdScalarSerializer<Priorisierung> {
        private static final long serialVersionUID = 1L;

        PriorisierungSerializer() {
            super(Priorisierung.class);
        }

        @Override
        public void serialize(Priorisierung value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.stufe());
        }
    }

    private static final class PriorisierungDeserializer extends StdScalarDeserializer<Priorisierung> {
        private static final long serialVersionUID = 1L;

        PriorisierungDeserializer() {
            super(Priorisierung.class);
        }

        @Override
        public Priorisierung deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            try {
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    return Priorisierung.ofStufe(p.getIntValue());
                }
                if (t == JsonToken.VALUE_STRING) {
                    return Priorisierung.parse(p.getText());
                }
            } catch (OzgException e) {
                throw JsonFelder.invalid(p, Priorisierung.class, p.getText(), e);
            }
            throw JsonFelder.wrongType(p, Priorisierung.class, "Priorisierung", "a Stufe 1 to 4 or a name such as \"hoch\"");
        }
    }
}
