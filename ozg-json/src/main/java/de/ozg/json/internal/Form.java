package de.ozg.json.internal;

import java.util.List;

/**
 * The JSON form of one Java type: how a value is read from a {@link Leser} and written to a
 * {@link Schreiber}. The forms are plain data and code over these two interfaces, so the Jackson 2
 * and the Jackson 3 binding interpret the same definitions and write the same bytes.
 *
 * <p>Internal: not part of the API, may change in any release. Immutable and thread-safe.
 *
 * @param <T> the Java type
 */
public abstract class Form<T> {

    final Class<T> type;
    final String label;

    Form(Class<T> type, String label) {
        this.type = type;
        this.label = label;
    }

    /** @return the Java type */
    public final Class<T> type() {
        return type;
    }

    /** @return the name of the type in messages, such as {@code OZG-ID} */
    public final String label() {
        return label;
    }

    /**
     * Reads the value the current token starts and leaves the reader on its last token.
     *
     * @param in the reader
     * @param wo the label of the field being read, for messages ({@code OzgLeistung.bezeichnung})
     * @return the value, never null
     * @throws Formfehler when the value cannot be read
     */
    public abstract T lese(Leser in, String wo);

    /**
     * Writes a value.
     *
     * @param value the value
     * @param out   the writer
     */
    public abstract void schreibe(T value, Schreiber out);

    /** @return false for results such as a Pruefbericht, which are written but never read */
    public boolean isLesbar() {
        return true;
    }

    /** @return the field names of an object form, in the order written; empty for other forms */
    public List<String> felder() {
        return List.of();
    }
}
