package de.ozg.core.model;

import de.ozg.core.internal.Suchschluessel;
import java.util.List;
import java.util.Optional;

/**
 * How far a Land or Kommune has got in connecting to an online service that another Land
 * developed: it plans to connect ({@code geplant}), is connecting ({@code in Anbindung}) or is
 * connected ({@code angebunden}). Under EfA "connected" means the Nachnutzer's users reach the
 * central service; the status says nothing about the service's Reifegrad.
 *
 * <p>Declaration order is the order of progress. Immutable and thread-safe.
 */
public enum NachnutzungsStatus {
    /** The Nachnutzer intends to connect. */
    GEPLANT("geplant", List.of()),
    /** The connection is being set up (contracts, configuration, routing). */
    IN_ANBINDUNG("in Anbindung", List.of()),
    /** The Nachnutzer is connected; "angeschlossen" is read as the same. */
    ANGEBUNDEN("angebunden", List.of("angeschlossen"));

    private final String bezeichnung;
    private final List<String> varianten;

    NachnutzungsStatus(String bezeichnung, List<String> varianten) {
        this.bezeichnung = bezeichnung;
        this.varianten = varianten;
    }

    /**
     * The German name: {@code "geplant"}, {@code "in Anbindung"} or {@code "angebunden"}.
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * Looks a status up by German name or constant name, ignoring case, blanks, hyphens and
     * umlaut spelling: "In Anbindung", "in_anbindung" and "IN-ANBINDUNG" are all
     * {@link #IN_ANBINDUNG}; "angeschlossen" is {@link #ANGEBUNDEN}.
     *
     * @param text the text, may be null
     * @return the status, or empty
     */
    public static Optional<NachnutzungsStatus> find(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Suchschluessel.von(text);
        for (NachnutzungsStatus s : values()) {
            if (key.equals(Suchschluessel.von(s.bezeichnung)) || s.varianten.contains(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a status as {@link #find(CharSequence)} does.
     *
     * @param text the text
     * @return the status
     * @throws ModellException with {@link ModellViolation#UNKNOWN_NACHNUTZUNGSSTATUS} if nothing matches
     */
    public static NachnutzungsStatus parse(CharSequence text) {
        return find(text).orElseThrow(() -> new ModellException(ModellViolation.UNKNOWN_NACHNUTZUNGSSTATUS,
                "Nachnutzung.status", text == null ? null : text.toString(),
                "'geplant', 'in Anbindung' or 'angebunden'"));
    }
}
