package de.ozg.json;

import de.ozg.core.OzgException;
import de.ozg.core.validation.Befund;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    /** Reads a whole document: a value or an {@link OzgJsonException}, nothing else. */
    static void dokument(byte[] data, Class<?> type) {
        try {
            Objects.requireNonNull(OzgJson.read(new ByteArrayInputStream(data), type), "document");
        } catch (OzgJsonException e) {
            Objects.requireNonNull(e.violation(), "violation");
            Objects.requireNonNull(e.getMessage(), "message");
        } catch (OzgException e) {
            throw new AssertionError("a model exception escaped the reader instead of an OzgJsonException", e);
        }
    }
}
