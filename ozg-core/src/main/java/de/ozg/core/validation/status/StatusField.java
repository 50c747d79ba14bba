package de.ozg.core.validation.status;

/**
 * The fields of a status row as the readers know them, with their names in the JSON formats and in
 * the dashboard's CSV export. All but {@link #BUNDESLAND} become parts of an
 * {@link de.ozg.core.model.Umsetzungsstand}; the Land named in the CSV is only checked against the
 * ARS. The order is the one this library writes.
 */
public enum StatusField {
    /** The LeiKa key; required. */
    SCHLUESSEL("schluessel", "leika_key", true),
    /** The Gebiet; required. */
    ARS("ars", "ars", true),
    /** The Stichtag ({@code datenstand}); required, in a status document it may come from the header. */
    STICHTAG("stichtag", "datenstand", true),
    /** Whether the dashboard reports the service online; required. */
    ONLINE("online", "online_status", true),
    /** Whether the row is active; absent means active. */
    AKTIV("aktiv", "aktiv", false),
    /** The Reifegrad such as {@code V1:3}. */
    REIFEGRAD("reifegrad", "reifegrad", false),
    /** The URL of the online service. */
    URL("url", "url", false),
    /** The dashboard's Flächendeckung class. */
    FLAECHENDECKUNG("flaechendeckung", "art_flaechendeckung", false),
    /** The OZG-ID of the bundle. */
    OZG_ID("ozgId", "ozgid", false),
    /** The Land named in the CSV export; not part of the JSON formats. */
    BUNDESLAND(null, "bundesland", false);

    private final String jsonName;
    private final String csvName;
    private final boolean required;

    StatusField(String jsonName, String csvName, boolean required) {
        this.jsonName = jsonName;
        this.csvName = csvName;
        this.required = required;
    }

    /**
     * The field name in the JSON formats.
     *
     * @return the name, or null for {@link #BUNDESLAND}
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The column name this library writes in the CSV export (readers also accept aliases).
     *
     * @return the column name
     */
    public String csvName() {
        return csvName;
    }

    /**
     * Whether a row needs the field.
     *
     * @return true for key, ARS, Stichtag and online status
     */
    public boolean isRequired() {
        return required;
    }

    int bit() {
        return 1 << ordinal();
    }
}
