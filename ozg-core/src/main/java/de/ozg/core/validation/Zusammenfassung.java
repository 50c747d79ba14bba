package de.ozg.core.validation;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of a {@link Pruefbericht} at a glance: findings per severity, records read, technical
 * failures, suppressed findings and the verdict. The counts per severity are exact: they include
 * findings that were suppressed by a limit per rule and therefore are not in the findings list.
 *
 * <p>Immutable and thread-safe.
 */
public final class Zusammenfassung {

    private final Map<Severity, Long> anzahl;
    private final long datensaetze;
    private final long technischeFehler;
    private final long unterdrueckt;
    private final Verdict urteil;

    Zusammenfassung(Map<Severity, Long> anzahl, long datensaetze, long technischeFehler, long unterdrueckt) {
        EnumMap<Severity, Long> kopie = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            kopie.put(s, anzahl.getOrDefault(s, 0L));
        }
        this.anzahl = kopie;
        this.datensaetze = datensaetze;
        this.technischeFehler = technischeFehler;
        this.unterdrueckt = unterdrueckt;
        this.urteil = Verdict.of(kopie.get(Severity.ERROR), kopie.get(Severity.WARNING), technischeFehler);
    }

    /**
     * The exact number of findings of the given severity, suppressed ones included.
     *
     * @param severity the severity
     * @return the count
     */
    public long anzahl(Severity severity) {
        return anzahl.get(Objects.requireNonNull(severity, "severity"));
    }

    /**
     * @return the exact number of errors
     */
    public long fehler() {
        return anzahl(Severity.ERROR);
    }

    /**
     * @return the exact number of warnings
     */
    public long warnungen() {
        return anzahl(Severity.WARNING);
    }

    /**
     * @return the exact number of infos
     */
    public long hinweise() {
        return anzahl(Severity.INFO);
    }

    /**
     * The exact number of findings of all severities, suppressed ones included.
     *
     * @return the count
     */
    public long befunde() {
        return fehler() + warnungen() + hinweise();
    }

    /**
     * How many of {@link #befunde()} were counted but not stored.
     *
     * @return the count
     */
    public long unterdrueckt() {
        return unterdrueckt;
    }

    /**
     * @return the number of records read
     */
    public long datensaetze() {
        return datensaetze;
    }

    /**
     * @return the number of technical failures
     */
    public long technischeFehler() {
        return technischeFehler;
    }

    /**
     * The verdict derived from the counts, see {@link Verdict#of(long, long, long)}.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        return urteil;
    }

    /**
     * Two lines for people, e.g. "Prüfbericht: ungültig" and "120 Datensätze geprüft: 3 Fehler,
     * 1 Warnung, 0 Hinweise".
     *
     * @param locale German for language {@code de}, English otherwise
     * @return the text, lines separated by {@code \n}
     */
    public String toText(Locale locale) {
        boolean de = Sprache.isDeutsch(locale);
        StringBuilder sb = new StringBuilder(de ? "Prüfbericht: " : "Validation report: ").append(urteil.label(locale))
                .append('\n')
                .append(de ? Sprache.anzahl(datensaetze, "Datensatz", "Datensätze") + " geprüft: "
                        : Sprache.anzahl(datensaetze, "record", "records") + " checked: ")
                .append(Severity.ERROR.anzahl(fehler(), locale)).append(", ")
                .append(Severity.WARNING.anzahl(warnungen(), locale)).append(", ")
                .append(Severity.INFO.anzahl(hinweise(), locale));
        if (technischeFehler > 0) {
            sb.append("; ").append(de ? Sprache.anzahl(technischeFehler, "technischer Fehler", "technische Fehler")
                    : Sprache.anzahl(technischeFehler, "technical failure", "technical failures"));
        }
        if (unterdrueckt > 0) {
            sb.append("; ").append(de
                    ? "davon " + Sprache.anzahl(unterdrueckt, "Befund", "Befunde") + " nicht gespeichert (Begrenzung je Regel)"
                    : Sprache.anzahl(unterdrueckt, "finding", "findings") + " of these not stored (limit per rule)");
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Zusammenfassung other)) {
            return false;
        }
        return datensaetze == other.datensaetze && technischeFehler == other.technischeFehler
                && unterdrueckt == other.unterdrueckt && anzahl.equals(other.anzahl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(anzahl, datensaetze, technischeFehler, unterdrueckt);
    }

    @Override
    public String toString() {
        return "Zusammenfassung[" + urteil + ", errors=" + fehler() + ", warnings=" + warnungen() + ", infos="
                + hinweise() + ", records=" + datensaetze + ", technicalFailures=" + technischeFehler
                + ", suppressed=" + unterdrueckt + "]";
    }
}
