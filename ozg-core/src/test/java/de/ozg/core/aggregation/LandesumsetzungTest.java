package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.ozg.core.id.OzgId;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Nachnutzungseintrag;
import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Phase;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.Themenfeld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Golden figures of Sachsen-Anhalt's overview over the catalogue of {@link Fixtur}. */
class LandesumsetzungTest {

    static final Nachnutzungskategorie LANDESEIGEN = Nachnutzungskategorie.parse("Landeseigene Lösung ");
    static final Phase PILOT = Phase.parse("Pilotbetrieb");

    static Nachnutzungseintrag eintrag(int ozgId, Nachnutzungskategorie k, Phase p, Priorisierung prio, String dienst) {
        Nachnutzungseintrag.Builder b = Nachnutzungseintrag.builder().ozgId(OzgId.of(ozgId)).kategorie(k);
        if (p != null) {
            b.phase(p);
        }
        if (prio != null) {
            b.priorisierung(prio);
        }
        if (dienst != null) {
            b.onlinedienstId(dienst);
        }
        return b.build();
    }

    static List<Nachnutzungseintrag> eintraege() {
        return List.of(
                eintrag(10000, Nachnutzungskategorie.EFA_NACHNUTZUNG, Phase.BETRIEB, Priorisierung.HOCH, "efa-2"),
                Nachnutzungseintrag.builder().from(eintrag(10000, Nachnutzungskategorie.EFA_NACHNUTZUNG,
                        Phase.UMSETZUNG, Priorisierung.HOCH, "efa-2")).leistungsschluessel(Fixtur.A).build(),
                eintrag(10001, Nachnutzungskategorie.EFA_ENTWICKLUNG_DES_LANDES, Phase.BETRIEB, Priorisierung.MITTEL,
                        "efa-1"),
                eintrag(10002, Nachnutzungskategorie.FIM_BASIERTE_EIGENENTWICKLUNG, null, Priorisierung.NIEDRIG, null),
                Nachnutzungseintrag.builder().from(eintrag(10002, LANDESEIGEN, PILOT, null, null))
                        .leistungsschluessel(Fixtur.D).build(),
                eintrag(99999, Nachnutzungskategorie.KEIN_BEDARF, null, Priorisierung.KEIN_BEDARF, null),
                eintrag(99998, Nachnutzungskategorie.EFA_NACHNUTZUNG, Phase.PLANUNG, null, "extern-9"));
    }

    static Nachnutzungsuebersicht uebersicht(List<Nachnutzungseintrag> eintraege) {
        return Nachnutzungsuebersicht.builder().land(Bundesland.SACHSEN_ANHALT).stand(LocalDate.of(2024, 3, 1))
                .addAllEintraege(eintraege)
                .addOnlinedienste(EfaAbdeckungTest.dienst("efa-2", Bundesland.SCHLESWIG_HOLSTEIN,
                        Nachnutzungsmodell.EFA, Nachnutzung.of(Bundesland.SACHSEN_ANHALT, NachnutzungsStatus.IN_ANBINDUNG)),
                        EfaAbdeckungTest.dienst("efa-1", Bundesland.SACHSEN_ANHALT, Nachnutzungsmodell.EFA))
                .build();
    }

