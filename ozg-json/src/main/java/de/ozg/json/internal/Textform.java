package de.ozg.json.internal;

import de.ozg.core.OzgException;
import java.util.function.Function;

/**
 * The form of a type written as one string: identifiers, codes and names. The text written and the
 * text read are defined in one place, and the same pair serves as map key. A number is refused even
 * when its digits would fit: identifiers and codes are strings, and a number has lost its leading
 * zeros.
 *
 * <p>Internal: not part of the API, may change in any release. Immutable and thread-safe.
 *
 * @param <T> the Java type
 */
public final class Textform<T> extends Form<T> {

    private final String beispiel;
    private final Function<T, String> format;
    private final Function<String, T> parse;

    Textform(Class<T> type, String label, String beispiel, Function<T, String> format, Function<String, T> parse) {
        super(type, label);
        this.beispiel = beispiel;
        this.format = format;
        this.parse = parse;
    }

    /**
     * @param value the value
     * @return its text
     */
    public String format(T value) {
        return format.apply(value);
    }

    /**
     * Parses a text, as a map key is.
     *
     * @param text the text
     * @return the value
     * @throws OzgException when the text is not a valid value
     */
    public T parse(String text) {
        return parse.apply(text);
    }

    @Override
    public T lese(Leser in, String wo) {
        if (in.art() != Leser.Art.STRING) {
            throw Lesen.falscherTyp(in, type, label, "a JSON string such as \"" + beispiel + "\"");
        }
        String text = in.text();
        try {
            return parse.apply(text);
        } catch (OzgException e) {
            throw Lesen.ungueltig(in, type, text, e);
        }
    }

    @Override
    public void schreibe(T value, Schreiber out) {
        out.text(format.apply(value));
    }
}
