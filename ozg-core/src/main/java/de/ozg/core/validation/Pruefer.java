package de.ozg.core.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One run of a {@link Regelwerk} over a sequence of records, as a streaming reader drives it: hand
 * over each record with its {@link Fundstelle}, report what the reader itself noticed (a cell that
 * did not parse: {@link #report(Befund)}; a file that broke off: {@link #report(TechnischerFehler)}), and
 * finally take the {@link #result()}.
 *
 * <p>A rule that throws an unexpected {@link RuntimeException} does not end the run: the failure
 * becomes a finding of that rule with severity {@link Severity#ERROR} at the record's location
 * (whatever the rule's configured severity: a record the rule could not check cannot count as
 * valid), and the rule goes on with the next record. Memory stays bounded by the rules' own state
 * plus the stored findings, which {@link Regelwerk#withMaxBefundeProRegel(int)} can cap.
 *
 * <p>A run started with {@link Regelwerk#start(Consumer)} stores no findings: it hands each one to
 * its consumer as it is made (which may cap, count or write them), and its report holds only the
 * record count and technical failures.
 *
 * <p>Mutable and <b>not thread-safe</b>: one run belongs to one thread. For parallel checks start
 * one run per partition and combine the reports with {@link Pruefbericht#plus(Pruefbericht)}
 * (cross-record rules then only see their own partition).
 *
 * @param <T> the type of the records
 */
public final class Pruefer<T> {

    private static final class Lauf<T> {
        final Regel<T> regel;
        final Kontext kontext;
        final Pruefung<T> pruefung;

        Lauf(Regel<T> regel, Kontext kontext, Pruefung<T> pruefung) {
            this.regel = regel;
            this.kontext = kontext;
            this.pruefung = pruefung;
        }
    }

    private final List<Lauf<T>> laeufe = new ArrayList<>();
    /** The runs that look at records: those of {@link Pruefung#empty()} are left out. */
    private final Lauf<T>[] jeDatensatz;
    /** The location of the current record, which every {@link Kontext} of this run reports. */
    Fundstelle fundstelle = Fundstelle.unbekannt();
    private final int maxBefundeProRegel;
    private final List<Befund> befunde = new ArrayList<>();
    private final List<TechnischerFehler> technischeFehler = new ArrayList<>();
    /** The findings stored per rule id; a rule's {@link Kontext} holds its own counter. */
    private final Map<String, int[]> gespeichert = new HashMap<>();
    private final Map<String, Map<Severity, Long>> unterdrueckt = new HashMap<>();
    private final Consumer<? super Befund> ziel;
    private long datensaetze;
    private Pruefbericht ergebnis;

    @SuppressWarnings("unchecked")
    Pruefer(List<Regel<T>> regeln, Map<String, Severity> severities, int maxBefundeProRegel,
            Consumer<? super Befund> ziel) {
        this.maxBefundeProRegel = maxBefundeProRegel;
        this.ziel = ziel;
        for (Regel<T> regel : regeln) {
            Kontext kontext = new Kontext(regel.id(), severities.get(regel.id()), this, zaehler(regel.id()));
            try {
                laeufe.add(new Lauf<>(regel, kontext, Objects.requireNonNull(regel.start(), "start()")));
            } catch (RuntimeException e) {
                absturz(regel, Fundstelle.unbekannt(), e);
            }
        }
        jeDatensatz = laeufe.stream().filter(l -> l.pruefung != LeerePruefung.INSTANCE).toArray(Lauf[]::new);
    }

    /**
     * Checks one record with every active rule.
     *
     * @param datensatz  the record, not null
     * @param fundstelle where it was read, e.g. {@code Fundstelle.ofLine(12).withQuelle("katalog.csv")}
     * @throws IllegalStateException if {@link #result()} was already taken
     */
    public void check(T datensatz, Fundstelle fundstelle) {
        offen();
        Objects.requireNonNull(datensatz, "datensatz");
        Objects.requireNonNull(fundstelle, "fundstelle");
        datensaetze++;
        this.fundstelle = fundstelle;
        for (Lauf<T> lauf : jeDatensatz) {
            try {
                lauf.pruefung.check(datensatz, lauf.kontext);
            } catch (RuntimeException e) {
                absturz(lauf.regel, fundstelle, e);
            }
        }
    }

    /**
     * Checks one record whose location is its 1-based number in this run.
     *
     * @param datensatz the record, not null
     * @throws IllegalStateException if {@link #result()} was already taken
     */
    public void check(T datensatz) {
        check(datensatz, Fundstelle.datensatz(datensaetze + 1));
    }

    /**
     * Reports a finding produced outside the rules, e.g. a reader's parse error for a cell. It is
     * taken as given (no severity override) and counts against the limit of its rule id.
     *
     * @param befund the finding
     * @throws IllegalStateException if {@link #result()} was already taken
     */
    public void report(Befund befund) {
        offen();
        aufnehmen(Objects.requireNonNull(befund, "befund"));
    }

    /**
     * Reports that the data could not be checked completely, e.g. an unreadable file; the report's
     * verdict becomes {@link Verdict#NOT_CHECKABLE}.
     *
     * @param fehler the technical failure
     * @throws IllegalStateException if {@link #result()} was already taken
     */
    public void report(TechnischerFehler fehler) {
        offen();
        technischeFehler.add(Objects.requireNonNull(fehler, "fehler"));
    }

    /**
     * The number of records checked so far.
     *
     * @return the count
     */
    public long datensaetze() {
        return datensaetze;
    }

    /**
     * Ends the run: lets every rule report in {@link Pruefung#finish(Kontext)} and returns the
     * report. Further calls return the same report; no records are accepted afterwards.
     *
     * @return the report
     */
    public Pruefbericht result() {
        if (ergebnis == null) {
            fundstelle = Fundstelle.unbekannt();
            for (Lauf<T> lauf : laeufe) {
                try {
                    lauf.pruefung.finish(lauf.kontext);
                } catch (RuntimeException e) {
                    absturz(lauf.regel, Fundstelle.unbekannt(), e);
                }
            }
            List<Unterdrueckung> liste = new ArrayList<>();
            unterdrueckt.forEach((regelId, jeSeverity) -> jeSeverity
                    .forEach((severity, anzahl) -> liste.add(Unterdrueckung.of(regelId, severity, anzahl))));
            ergebnis = Pruefbericht.of(befunde, technischeFehler, datensaetze, liste);
            befunde.clear();
        }
        return ergebnis;
    }

    private void offen() {
        if (ergebnis != null) {
            throw new IllegalStateException("The run is finished: result() was already taken");
        }
    }

    private int[] zaehler(String regelId) {
        return gespeichert.computeIfAbsent(regelId, k -> new int[1]);
    }

    void aufnehmen(Befund befund) {
        aufnehmen(befund, ziel == null ? zaehler(befund.regelId()) : null);
    }

    /** Takes a finding, counted against its rule id's counter. */
    void aufnehmen(Befund befund, int[] zaehler) {
        if (ziel != null) {
            ziel.accept(befund);
            return;
        }
        String regelId = befund.regelId();
        if (zaehler[0] < maxBefundeProRegel) {
            zaehler[0]++;
            befunde.add(befund);
        } else {
            unterdrueckt.computeIfAbsent(regelId, k -> new EnumMap<>(Severity.class))
                    .merge(befund.severity(), 1L, Long::sum);
        }
    }

    private void absturz(Regel<T> regel, Fundstelle fundstelle, RuntimeException e) {
        String ursache = TechnischerFehler.describe(e);
        aufnehmen(Befund.builder().regelId(regel.id()).severity(Severity.ERROR).fundstelle(fundstelle)
                .meldung("Die Regel konnte den Datensatz nicht prüfen, sie brach ab mit " + ursache,
                        "The rule could not check the record, it failed with " + ursache)
                .build());
    }
}
