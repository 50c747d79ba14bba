package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Priorisierung;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NachnutzungsuebersichtTest {

    private static final LocalDate STAND = LocalDate.of(2023, 6, 30);
    private static final OzgId ELTERNGELD = OzgId.parse("10000");
    private static final OzgId WOHNGELD = OzgId.parse("10180");
    private static final OzgId BAUANTRAG = OzgId.parse("10109");
    private static final Leistungsschluessel K1 = Leistungsschluessel.parse("99041006013000");
    private static final Leistungsschluessel K2 = Leistungsschluessel.parse("99041006000000");

    private static Onlinedienst dienst(String id, Bundesland land, Nachnutzungsmodell modell) {
        return Onlinedienst.builder().id(id).bezeichnung("Dienst " + id).entwickelndesLand(Optional.ofNullable(land))
                .nachnutzungsmodell(modell).addLeistungsschluessel(K1).build();
    }

    private static final Onlinedienst ELTERNGELD_HB = dienst("elterngeld-hb", Bundesland.BREMEN, Nachnutzungsmodell.EFA);
    private static final Onlinedienst WOHNGELD_ST = dienst("wohngeld-st", Bundesland.SACHSEN_ANHALT,
            Nachnutzungsmodell.EFA);
    private static final Onlinedienst BAU_MV = dienst("bau-mv", Bundesland.MECKLENBURG_VORPOMMERN,
            Nachnutzungsmodell.NACHNUTZBARE_SOFTWARE_DEZENTRAL);
    private static final Onlinedienst UNGENUTZT_BY = dienst("ungenutzt-by", Bundesland.BAYERN, Nachnutzungsmodell.EFA);

    private static Nachnutzungseintrag eintrag(OzgId ozgId, Leistungsschluessel k, Nachnutzungskategorie kategorie,
            String dienst) {
        return Nachnutzungseintrag.builder().ozgId(ozgId).leistungsschluessel(Optional.ofNullable(k))
                .kategorie(kategorie).onlinedienstId(Optional.ofNullable(dienst)).priorisierung(Priorisierung.HOCH)
                .build();
    }

    private static Nachnutzungsuebersicht sachsenAnhalt() {
        return Nachnutzungsuebersicht.builder().land(Bundesland.SACHSEN_ANHALT).stand(STAND)
                .addEintraege(eintrag(ELTERNGELD, null, Nachnutzungskategorie.EFA_NACHNUTZUNG, "elterngeld-hb"))
                .addEintraege(eintrag(ELTERNGELD, K1, Nachnutzungskategorie.EFA_NACHNUTZUNG, "elterngeld-hb"))
                .addEintraege(eintrag(WOHNGELD, K2, Nachnutzungskategorie.EFA_ENTWICKLUNG_DES_LANDES, "wohngeld-st"))
                .addEintraege(eintrag(BAUANTRAG, null, Nachnutzungskategorie.DEZENTRAL_NACHGENUTZTE_SOFTWARE, "bau-mv"))
                .addEintraege(eintrag(OzgId.parse("10400"), null, Nachnutzungskategorie.EFA_NACHNUTZUNG, "extern-1"))
                .addEintraege(eintrag(OzgId.parse("10500"), null, Nachnutzungskategorie.KEIN_BEDARF, null))
                .addOnlinedienste(ELTERNGELD_HB, WOHNGELD_ST, BAU_MV, UNGENUTZT_BY)
                .build();
    }

    @Test
    void builderRoundTripsAndEqualityCoversTheFields() {
        Nachnutzungsuebersicht u = sachsenAnhalt();
        assertEquals(u, Nachnutzungsuebersicht.builder().from(u).build());
        assertEquals(u.hashCode(), Nachnutzungsuebersicht.builder().from(u).build().hashCode());
        assertNotEquals(u, Nachnutzungsuebersicht.builder().from(u).stand(STAND.plusDays(1)).build());
        assertNotEquals(u, Nachnutzungsuebersicht.builder().from(u).onlinedienste(List.of()).build());
        // lookups that were used on the original do not affect equality of the copy
        u.eintrag(ELTERNGELD);
        assertEquals(u, Nachnutzungsuebersicht.builder().from(u).build());
    }

    @Test
    void anEmptyOverviewIsAllowed() {
        Nachnutzungsuebersicht u = Nachnutzungsuebersicht.builder().land(Bundesland.SACHSEN).stand(STAND).build();
        assertEquals(List.of(), u.eintraege());
        assertEquals(List.of(), u.eintrag(ELTERNGELD));
        assertEquals(List.of(), u.nachgenutzteEfaDienste());
        assertEquals(Set.of(), u.kategorien());
    }

    @Test
    void eintragListsTheBundleRowAndItsServiceRowsInSourceOrder() {
        Nachnutzungsuebersicht u = sachsenAnhalt();
        List<Nachnutzungseintrag> rows = u.eintrag(ELTERNGELD);
        assertEquals(2, rows.size());
        assertEquals(Optional.empty(), rows.get(0).leistungsschluessel());
        assertEquals(Optional.of(K1), rows.get(1).leistungsschluessel());
        assertEquals(List.of(), u.eintrag(OzgId.parse("10001")));
    }

    @Test
    void eintraegeByKategorie() {
        Nachnutzungsuebersicht u = sachsenAnhalt();
        assertEquals(List.of(ELTERNGELD, ELTERNGELD, OzgId.parse("10400")),
                u.eintraege(Nachnutzungskategorie.EFA_NACHNUTZUNG).stream().map(Nachnutzungseintrag::ozgId).toList());
        assertEquals(3, u.eintraege(Nachnutzungskategorie.parse("EfA-Nachnutzung ")).size());
        assertEquals(List.of(), u.eintraege(Nachnutzungskategorie.BUNDESLOESUNG));
        assertEquals(List.of(Nachnutzungskategorie.EFA_NACHNUTZUNG, Nachnutzungskategorie.EFA_ENTWICKLUNG_DES_LANDES,
                Nachnutzungskategorie.DEZENTRAL_NACHGENUTZTE_SOFTWARE, Nachnutzungskategorie.KEIN_BEDARF),
                List.copyOf(u.kategorien()));
    }

    @Test
    void onlinedienstIsLookedUpById() {
        Nachnutzungsuebersicht u = sachsenAnhalt();
        assertEquals(Optional.of(ELTERNGELD_HB), u.onlinedienst("elterngeld-hb"));
        assertEquals(Optional.empty(), u.onlinedienst("extern-1"));
        assertEquals(Optional.empty(), u.onlinedienst("ELTERNGELD-HB"));
    }

    @Test
    void anEntryMayReferToAServiceTheOverviewDoesNotCarry() {
        assertEquals(Set.of("extern-1"), sachsenAnhalt().fehlendeOnlinedienstIds());
    }

    @Test
    void nachgenutzteEfaDiensteAreReferencedEfaServicesOfOtherLaender() {
        // not: its own EfA development (Wohngeld), software run dezentral (Bau), an unreferenced service
        assertEquals(List.of(ELTERNGELD_HB), sachsenAnhalt().nachgenutzteEfaDienste());
    }

    @Test
    void oneEntryPerOzgIdAndSchluessel() {
        ModellException e = assertThrows(ModellException.class, () -> Nachnutzungsuebersicht.builder()
                .from(sachsenAnhalt())
                .addEintraege(eintrag(ELTERNGELD, K1, Nachnutzungskategorie.KEIN_BEDARF, null)).build());
        assertEquals(ModellViolation.DUPLICATE_EINTRAG, e.violation());
        assertEquals(Optional.of("10000/99041006013000"), e.actualValue());
        assertEquals("Nachnutzungsuebersicht ST 2023-06-30.eintraege: expected one entry per OZG-ID and"
                + " Leistungsschlüssel, was '10000/99041006013000'", e.getMessage());
    }

    @Test
    void oneBundleRowPerOzgId() {
        ModellException e = assertThrows(ModellException.class, () -> Nachnutzungsuebersicht.builder()
                .from(sachsenAnhalt())
                .addEintraege(eintrag(BAUANTRAG, null, Nachnutzungskategorie.BUNDESLOESUNG, null)).build());
        assertEquals(ModellViolation.DUPLICATE_EINTRAG, e.violation());
        assertEquals(Optional.of("10109"), e.actualValue());
        assertTrue(e.getMessage().contains("(here: the bundle without key)"), e.getMessage());
    }

    @Test
    void oneOnlinedienstPerId() {
        Onlinedienst andere = dienst("bau-mv", Bundesland.BRANDENBURG, Nachnutzungsmodell.EFA);
        ModellException e = assertThrows(ModellException.class, () -> Nachnutzungsuebersicht.builder()
                .from(sachsenAnhalt()).addOnlinedienste(andere).build());
        assertEquals(ModellViolation.DUPLICATE_ONLINEDIENST, e.violation());
        assertEquals("Nachnutzungsuebersicht ST 2023-06-30.onlinedienste: expected one Onlinedienst per id,"
                + " was 'bau-mv'", e.getMessage());
    }
}
