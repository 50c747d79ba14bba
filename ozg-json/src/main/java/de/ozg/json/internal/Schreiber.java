package de.ozg.json.internal;

import java.util.Locale;

/**
 * Where a {@link Form} writes, independent of the Jackson line: the Jackson 2 and the Jackson 3
 * binding each implement it over their {@code JsonGenerator}, so that both write the same bytes.
 *
 * <p>Internal: not part of the API, may change in any release.
 */
public interface Schreiber {

    /** Opens an object. */
    void startObject();

    /** Closes an object. */
    void endObject();

    /** Opens an array. */
    void startArray();

    /** Closes an array. */
    void endArray();

    /** @param name the next field's name */
    void name(String name);

    /** @param text a string value */
    void text(String text);

    /** @param zahl an integral value */
    void zahl(long zahl);

    /** @param zahl a decimal value */
    void zahl(double zahl);

    /** @param wert a boolean value */
    void wahr(boolean wert);

    /** @return the language of texts written for people, such as a finding's message */
    Locale locale();
}
