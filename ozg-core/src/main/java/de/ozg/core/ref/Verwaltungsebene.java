package de.ozg.core.ref;

/**
 * The three levels of German public administration that can regulate or execute a service: the
 * Bund, the Länder and the Kommunen (Gemeinden, Kreise and their associations). The Typisierung of
 * a LeiKa service says which of them regulates and which executes.
 *
 * <p>This is the constitutional level of an authority, not the territorial level of a key: an ARS
 * has more levels (Regierungsbezirk, Kreis, Gemeindeverband) which all belong to {@link #KOMMUNE}
 * or {@link #LAND} here. Immutable and thread-safe.
 */
public enum Verwaltungsebene {
    /** The federation: Bundesministerien and Bundesbehörden. */
    BUND("Bund"),
    /** One of the 16 Länder and their own authorities. */
    LAND("Land"),
    /** A Gemeinde, a Kreis or an association of them, acting for itself or on behalf of the Land. */
    KOMMUNE("Kommune");

    private final String bezeichnung;

    Verwaltungsebene(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /**
     * The German name, such as {@code "Kommune"}.
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }
}
