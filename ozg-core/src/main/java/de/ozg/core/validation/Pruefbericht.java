package de.ozg.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The complete result of checking data against a {@link Regelwerk}: every finding at once, the
 * technical failures kept apart, the number of records read, and a {@link Zusammenfassung} with the
 * verdict. This is what a KITU vendor receives; it is never an exception and never stops at the
 * first error.
 *
 * <p>Findings are in a deterministic order: by source name (none first), then by line, then by
 * record number (findings without line or record number after those with one), and otherwise in
 * the order they were reported. Reports of several files combine with {@link #plus(Pruefbericht)}.
 * Immutable and thread-safe.
 */
public final class Pruefbericht {

    /** The order of findings: by their {@link Fundstelle#ordnung location}, stable for equal ones. */
    private static final Comparator<Befund> ORDNUNG = (a, b) -> Fundstelle.ordnung(a.fundstelle(), b.fundstelle());

    private static final Pruefbericht LEER = new Pruefbericht(List.of(), List.of(), 0, List.of());

    private final List<Befund> befunde;
    private final List<TechnischerFehler> technischeFehler;
    private final long datensaetze;
    private final List<Unterdrueckung> unterdrueckungen;
    private final Zusammenfassung zusammenfassung;

    private Pruefbericht(List<Befund> befunde, List<TechnischerFehler> technischeFehler, long datensaetze,
            List<Unterdrueckung> unterdrueckungen) {
        this.befunde = befunde;
        this.technischeFehler = technischeFehler;
        this.datensaetze = datensaetze;
        this.unterdrueckungen = unterdrueckungen;
        Map<Severity, Long> anzahl = new EnumMap<>(Severity.class);
        for (Befund b : befunde) {
            anzahl.merge(b.severity(), 1L, Long::sum);
        }
        long unterdrueckt = 0;
        for (Unterdrueckung u : unterdrueckungen) {
            anzahl.merge(u.severity(), u.anzahl(), Long::sum);
            unterdrueckt += u.anzahl();
        }
        this.zusammenfassung = new Zusammenfassung(anzahl, datensaetze, technischeFehler.size(), unterdrueckt);
    }

    /**
     * The report of a check that found nothing and read nothing.
     *
     * @return the empty report (verdict {@link Verdict#VALID})
     */
    public static Pruefbericht empty() {
        return LEER;
    }

    /**
     * A report from its parts; the findings are put into the report's order.
     *
     * @param befunde          the findings, in the order reported
     * @param technischeFehler the technical failures, in the order reported
     * @param datensaetze      the number of records read, at least 0
     * @return the report
     */
    public static Pruefbericht of(Collection<Befund> befunde, Collection<TechnischerFehler> technischeFehler,
            long datensaetze) {
        return of(befunde, technischeFehler, datensaetze, List.of());
    }

    /**
     * A report from its parts, with findings counted but not stored.
     *
     * @param befunde          the stored findings, in the order reported
     * @param technischeFehler the technical failures, in the order reported
     * @param datensaetze      the number of records read, at least 0
     * @param unterdrueckungen suppressed findings per rule and severity; entries for the same rule
     *                         and severity are added up
     * @return the report
     * @throws RegelwerkException if the number of records is negative
     */
    public static Pruefbericht of(Collection<Befund> befunde, Collection<TechnischerFehler> technischeFehler,
            long datensaetze, Collection<Unterdrueckung> unterdrueckungen) {
        if (datensaetze < 0) {
            throw new RegelwerkException(RegelwerkViolation.INVALID_COUNT, "Anzahl Datensätze",
                    Long.toString(datensaetze), "at least 0");
        }
        List<Befund> sortiert = new ArrayList<>(befunde);
        sortiert.forEach(b -> Objects.requireNonNull(b, "befund"));
        sortiert.sort(ORDNUNG);
        return new Pruefbericht(List.copyOf(sortiert), List.copyOf(technischeFehler), datensaetze,
                zusammenfassen(unterdrueckungen));
    }

    private static List<Unterdrueckung> zusammenfassen(Collection<Unterdrueckung> unterdrueckungen) {
        Map<String, Map<Severity, Long>> summen = new TreeMap<>();
        for (Unterdrueckung u : unterdrueckungen) {
            summen.computeIfAbsent(u.regelId(), k -> new EnumMap<>(Severity.class))
                    .merge(u.severity(), u.anzahl(), Long::sum);
        }
        List<Unterdrueckung> liste = new ArrayList<>();
        summen.forEach((regelId, jeSeverity) -> jeSeverity
                .forEach((severity, anzahl) -> liste.add(Unterdrueckung.of(regelId, severity, anzahl))));
        return List.copyOf(liste);
    }

    /**
     * Combines the reports of several files or runs into one: findings, technical failures, records
     * and suppressed counts are added up.
     *
     * @param berichte the reports
     * @return the combined report; {@link #empty()} for none
     */
    public static Pruefbericht merge(Iterable<Pruefbericht> berichte) {
        List<Befund> befunde = new ArrayList<>();
        List<TechnischerFehler> fehler = new ArrayList<>();
        List<Unterdrueckung> unterdrueckungen = new ArrayList<>();
        long datensaetze = 0;
        for (Pruefbericht b : berichte) {
            befunde.addAll(b.befunde);
            fehler.addAll(b.technischeFehler);
            unterdrueckungen.addAll(b.unterdrueckungen);
            datensaetze = Math.addExact(datensaetze, b.datensaetze);
        }
        return of(befunde, fehler, datensaetze, unterdrueckungen);
    }

    /**
     * This report combined with another, e.g. of the next file of a multi-file run.
     *
     * @param other the other report
     * @return the combined report, see {@link #merge(Iterable)}
     */
    public Pruefbericht plus(Pruefbericht other) {
        return merge(List.of(this, Objects.requireNonNull(other, "other")));
    }

    /**
     * All stored findings in the report's order.
     *
     * @return the findings, unmodifiable
     */
    public List<Befund> befunde() {
        return befunde;
    }

    /**
     * The stored findings of one severity, in the report's order.
     *
     * @param severity the severity
     * @return the findings, unmodifiable
     */
    public List<Befund> befunde(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return befunde.stream().filter(b -> b.severity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The stored findings of one rule, in the report's order.
     *
     * @param regelId the rule id, e.g. {@code OZG-ID-FORMAT}
     * @return the findings, unmodifiable; empty for an unknown id
     */
    public List<Befund> befundeZuRegel(String regelId) {
        Objects.requireNonNull(regelId, "regelId");
        return befunde.stream().filter(b -> b.regelId().equals(regelId)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The failures that kept the data from being checked completely, in the order reported.
     *
     * @return the technical failures, unmodifiable
     */
    public List<TechnischerFehler> technischeFehler() {
        return technischeFehler;
    }

    /**
     * @return the number of records read
     */
    public long datensaetze() {
        return datensaetze;
    }

    /**
     * The findings that were counted but not stored, per rule id and severity, sorted by rule id.
     *
     * @return the suppressed counts, unmodifiable
     */
    public List<Unterdrueckung> unterdrueckungen() {
        return unterdrueckungen;
    }

    /**
     * How many findings of one rule were counted but not stored.
     *
     * @param regelId the rule id
     * @return the count, 0 for an unknown id
     */
    public long unterdrueckt(String regelId) {
        Objects.requireNonNull(regelId, "regelId");
        return unterdrueckungen.stream().filter(u -> u.regelId().equals(regelId))
                .mapToLong(Unterdrueckung::anzahl).sum();
    }

    /**
     * The exact counts and the verdict.
     *
     * @return the summary
     */
    public Zusammenfassung zusammenfassung() {
        return zusammenfassung;
    }

    /**
     * The verdict, see {@link Verdict}.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        return zusammenfassung.verdict();
    }

    /**
     * Whether at least one finding of severity {@link Severity#ERROR} was counted (stored or
     * suppressed). Technical failures are not findings: look at {@link #verdict()} for them.
     *
     * @return true when there are errors
     */
    public boolean hasErrors() {
        return zusammenfassung.fehler() > 0;
    }

    /**
     * Whether the verdict is {@link Verdict#VALID} or {@link Verdict#VALID_WITH_WARNINGS}.
     *
     * @return true when the data may be used
     */
    public boolean isValid() {
        return verdict().isValid();
    }

    /**
     * The report as German plain text, see {@link #toText(Locale)}.
     *
     * @return the text
     */
    public String toText() {
        return toText(Locale.GERMAN);
    }

    /**
     * The report as plain text for a console or a mail: the summary, then the technical failures,
     * then the findings grouped by severity (errors first) in the report's order, one per line with
     * location, rule id, subject, value and message; suppressed counts close their group.
     *
     * @param locale German for language {@code de}, English otherwise
     * @return the text, lines separated by {@code \n}, ending with a line break
     */
    public String toText(Locale locale) {
        boolean de = Sprache.isDeutsch(locale);
        StringBuilder sb = new StringBuilder(zusammenfassung.toText(locale)).append('\n');
        if (!technischeFehler.isEmpty()) {
            sb.append('\n').append(de ? "Technische Fehler" : "Technical failures")
                    .append(" (").append(technischeFehler.size()).append(")\n");
            technischeFehler.forEach(t -> sb.append("  ").append(t.toText(locale)).append('\n'));
        }
        for (Severity severity : Severity.values()) {
            long anzahl = zusammenfassung.anzahl(severity);
            if (anzahl == 0) {
                continue;
            }
            String ueberschrift = severity.plural(locale);
            sb.append('\n').append(Character.toUpperCase(ueberschrift.charAt(0))).append(ueberschrift.substring(1))
                    .append(" (").append(anzahl).append(")\n");
            befunde.stream().filter(b -> b.severity() == severity)
                    .forEach(b -> sb.append("  ").append(b.toText(locale)).append('\n'));
            unterdrueckungen.stream().filter(u -> u.severity() == severity).forEach(u -> sb.append("  ")
                    .append(de ? "… " + Sprache.anzahl(u.anzahl(), "weiterer Befund", "weitere Befunde")
                            + " zu Regel " + u.regelId() + " nicht gespeichert"
                            : "… " + Sprache.anzahl(u.anzahl(), "more finding", "more findings")
                            + " of rule " + u.regelId() + " not stored")
                    .append('\n'));
        }
        if (zusammenfassung.befunde() == 0 && technischeFehler.isEmpty()) {
            sb.append('\n').append(de ? "Keine Befunde." : "No findings.").append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Pruefbericht other)) {
            return false;
        }
        return datensaetze == other.datensaetze && befunde.equals(other.befunde)
                && technischeFehler.equals(other.technischeFehler) && unterdrueckungen.equals(other.unterdrueckungen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(befunde, technischeFehler, datensaetze, unterdrueckungen);
    }

    @Override
    public String toString() {
        return "Pruefbericht[" + zusammenfassung + "]";
    }
}
