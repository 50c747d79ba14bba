package de.ozg.core.validation.gebiet;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefer;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.TechnischerFehler;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One pass over a Gemeindeverzeichnis that checks the rows and assembles the
 * {@link de.ozg.core.model.Gebietsverzeichnis} at the same time, as a streaming reader drives it:
 * hand over each {@link Gebietszeile}, report the reader's own findings ({@link #melde(Befund)}) and
 * failures ({@link #technischerFehler(TechnischerFehler)}), and take the {@link #ergebnis()}.
 *
 * <p>Mutable and <b>not thread-safe</b>: one pass belongs to one thread.
 */
public final class Gebietspruefung {

    private final Pruefer<Gebietszeile> pruefer;
    private final GebietsAufbau aufbau = new GebietsAufbau();
    private final LocalDate gebietsstand;
    private Gebietsergebnis ergebnis;

    private Gebietspruefung(Regelwerk<Gebietszeile> regelwerk, LocalDate gebietsstand) {
        this.pruefer = Objects.requireNonNull(regelwerk, "regelwerk").starte();
        this.gebietsstand = Objects.requireNonNull(gebietsstand, "gebietsstand");
    }

    /**
     * Starts a pass.
     *
     * @param regelwerk    the rules, e.g. {@link Gebietsregeln#standard()}
     * @param gebietsstand the date the hierarchy is valid at
     * @return a fresh pass
     */
    public static Gebietspruefung starte(Regelwerk<Gebietszeile> regelwerk, LocalDate gebietsstand) {
        return new Gebietspruefung(regelwerk, gebietsstand);
    }

    /**
     * Checks and assembles rows held in memory in one go.
     *
     * @param zeilen       the rows in file order
     * @param regelwerk    the rules
     * @param gebietsstand the date the hierarchy is valid at
     * @return directory and report
     */
    public static Gebietsergebnis pruefe(Iterable<Gebietszeile> zeilen, Regelwerk<Gebietszeile> regelwerk,
            LocalDate gebietsstand) {
        Gebietspruefung p = starte(regelwerk, gebietsstand);
        zeilen.forEach(p::pruefe);
        return p.ergebnis();
    }

    /**
     * Checks and assembles rows held in memory with {@link Gebietsregeln#standard()}.
     *
     * @param zeilen       the rows in file order
     * @param gebietsstand the date the hierarchy is valid at
     * @return directory and report
     */
    public static Gebietsergebnis pruefe(Iterable<Gebietszeile> zeilen, LocalDate gebietsstand) {
        return pruefe(zeilen, Gebietsregeln.standard(), gebietsstand);
    }

    /**
     * Checks one row and takes it into the directory when it is usable.
     *
     * @param zeile the row
     * @throws IllegalStateException if {@link #ergebnis()} was already taken
     */
    public void pruefe(Gebietszeile zeile) {
        offen();
        pruefer.pruefe(zeile, zeile.fundstelle());
        aufbau.nimm(zeile);
    }

    /**
     * Reports a finding the reader made; taken as given.
     *
     * @param befund the finding
     * @throws IllegalStateException if {@link #ergebnis()} was already taken
     */
    public void melde(Befund befund) {
        offen();
        pruefer.melde(befund);
    }

    /**
     * Reports that the file could not be read completely.
     *
     * @param fehler the failure
     * @throws IllegalStateException if {@link #ergebnis()} was already taken
     */
    public void technischerFehler(TechnischerFehler fehler) {
        offen();
        pruefer.technischerFehler(fehler);
    }

    /** @return the number of rows checked so far */
    public long zeilen() {
        return pruefer.datensaetze();
    }

    /**
     * Ends the pass and returns directory and report; further calls return the same result.
     *
     * @return directory and report
     */
    public Gebietsergebnis ergebnis() {
        if (ergebnis == null) {
            ergebnis = new Gebietsergebnis(aufbau.baue(gebietsstand), pruefer.ergebnis(), aufbau.uebersprungen());
        }
        return ergebnis;
    }

    private void offen() {
        if (ergebnis != null) {
            throw new IllegalStateException("The pass is finished: ergebnis() was already taken");
        }
    }
}
