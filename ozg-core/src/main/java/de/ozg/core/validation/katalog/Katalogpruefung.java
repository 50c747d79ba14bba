package de.ozg.core.validation.katalog;

import de.ozg.core.model.OzgKatalog;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Durchgang;
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
 * documentation), and the count of rows left out is part of the result. The pass itself (checking,
 * reporting, finishing) is that of {@link Durchgang}.
 *
 * <p>Mutable and <b>not thread-safe</b>: one pass belongs to one thread.
 */
public final class Katalogpruefung extends Durchgang<Katalogzeile, Katalogergebnis> {

    private final KatalogAufbau aufbau = new KatalogAufbau();
    private final LocalDate stand;

    private Katalogpruefung(Regelwerk<Katalogzeile> regelwerk, LocalDate stand) {
        super(regelwerk);
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

    @Override
    protected void nimm(Katalogzeile zeile) {
        aufbau.nimm(zeile);
    }

    @Override
    protected Katalogergebnis baue(Pruefer<Katalogzeile> abschluss) {
        List<Befund> aufbauBefunde = new ArrayList<>();
        OzgKatalog katalog = aufbau.baue(stand, aufbauBefunde::add);
        aufbauBefunde.forEach(abschluss::melde);
        Pruefbericht bericht = abschluss.ergebnis();
        return new Katalogergebnis(katalog, bericht, aufbau.uebersprungen());
    }
}
