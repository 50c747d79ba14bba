package de.ozg.core.validation;

import java.util.Objects;

/**
 * One pass over a tabular file that checks the rows and assembles the model at the same time, as a
 * streaming reader drives it: hand over each {@link Zeile row}, report what the reader itself noticed
 * (a malformed record: {@link #melde(Befund)}; a broken encoding or unreadable file:
 * {@link #technischerFehler(TechnischerFehler)}), and finally take the {@link #ergebnis()}.
 *
 * <p>This is the one implementation behind
 * {@link de.ozg.core.validation.katalog.Katalogpruefung Katalogpruefung} and
 * {@link de.ozg.core.validation.gebiet.Gebietspruefung Gebietspruefung}; it is a base class for the
 * reason given at {@link Kopf}. Subclasses only take rows into their model and build the result.
 *
 * <p>Mutable and <b>not thread-safe</b>: one pass belongs to one thread.
 *
 * @param <Z> the row type
 * @param <E> the result type
 */
public abstract class Durchgang<Z extends Zeile<?, ?>, E> {

    private final Pruefer<Z> pruefer;
    private E ergebnis;

    /**
     * Starts a pass.
     *
     * @param regelwerk the rules, not null
     */
    protected Durchgang(Regelwerk<Z> regelwerk) {
        this.pruefer = Objects.requireNonNull(regelwerk, "regelwerk").starte();
    }

    /**
     * Takes a checked row into the model when it is usable.
     *
     * @param zeile the row
     */
    protected abstract void nimm(Z zeile);

    /**
     * Builds the model and the result; called once. Findings made while building go to the checker
     * before its report is taken.
     *
     * @param abschluss the checker of this pass
     * @return the result
     */
    protected abstract E baue(Pruefer<Z> abschluss);

    /**
     * Checks one row and takes it into the model when it is usable.
     *
     * @param zeile the row
     * @throws IllegalStateException if {@link #ergebnis()} was already taken
     */
    public final void pruefe(Z zeile) {
        offen();
        pruefer.pruefe(zeile, zeile.fundstelle());
        nimm(zeile);
    }

    /**
     * Reports a finding the reader made, such as a malformed record; taken as given.
     *
     * @param befund the finding
     * @throws IllegalStateException if {@link #ergebnis()} was already taken
     */
    public final void melde(Befund befund) {
        offen();
        pruefer.melde(befund);
    }

    /**
     * Reports that the file could not be read completely; the verdict becomes "nicht prüfbar".
     *
     * @param fehler the failure
     * @throws IllegalStateException if {@link #ergebnis()} was already taken
     */
    public final void technischerFehler(TechnischerFehler fehler) {
        offen();
        pruefer.technischerFehler(fehler);
    }

    /** @return the number of rows checked so far */
    public final long zeilen() {
        return pruefer.datensaetze();
    }

    /**
     * Ends the pass: runs the rules' final checks, builds the model and returns both. Further calls
     * return the same result.
     *
     * @return model and report
     */
    public final E ergebnis() {
        if (ergebnis == null) {
            ergebnis = baue(pruefer);
        }
        return ergebnis;
    }

    private void offen() {
        if (ergebnis != null) {
            throw new IllegalStateException("The pass is finished: ergebnis() was already taken");
        }
    }
}
