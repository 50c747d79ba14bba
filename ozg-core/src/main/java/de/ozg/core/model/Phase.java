package de.ozg.core.model;

import de.ozg.core.ref.Answer;
import java.util.List;
import java.util.Optional;

/**
 * The stage a Land's implementation of an OZG-Leistung has reached, as its Nachnutzungsübersicht
 * states it: typically Planung, Umsetzung, Roll-out, Betrieb. The published overviews do not share
 * one fixed list — names and cuts differ, and "Betrieb" is also written "online" or "Betrieb/online"
 * — so the type is open like {@link Nachnutzungskategorie}: the {@linkplain #bekannte() known
 * phases} are constants, a Land's own phase is created with {@link #of(String, String)} or
 * {@link #parse(CharSequence)}.
 *
 * <p>The phase does not replace a Reifegrad or a dashboard status: {@link #online()} answers only
 * where the name leaves no doubt (Planung: no; Betrieb: yes) and stays empty for Umsetzung,
 * Roll-out (online in some places) and a Land's own phases. A phase is identified by its
 * {@linkplain #code() code}; equality, hashing and {@link #toString()} use the code. Immutable and
 * thread-safe.
 */
public final class Phase {

    /** The Land plans the implementation or connection; also read from "in Planung". */
    public static final Phase PLANUNG = new Phase("planung", "Planung", Boolean.FALSE, List.of("in_planung"));
    /** The service is being built or connected; also read from "in Umsetzung". */
    public static final Phase UMSETZUNG = new Phase("umsetzung", "Umsetzung", null, List.of("in_umsetzung"));
    /** The service is being rolled out to the Kommunen; also read from "Rollout". */
    public static final Phase ROLL_OUT = new Phase("roll_out", "Roll-out", null, List.of("rollout"));
    /** The service is in operation; also read from "online", "Betrieb/online" and "in Betrieb". */
    public static final Phase BETRIEB = new Phase("betrieb", "Betrieb", Boolean.TRUE,
            List.of("online", "betrieb_online", "in_betrieb"));

    private static final OffeneKlassifikation<Phase> KLASSIFIKATION = new OffeneKlassifikation<>("Phase",
            Phase::bekannte, p -> p.code, p -> p.varianten);

    private final String code;
    private final String bezeichnung;
    private final Boolean online;
    private final List<String> varianten;

    private Phase(String code, String bezeichnung, Boolean online, List<String> varianten) {
        this.code = code;
        this.bezeichnung = bezeichnung;
        this.online = online;
        this.varianten = varianten;
    }

    /**
     * The known phases in the order of progress.
     *
     * @return Planung, Umsetzung, Roll-out, Betrieb
     */
    public static List<Phase> bekannte() {
        return List.of(PLANUNG, UMSETZUNG, ROLL_OUT, BETRIEB);
    }

    /**
     * A phase by code and name. The code of a known phase (not a variant such as {@code online})
     * gives a value equal to the known constant, carrying the name given here and the constant's
     * {@link #online()}.
     *
     * @param code        snake_case ASCII, such as {@code "pilotbetrieb"}
     * @param bezeichnung the display name, such as "Pilotbetrieb"
     * @return the phase
     * @throws ModellException with {@link ModellViolation#INVALID_CODE} for a code that is not
     *                         snake_case, {@link ModellViolation#BLANK_TEXT} for a blank name
     */
    public static Phase of(String code, String bezeichnung) {
        String name = KLASSIFIKATION.requireOf(code, bezeichnung);
        Optional<Phase> bekannt = KLASSIFIKATION.mitCode(code);
        return new Phase(code, name, bekannt.map(p -> p.online).orElse(null),
                bekannt.map(p -> p.varianten).orElse(List.of()));
    }

    /**
     * Looks a known phase up by code, name or the variants named at the constants, ignoring case,
     * blanks (also trailing and NBSP), hyphens, slashes and umlaut spelling: "Roll-out", "rollout"
     * and "ROLL OUT" give {@link #ROLL_OUT}; "Betrieb/online" gives {@link #BETRIEB}.
     *
     * @param text the text, may be null
     * @return the known phase, or empty
     */
    public static Optional<Phase> find(CharSequence text) {
        return KLASSIFIKATION.find(text);
    }

    /**
     * Reads a phase from a Land's table: the known phase if {@link #find(CharSequence)} finds one,
     * otherwise a new phase whose code is the folded text and whose name is the text with blanks
     * tidied ("Pilotbetrieb " gives code {@code pilotbetrieb}, name "Pilotbetrieb").
     *
     * @param text the text
     * @return the known or a new phase
     * @throws ModellException with {@link ModellViolation#BLANK_TEXT} for null or a text without
     *                         letters and digits
     */
    public static Phase parse(CharSequence text) {
        return KLASSIFIKATION.parse(text, (code, name) -> new Phase(code, name, null, List.of()));
    }

    /**
     * The stable code, such as {@code "roll_out"}: the identity of the phase.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The display name, such as "Roll-out".
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * Whether a service in this phase is online, where the phase says so without doubt.
     *
     * @return {@code NO} for Planung, {@code YES} for Betrieb, {@code UNDETERMINED} for Umsetzung,
     *         Roll-out and other phases
     */
    public Answer online() {
        return online == null ? Answer.UNDETERMINED : Answer.of(online);
    }

    /**
     * Whether this is one of the {@linkplain #bekannte() known phases}.
     *
     * @return true for a known code
     */
    public boolean isBekannt() {
        return KLASSIFIKATION.mitCode(code).isPresent();
    }

    /** Equal when the codes are equal; the name does not count. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Phase && code.equals(((Phase) o).code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * The code, such as {@code "roll_out"}; {@link #parse(CharSequence)} reads it back to an equal
     * phase.
     */
    @Override
    public String toString() {
        return code;
    }
}
