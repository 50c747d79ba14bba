package de.ozg.json.quellen;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.json.csv.CsvProblem;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Hands the problems a {@link de.ozg.json.csv.CsvReader} collects on to a check session as they
 * appear, so that the reader's list is the only place they are held. Kinds the format's rule set
 * checks itself are passed over. Mutable, one thread.
 */
final class Weitergabe {

    private final List<CsvProblem> probleme;
    private final String quelle;
    private final Set<CsvProblem.Kind> regelwerkPrueft;
    private final Consumer<Befund> melder;
    private final Consumer<TechnischerFehler> fehler;
    private int weitergegeben;

    Weitergabe(List<CsvProblem> probleme, String quelle, Set<CsvProblem.Kind> regelwerkPrueft,
            Consumer<Befund> melder, Consumer<TechnischerFehler> fehler) {
        this.probleme = probleme;
        this.quelle = quelle;
        this.regelwerkPrueft = regelwerkPrueft;
        this.melder = melder;
        this.fehler = fehler;
    }

    /** Passes on every problem found since the last call. */
    void weiter() {
        while (weitergegeben < probleme.size()) {
            CsvProblem p = probleme.get(weitergegeben++);
            if (regelwerkPrueft.contains(p.kind())) {
                continue;
            }
            if (CsvBefunde.isTechnischerFehler(p.kind())) {
                fehler.accept(CsvBefunde.technischerFehler(p, quelle));
            } else {
                CsvBefunde.befund(p, quelle).ifPresent(melder);
            }
        }
    }

    /** Reports a problem the reader of the format found itself. */
    void melde(CsvProblem p) {
        CsvBefunde.befund(p, quelle).ifPresent(melder);
    }
}
