package de.ozg.core.ref;

import de.ozg.core.internal.Suchschluessel;
import java.util.List;
import java.util.Optional;

/**
 * How widely one LeiKa service is available in one area, as the OZG-Dashboard classifies each
 * LeiKa key × ARS row. A Land counts a service only when it is flächendeckend, that is online in
 * 100 % of the relevant Kommunen of the area (99 % does not count); "in mind. einer Kommune
 * verfügbar" is enough for the programme's "online" figure but not for a Land's. A Kommune is a
 * politische Gemeinde: the gemeindefreie Gebiete of the Gemeindeverzeichnis (Destatis
 * Textkennzeichen 65/66, forests and lakes; 210 at the Gebietsstand 31.12.2020) are none and belong
 * to no denominator (see {@code de.ozg.core.aggregation.Zaehlregel}). Declaration order runs from
 * the widest class to rows the dashboard leaves out.
 *
 * <p>Immutable and thread-safe.
 */
public enum Flaechendeckung {
    /** Available in every Kommune of the federation. */
    BUNDESWEIT("bundesweit flächendeckend", List.of("bundesweit")),
    /** Available in every relevant Kommune of the Land. */
    LANDESWEIT("landesweit flächendeckend", List.of("landesweit")),
    /** Available in every relevant Kommune of the Kreis. */
    KREISWEIT("kreisweit flächendeckend", List.of("kreisweit")),
    /** Available in at least one Kommune, but not everywhere. */
    MIND_EINE_KOMMUNE("in mind. einer Kommune verfügbar",
            List.of("in_mind_einer_kommune", "mind_einer_kommune", "mind_einer_kommune_verfuegbar",
                    "in_mindestens_einer_kommune_verfuegbar", "in_mindestens_einer_kommune",
                    "mindestens_eine_kommune")),
    /** Left out of the dashboard's evaluation. */
    NICHT_BERUECKSICHTIGT("nicht in Auswertung berücksichtigt",
            List.of("nicht_in_der_auswertung_beruecksichtigt"));

    private final String bezeichnung;
    private final String code;
    private final List<String> varianten;

    Flaechendeckung(String bezeichnung, List<String> varianten) {
        this.bezeichnung = bezeichnung;
        this.code = Suchschluessel.von(bezeichnung);
        this.varianten = varianten;
    }

    /**
     * The dashboard's German text, such as {@code "landesweit flächendeckend"}.
     *
     * @return the text
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * The text as an ASCII snake-case code, such as {@code "landesweit_flaechendeckend"} or
     * {@code "in_mind_einer_kommune_verfuegbar"}: stable for files and JSON.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether the service is available in every relevant Kommune of an area: bundesweit,
     * landesweit or kreisweit.
     *
     * @return true for the three flächendeckend classes
     */
    public boolean isFlaechendeckend() {
        return this == BUNDESWEIT || this == LANDESWEIT || this == KREISWEIT;
    }

    /**
     * Whether the service is available in at least one Kommune: every class except
     * {@link #NICHT_BERUECKSICHTIGT}.
     *
     * @return true when the row counts as available somewhere
     */
    public boolean isVerfuegbar() {
        return this != NICHT_BERUECKSICHTIGT;
    }

    /**
     * Looks a class up by the dashboard text, its code, the constant name or a short form
     * ("bundesweit", "mind. eine Kommune"), ignoring case, blanks, punctuation and umlaut
     * spelling.
     *
     * @param text the text, may be null
     * @return the class, or empty
     */
    public static Optional<Flaechendeckung> find(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Suchschluessel.von(text);
        for (Flaechendeckung f : values()) {
            if (key.equals(f.code) || key.equals(Suchschluessel.von(f.name())) || f.varianten.contains(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a class as {@link #find(CharSequence)} does.
     *
     * @param text the text
     * @return the class
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_FLAECHENDECKUNG} if
     *                                   nothing matches
     */
    public static Flaechendeckung parse(CharSequence text) {
        return find(text).orElseThrow(() -> new UnknownReferenceException(
                ReferenceViolation.UNKNOWN_FLAECHENDECKUNG, text == null ? null : text.toString(),
                Text.of("form.flaechendeckung")));
    }
}
