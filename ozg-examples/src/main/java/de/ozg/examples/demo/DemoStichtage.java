package de.ozg.examples.demo;

import de.ozg.core.examples.Beispiele;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Two Stichtage of status data for the demo: the first generated over the demo catalogue and
 * directory, the second grown from it the way real progress looks half a year later — some services
 * climb a Reifegrad and go online, a few fall back, a few rows disappear, and new Gebiete report.
 * Deterministic: fixed seeds.
 */
final class DemoStichtage {

    private DemoStichtage() {
    }

    static List<Umsetzungsstand> erster(OzgKatalog katalog, Gebietsverzeichnis verzeichnis, LocalDate stichtag) {
        return Beispiele.ofSeed(20240630L).status().umsetzungsstaende(katalog, verzeichnis, stichtag).toList();
    }

    static List<Umsetzungsstand> zweiter(List<Umsetzungsstand> erster, OzgKatalog katalog,
            Gebietsverzeichnis verzeichnis, LocalDate stichtag) {
        SplittableRandom r = new SplittableRandom(20241231L);
        List<Umsetzungsstand> zweiter = new ArrayList<>(erster.size() + erster.size() / 10);
        Set<Long> paare = new HashSet<>();
        for (Umsetzungsstand alt : erster) {
            paare.add(paar(alt));
            int wurf = r.nextInt(100);
            if (wurf < 2) {
                continue; // disappeared from the report
            }
            Umsetzungsstand.Builder neu = alt.toBuilder().stichtag(stichtag);
            Reifegrad rg = alt.reifegradOrNull();
            if (wurf < 20 && rg != null && rg.modell() == ReifegradModell.V1 && rg.stufe() < 4) {
                Reifegrad hoeher = Reifegrad.of(ReifegradModell.V1, rg.stufe() + 1);
                neu.reifegrad(hoeher).online(hoeher.stufe() >= 2);
                if (hoeher.stufe() >= 2 && alt.isAktiv()) {
                    neu.flaechendeckung(alt.flaechendeckung().filter(f -> f != Flaechendeckung.NICHT_BERUECKSICHTIGT)
                            .orElse(Flaechendeckung.MIND_EINE_KOMMUNE));
                }
            } else if (wurf < 23 && rg != null && rg.modell() == ReifegradModell.V1 && rg.stufe() >= 2) {
                neu.reifegrad(Reifegrad.of(ReifegradModell.V1, 1)).online(false)
                        .flaechendeckung(Flaechendeckung.NICHT_BERUECKSICHTIGT);
            }
            zweiter.add(neu.build());
        }
        Beispiele.ofSeed(20241231L).status().umsetzungsstaende(katalog, verzeichnis, stichtag)
                .filter(z -> !paare.contains(paar(z)))
                .filter(z -> r.nextInt(100) < 6)
                .forEach(zweiter::add);
        return List.copyOf(zweiter);
    }

    private static long paar(Umsetzungsstand z) {
        return z.schluessel().longValue() * 31 + z.ars().longValue();
    }
}