    @Test
    void cellsCountDistinctOzgLeistungenInDeterministicOrder() {
        Landesumsetzung u = Landesumsetzung.of(uebersicht(eintraege()), Fixtur.katalog());
        assertEquals(List.of(
                new Umsetzungszelle(Themenfeld.BAUEN_WOHNEN, Nachnutzungskategorie.EFA_ENTWICKLUNG_DES_LANDES,
                        Optional.of(Phase.BETRIEB), Optional.of(Priorisierung.MITTEL), 1, 1),
                new Umsetzungszelle(Themenfeld.BAUEN_WOHNEN, Nachnutzungskategorie.FIM_BASIERTE_EIGENENTWICKLUNG,
                        Optional.empty(), Optional.of(Priorisierung.NIEDRIG), 1, 1),
                new Umsetzungszelle(Themenfeld.BAUEN_WOHNEN, LANDESEIGEN, Optional.of(PILOT), Optional.empty(), 1, 1),
                new Umsetzungszelle(Themenfeld.FAMILIE_KIND, Nachnutzungskategorie.EFA_NACHNUTZUNG,
                        Optional.of(Phase.UMSETZUNG), Optional.of(Priorisierung.HOCH), 1, 1),
                new Umsetzungszelle(Themenfeld.FAMILIE_KIND, Nachnutzungskategorie.EFA_NACHNUTZUNG,
                        Optional.of(Phase.BETRIEB), Optional.of(Priorisierung.HOCH), 1, 1)), u.zellen());
        assertEquals(List.of(Themenfeld.BAUEN_WOHNEN, Themenfeld.FAMILIE_KIND), List.copyOf(u.proThemenfeld().keySet()));
        Umsetzungsverteilung bauen = u.proThemenfeld().get(Themenfeld.BAUEN_WOHNEN);
        assertEquals(2, bauen.ozgLeistungen());
        assertEquals(3, bauen.eintraege());
        assertEquals(List.of(Phase.PLANUNG, Phase.UMSETZUNG, Phase.ROLL_OUT, Phase.BETRIEB, PILOT),
                List.copyOf(bauen.proPhase().keySet()));
        assertEquals(1, bauen.anzahl(Phase.BETRIEB));
        assertEquals(1, bauen.anzahl(PILOT));
        assertEquals(0, bauen.anzahl(Phase.PLANUNG));
        assertEquals(1, bauen.ohnePhase());
        assertEquals(Map.of(Priorisierung.HOCH, 0, Priorisierung.MITTEL, 1, Priorisierung.NIEDRIG, 1,
                Priorisierung.KEIN_BEDARF, 0), bauen.proPriorisierung());
        assertEquals(1, bauen.ohnePriorisierung());
        Umsetzungsverteilung familie = u.proThemenfeld().get(Themenfeld.FAMILIE_KIND);
        assertEquals(1, familie.ozgLeistungen());
        assertEquals(1, familie.anzahl(Phase.UMSETZUNG));
        assertEquals(1, familie.anzahl(Phase.BETRIEB));
        assertEquals(1, familie.anzahl(Priorisierung.HOCH));
        assertEquals(List.of(Nachnutzungskategorie.EFA_NACHNUTZUNG, Nachnutzungskategorie.EFA_ENTWICKLUNG_DES_LANDES,
                Nachnutzungskategorie.FIM_BASIERTE_EIGENENTWICKLUNG, LANDESEIGEN), List.copyOf(u.proKategorie().keySet()));
        assertEquals(2, u.proKategorie().get(Nachnutzungskategorie.EFA_NACHNUTZUNG).eintraege());
        assertEquals(3, u.gesamt().ozgLeistungen());
        assertEquals(5, u.gesamt().eintraege());
    }

    @Test
    void unknownOzgIdsAreCountedAsUnassigned() {
        Landesumsetzung u = Landesumsetzung.of(uebersicht(eintraege()), Fixtur.katalog());
        assertEquals(2, u.nichtZugeordneteEintraege());
        assertEquals(Set.of(OzgId.of(99998), OzgId.of(99999)), u.unbekannteOzgIds());
        assertEquals(u.gesamt().eintraege() + u.nichtZugeordneteEintraege(), eintraege().size());
        List<String> letzte = u.toTabelle().zeilen().get(u.toTabelle().zeilen().size() - 1);
        assertEquals(List.of("nicht zugeordnet: OZG-ID nicht im Katalog", "", "", "", "2", "2"), letzte);
    }

    @Test
    void reusedEfaServicesOfOtherLaenderWithTheLandsStatus() {
        Landesumsetzung u = Landesumsetzung.of(uebersicht(eintraege()), Fixtur.katalog());
        assertEquals(List.of(new NachgenutzterDienst("efa-2", "Dienst efa-2", Bundesland.SCHLESWIG_HOLSTEIN,
                Optional.of(NachnutzungsStatus.IN_ANBINDUNG), new java.util.TreeSet<>(Set.of(OzgId.of(10000))))),
                u.nachgenutzteEfaDienste());
        assertEquals(Set.of("extern-9"), u.fehlendeOnlinedienste());
        assertEquals(List.of("efa-2", "Dienst efa-2", "SH", "in Anbindung", "[10000]"),
                u.toDienstTabelle().zeilen().get(0));
    }

    @Test
    void theOrderOfTheRowsDoesNotMatter() {
        List<Nachnutzungseintrag> gemischt = new ArrayList<>(eintraege());
        Collections.reverse(gemischt);
        Landesumsetzung a = Landesumsetzung.of(uebersicht(eintraege()), Fixtur.katalog());
        Landesumsetzung b = Landesumsetzung.of(uebersicht(gemischt), Fixtur.katalog());
        assertEquals(a, b);
        assertEquals(a.toTabelle().toText(), b.toTabelle().toText());
    }
}
