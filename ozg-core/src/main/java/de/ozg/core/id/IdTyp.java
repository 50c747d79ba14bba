package de.ozg.core.id;

/**
 * The kind of identifier (or identifier-related code) an {@link IdFormatException} is about, with
 * the display name used in messages, such as {@code "LeiKa-Schlüssel"} or {@code "ARS"}.
 *
 * <p>Immutable and thread-safe.
 */
public enum IdTyp {
    /** The 5-digit number of an OZG-Leistung (bundle), see {@link OzgId}. */
    OZG_ID("OZG-ID"),
    /** The 14-digit key of a LeiKa service, see {@link Leistungsschluessel}. */
    LEISTUNGSSCHLUESSEL("LeiKa-Schlüssel"),
    /** The code of a LeiKa-Typ ({@code lo}, {@code lov}, {@code lovd}), see {@link LeikaTyp}. */
    LEIKA_TYP("LeiKa-Typ"),
    /** The 12-digit Amtlicher Regionalschlüssel, see {@link Ars}. */
    ARS("ARS"),
    /** The 8-digit Amtlicher Gemeindeschlüssel, see {@link Ags}. */
    AGS("AGS"),
    /** The identifier of a FIM building block, see {@link FimId}. */
    FIM_ID("FIM-ID");

    private final String bezeichnung;

    IdTyp(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /**
     * The display name used in messages, such as {@code "LeiKa-Schlüssel"}.
     *
     * @return the display name
     */
    public String bezeichnung() {
        return bezeichnung;
    }
}
