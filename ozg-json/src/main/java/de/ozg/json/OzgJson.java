package de.ozg.json;

import de.ozg.core.SafeText;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.ozg.core.OzgException;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.OzgKatalog;
import de.ozg.json.internal.Formfehler;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Entry point for JSON: a configured mapper, and reading and writing of whole documents with this
 * library's exception.
 *
 * <p>The mapper registers {@link OzgModule} and sets the safety limits below, so that hostile input
 * fails early with a clear message instead of a {@code StackOverflowError} or
 * {@code OutOfMemoryError}: nesting depth {@value #MAX_NESTING_DEPTH}, strings up to
 * {@value #MAX_STRING_LENGTH} characters, numbers up to {@value #MAX_NUMBER_LENGTH} digits, field
 * names up to {@value #MAX_NAME_LENGTH} characters and documents up to {@value #MAX_DOCUMENT_LENGTH}
 * bytes (the 2019 catalogue as JSON is about 3 MB; status data of any size is read with the
 * streaming {@link UmsetzungsstandReader}, which has no document limit). Duplicate field names are
 * errors ({@code STRICT_DUPLICATE_DETECTION}): which value was meant is undecidable. Unknown
 * fields are errors too ({@code FAIL_ON_UNKNOWN_PROPERTIES} stays on), because a misspelt optional
 * field ({@code "reifgrad"}) would otherwise vanish silently; the formats carry a {@code version},
 * and additions come with a new version. Content after the document is an error
 * ({@code FAIL_ON_TRAILING_TOKENS}). A UTF-8 byte order mark at the start is accepted and skipped
 * (Windows tools write one); any other encoding than UTF-8 is rejected.
 *
 * <p>The limits and strict settings are this mapper's: under another mapper (Spring Boot's, say) the
 * library's types are still read strictly by {@link OzgModule}, but the mapper's own settings decide
 * for everything else. {@link de.ozg.json.jackson3.OzgJson} is the Jackson 3 twin.
 *
 * <p>Stateless and thread-safe.
 */
public final class OzgJson {

    /** The deepest nesting of arrays and objects accepted; the formats need 6. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value accepted, in characters (1 MB). */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** The longest field name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** The largest document {@link #mapper()} reads, in bytes (256 MiB). */
    public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

    private OzgJson() {
    }

    private static final class Holder {
        static final JsonMapper MAPPER = build();
        static final JsonFactory STREAM_FACTORY = JsonFactory.builder()
                .streamReadConstraints(constraints(-1))
                .build();
    }

    /**
     * The shared mapper with {@link OzgModule} and the settings described in the class comment. Do not
     * reconfigure it; derive a copy with {@code OzgJson.mapper().rebuild()...build()} instead.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return Holder.MAPPER;
    }

    /** The factory of the streaming readers: same limits, no document size limit, no duplicate detection. */
    static JsonFactory streamFactory() {
        return Holder.STREAM_FACTORY;
    }

    private static StreamReadConstraints constraints(long maxDocumentLength) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(maxDocumentLength)
                .build();
    }

    private static JsonMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints(MAX_DOCUMENT_LENGTH))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new OzgModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * Reads a catalogue document ({@code "format": "ozg-katalog"}).
     *
     * @param in the document, UTF-8; closed when done
     * @return the catalogue
     * @throws OzgJsonException when the document is malformed, exceeds a limit or holds a bad value;
     *                          the message names the JSON Pointer, the expected form and the value
     */
    public static OzgKatalog readKatalog(InputStream in) {
        return read(in, OzgKatalog.class);
    }

    /**
     * Writes a catalogue document ({@code "format": "ozg-katalog"}), UTF-8 without byte order mark.
     *
     * @param katalog the catalogue
     * @param out     the output; closed when done
     * @throws UncheckedIOException when writing fails
     */
    public static void writeKatalog(OzgKatalog katalog, OutputStream out) {
        write(katalog, out);
    }

    /**
     * Reads a document of Onlinedienste ({@code "format": "ozg-onlinedienste"}).
     *
     * @param in the document, UTF-8; closed when done
     * @return the Onlinedienste with their Stand
     * @throws OzgJsonException when the document cannot be read (see {@link #readKatalog})
     */
    public static Onlinedienstverzeichnis readOnlinedienste(InputStream in) {
        return read(in, Onlinedienstverzeichnis.class);
    }

    /**
     * Writes a document of Onlinedienste ({@code "format": "ozg-onlinedienste"}), UTF-8.
     *
     * @param onlinedienste the Onlinedienste with their Stand
     * @param out           the output; closed when done
     * @throws UncheckedIOException when writing fails
     */
    public static void writeOnlinedienste(Onlinedienstverzeichnis onlinedienste, OutputStream out) {
        write(onlinedienste, out);
    }

    /**
     * Reads a Land's Nachnutzungsübersicht ({@code "format": "ozg-nachnutzungsuebersicht"}).
     *
     * @param in the document, UTF-8; closed when done
     * @return the overview
     * @throws OzgJsonException when the document cannot be read (see {@link #readKatalog})
     */
    public static Nachnutzungsuebersicht readNachnutzungsuebersicht(InputStream in) {
        return read(in, Nachnutzungsuebersicht.class);
    }

    /**
     * Writes a Land's Nachnutzungsübersicht ({@code "format": "ozg-nachnutzungsuebersicht"}), UTF-8.
     *
     * @param uebersicht the overview
     * @param out        the output; closed when done
     * @throws UncheckedIOException when writing fails
     */
    public static void writeNachnutzungsuebersicht(Nachnutzungsuebersicht uebersicht, OutputStream out) {
        write(uebersicht, out);
    }

    /**
     * Reads one value of any type bound by {@link OzgModule} from a whole document.
     *
     * @param in   the document, UTF-8; closed when done
     * @param type the type, such as {@code Gebietsverzeichnis.class}
     * @param <T>  the type
     * @return the value
     * @throws OzgJsonException when the document cannot be read (see {@link #readKatalog})
     */
    public static <T> T read(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        JsonParser p = null;
        try (InputStream input = in) {
            p = mapper().createParser(input);
            return mapper().readValue(p, type);
        } catch (IOException e) {
            throw convert(e, p);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException e) {
                    // the input is closed above; nothing was lost
                }
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
        try (JsonGenerator g = mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            mapper().writeValue(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns Jackson's exception into this library's, keeping the JSON Pointer of the failure. */
    static OzgJsonException convert(IOException e, JsonParser p) {
        // the forms of the library types put their own exception, with pointer and violation, as cause
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof OzgJsonException) {
                return (OzgJsonException) t;
            }
        }
        String pointer = p == null ? null : JsonFelder.pointer(p);
        String message = e instanceof JsonProcessingException
                ? ((JsonProcessingException) e).getOriginalMessage() : String.valueOf(e.getMessage());
        JsonViolation v;
        String expected;
        String value = null;
        if (e instanceof StreamConstraintsException) {
            v = JsonViolation.LIMIT_EXCEEDED;
            expected = "nesting up to " + MAX_NESTING_DEPTH + ", strings up to " + MAX_STRING_LENGTH
                    + " characters, numbers up to " + MAX_NUMBER_LENGTH + " digits, documents up to "
                    + MAX_DOCUMENT_LENGTH + " bytes";
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
        } else if (e instanceof MismatchedInputException && message != null
                && message.startsWith("No content to map")) {
            v = JsonViolation.EMPTY_INPUT;
            expected = "a JSON document";
            message = "the input holds no JSON document (it is empty)";
        } else if (e instanceof MismatchedInputException && message != null && message.contains("is missing")) {
            v = JsonViolation.MISSING_FIELD;
            expected = "the field";
        } else if (e instanceof MismatchedInputException && message != null && message.contains("Trailing token")) {
            v = JsonViolation.MALFORMED_JSON;
            expected = "nothing after the document";
        } else if (e instanceof MismatchedInputException) {
            v = JsonViolation.WRONG_TYPE;
            expected = "the JSON type of the field";
        } else if (e instanceof JsonMappingException) {
            v = JsonViolation.MODEL_INVARIANT;
            expected = "a consistent value";
        } else if (e instanceof CharConversionException || message != null && message.contains("Invalid UTF-8")) {
            v = JsonViolation.INVALID_ENCODING;
            expected = "UTF-8";
        } else if (message != null && message.startsWith("Duplicate field")) {
            v = JsonViolation.DUPLICATE_FIELD;
            expected = "each field once per object";
            value = p == null ? null : p.getParsingContext().getCurrentName();
            message = value == null ? message : Formfehler.doppelt(value);
        } else if (e instanceof JsonEOFException) {
            v = JsonViolation.MALFORMED_JSON;
            expected = "a complete JSON document";
            message = "the document is truncated: " + message;
        } else if (e instanceof JsonProcessingException) {
            v = JsonViolation.MALFORMED_JSON;
            expected = "well-formed JSON";
        } else {
            v = JsonViolation.IO_ERROR;
            expected = "a readable input";
        }
        if (e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null
                && !(e instanceof JsonMappingException)) {
            message = message + " (line " + ((JsonProcessingException) e).getLocation().getLineNr() + ", column "
                    + ((JsonProcessingException) e).getLocation().getColumnNr() + ")";
        }
        return new OzgJsonException(v, pointer, message, value, expected, e);
    }
}
