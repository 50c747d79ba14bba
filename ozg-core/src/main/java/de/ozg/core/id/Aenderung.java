package de.ozg.core.id;

import java.util.Locale;
import java.util.Objects;

/**
 * One kind of repair that lenient normalisation made to an identifier, with how many characters it
 * concerned and a human-readable description in German and English for reports.
 *
 * <p>Immutable and thread-safe.
 */
public final class Aenderung {

    private final AenderungsArt art;
    private final int anzahl;

    private Aenderung(AenderungsArt art, int anzahl) {
        this.art = art;
        this.anzahl = anzahl;
    }

    /**
     * A change of the given kind affecting {@code anzahl} characters.
     *
     * @param art    the kind of change
     * @param anzahl how many characters were removed, converted or added, at least 1
     * @return the change
     * @throws IllegalArgumentException if {@code anzahl} is less than 1
     */
    public static Aenderung of(AenderungsArt art, int anzahl) {
        Objects.requireNonNull(art, "art");
        if (anzahl < 1) {
            throw new IllegalArgumentException("anzahl must be at least 1, was " + anzahl);
        }
        return new Aenderung(art, anzahl);
    }

    /**
     * The kind of change.
     *
     * @return the kind
     */
    public AenderungsArt art() {
        return art;
    }

    /**
     * How many characters the change concerned.
     *
     * @return at least 1
     */
    public int anzahl() {
        return anzahl;
    }

    /**
     * A description in German (language {@code de}) or English (any other locale), from the
     * resource bundles of this package.
     *
     * @param locale the language of the reader
     * @return the description, such as "2 umgebende(s) Leerzeichen entfernt"
     */
    public String beschreibung(Locale locale) {
        return Text.of("aenderung." + art.name(), anzahl).format(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * A German description, such as "2 umgebende(s) Leerzeichen entfernt".
     *
     * @return the description
     */
    public String beschreibungDe() {
        return beschreibung(Locale.GERMAN);
    }

    /**
     * An English description, such as "stripped 2 surrounding blank(s)".
     *
     * @return the description
     */
    public String beschreibungEn() {
        return beschreibung(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Aenderung && ((Aenderung) o).art == art && ((Aenderung) o).anzahl == anzahl;
    }

    @Override
    public int hashCode() {
        return art.hashCode() * 31 + anzahl;
    }

    @Override
    public String toString() {
        return art + "(" + anzahl + ")";
    }
}
