package de.ozg.json;

/**
 * The constants of the document headers that the streaming status reader and writer share with the
 * object forms in {@code de.ozg.json.internal}.
 */
final class Modellformen {

    /** The value of {@code format} in a catalogue document. */
    static final String FORMAT_KATALOG = "ozg-katalog";
    /** The format version this library writes and reads. */
    static final int VERSION = 1;

    private Modellformen() {
    }
}
