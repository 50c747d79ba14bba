package de.ozg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import de.ozg.core.OzgException;
import de.ozg.json.internal.Form;
import de.ozg.json.internal.Formfehler;
import de.ozg.json.internal.Formtabelle;
import de.ozg.json.internal.Objektform;
import de.ozg.json.internal.Textform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;

/**
 * The Jackson 2 module that binds the OZG model: identifiers, reference types, entities, documents
 * and the validation and aggregation results, in the JSON forms listed in the
 * {@linkplain de.ozg.json package documentation} and in {@code JSON-FORMAT.md}. Its twin for
 * Jackson 3 ({@code tools.jackson}) is {@link de.ozg.json.jackson3.OzgModule}; both interpret the
 * same description of each type's form and write the same bytes.
 *
 * <p><b>Registering.</b> Explicitly with {@code JsonMapper.builder().addModule(new OzgModule())}, or
 * through {@code ObjectMapper.findAndRegisterModules()} and {@code META-INF/services}; both give the
 * same binding. <b>Spring Boot 3</b> registers it with no code of yours: the auto-configuration
 * {@code de.ozg.json.spring.OzgJacksonAutoConfiguration} contributes it as a bean before Boot's
 * {@code JacksonAutoConfiguration}, so the application's {@code ObjectMapper} (and with it Spring
 * MVC's message converter) binds the library types. Boot 4 uses Jackson 3 and the twin.
 *
 * <p><b>Strict under any mapper.</b> The library types are read strictly whatever the mapper's
 * settings, because a misspelt optional field ({@code "reifgrad"}) must never vanish: an unknown
 * field, a field given twice, a number where an identifier or code belongs, a missing required field
 * or a bad value fail with a {@code JsonMappingException} whose message starts with the JSON Pointer
 * of the value, e.g. {@code /leistungen/0/ozgId: OZG-ID must be 5 digits, was 4: '1000' (expected 5
 * digits)}, and whose cause is an {@link OzgJsonException} with the {@link JsonViolation}, the pointer,
 * the value and the expected form. Only the mapper-wide settings of {@link OzgJson#mapper()} (size
 * limits, duplicate detection and unknown fields in <em>your</em> types, no trailing content) are the
 * mapper's own and hold only for that mapper.
 *
 * <p><b>No form, no JSON.</b> A public type of ozg-core or ozg-json without a JSON form (such as a
 * {@code Regelwerk} or a reader) is refused with an {@code InvalidDefinitionException} naming it,
 * instead of being written getter by getter. Results (a {@code Pruefbericht}, an
 * {@code Umsetzungsbild}) are written, not read. The forms of objects support
 * {@code @JsonUnwrapped}.
 *
 * <p>Immutable after construction and thread-safe, like every Jackson module.
 */
