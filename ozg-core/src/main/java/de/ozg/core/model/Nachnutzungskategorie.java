package de.ozg.core.model;

import de.ozg.core.ref.Nachnutzungsmodell;
import java.util.List;
import java.util.Optional;

/**
 * How a Land implements an OZG-Leistung, as its Nachnutzungsübersicht classifies it (the column
 * "Umsetzungsmodell" or "Nachnutzungskategorie"): it reuses another Land's EfA service, develops
 * an EfA service itself, runs reused software on its own, builds on FIM, relies on a
 * Bundeslösung, or has no need. Länder name and cut these categories differently, so the type is
 * open: the {@linkplain #bekannte() known categories} are constants, and a Land's own category is
 * created with {@link #of(String, String)} or {@link #parse(CharSequence)}.
 *
 * <p>A category is identified by its {@linkplain #code() code} alone (snake_case ASCII, such as
 * {@code efa_nachnutzung}): equality, hashing and {@link #toString()} use the code, and the name
 * is for display. Immutable and thread-safe.
 */
public final class Nachnutzungskategorie {

    /** Reuse of an EfA service another Land develops and runs. */
    public static final Nachnutzungskategorie EFA_NACHNUTZUNG = new Nachnutzungskategorie(
            "efa_nachnutzung", "EfA-Nachnutzung", Nachnutzungsmodell.EFA);
    /** An EfA service the Land develops and runs itself for the others. */
    public static final Nachnutzungskategorie EFA_ENTWICKLUNG_DES_LANDES = new Nachnutzungskategorie(
            "efa_entwicklung_des_landes", "EfA-Entwicklung des Landes", Nachnutzungsmodell.EFA);
    /** Software developed elsewhere that the Land takes over and runs itself. */
    public static final Nachnutzungskategorie DEZENTRAL_NACHGENUTZTE_SOFTWARE = new Nachnutzungskategorie(
            "dezentral_nachgenutzte_software", "dezentral nachgenutzte Software",
            Nachnutzungsmodell.NACHNUTZBARE_SOFTWARE_DEZENTRAL);
    /** The Land's own build on the shared FIM data. */
    public static final Nachnutzungskategorie FIM_BASIERTE_EIGENENTWICKLUNG = new Nachnutzungskategorie(
            "fim_basierte_eigenentwicklung", "FIM-basierte Eigenentwicklung",
            Nachnutzungsmodell.FIM_BASIERTE_EIGENENTWICKLUNG);
    /** A solution the Bund provides for all Länder. */
    public static final Nachnutzungskategorie BUNDESLOESUNG = new Nachnutzungskategorie(
            "bundesloesung", "Bundeslösung", null);
    /** The Land does not need the service. */
    public static final Nachnutzungskategorie KEIN_BEDARF = new Nachnutzungskategorie(
            "kein_bedarf", "kein Bedarf", null);

    // No variants: a category is found by its folded code, and the code is the folded name.
    private static final OffeneKlassifikation<Nachnutzungskategorie> KLASSIFIKATION = new OffeneKlassifikation<>(
            "Nachnutzungskategorie", Nachnutzungskategorie::bekannte, k -> k.code, k -> List.of());

    private final String code;
    private final String bezeichnung;
    private final Nachnutzungsmodell nachnutzungsmodell;

    private Nachnutzungskategorie(String code, String bezeichnung, Nachnutzungsmodell nachnutzungsmodell) {
        this.code = code;
        this.bezeichnung = bezeichnung;
        this.nachnutzungsmodell = nachnutzungsmodell;
    }

    /**
     * The known categories in the order above.
     *
     * @return the six known categories
     */
    public static List<Nachnutzungskategorie> bekannte() {
        return List.of(EFA_NACHNUTZUNG, EFA_ENTWICKLUNG_DES_LANDES, DEZENTRAL_NACHGENUTZTE_SOFTWARE,
                FIM_BASIERTE_EIGENENTWICKLUNG, BUNDESLOESUNG, KEIN_BEDARF);
    }

    /**
     * A category by code and name. A known code gives a value equal to the known constant (equality
     * is by code), carrying the name given here.
     *
     * @param code        snake_case ASCII: lower-case letters and digits in words joined by single
     *                    underscores, such as {@code "landesportal"}
     * @param bezeichnung the display name, such as "Landesportal"
     * @return the category
     * @throws ModellException with {@link ModellViolation#INVALID_CODE} for a code that is not
     *                         snake_case, {@link ModellViolation#BLANK_TEXT} for a blank name
     */
    public static Nachnutzungskategorie of(String code, String bezeichnung) {
        String name = KLASSIFIKATION.requireOf(code, bezeichnung);
        Nachnutzungsmodell modell = KLASSIFIKATION.mitCode(code).map(k -> k.nachnutzungsmodell).orElse(null);
        return new Nachnutzungskategorie(code, name, modell);
    }

    /**
     * Looks a known category up by code or name, ignoring case, blanks (also trailing and NBSP),
     * hyphens and umlaut spelling: "EfA-Nachnutzung", "efa nachnutzung" and "EFA_NACHNUTZUNG " all
     * give {@link #EFA_NACHNUTZUNG}, "Bundesloesung" gives {@link #BUNDESLOESUNG}.
     *
     * @param text the text, may be null
     * @return the known category, or empty
     */
    public static Optional<Nachnutzungskategorie> find(CharSequence text) {
        return KLASSIFIKATION.find(text);
    }

    /**
     * Reads a category from a Land's table: the known category if {@link #find(CharSequence)}
     * finds one, otherwise a new category whose code is the folded text (lower case, umlauts
     * spelled out, every run of other characters one underscore) and whose name is the text with
     * blanks tidied. So "Landeseigene Lösung " gives code {@code landeseigene_loesung} and name
     * "Landeseigene Lösung". Never fails on a text with at least one letter or digit.
     *
     * @param text the text
     * @return the known or a new category
     * @throws ModellException with {@link ModellViolation#BLANK_TEXT} for null or a text without
     *                         letters and digits
     */
    public static Nachnutzungskategorie parse(CharSequence text) {
        return KLASSIFIKATION.parse(text, (code, name) -> new Nachnutzungskategorie(code, name, null));
    }

    /**
     * The stable code, such as {@code "efa_nachnutzung"}: the identity of the category.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The display name, such as "EfA-Nachnutzung".
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * The Nachnutzungsmodell the category stands for, for the known categories that map onto one:
     * the two EfA categories, dezentral nachgenutzte Software and FIM-basierte Eigenentwicklung.
     *
     * @return the model, or empty for Bundeslösung, kein Bedarf and categories of a Land's own
     */
    public Optional<Nachnutzungsmodell> nachnutzungsmodell() {
        return Optional.ofNullable(nachnutzungsmodell);
    }

    /**
     * Whether this is one of the {@linkplain #bekannte() known categories}.
     *
     * @return true for a known code
     */
    public boolean isBekannt() {
        return KLASSIFIKATION.mitCode(code).isPresent();
    }

    /** Equal when the codes are equal; the name does not count. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Nachnutzungskategorie && code.equals(((Nachnutzungskategorie) o).code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * The code, such as {@code "efa_nachnutzung"}; {@link #parse(CharSequence)} reads it back to an
     * equal category.
     */
    @Override
    public String toString() {
        return code;
    }
}
