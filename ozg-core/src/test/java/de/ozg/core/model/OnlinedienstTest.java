package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnlinedienstTest {

    private static final Leistungsschluessel ELTERNGELD = Leistungsschluessel.parse("99041006013000");
    private static final Leistungsschluessel ZWEITER = Leistungsschluessel.parse("99041006000000");
    private static final Ars MAGDEBURG = Ars.parse("150030000000");

    private static Onlinedienst.Builder efa() {
        return Onlinedienst.builder().id("efa-elterngeld").bezeichnung("Elterngeld digital")
                .entwickelndesLand(Bundesland.BREMEN).nachnutzungsmodell(Nachnutzungsmodell.EFA)
                .addLeistungsschluessel(ELTERNGELD);
    }

    private static Onlinedienst voll() {
        return efa().reifegrad(Reifegrad.of(ReifegradModell.V1, 3)).zielReifegrad(Reifegrad.of(ReifegradModell.V1, 4))
                .isOzgKonformGemeldet(true).addLeistungsschluessel(ZWEITER).addOzgIds(OzgId.parse("10000"))
                .url(URI.create("https://www.elterngeld-digital.de/"))
                .addNachnutzungen(Nachnutzung.of(Bundesland.SACHSEN_ANHALT, NachnutzungsStatus.ANGEBUNDEN),
                        Nachnutzung.builder().nachnutzer(Ars.of(Bundesland.BAYERN)).status(NachnutzungsStatus.GEPLANT)
                                .datum(LocalDate.of(2024, 1, 15)).build(),
                        Nachnutzung.of(MAGDEBURG, NachnutzungsStatus.ANGEBUNDEN),
                        Nachnutzung.of(Bundesland.HAMBURG, NachnutzungsStatus.ANGEBUNDEN))
                .build();
    }

    @Test
    void minimalEfaService() {
        Onlinedienst d = efa().build();
        assertEquals("efa-elterngeld", d.id());
        assertEquals("Elterngeld digital", d.bezeichnung());
        assertEquals(Optional.of(Bundesland.BREMEN), d.entwickelndesLand());
        assertTrue(d.isEfa());
        assertFalse(d.isOzgKonformGemeldet());
        assertEquals(Optional.empty(), d.reifegrad());
        assertEquals(Optional.empty(), d.zielReifegrad());
        assertEquals(Set.of(ELTERNGELD), d.leistungsschluessel());
        assertTrue(d.ozgIds().isEmpty());
        assertEquals(Optional.empty(), d.url());
        assertEquals(List.of(), d.nachnutzungen());
        assertEquals(Set.of(), d.angebundeneLaender());
    }

    @Test
    void keysAndOzgIdsAreKeptInNaturalOrder() {
        Onlinedienst d = efa().addLeistungsschluessel(ZWEITER).addOzgIds(OzgId.parse("10601"), OzgId.parse("10000"))
                .build();
        assertEquals(List.of(ZWEITER, ELTERNGELD), List.copyOf(d.leistungsschluessel()));
        assertEquals(List.of(OzgId.parse("10000"), OzgId.parse("10601")), List.copyOf(d.ozgIds()));
    }

    @Test
    void builderRoundTripsAndEqualityCoversTheFields() {
        Onlinedienst d = voll();
        Onlinedienst copy = Onlinedienst.builder().from(d).build();
        assertEquals(d, copy);
        assertEquals(d.hashCode(), copy.hashCode());
        assertNotEquals(d, Onlinedienst.builder().from(d).isOzgKonformGemeldet(false).build());
        assertNotEquals(d, Onlinedienst.builder().from(d).bezeichnung("Elterngeld").build());
        assertNotEquals(d, Onlinedienst.builder().from(d).url(Optional.empty()).build());
        assertNotEquals(d, Onlinedienst.builder().from(d).nachnutzungen(List.of()).build());
        assertTrue(d.toString().contains("efa-elterngeld"), d.toString());
    }

    @Test
    void angebundeneLaenderCountsWholeLaenderOnly() {
        // Magdeburg is connected, but that does not connect Sachsen-Anhalt; Sachsen-Anhalt is connected
        // by its own Land key. Bayern only plans to connect.
        assertEquals(EnumSet.of(Bundesland.HAMBURG, Bundesland.SACHSEN_ANHALT), voll().angebundeneLaender());
        Onlinedienst nurKommune = efa().addNachnutzungen(Nachnutzung.of(MAGDEBURG, NachnutzungsStatus.ANGEBUNDEN))
                .build();
        assertEquals(Set.of(), nurKommune.angebundeneLaender());
    }

    @Test
    void nachnutzungIsLookedUpByNachnutzer() {
        Onlinedienst d = voll();
        assertEquals(Optional.of(NachnutzungsStatus.GEPLANT),
                d.nachnutzung(Ars.of(Bundesland.BAYERN)).map(Nachnutzung::status));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 15)),
                d.nachnutzung(Ars.of(Bundesland.BAYERN)).flatMap(Nachnutzung::datum));
        assertEquals(Optional.of(MAGDEBURG), d.nachnutzung(MAGDEBURG).map(Nachnutzung::nachnutzer));
        assertEquals(Optional.empty(), d.nachnutzung(Ars.of(Bundesland.SACHSEN)));
    }

    @Test
    void efaNeedsTheDevelopingLand() {
        ModellException e = assertThrows(ModellException.class,
                () -> efa().entwickelndesLand(Optional.empty()).build());
        assertEquals(ModellViolation.MISSING_ENTWICKELNDES_LAND, e.violation());
        assertTrue(e.getMessage().startsWith("Onlinedienst efa-elterngeld.entwickelndesLand: expected the developing"
                + " Land of an EfA service"), e.getMessage());
    }

    @Test
    void otherModelsMayLeaveTheLandOpen() {
        Onlinedienst d = efa().entwickelndesLand(Optional.empty())
                .nachnutzungsmodell(Nachnutzungsmodell.FIM_BASIERTE_EIGENENTWICKLUNG).build();
        assertFalse(d.isEfa());
        assertEquals(Optional.empty(), d.entwickelndesLand());
    }

    @Test
    void atLeastOneLeistungsschluessel() {
        ModellException e = assertThrows(ModellException.class,
                () -> Onlinedienst.builder().from(efa().build()).leistungsschluessel(List.of()).build());
        assertEquals(ModellViolation.MISSING_LEISTUNGSSCHLUESSEL, e.violation());
        assertTrue(e.getMessage().contains("efa-elterngeld.leistungsschluessel"), e.getMessage());
        assertTrue(e.getMessage().contains("at least one Leistungsschlüssel"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankIdIsRejected(String id) {
        ModellException e = assertThrows(ModellException.class, () -> efa().id(id).build());
        assertEquals(ModellViolation.BLANK_TEXT, e.violation());
        assertTrue(e.getMessage().startsWith("Onlinedienst.id: expected a non-blank text"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"efa elterngeld", "efa-elterngeld ", "efa\u00a0elterngeld", "efa\u200belterngeld",
        "efa\nelterngeld"})
    void idWithBlanksOrInvisibleCharactersIsRejected(String id) {
        ModellException e = assertThrows(ModellException.class, () -> efa().id(id).build());
        assertEquals(ModellViolation.INVALID_ID, e.violation());
        assertEquals(Optional.of(id), e.actualValue());
        assertTrue(e.getMessage().contains("position 4") || e.getMessage().contains("position 15"), e.getMessage());
        // the message shows the invisible character instead of hiding it
        assertFalse(e.getMessage().contains("\u00a0") || e.getMessage().contains("\u200b"), e.getMessage());
    }

    @Test
    void blankBezeichnungIsRejected() {
        ModellException e = assertThrows(ModellException.class, () -> efa().bezeichnung("  ").build());
        assertEquals(ModellViolation.BLANK_TEXT, e.violation());
        assertTrue(e.getMessage().startsWith("Onlinedienst efa-elterngeld.bezeichnung:"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/antrag", "http://example.org", "HTTPS://Example.org:8443/a?b=c#d"})
    void httpAndHttpsUrlsAreAccepted(String url) {
        assertEquals(Optional.of(URI.create(url)), efa().url(URI.create(url)).build().url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/antrag", "mailto:service@example.org", "/antrag/elterngeld",
        "www.example.org", "https:example.org", "file:///etc/passwd", "https:///ohne-host"})
    void otherUrlsAreRejected(String url) {
        ModellException e = assertThrows(ModellException.class, () -> efa().url(URI.create(url)).build());
        assertEquals(ModellViolation.INVALID_URL, e.violation());
        assertEquals(Optional.of(url), e.actualValue());
        assertTrue(e.getMessage().startsWith("Onlinedienst efa-elterngeld.url: expected an absolute http or https URL"
                + " with a host, was '" + url + "'"), e.getMessage());
    }

    @Test
    void oneNachnutzungPerNachnutzer() {
        ModellException e = assertThrows(ModellException.class, () -> efa()
                .addNachnutzungen(Nachnutzung.of(Bundesland.SACHSEN_ANHALT, NachnutzungsStatus.GEPLANT))
                .addNachnutzungen(Nachnutzung.of(MAGDEBURG, NachnutzungsStatus.GEPLANT))
                .addNachnutzungen(Nachnutzung.of(Bundesland.SACHSEN_ANHALT, NachnutzungsStatus.ANGEBUNDEN))
                .build());
        assertEquals(ModellViolation.DUPLICATE_NACHNUTZER, e.violation());
        assertEquals(Optional.of("150000000000"), e.actualValue());
        assertEquals("Onlinedienst efa-elterngeld.nachnutzungen: expected one Nachnutzung per Nachnutzer, but it is"
                + " listed as 'geplant' and as 'angebunden', was '150000000000'", e.getMessage());
    }

    @Test
    void exactRepetitionOfANachnutzungIsStillTwoEntries() {
        Nachnutzung n = Nachnutzung.of(MAGDEBURG, NachnutzungsStatus.GEPLANT);
        ModellException e = assertThrows(ModellException.class, () -> efa().addNachnutzungen(n, n).build());
        assertEquals(ModellViolation.DUPLICATE_NACHNUTZER, e.violation());
    }

    @Test
    void ruleViolationsThatRealDataContainsDoNotThrow() {
        // These are reported by class-level constraints of de.ozg.core.validation, not rejected here.
        assertDoesNotThrow(() -> efa()
                .addNachnutzungen(Nachnutzung.of(Bundesland.BREMEN, NachnutzungsStatus.ANGEBUNDEN)).build());
        assertDoesNotThrow(() -> efa().reifegrad(Reifegrad.of(ReifegradModell.V1, 3))
                .zielReifegrad(Reifegrad.of(ReifegradModell.V2, 5)).build());
        assertDoesNotThrow(() -> efa().reifegrad(Reifegrad.of(ReifegradModell.V1, 1)).isOzgKonformGemeldet(true)
                .build());
    }
}
