package de.ozg.json;

import de.ozg.core.OzgException;
import de.ozg.core.validation.Befund;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The property every fuzz test of this module checks: whatever the bytes, a reader ends with a
 * result (rows and findings) or with this library's documented exception — never with a
 * {@code NullPointerException}, {@code IllegalStateException}, {@code StackOverflowError} or any
 * other surprise, which Jazzer reports as a finding because it escapes the test method.
 */
final class FuzzEigenschaft {

    private FuzzEigenschaft() {
    }

    /** Runs a streaming status reader to its end; it may not throw at all, bad input becomes findings. */
    static void statusReader(byte[] data, BiFunction<ByteArrayInputStream, Consumer<Befund>, UmsetzungsstandReader> open) {
        List<Befund> befunde = new ArrayList<>();
        long gelesen = 0;
        try (UmsetzungsstandReader r = open.apply(new ByteArrayInputStream(data), befunde::add)) {
            while (r.hasNext()) {
                Objects.requireNonNull(r.next(), "row");
                gelesen++;
            }
            if (r.zeilen() < gelesen) {
                throw new AssertionError("zeilen() " + r.zeilen() + " < rows delivered " + gelesen);
            }
        }
        for (Befund b : befunde) {
            Objects.requireNonNull(b.severity(), "severity");
            Objects.requireNonNull(b.meldungEn(), "message");
        }
    }

    /**
     * Whether two violations are the same kind of failure. The two Jackson lines classify broken bytes
     * outside a string differently (Jackson 2: bad UTF-8, Jackson 3: an unknown token), and Jackson 3's
     * entry point finds bytes it decoded leniently only after parsing; the library's own checks must
     * agree exactly, pointer included.
     */
    private static boolean gleicheArt(JsonViolation a, JsonViolation b) {
        return a == b || syntax(a) && syntax(b);
    }

    /**
     * Broken bytes, broken syntax or a limit of the stream: found by each Jackson line's parser at its
     * own place and in its own order, so kind and pointer may differ between these three.
     */
    private static boolean syntax(JsonViolation v) {
        return SYNTAX.contains(v);
    }

    private static final Set<JsonViolation> SYNTAX = EnumSet.of(JsonViolation.MALFORMED_JSON,
            JsonViolation.INVALID_ENCODING, JsonViolation.LIMIT_EXCEEDED);

    /**
     * Reads a whole document with both bindings: a value or an {@link OzgJsonException}, nothing else,
     * and both bindings agree on the value or on the violation and its pointer.
     */
    static void dokument(byte[] data, Class<?> type) {
        Object zwei = null;
        OzgJsonException fehlerZwei = null;
        try {
            zwei = Objects.requireNonNull(OzgJson.read(new ByteArrayInputStream(data), type), "document");
        } catch (OzgJsonException e) {
            Objects.requireNonNull(e.violation(), "violation");
            Objects.requireNonNull(e.getMessage(), "message");
            fehlerZwei = e;
        } catch (OzgException e) {
            throw new AssertionError("a model exception escaped the reader instead of an OzgJsonException", e);
        }
        try {
            Object drei = de.ozg.json.jackson3.OzgJson.read(new ByteArrayInputStream(data), type);
            if (!drei.equals(zwei)) {
                throw new AssertionError("Jackson 3 read " + drei + ", Jackson 2 " + (zwei != null ? zwei : fehlerZwei));
            }
        } catch (OzgJsonException e) {
            if (fehlerZwei == null || !gleicheArt(fehlerZwei.violation(), e.violation())
                    || !syntax(e.violation()) && !fehlerZwei.pointer().equals(e.pointer())) {
                throw new AssertionError("Jackson 3 refused otherwise: " + e.violation() + " " + e.getMessage()
                        + ", Jackson 2: " + (fehlerZwei == null ? "read it" : fehlerZwei.violation() + " "
                        + fehlerZwei.getMessage()), e);
            }
        } catch (OzgException e) {
            throw new AssertionError("a model exception escaped the Jackson 3 reader", e);
        }
    }
}
