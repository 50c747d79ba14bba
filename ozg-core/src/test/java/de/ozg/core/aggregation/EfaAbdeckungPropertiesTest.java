package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import de.ozg.core.id.Ars;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Nachnutzungsmodell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link EfaAbdeckung} over random services on the Gebiete of {@link Fixtur}: the zero is
 * an identity, merge is associative, sequential and parallel collection agree, and the balance
 * always adds up.
 */
class EfaAbdeckungPropertiesTest {

    private static final Gebietsverzeichnis VERZEICHNIS = Fixtur.verzeichnis();
    private static final Bundesland[] LAENDER = {Bundesland.SACHSEN_ANHALT, Bundesland.SCHLESWIG_HOLSTEIN,
        Bundesland.THUERINGEN, Bundesland.BERLIN};
    private static final Nachnutzungsmodell[] MODELLE = Nachnutzungsmodell.values();

    /** Nachnutzer: the Länder, the Kreise and Gemeinden of the fixture, and ARS it does not know. */
    private static List<Ars> nachnutzer() {
        List<Ars> r = new ArrayList<>();
        for (Bundesland l : LAENDER) {
            r.add(Ars.of(l));
        }
        for (Gebiet g : VERZEICHNIS.gebiete()) {
            if (g.ebene() != de.ozg.core.id.ArsEbene.LAND) {
                r.add(g.ars());
            }
        }
        r.add(Ars.parse("160010000001"));
        r.add(Ars.parse("150030000000"));
        return r;
    }

    private static final List<Ars> NACHNUTZER = nachnutzer();

    static List<Onlinedienst> dienste(Random random, int max) {
        int n = random.nextInt(max + 1);
        List<Onlinedienst> r = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<Ars, Nachnutzung> nn = new HashMap<>();
            int m = random.nextInt(6);
            for (int j = 0; j < m; j++) {
                Ars a = NACHNUTZER.get(random.nextInt(NACHNUTZER.size()));
                NachnutzungsStatus s = NachnutzungsStatus.values()[random.nextInt(3)];
                nn.put(a, Nachnutzung.of(a, s));
            }
            List<Nachnutzung> liste = new ArrayList<>(nn.values());
            liste.sort((x, y) -> x.nachnutzer().compareTo(y.nachnutzer()));
            String id = "d" + random.nextInt(6);
            r.add(Onlinedienst.builder().id(id).bezeichnung("Dienst " + id + (random.nextBoolean() ? "" : " neu"))
                    .entwickelndesLand(LAENDER[random.nextInt(LAENDER.length)])
                    .nachnutzungsmodell(random.nextInt(5) == 0 ? MODELLE[random.nextInt(MODELLE.length)]
                            : Nachnutzungsmodell.EFA)
                    .addLeistungsschluessel(Fixtur.A).addAllNachnutzungen(liste).build());
        }
        return r;
    }

    static EfaAbdeckung zero() {
        return EfaAbdeckung.zero(VERZEICHNIS);
    }

    @Test
    void theZeroIsAnIdentityAndMergeIsAssociative() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<Onlinedienst> a = dienste(random, 8);
            List<Onlinedienst> b = dienste(random, 8);
            List<Onlinedienst> c = dienste(random, 8);
            EfaAbdeckungsbild nurA = zero().addAll(a).result();
            assertEquals(nurA, zero().addAll(a).merge(zero()).result());
            assertEquals(nurA, zero().merge(zero().addAll(a)).result());
            EfaAbdeckungsbild links = zero().addAll(a).merge(zero().addAll(b)).merge(zero().addAll(c)).result();
            EfaAbdeckungsbild rechts = zero().addAll(a).merge(zero().addAll(b).merge(zero().addAll(c))).result();
            assertEquals(links, rechts);
            List<Onlinedienst> alle = new ArrayList<>(a);
            alle.addAll(b);
            alle.addAll(c);
            assertEquals(zero().addAll(alle).result(), links);
            assertEquals(zero().addAll(c).merge(zero().addAll(a)).merge(zero().addAll(b)).result(), links);
        });
    }

    @Test
    void sequentialEqualsParallelAndTheBalanceAddsUp() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<Onlinedienst> dienste = dienste(random, 60);
            EfaAbdeckungsbild sequentiell = dienste.stream().collect(EfaAbdeckung.collector(VERZEICHNIS));
            EfaAbdeckungsbild parallel = dienste.parallelStream().collect(EfaAbdeckung.collector(VERZEICHNIS));
            assertEquals(sequentiell, parallel);
            assertEquals(sequentiell.toTabelle(EfaAbdeckungsbild.Gliederung.ONLINEDIENST).toText(),
                    parallel.toTabelle(EfaAbdeckungsbild.Gliederung.ONLINEDIENST).toText());
            List<Onlinedienst> gemischt = new ArrayList<>(dienste);
            Collections.shuffle(gemischt, new Random(seed));
            assertEquals(sequentiell, zero().addAll(gemischt).result());
            Nachnutzungsbilanz z = sequentiell.bilanz();
            assertEquals(dienste.size(), z.dienste());
            assertEquals(z.nachnutzungen(), z.gezaehlt() + z.eigeneEntwicklung() + z.nichtEfaNachnutzungen()
                    + z.nichtZugeordnet().zeilen());
            for (EfaDienstabdeckung d : sequentiell.dienste()) {
                assertEquals(false, d.laenderMindestens(NachnutzungsStatus.GEPLANT).contains(d.entwickelndesLand()));
                int summe = d.erreichteGemeinden(NachnutzungsStatus.GEPLANT);
                assertEquals(true, summe <= d.gemeindenGesamt(), d.toString());
            }
        });
    }
}
