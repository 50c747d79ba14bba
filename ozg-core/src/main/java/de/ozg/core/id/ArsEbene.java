package de.ozg.core.id;

/**
 * The territorial levels of the Amtlicher Regionalschlüssel, from the Bund down to the Gemeinde, in
 * this order. Each level is identified by a significant prefix of the 12-digit ARS: 2 digits Land,
 * 3 Regierungsbezirk, 5 Kreis, 9 Gemeindeverband, 12 Gemeinde (the AGS uses the same levels except
 * Bund and Gemeindeverband, with 2, 3, 5 and 8 digits).
 */
public enum ArsEbene {
    /** The Bund, written {@code 000000000000} in PVOG data. */
    BUND(0),
    /** A Land: the two-digit Land code. */
    LAND(2),
    /** A Regierungsbezirk (or statistical region): one more digit. */
    REGIERUNGSBEZIRK(3),
    /** A Kreis or kreisfreie Stadt: two more digits. */
    KREIS(5),
    /** A Gemeindeverband (Amt, Verbandsgemeinde, Samtgemeinde …): four more digits, ARS only. */
    GEMEINDEVERBAND(9),
    /** A Gemeinde: three more digits. */
    GEMEINDE(12);

    private final int arsStellen;
    ArsEbene(int arsStellen) {
        this.arsStellen = arsStellen;
    }

    /**
     * How many leading ARS digits identify a unit of this level: 0, 2, 3, 5, 9 or 12.
     *
     * @return the length of the significant prefix
     */
    public int arsStellen() {
        return arsStellen;
    }

    /**
     * Whether this level is coarser than (contains units of) the other level.
     *
     * @param other the other level
     * @return true when this level lies above the other
     */
    public boolean isHoeherAls(ArsEbene other) {
        return ordinal() < other.ordinal();
    }
}
