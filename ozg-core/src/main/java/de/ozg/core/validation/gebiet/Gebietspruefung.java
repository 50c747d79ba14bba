package de.ozg.core.validation.gebiet;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Durchgang;
import de.ozg.core.validation.Pruefer;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.TechnischerFehler;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One pass over a Gemeindeverzeichnis that checks the rows and assembles the
 * {@link de.ozg.core.model.Gebietsverzeichnis} at the same time, as a streaming reader drives it:
 * hand over each {@link Gebietszeile}, report the reader's own findings ({@link #melde(Befund)}) and
 * failures ({@link #technischerFehler(TechnischerFehler)}), and take the {@link #ergebnis()}. The
 * pass itself (checking, reporting, finishing) is that of {@link Durchgang}.
 *
 * <p>Mutable and <b>not thread-safe</b>: one pass belongs to one thread.
 */
public final class Gebietspruefung extends Durchgang<Gebietszeile, Gebietsergebnis> {

    private final GebietsAufbau aufbau = new GebietsAufbau();
    private final LocalDate gebietsstand;

    private Gebietspruefung(Regelwerk<Gebietszeile> regelwerk, LocalDate gebietsstand) {
        super(regelwerk);
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

    @Override
    protected void nimm(Gebietszeile zeile) {
        aufbau.nimm(zeile);
    }

    @Override
    protected Gebietsergebnis baue(Pruefer<Gebietszeile> abschluss) {
        return new Gebietsergebnis(aufbau.baue(gebietsstand), abschluss.ergebnis(), aufbau.uebersprungen());
    }
}
