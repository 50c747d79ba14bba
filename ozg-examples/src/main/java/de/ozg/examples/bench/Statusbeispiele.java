package de.ozg.examples.bench;

import de.ozg.core.examples.Beispiele;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * The status rows of the status benchmarks: a generated world of 200 OZG-Leistungen, Stichtag after
 * Stichtag until the wanted number of rows is reached. The same seed gives the same rows in every
 * benchmark, so JSON Lines and CSV readings compare. Uses only API that has long been stable.
 */
final class Statusbeispiele {

    private Statusbeispiele() {
    }

    /**
     * Hands the rows to a writer.
     *
     * @param zeilen how many rows
     * @param ziel   receives them
     */
    static void erzeuge(int zeilen, Consumer<Umsetzungsstand> ziel) {
        Beispiele b = Beispiele.ofSeed(20_240_531L);
        OzgKatalog katalog = b.katalog().katalog(200);
        Gebietsverzeichnis verzeichnis = b.gebiete().gebietsverzeichnis();
        LocalDate stichtag = LocalDate.of(2024, 5, 31);
        int n = 0;
        // one Stichtag of katalog(200) has fewer rows than wanted: further Stichtage follow
        while (n < zeilen) {
            Iterator<Umsetzungsstand> it = b.status().umsetzungsstaende(katalog, verzeichnis, stichtag).iterator();
            while (it.hasNext() && n < zeilen) {
                ziel.accept(it.next());
                n++;
            }
            stichtag = stichtag.plusMonths(1);
        }
    }
}
