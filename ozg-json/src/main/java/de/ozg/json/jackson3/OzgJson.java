package de.ozg.json.jackson3;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.json.JsonViolation;
import de.ozg.json.OzgJsonException;
import de.ozg.json.internal.Formfehler;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 twin of {@link de.ozg.json.OzgJson}: a mapper with {@link OzgModule} and the same
 * safety limits and strict settings ({@link de.ozg.json.OzgJson#MAX_NESTING_DEPTH} and the other
 * limits, duplicate fields, unknown fields and trailing content are errors), and reading and writing
 * of whole documents with {@link OzgJsonException}. A document read here fails with the same
 * {@link JsonViolation} and JSON Pointer as with the Jackson 2 entry point, and a value written here
 * has the same bytes.
 *
 * <p>Needs {@code tools.jackson.core:jackson-databind} 3.x on the class path. Stateless and
 * thread-safe.
 */
public final class OzgJson {

    private OzgJson() {
    }

    private static final class Holder {
        static final JsonMapper MAPPER = build();
    }

    /**
     * The shared mapper with {@link OzgModule} and this library's limits. Do not reconfigure it;
     * derive a copy with {@code OzgJson.mapper().rebuild()...build()} instead.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return Holder.MAPPER;
    }

    private static JsonMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(de.ozg.json.OzgJson.MAX_NESTING_DEPTH)
                        .maxStringLength(de.ozg.json.OzgJson.MAX_STRING_LENGTH)
                        .maxNumberLength(de.ozg.json.OzgJson.MAX_NUMBER_LENGTH)
                        .maxNameLength(de.ozg.json.OzgJson.MAX_NAME_LENGTH)
                        .maxDocumentLength(de.ozg.json.OzgJson.MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // as Jackson 2 writes them: characters beyond the BMP as escaped surrogate pairs, so that both
                // entry points write the same bytes
                .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new OzgModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * Reads one value of any type bound by {@link OzgModule} from a whole document.
     *
     * @param in   the document, UTF-8; closed when done
     * @param type the type, such as {@code OzgKatalog.class}
     * @param <T>  the type
     * @return the value
     * @throws OzgJsonException when the document cannot be read: the message names the JSON Pointer,
     *                          the expected form and the value
     */
    public static <T> T read(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        JsonParser p = null;
        try (InputStream input = in) {
            byte[] dokument = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                    de.ozg.json.OzgJson.MAX_DOCUMENT_LENGTH + 1));
            try {
                p = mapper().createParser(dokument);
                T wert = mapper().readValue(p, type);
                pruefeUtf8(dokument, dokument.length);
                return wert;
            } catch (JacksonException e) {
                OzgJsonException o = convert(e, p);
                if (o.violation() != JsonViolation.INVALID_ENCODING && p != null) {
                    // bytes Jackson 3 decoded leniently before the place it failed come first
                    pruefeUtf8(dokument, p.currentLocation().getByteOffset());
                }
                throw o;
            }
        } catch (java.io.IOException e) {
            throw new OzgJsonException(JsonViolation.IO_ERROR, null, String.valueOf(e.getMessage()), null,
                    "a readable input", e);
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    /**
     * Writes one value of any type bound by {@link OzgModule} as a document, UTF-8.
     *
     * @param value the value
     * @param out   the output; closed when done
     * @throws UncheckedIOException when writing fails
     */
    public static void write(Object value, OutputStream out) {
        try (JsonGenerator g = mapper().createGenerator(out, JsonEncoding.UTF8)) {
            mapper().writeValue(g, value);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Refuses bytes that are not UTF-8. Jackson 3 decodes some malformed sequences that Jackson 2
     * refuses (an overlong {@code C1 BA} becomes a {@code z}), and a character smuggled in that way
     * must not pass one entry point and fail the other. Checked after Jackson, whose own failures
     * carry the JSON Pointer, up to the byte where Jackson stopped: a malformed sequence before it is
     * the first problem. In slices, so the document is not held twice. A byte order mark of UTF-16 or
     * UTF-32 is no UTF-8 either.
     */
    private static void pruefeUtf8(byte[] dokument, long bis) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer ein = ByteBuffer.wrap(dokument);
        CharBuffer aus = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(ein, aus, true);
            if (r.isError() && ein.position() < bis) {
                int stelle = ein.position();
                int zeile = 1;
                for (int i = 0; i < stelle; i++) {
                    if (dokument[i] == '\n') {
                        zeile++;
                    }
                }
                throw new OzgJsonException(JsonViolation.INVALID_ENCODING, null, "the input is not UTF-8: byte 0x"
                        + Integer.toHexString(dokument[stelle] & 0xFF).toUpperCase(java.util.Locale.ROOT)
                        + " at byte " + stelle + " (line " + zeile + ")", null, "UTF-8", null);
            }
            if (r.isUnderflow() || r.isError()) {
                return;
            }
            aus.clear();
        }
    }

    /** The JSON Pointer of the parser's position, {@code ""} for the document. */
    static String pointer(JsonParser p) {
        return p.streamReadContext().pathAsPointer().toString();
    }

    /** Turns Jackson's exception into this library's, with the violation and pointer the Jackson 2 side gives. */
    static OzgJsonException convert(JacksonException e, JsonParser p) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof OzgJsonException) {
                return (OzgJsonException) t;
            }
        }
        String pointer = p == null ? null : pointer(p);
        String message = e.getOriginalMessage();
        JsonViolation v;
        String expected;
        String value = null;
        boolean ort = !(e instanceof DatabindException);
        if (e instanceof StreamConstraintsException) {
            v = JsonViolation.LIMIT_EXCEEDED;
            expected = "nesting up to " + de.ozg.json.OzgJson.MAX_NESTING_DEPTH + ", strings up to "
                    + de.ozg.json.OzgJson.MAX_STRING_LENGTH + " characters, numbers up to "
                    + de.ozg.json.OzgJson.MAX_NUMBER_LENGTH + " digits, documents up to "
                    + de.ozg.json.OzgJson.MAX_DOCUMENT_LENGTH + " bytes";
        } else if (e instanceof UnrecognizedPropertyException) {
            v = JsonViolation.UNKNOWN_FIELD;
            value = ((UnrecognizedPropertyException) e).getPropertyName();
            expected = "one of the fields " + ((UnrecognizedPropertyException) e).getKnownPropertyIds();
            message = "unknown field " + SafeText.quote(value) + ", expected " + expected;
        } else if (e instanceof InvalidFormatException) {
            v = JsonViolation.INVALID_VALUE;
            Object bad = ((InvalidFormatException) e).getValue();
            value = bad == null ? null : bad.toString();
            expected = "a valid value";
        } else if (e instanceof MismatchedInputException && message != null && message.startsWith("No content to map")) {
            v = JsonViolation.EMPTY_INPUT;
            expected = "a JSON document";
            message = "the input holds no JSON document (it is empty)";
        } else if (e instanceof MismatchedInputException && message != null && message.contains("Trailing token")) {
            v = JsonViolation.MALFORMED_JSON;
            expected = "nothing after the document";
        } else if (e instanceof MismatchedInputException) {
            v = JsonViolation.WRONG_TYPE;
            expected = "the JSON type of the field";
        } else if (e instanceof DatabindException) {
            v = JsonViolation.MODEL_INVARIANT;
            expected = "a consistent value";
        } else if (e.getCause() instanceof java.io.CharConversionException
                || message != null && (message.contains("Invalid UTF-8")
                        // Jackson 3 reports a UCS-4 byte order it cannot read as a plain I/O failure
                        || e instanceof JacksonIOException && message.contains("UCS-4"))) {
            v = JsonViolation.INVALID_ENCODING;
            expected = "UTF-8";
        } else if (message != null && message.startsWith("Duplicate Object property")) {
            v = JsonViolation.DUPLICATE_FIELD;
            expected = "each field once per object";
            value = p == null ? null : p.streamReadContext().currentName();
            message = value == null ? message : Formfehler.doppelt(value);
        } else if (e instanceof UnexpectedEndOfInputException) {
            v = JsonViolation.MALFORMED_JSON;
            expected = "a complete JSON document";
            message = "the document is truncated: " + message;
        } else if (e instanceof StreamReadException) {
            v = JsonViolation.MALFORMED_JSON;
            expected = "well-formed JSON";
        } else {
            v = JsonViolation.IO_ERROR;
            expected = "a readable input";
            ort = false;
        }
        if (ort && e.getLocation() != null) {
            message = message + " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
        }
        return new OzgJsonException(v, pointer, message, value, expected, e);
    }
}
