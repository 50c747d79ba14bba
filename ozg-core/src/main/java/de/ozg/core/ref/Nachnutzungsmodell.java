package de.ozg.core.ref;

import de.ozg.core.internal.Suchschluessel;
import java.util.List;
import java.util.Optional;

/**
 * How a Land obtains an online service that another Land developed. Under "Einer für Alle" (EfA)
 * the developing Land runs the service centrally and the others connect to it; with nachnutzbare
 * Software the reusing Land takes over the code and runs it itself; a FIM-basierte
 * Eigenentwicklung is a Land's own build on the shared FIM data (forms, rules, code lists), so
 * only the standards are reused.
 *
 * <p>Immutable and thread-safe.
 */
public enum Nachnutzungsmodell {
    /** Einer für Alle: one Land builds and operates centrally, the others connect (software as a service). */
    EFA("Einer für Alle (EfA)", List.of("efa", "einer_fuer_alle", "einer_fuer_alle_efa", "efa_einer_fuer_alle")),
    /** Nachnutzbare Software, dezentral betrieben: the reusing Land takes over the code and runs it. */
    NACHNUTZBARE_SOFTWARE_DEZENTRAL("nachnutzbare Software, dezentral betrieben",
            List.of("nachnutzbare_software", "nachnutzbare_software_dezentral")),
    /** FIM-basierte Eigenentwicklung: a Land's own build on the shared FIM data. */
    FIM_BASIERTE_EIGENENTWICKLUNG("FIM-basierte Eigenentwicklung", List.of());

    private final String bezeichnung;
    private final List<String> varianten;

    Nachnutzungsmodell(String bezeichnung, List<String> varianten) {
        this.bezeichnung = bezeichnung;
        this.varianten = varianten;
    }

    /**
     * The German name, such as {@code "nachnutzbare Software, dezentral betrieben"}.
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * Looks a model up by constant name, German name or a common short form ("EfA", "Einer für
     * Alle", "nachnutzbare Software"), ignoring case, blanks, punctuation and umlaut spelling.
     *
     * @param text the text, may be null
     * @return the model, or empty
     */
    public static Optional<Nachnutzungsmodell> find(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Suchschluessel.von(text);
        for (Nachnutzungsmodell m : values()) {
            if (key.equals(Suchschluessel.von(m.name())) || key.equals(Suchschluessel.von(m.bezeichnung))
                    || m.varianten.contains(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a model as {@link #find(CharSequence)} does.
     *
     * @param text the text
     * @return the model
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_NACHNUTZUNGSMODELL}
     *                                   if nothing matches
     */
    public static Nachnutzungsmodell parse(CharSequence text) {
        return find(text).orElseThrow(() -> new UnknownReferenceException(
                ReferenceViolation.UNKNOWN_NACHNUTZUNGSMODELL, text == null ? null : text.toString(),
                Text.of("form.nachnutzungsmodell")));
    }
}
