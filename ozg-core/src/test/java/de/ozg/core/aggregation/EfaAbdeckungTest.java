package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ars;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Nachnutzungsmodell;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Golden figures on the hand-made Gebiete of {@link Fixtur}: Sachsen-Anhalt with 103 Gemeinden
 * (Kreis 15001 of 100, Kreis 15002 of 3), Schleswig-Holstein with 3 (Flensburg, Kreis 01002 of 2),
 * 106 in all; Thüringen has none.
 */
class EfaAbdeckungTest {

    static final Ars GEMEINDE_15001_5 = Fixtur.gemeinde15001(5);

    static Onlinedienst dienst(String id, Bundesland land, Nachnutzungsmodell modell, Nachnutzung... nn) {
        return Onlinedienst.builder().id(id).bezeichnung("Dienst " + id).entwickelndesLand(land)
                .nachnutzungsmodell(modell).addLeistungsschluessel(Fixtur.A).addNachnutzungen(nn).build();
    }

    /** ST develops; its own Land and Kreis are ignored; SH plans; Flensburg alone is connected; TH unknown. */
    static Onlinedienst efa1() {
        return dienst("efa-1", Bundesland.SACHSEN_ANHALT, Nachnutzungsmodell.EFA,
                Nachnutzung.of(Bundesland.SACHSEN_ANHALT, NachnutzungsStatus.ANGEBUNDEN),
                Nachnutzung.of(Fixtur.KREIS_15002, NachnutzungsStatus.ANGEBUNDEN),
                Nachnutzung.of(Bundesland.SCHLESWIG_HOLSTEIN, NachnutzungsStatus.GEPLANT),
                Nachnutzung.of(Fixtur.FLENSBURG, NachnutzungsStatus.ANGEBUNDEN),
                Nachnutzung.of(Bundesland.THUERINGEN, NachnutzungsStatus.ANGEBUNDEN));
    }

    /** SH develops; only Kommunen of ST connect. */
    static Onlinedienst efa2() {
        return dienst("efa-2", Bundesland.SCHLESWIG_HOLSTEIN, Nachnutzungsmodell.EFA,
                Nachnutzung.of(GEMEINDE_15001_5, NachnutzungsStatus.IN_ANBINDUNG),
                Nachnutzung.of(Fixtur.KREIS_15002, NachnutzungsStatus.ANGEBUNDEN));
    }

    static Onlinedienst dezentral() {
        return dienst("dez-1", Bundesland.SACHSEN_ANHALT, Nachnutzungsmodell.NACHNUTZBARE_SOFTWARE_DEZENTRAL,
                Nachnutzung.of(Bundesland.SCHLESWIG_HOLSTEIN, NachnutzungsStatus.ANGEBUNDEN));
    }

    static EfaAbdeckungsbild bild(Onlinedienst... dienste) {
        return EfaAbdeckung.zero(Fixtur.verzeichnis()).addAll(List.of(dienste)).result();
    }

    @Test
    void aLandNeverCountsItsOwnDevelopmentAndAKommuneCoversOnlyItsGemeinden() {
        EfaAbdeckungsbild b = bild(efa1(), efa2(), dezentral());
        assertEquals(106, b.gemeindenGesamt());
        assertEquals(2, b.dienste().size());
        EfaDienstabdeckung d1 = b.dienste("efa-1").get(0);
        assertEquals(Bundesland.SACHSEN_ANHALT, d1.entwickelndesLand());
        assertEquals(Map.of(NachnutzungsStatus.ANGEBUNDEN, Set.of(), NachnutzungsStatus.IN_ANBINDUNG, Set.of(),
                NachnutzungsStatus.GEPLANT, Set.of(Bundesland.SCHLESWIG_HOLSTEIN)), d1.laender());
        assertEquals(103, d1.eigeneGemeinden());
        assertEquals(Map.of(NachnutzungsStatus.ANGEBUNDEN, 1, NachnutzungsStatus.IN_ANBINDUNG, 0,
                NachnutzungsStatus.GEPLANT, 2), d1.nachnutzendeGemeinden());
        assertEquals(104, d1.erreichteGemeinden(NachnutzungsStatus.ANGEBUNDEN));
        assertEquals(106, d1.erreichteGemeinden(NachnutzungsStatus.GEPLANT));
        assertEquals(104 / 106.0, d1.anteil(NachnutzungsStatus.ANGEBUNDEN), 1e-12);

        EfaDienstabdeckung d2 = b.dienste("efa-2").get(0);
        assertEquals(Set.of(), d2.laenderMindestens(NachnutzungsStatus.GEPLANT));
        assertEquals(3, d2.eigeneGemeinden());
        assertEquals(Map.of(NachnutzungsStatus.ANGEBUNDEN, 3, NachnutzungsStatus.IN_ANBINDUNG, 1,
                NachnutzungsStatus.GEPLANT, 0), d2.nachnutzendeGemeinden());
        assertEquals(7, d2.erreichteGemeinden(NachnutzungsStatus.IN_ANBINDUNG));
    }

