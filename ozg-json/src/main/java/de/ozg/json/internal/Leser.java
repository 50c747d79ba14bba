package de.ozg.json.internal;

/**
 * The token stream a {@link Form} reads, independent of the Jackson line: the Jackson 2 and the
 * Jackson 3 binding each implement it over their {@code JsonParser}. Failures of the underlying
 * parser pass through unchanged (Jackson 2's checked ones wrapped in
 * {@link java.io.UncheckedIOException}, which its binding unwraps again).
 *
 * <p>Internal: not part of the API, may change in any release.
 */
public interface Leser {

    /** The kinds of token. */
    enum Art {
        /** {@code {} */
        START_OBJECT,
        /** {@code }} */
        END_OBJECT,
        /** {@code [} */
        START_ARRAY,
        /** {@code ]} */
        END_ARRAY,
        /** A field name. */
        NAME,
        /** A string value. */
        STRING,
        /** An integral number. */
        INT,
        /** A number with fraction or exponent. */
        FLOAT,
        /** {@code true} */
        TRUE,
        /** {@code false} */
        FALSE,
        /** {@code null} */
        NULL,
        /** The end of the input. */
        ENDE
    }

    /** @return the kind of the current token */
    Art art();

    /** @return the kind of the next token, which becomes the current one */
    Art next();

    /**
     * Moves to the next field name of the current object.
     *
     * @return the name, or null when the object ends (the current token is then its end)
     */
    String nextName();

    /** @return the text of the current scalar token */
    String text();

    /** @return whether the current integral number fits into a long */
    boolean isLong();

    /** @return the current integral number */
    long longValue();

    /**
     * The JSON Pointer (RFC 6901) of the current token: of a field's value after {@link #next()}, of
     * the object itself on its end.
     *
     * @return the pointer, {@code ""} for the document
     */
    String pointer();

    /** Skips the object or array the current token opens. */
    void skip();
}
