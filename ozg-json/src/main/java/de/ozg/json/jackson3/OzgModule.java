package de.ozg.json.jackson3;

import de.ozg.core.OzgException;
import de.ozg.json.OzgJsonException;
import de.ozg.json.internal.Form;
import de.ozg.json.internal.Formfehler;
import de.ozg.json.internal.Formtabelle;
import de.ozg.json.internal.Objektform;
import de.ozg.json.internal.Textform;
import java.util.ArrayList;
import java.util.Collection;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.NameTransformer;

/**
 * The Jackson 3 ({@code tools.jackson}) module that binds the OZG model: the twin of
 * {@link de.ozg.json.OzgModule}, interpreting the same description of each type's JSON form, so
 * both write the same bytes and refuse the same input with the same JSON Pointer. Everything said
 * there holds here: library types are read strictly under any mapper (unknown and duplicate fields,
 * numbers for keys and codes, missing fields and bad values fail with a {@code DatabindException}
 * whose cause is an {@link OzgJsonException}), a library type without a JSON form is refused by name,
 * results are written only, object forms support {@code @JsonUnwrapped}.
 *
 * <p><b>Registering.</b> {@code JsonMapper.builder().addModule(new OzgModule())}, or
 * {@code findAndAddModules()} through {@code META-INF/services/tools.jackson.databind.JacksonModule}.
 * <b>Spring Boot 4</b> registers it with no code of yours through the auto-configuration
 * {@code de.ozg.json.spring.OzgJackson3AutoConfiguration}. {@link OzgJson#mapper()} adds this
 * library's size limits and strict settings for a mapper of your own.
 *
 * <p>Needs {@code tools.jackson.core:jackson-databind} 3.x on the class path (an optional dependency
 * of ozg-json). Immutable and thread-safe.
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
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
                gen.writeName(form.format(value));
            }
        });
        addKeyDeserializer(form.type(), new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
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
    public Object getRegistrationId() {
        // One registration per mapper, however many instances are added: they are all equal.
        return OzgModule.class.getName();
    }

    /** Turns a failure of a form into the Jackson exception of its kind, with the library's exception as cause. */
    static DatabindException fehler(Formfehler f, JsonParser p) {
        String m = f.meldung();
        switch (f.violation()) {
            case UNKNOWN_FIELD:
                return new UnbekanntesFeld(p, m, f);
            case INVALID_VALUE:
            case UNSUPPORTED_FORMAT:
                return mitUrsache(InvalidFormatException.from(p, m, f.wert(), f.type()), f);
            case WRONG_TYPE:
            case MISSING_FIELD:
            case DUPLICATE_FIELD:
                return mitUrsache(MismatchedInputException.from(p, f.type(), m), f);
            default:
                return DatabindException.from(p, m, f.fehler());
        }
    }

    private static DatabindException mitUrsache(DatabindException e, Formfehler f) {
        e.initCause(f.fehler());
        return e;
    }

    /** Jackson's exception for an unknown field, with the library's exception as cause. */
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
        private final Form<T> form;
        private final NameTransformer entpackt;

        FormSerializer(Form<T> form, NameTransformer entpackt) {
            super(form.type());
            this.form = form;
            this.entpackt = entpackt;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
            Jackson3Schreiber out = new Jackson3Schreiber(gen, provider.getLocale(), entpackt);
            if (entpackt != null) {
                ((Objektform<T>) form).schreibeFelder(value, out);
            } else {
                form.schreibe(value, out);
            }
        }

        @Override
        public boolean isUnwrappingSerializer() {
            return entpackt != null;
        }

        @Override
        public ValueSerializer<T> unwrappingSerializer(NameTransformer namen) {
            return form instanceof Objektform ? new FormSerializer<>(form, namen) : this;
        }
    }

    /** Reads a value by its form. */
    private static final class FormDeserializer<T> extends StdDeserializer<T> {
        private final Form<T> form;

        FormDeserializer(Form<T> form) {
            super(form.type());
            this.form = form;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return form.lese(new Jackson3Leser(p), form.label());
            } catch (Formfehler f) {
                throw fehler(f, p);
            }
        }

        @Override
        public Collection<Object> getKnownPropertyNames() {
            return new ArrayList<>(form.felder());
        }
    }

    private static final class OhneFormSerializers extends Serializers.Base {
        @Override
        public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                BeanDescription.Supplier beanDescRef, com.fasterxml.jackson.annotation.JsonFormat.Value format) {
            return ohneForm(type);
        }

        @Override
        public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
                BeanDescription.Supplier beanDescRef, com.fasterxml.jackson.annotation.JsonFormat.Value format) {
            return ohneForm(type);
        }

        private static ValueSerializer<?> ohneForm(JavaType type) {
            Class<?> raw = type.getRawClass();
            if (!Formtabelle.isOhneForm(raw)) {
                return null;
            }
            return new StdSerializer<Object>(Object.class) {
                @Override
                public void serialize(Object value, JsonGenerator gen, SerializationContext provider) {
                    provider.reportBadDefinition(type, Formtabelle.ohneFormMeldung(raw));
                }
            };
        }
    }

    private static final class OhneFormDeserializers extends Deserializers.Base {
        @Override
        public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription.Supplier beanDescRef) {
            return ohneForm(type);
        }

        @Override
        public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription.Supplier beanDescRef) {
            return ohneForm(type);
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return Formtabelle.isOhneForm(valueType);
        }

        private static ValueDeserializer<?> ohneForm(JavaType type) {
            if (!Formtabelle.isOhneForm(type.getRawClass())) {
                return null;
            }
            return new StdDeserializer<Object>(type) {
                @Override
                public Object deserialize(JsonParser p, DeserializationContext ctxt) {
                    return ctxt.reportBadDefinition(type, Formtabelle.ohneFormMeldung(type.getRawClass()));
                }
            };
        }
    }
}
