package de.ozg.core.validation.katalog;

import de.ozg.core.model.OzgKatalog;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Pruefer;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.TechnischerFehler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One pass over a catalogue that checks the rows and assembles the {@link OzgKatalog} at the same
 * time, as a streaming reader drives it: hand over each {@link Katalogzeile}, report what the reader
 * itself noticed (a malformed CSV record: {@link #melde(Befund)}; a broken encoding or unreadable
 * file: {@link #technischerFehler(TechnischerFehler)}), and finally take the {@link #ergebnis()}.
 * For rows already in memory use {@link #pruefe(Iterable, Regelwerk, LocalDate)}.
 *
 * <p>Which rows enter the catalogue does not depend on the rule set: a row is used when every cell
 * the model needs converts, contradictions are resolved by first occurrence (see the package
 * documentation), and the count of rows left out is part of the result.
 *
 * <p>Mutable and <b>not thread-safe</b>: one pass belongs to one thread.
 */
public final class Katalogpruefung {

    private final Pruefer<Katalogzeile> pruefer;
    private final KatalogAufbau aufbau = new KatalogAufbau();
    private final LocalDate stand;
    private Katalogergebnis ergebnis;

    private Katalogpruefung(Regelwerk<Katalogzeile> regelwerk, LocalDate stand) {
        this.pruefer = Objects.requireNonNull(regelwerk, "regelwerk").starte();
        this.stand = Objects.requireNonNull(stand, "stand");
    }

    /**
     * Starts a pass with the given rules.
     *
     * @param regelwerk the rules, e.g. {@link Katalogregeln#standard()}
     * @param stand     the Stand of the catalogue
     * @return a fresh pass
     */
    public static Katalogpruefung starte(Regelwerk<Katalogzeile> regelwerk, LocalDate stand) {
        return new Katalogpruefung(regelwerk, stand);
    }

    /**
     * Checks and assembles rows held in memory in one go.
     *
     * @param zeilen    the rows in file order
     * @param regelwerk the rules
     * @param stand     the Stand of the catalogue
     * @return catalogue and report
     */
    public static Katalogergebnis pruefe(Iterable<Katalogzeile> zeilen, Regelwerk<Katalogzeile> regelwerk,
            LocalDate stand) {
        Katalogpruefung p = starte(regelwerk, stand);
        zeilen.forEach(p::pruefe);
        return p.ergebnis();
    }

    /**
     * Checks and assembles rows held in memory with {@link Katalogregeln#standard()}.
     *
     * @param zeilen the rows in file order
     * @param stand  the Stand of the catalogue
     * @return catalogue and report
     */
    public static Katalogergebnis pruefe(Iterable<Katalogzeile> zeilen, LocalDate stand) {
        return pruefe(zeilen, Katalogregeln.standard(), stand);
    }

    /**
     * Checks one row and takes it into the catalogue when it is usable.
     *
     * @param zeile the row
     * @throws IllegalStateException if {@link #ergebnis()} was already taken
     */
    public void pruefe(Katalogzeile zeile) {
        offen();
        pruefer.pruefe(zeile, zeile.fundstelle());
        aufbau.nimm(zeile);
    }

    /**
     * Reports a finding the reader made, such as a malformed record; taken as given.
     *
     * @param befund the finding
     * @throws IllegalStateException if {@link #ergebnis()} was already taken
     */
    public void melde(Befund befund) {
        offen();
        pruefer.melde(befund);
    }

    /**
     * Reports that the file could not be read completely; the verdict becomes "nicht prüfbar".
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
     * Ends the pass: runs the rules' final checks, builds the catalogue and returns both. Further
     * calls return the same result.
     *
     * @return catalogue and report
     */
    public Katalogergebnis ergebnis() {
        if (ergebnis == null) {
            List<Befund> aufbauBefunde = new ArrayList<>();
            OzgKatalog katalog = aufbau.baue(stand, aufbauBefunde::add);
            aufbauBefunde.forEach(pruefer::melde);
            Pruefbericht bericht = pruefer.ergebnis();
            ergebnis = new Katalogergebnis(katalog, bericht, aufbau.uebersprungen());
        }
        return ergebnis;
    }

    private void offen() {
        if (ergebnis != null) {
            throw new IllegalStateException("The pass is finished: ergebnis() was already taken");
        }
    }
}
