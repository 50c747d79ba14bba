package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Priorisierung;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NachnutzungseintragTest {

    private static final OzgId ELTERNGELD = OzgId.parse("10000");
    private static final Leistungsschluessel SCHLUESSEL = Leistungsschluessel.parse("99041006013000");

    private static Nachnutzungseintrag voll() {
        return Nachnutzungseintrag.builder().ozgId(ELTERNGELD).leistungsschluessel(SCHLUESSEL)
                .priorisierung(Priorisierung.HOCH).phase(Phase.BETRIEB).kategorie(Nachnutzungskategorie.EFA_NACHNUTZUNG)
                .landesressort("Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung").isOzgBooster(true)
                .isFokusleistung(true).onlinedienstId("efa-elterngeld").build();
    }

    @Test
    void ofGivesAMinimalRow() {
        Nachnutzungseintrag e = Nachnutzungseintrag.of(ELTERNGELD, Nachnutzungskategorie.KEIN_BEDARF);
        assertEquals(ELTERNGELD, e.ozgId());
        assertEquals(Nachnutzungskategorie.KEIN_BEDARF, e.kategorie());
        assertEquals(Optional.empty(), e.leistungsschluessel());
        assertEquals(Optional.empty(), e.priorisierung());
        assertEquals(Optional.empty(), e.phase());
        assertEquals(Optional.empty(), e.landesressort());
        assertEquals(Optional.empty(), e.onlinedienstId());
        assertFalse(e.isOzgBooster());
        assertFalse(e.isFokusleistung());
    }

    @Test
    void builderRoundTripsAndEqualityCoversTheFields() {
        Nachnutzungseintrag e = voll();
        assertEquals(e, Nachnutzungseintrag.builder().from(e).build());
        assertEquals(e.hashCode(), Nachnutzungseintrag.builder().from(e).build().hashCode());
        assertNotEquals(e, Nachnutzungseintrag.builder().from(e).isOzgBooster(false).build());
        assertNotEquals(e, Nachnutzungseintrag.builder().from(e).isFokusleistung(false).build());
        assertNotEquals(e, Nachnutzungseintrag.builder().from(e).phase(Phase.ROLL_OUT).build());
        assertNotEquals(e, Nachnutzungseintrag.builder().from(e).leistungsschluessel(Optional.empty()).build());
    }

    @Test
    void categoriesCompareByCodeSoALandsSpellingMatches() {
        Nachnutzungseintrag eigeneSchreibweise = Nachnutzungseintrag.builder().from(voll())
                .kategorie(Nachnutzungskategorie.of("efa_nachnutzung", "Nachnutzung (EfA)")).build();
        assertEquals(voll(), eigeneSchreibweise);
    }

    @Test
    void blankLandesressortIsRejected() {
        ModellException e = assertThrows(ModellException.class,
                () -> Nachnutzungseintrag.builder().from(voll()).landesressort(" ").build());
        assertEquals(ModellViolation.BLANK_TEXT, e.violation());
        assertTrue(e.getMessage().startsWith("Nachnutzungseintrag 10000/99041006013000.landesressort: expected a"
                + " non-blank text"), e.getMessage());
    }

    @Test
    void onlinedienstIdFollowsTheIdRules() {
        ModellException e = assertThrows(ModellException.class,
                () -> Nachnutzungseintrag.builder().from(voll()).leistungsschluessel(Optional.empty())
                        .onlinedienstId("efa elterngeld").build());
        assertEquals(ModellViolation.INVALID_ID, e.violation());
        assertTrue(e.getMessage().startsWith("Nachnutzungseintrag 10000.onlinedienstId: expected an id without"
                + " blanks"), e.getMessage());
        assertTrue(e.getMessage().endsWith("was 'efa elterngeld'"), e.getMessage());
    }
}