public final class OzgModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with every binding of this library registered. */
    public OzgModule() {
        super("OzgModule", Version.unknownVersion());
        for (Form<?> form : Formtabelle.alle()) {
            register(form);
        }
        for (Textform<?> form : Formtabelle.schluessel()) {
            registerKey(form);
        }
    }

    private <T> void register(Form<T> form) {
        addSerializer(form.type(), new FormSerializer<>(form, null));
        addDeserializer(form.type(), new FormDeserializer<>(form));
    }

    private <T> void registerKey(Textform<T> form) {
        addKeySerializer(form.type(), new StdSerializer<T>(form.type()) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeFieldName(form.format(value));
            }
        });
        addKeyDeserializer(form.type(), new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                try {
                    return form.parse(key);
                } catch (OzgException e) {
                    return ctxt.handleWeirdKey(form.type(), key, "%s", e.getMessage());
                }
            }
        });
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        // added after the forms, so asked first: it answers only for library types without a form
        context.addSerializers(new OhneFormSerializers());
        context.addDeserializers(new OhneFormDeserializers());
    }

    @Override
    public Object getTypeId() {
        // One registration per mapper, however many instances are added (explicitly and via
        // findAndRegisterModules): they are all equal.
        return OzgModule.class.getName();
    }

    /**
     * Turns a failure of a form into the Jackson exception of its kind, with the library's
     * exception as the cause.
     */
    static JsonMappingException fehler(Formfehler f, JsonParser p) {
        String m = f.meldung();
        JsonMappingException e;
        switch (f.violation()) {
            case UNKNOWN_FIELD:
                return new UnbekanntesFeld(p, m, f);
            case INVALID_VALUE:
            case UNSUPPORTED_FORMAT:
                e = InvalidFormatException.from(p, m, f.wert(), f.type());
                break;
            case WRONG_TYPE:
            case MISSING_FIELD:
            case DUPLICATE_FIELD:
                e = MismatchedInputException.from(p, f.type(), m);
                break;
            default:
                e = JsonMappingException.from(p, m);
                break;
        }
        e.initCause(f.fehler());
        return e;
    }

    /**
     * Jackson's exception for an unknown field, with the library's exception as cause (Jackson's
     * constructor fixes the cause to none).
     */
    private static final class UnbekanntesFeld extends UnrecognizedPropertyException {
        private static final long serialVersionUID = 1L;

        private final OzgJsonException ursache;

        UnbekanntesFeld(JsonParser p, String meldung, Formfehler f) {
            super(p, meldung, p.currentLocation(), f.type(), f.wert(), new ArrayList<Object>(f.felder()));
            this.ursache = f.fehler();
        }

        @Override
        public synchronized Throwable getCause() {
            return ursache;
        }
    }

    /** Writes a value by its form; for {@code @JsonUnwrapped}, the object's fields alone. */
    private static final class FormSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Form<T> form;
        private final transient NameTransformer entpackt;

        FormSerializer(Form<T> form, NameTransformer entpackt) {
            super(form.type());
            this.form = form;
            this.entpackt = entpackt;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            try {
                Jackson2Schreiber out = new Jackson2Schreiber(gen, provider.getLocale(), entpackt);
                if (entpackt != null) {
                    ((Objektform<T>) form).schreibeFelder(value, out);
                } else {
                    form.schreibe(value, out);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public boolean isUnwrappingSerializer() {
            return entpackt != null;
        }

        @Override
        public JsonSerializer<T> unwrappingSerializer(NameTransformer namen) {
            return form instanceof Objektform ? new FormSerializer<>(form, namen) : this;
        }
    }

    /** Reads a value by its form. */
    private static final class FormDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Form<T> form;

        FormDeserializer(Form<T> form) {
            super(form.type());
            this.form = form;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return form.lese(new Jackson2Leser(p), form.label());
            } catch (Formfehler f) {
                throw fehler(f, p);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public Collection<Object> getKnownPropertyNames() {
            return new ArrayList<>(form.felder());
        }
    }

    private static final class OhneFormSerializers extends Serializers.Base {
        @Override
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            if (!Formtabelle.isOhneForm(raw)) {
                return null;
            }
            return new StdSerializer<Object>(Object.class) {
                private static final long serialVersionUID = 1L;

                @Override
                public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                    provider.reportBadDefinition(type, Formtabelle.ohneFormMeldung(raw));
                }
            };
        }
    }

    private static final class OhneFormDeserializers extends Deserializers.Base {
        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription beanDesc) {
            return ohneForm(type);
        }

        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                BeanDescription beanDesc) {
            return ohneForm(config.constructType(type));
        }

        private static JsonDeserializer<?> ohneForm(JavaType type) {
            if (!Formtabelle.isOhneForm(type.getRawClass())) {
                return null;
            }
            return new StdDeserializer<Object>(type) {
                private static final long serialVersionUID = 1L;

                @Override
                public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    return ctxt.reportBadDefinition(type, Formtabelle.ohneFormMeldung(type.getRawClass()));
                }
            };
        }
    }
}
