package de.ozg.core.validation.gebiet;

import de.ozg.core.validation.Spaltenart;
import java.util.Optional;

/**
 * The columns of the Destatis Gemeindeverzeichnis (GV-ISys "Auszug") that the library reads: the
 * Satzart (the level of the row), the Textkennzeichen, the five parts of the Regionalschlüssel
 * (Land, Regierungsbezirk, Kreis, Gemeindeverband, Gemeinde), the name, the population and the
 * postcode. Other columns of the file (area, coordinates …) are ignored.
 *
 * <p>Each constant carries the column name of the Destatis CSV export; findings name the column
 * as it appeared in the file's header. Immutable and thread-safe.
 */
public enum Gebietsspalte implements Spaltenart {
    /** "satzart": 10 Land, 20 Regierungsbezirk, 30 Region, 40 Kreis, 50 Gemeindeverband, 60 Gemeinde. */
    SATZART("satzart"),
    /** "textkennzeichen": two digits such as 41 "Kreisfreie Stadt" or 63 "Gemeinde". */
    TEXTKENNZEICHEN("textkennzeichen"),
    /** "land": the Land code, two digits 01-16. */
    LAND("land"),
    /** "rb": the Regierungsbezirk, one digit (0 where a Land has none). */
    RB("rb"),
    /** "kreis": the Kreis, two digits (one digit in Satzart 30, the Region). */
    KREIS("kreis"),
    /** "vb": the Gemeindeverband, four digits. */
    VB("vb"),
    /** "gemeinde": the Gemeinde, three digits. */
    GEMEINDE("gemeinde"),
    /** "gemeindename": the name of the Gebiet, whatever its level. */
    NAME("gemeindename"),
    /** "bevoelkerung": the population in German number format, such as " 90 164". */
    BEVOELKERUNG("bevoelkerung"),
    /** "postleitzahl": the postcode of the administration's seat, five digits. */
    PLZ("postleitzahl");

    private static final Gebietsspalte[] ALLE = values();

    private final String bezeichnung;

    Gebietsspalte(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /**
     * The column name of the Destatis export, such as "gemeindename".
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * Whether a row needs this column: all but population and postcode.
     *
     * @return true for the Satzart, Textkennzeichen, key parts and name
     */
    public boolean isPflicht() {
        return this != BEVOELKERUNG && this != PLZ;
    }

    /**
     * The column with this name, ignoring case and surrounding blanks.
     *
     * @param name the header cell, may be null
     * @return the column, or empty
     */
    public static Optional<Gebietsspalte> find(CharSequence name) {
        if (name == null) {
            return Optional.empty();
        }
        String s = name.toString().strip();
        for (Gebietsspalte k : ALLE) {
            if (k.bezeichnung.equalsIgnoreCase(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