    @Test
    void perLandDevelopedReusedAndKommunalOnly() {
        EfaAbdeckungsbild b = bild(efa1(), efa2(), dezentral());
        EfaLandabdeckung st = b.land(Bundesland.SACHSEN_ANHALT);
        assertEquals(Set.of("efa-1"), st.entwickelt());
        assertEquals(Set.of(), st.nachgenutztMindestens(NachnutzungsStatus.GEPLANT));
        assertEquals(Set.of("efa-2"), st.kommunalNachgenutzt());
        EfaLandabdeckung sh = b.land(Bundesland.SCHLESWIG_HOLSTEIN);
        assertEquals(Set.of("efa-2"), sh.entwickelt());
        assertEquals(Set.of("efa-1"), sh.nachgenutzt().get(NachnutzungsStatus.GEPLANT));
        assertEquals(Set.of(), sh.nachgenutzt().get(NachnutzungsStatus.ANGEBUNDEN));
        assertEquals(Set.of(), sh.kommunalNachgenutzt());
        EfaLandabdeckung th = b.land(Bundesland.THUERINGEN);
        assertEquals(Set.of(), th.nachgenutztMindestens(NachnutzungsStatus.GEPLANT));
        assertEquals(16, b.proLand().size());
    }

    @Test
    void unknownNachnutzerAreCountedNotDropped() {
        Nachnutzungsbilanz z = bild(efa1(), efa2(), dezentral()).bilanz();
        assertEquals(3, z.dienste());
        assertEquals(1, z.nichtEfa());
        assertEquals(8, z.nachnutzungen());
        assertEquals(4, z.gezaehlt());
        assertEquals(2, z.eigeneEntwicklung());
        assertEquals(1, z.nichtEfaNachnutzungen());
        assertEquals(1, z.nichtZugeordnet().zeilen());
        assertEquals(NichtZugeordnet.Grund.ARS_UNBEKANNT, z.nichtZugeordnet().grund());
        assertEquals(List.of("160000000000"), z.nichtZugeordnet().beispiele());
        assertEquals(z.nachnutzungen(), z.gezaehlt() + z.eigeneEntwicklung() + z.nichtEfaNachnutzungen()
                + z.nichtZugeordnet().zeilen());
    }

    @Test
    void theSameServiceFromTwoSourcesCountsOnceAtItsHighestStatus() {
        Onlinedienst zweiteQuelle = dienst("efa-1", Bundesland.SACHSEN_ANHALT, Nachnutzungsmodell.EFA,
                Nachnutzung.of(Bundesland.SCHLESWIG_HOLSTEIN, NachnutzungsStatus.ANGEBUNDEN));
        EfaAbdeckungsbild b = bild(efa1(), zweiteQuelle);
        EfaDienstabdeckung d = b.dienste("efa-1").get(0);
        assertEquals(1, b.dienste().size());
        assertEquals(Set.of(Bundesland.SCHLESWIG_HOLSTEIN), d.laender().get(NachnutzungsStatus.ANGEBUNDEN));
        assertEquals(Set.of(), d.laender().get(NachnutzungsStatus.GEPLANT));
        assertEquals(Map.of(NachnutzungsStatus.ANGEBUNDEN, 3, NachnutzungsStatus.IN_ANBINDUNG, 0,
                NachnutzungsStatus.GEPLANT, 0), d.nachnutzendeGemeinden());
        assertEquals(1.0, d.anteil(NachnutzungsStatus.ANGEBUNDEN));
        assertEquals(Set.of("efa-1"), b.land(Bundesland.SCHLESWIG_HOLSTEIN).nachgenutzt()
                .get(NachnutzungsStatus.ANGEBUNDEN));
    }

    @Test
    void tablesAreDeterministicAndComplete() {
        EfaAbdeckungsbild b = bild(efa2(), dezentral(), efa1());
        assertEquals(b, bild(efa1(), efa2(), dezentral()));
        Tabelle t = b.toTabelle(EfaAbdeckungsbild.Gliederung.ONLINEDIENST);
        assertEquals(List.of("efa-1", "Dienst efa-1", "ST", "0", "0", "1 (SH)", "103", "1", "0", "2", "98.1 %",
                "100.0 %"), t.zeilen().get(0));
        assertEquals(List.of("efa-2", "Dienst efa-2", "SH", "0", "0", "0", "3", "3", "1", "0", "5.6 %", "6.6 %"),
                t.zeilen().get(1));
        Tabelle l = b.toTabelle(EfaAbdeckungsbild.Gliederung.LAND);
        assertEquals(16, l.zeilen().size());
        assertTrue(l.toText().contains("Sachsen-Anhalt"), l.toText());
        assertTrue(b.bilanz().toTabelle().toText().contains("160000000000"));
    }

    @Test
    void mergingOverAnotherVerzeichnisFails() {
        Gebietsverzeichnis anderes = Gebietsverzeichnis.of(LocalDate.of(2021, 1, 1), List.of());
        AggregationException e = assertThrows(AggregationException.class,
                () -> EfaAbdeckung.zero(Fixtur.verzeichnis()).merge(EfaAbdeckung.zero(anderes)));
        assertEquals(AggregationViolation.INCOMPATIBLE_ACCUMULATORS, e.violation());
    }
}
