package de.ozg.core.ref;

import de.ozg.core.internal.Suchschluessel;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A version of the OZG Reifegradmodell, the scale on which the maturity of an online service is
 * measured. Model 1.x (2018 to 2025) has levels 0 to 4 — 0 Offline, 1 Information, 2
 * Formular-Assistent, 3 Online-Leistung, 4 Online-Transaktion (the stage names of the
 * Reifegradmodell pages of the Länder and the OZG-Dashboard, checked 2026-12; "Once-Only" is a
 * description of level 4, not its name) — and makes a service OZG-konform from level 3; model 2.0
 * (since July 2025) has levels 0 to 7 and 13 criteria, but its stage names and its thresholds are
 * not reliably published, so the library exposes them as unknown rather than inventing a mapping.
 * Levels of different models are never compared, see {@link Reifegrad}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReifegradModell {
    /** Model 1.x (1.0 and 1.1), 2018 to 2025: levels 0 to 4. */
    V1("1.x", 2018, new String[] {"Offline", "Information", "Formular-Assistent", "Online-Leistung",
        "Online-Transaktion"}, 2, 3, List.of("1", "1.x", "1.0", "1.1")),
    /** Model 2.0, since July 2025: levels 0 to 7; names and thresholds not published reliably. */
    V2("2.0", 2025, new String[8], -1, -1, List.of("2", "2.x", "2.0"));

    private final String version;
    private final Year eingefuehrt;
    private final String[] namen;
    private final int onlineAb;
    private final int ozgKonformAb;
    private final List<String> versionen;

    ReifegradModell(String version, int eingefuehrt, String[] namen, int onlineAb, int ozgKonformAb,
            List<String> versionen) {
        this.version = version;
        this.eingefuehrt = Year.of(eingefuehrt);
        this.namen = namen;
        this.onlineAb = onlineAb;
        this.ozgKonformAb = ozgKonformAb;
        this.versionen = versionen;
    }

    /**
     * The version as it is usually written: {@code "1.x"} or {@code "2.0"}.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * The year the model came into use: 2018 for 1.x, 2025 (July) for 2.0.
     *
     * @return the year
     */
    public Year eingefuehrt() {
        return eingefuehrt;
    }

    /**
     * The lowest level, always 0 (offline).
     *
     * @return 0
     */
    public int minStufe() {
        return 0;
    }

    /**
     * The highest level: 4 for model 1.x, 7 for model 2.0.
     *
     * @return the highest level
     */
    public int maxStufe() {
        return namen.length - 1;
    }

    /**
     * All levels of this model, lowest first.
     *
     * @return an unmodifiable list of shared instances
     */
    public List<Reifegrad> stufen() {
        return Reifegrad.alle(this);
    }

    /**
     * The lowest level at which a service counts as OZG-konform: {@code V1:3}. Empty for model 2.0,
     * for which no such rule is published.
     *
     * @return the threshold, or empty when the model defines none
     */
    public Optional<Reifegrad> ozgKonformAb() {
        return ozgKonformAb < 0 ? Optional.empty() : Optional.of(Reifegrad.of(this, ozgKonformAb));
    }

    /**
     * The lowest level at which the OZG-Dashboard counts a service as online: {@code V1:2}. Empty
     * for model 2.0, for which no such rule is published.
     *
     * @return the threshold, or empty when the model defines none
     */
    public Optional<Reifegrad> onlineAb() {
        return onlineAb < 0 ? Optional.empty() : Optional.of(Reifegrad.of(this, onlineAb));
    }

    /** The stage name of a level known to be in range, or null when unknown. */
    String name(int stufe) {
        return namen[stufe];
    }

    /**
     * The description of a level known to be in range, or null when there is none. Only level 4 of
     * model 1.x has one: the Once-Only principle the sources name beside the stage name, which is
     * not part of the name.
     */
    String beschreibung(int stufe) {
        return this == V1 && stufe == 4
                ? "Once-Only: Nachweise, die der Verwaltung bereits vorliegen, werden nicht erneut verlangt"
                : null;
    }

    /**
     * Looks a model up by its constant name or version, ignoring case and blanks of any kind at the
     * ends (the tolerance of every reference lookup; a comma may stand for the dot):
     * {@code "V1"}, {@code "1"}, {@code "1.x"}, {@code "1.0"}, {@code "1.1"} for model 1;
     * {@code "V2"}, {@code "2"}, {@code "2.x"}, {@code "2.0"} for model 2, each also with a leading
     * {@code "v"}. Other versions (such as {@code "1.2"}) are not guessed.
     *
     * @param text the text, may be null
     * @return the model, or empty
     */
    public static Optional<ReifegradModell> find(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Suchschluessel.strip(text).toLowerCase(Locale.ROOT).replace(',', '.');
        if (t.startsWith("v")) {
            t = t.substring(1);
        }
        for (ReifegradModell m : values()) {
            if (m.versionen.contains(t)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a model from its name or version as {@link #find(CharSequence)} does.
     *
     * @param text the text
     * @return the model
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_REIFEGRAD} if no
     *                                   model matches
     */
    public static ReifegradModell parse(CharSequence text) {
        return find(text).orElseThrow(() -> new UnknownReferenceException(ReferenceViolation.UNKNOWN_REIFEGRAD,
                text == null ? null : text.toString(), Text.of("form.reifegradmodell")));
    }
}
