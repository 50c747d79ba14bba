package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZaehlregelTest {

    @Test
    void presetsCarryThePublishedDecisions() {
        Zaehlregel d = Zaehlregel.DASHBOARD_ONLINE;
        assertEquals(Reifegrad.of(ReifegradModell.V1, 2), d.mindestReifegrad());
        assertEquals(Zaehlregel.OhneReifegrad.NACH_ONLINE_STATUS, d.ohneReifegrad());
        assertFalse(d.isNichtOkZaehlen());
        assertFalse(d.isInaktiveZaehlen());
        assertEquals(Zaehlregel.Kombination.BESTER_REIFEGRAD, d.kombination());
        assertEquals(1.0, d.flaechendeckungsanteil());
        assertFalse(d.isNurKommunalerVollzug());

        assertEquals(Reifegrad.of(ReifegradModell.V1, 3), Zaehlregel.OZG_KONFORM.mindestReifegrad());
        assertEquals(Zaehlregel.OhneReifegrad.NICHT_GEZAEHLT, Zaehlregel.OZG_KONFORM.ohneReifegrad());
        assertTrue(Zaehlregel.FLAECHENDECKEND.isNurKommunalerVollzug());
        assertTrue(Zaehlregel.FLAECHENDECKEND.isOhneTypisierungRelevant());
        assertEquals(List.of("dashboard-online", "ozg-konform", "flaechendeckend"),
                Zaehlregel.presets().stream().map(Zaehlregel::name).toList());
    }

    @Test
    void presetNamesAreFoundTolerantly() {
        assertEquals(Optional.of(Zaehlregel.DASHBOARD_ONLINE), Zaehlregel.find(" Dashboard_Online "));
        assertEquals(Optional.of(Zaehlregel.OZG_KONFORM), Zaehlregel.find("OZG_KONFORM"));
        assertEquals(Zaehlregel.FLAECHENDECKEND, Zaehlregel.parse("flächendeckend"));
        assertEquals(Zaehlregel.FLAECHENDECKEND, Zaehlregel.parse("flaechendeckend"));
        assertEquals(Zaehlregel.FLAECHENDECKEND, Zaehlregel.parse("Fla\u0308chendeckend\u00a0"));
        assertEquals(Zaehlregel.DASHBOARD_ONLINE, Zaehlregel.parse("\u2009dashboard online\u3000"));
        assertEquals(Optional.empty(), Zaehlregel.find(null));
        AggregationException e = assertThrows(AggregationException.class, () -> Zaehlregel.parse("online"));
        assertEquals(AggregationViolation.UNKNOWN_ZAEHLREGEL, e.violation());
        assertEquals("Zaehlregel: expected one of 'dashboard-online', 'ozg-konform', 'flaechendeckend', was 'online'",
                e.getMessage());
    }

    @Test
    void withMethodsMakeUserDefinedRulesAndEqualityFollowsTheDecisions() {
        Zaehlregel eigen = Zaehlregel.DASHBOARD_ONLINE.withMindestReifegrad(Reifegrad.of(ReifegradModell.V1, 4));
        assertEquals(Zaehlregel.BENUTZERDEFINIERT, eigen.name());
        assertNotEquals(Zaehlregel.DASHBOARD_ONLINE, eigen);
        Zaehlregel zurueck = eigen.withMindestReifegrad(Reifegrad.of(ReifegradModell.V1, 2));
        assertEquals(Zaehlregel.DASHBOARD_ONLINE, zurueck);
        assertEquals(Zaehlregel.DASHBOARD_ONLINE.hashCode(), zurueck.hashCode());
        assertEquals("dashboard-online", zurueck.name());
        assertEquals(Zaehlregel.FLAECHENDECKEND, Zaehlregel.DASHBOARD_ONLINE.withNurKommunalerVollzug(true));
        assertEquals(0.995, Zaehlregel.FLAECHENDECKEND.withFlaechendeckungsanteil(0.995).flaechendeckungsanteil());
        assertEquals(Reifegrad.of(ReifegradModell.V2, 4), Zaehlregel.DASHBOARD_ONLINE
                .withMindestReifegrad(Reifegrad.of(ReifegradModell.V2, 4)).mindestReifegrad());
    }

    @Test
    void flaechendeckungsanteilOutsideItsRangeIsRejected() {
        for (double bad : new double[] {0, -0.5, 1.01, Double.NaN, 0.12345, 0.00001}) {
            AggregationException e = assertThrows(AggregationException.class,
                    () -> Zaehlregel.FLAECHENDECKEND.withFlaechendeckungsanteil(bad), String.valueOf(bad));
            assertEquals(AggregationViolation.INVALID_SCHWELLE, e.violation());
            assertTrue(e.getMessage().startsWith("Zaehlregel.flaechendeckungsanteil: expected a share above 0"),
                    e.getMessage());
        }
    }

    @Test
    void theShareIsComparedExactly() {
        Zaehlregel voll = Zaehlregel.FLAECHENDECKEND;
        assertFalse(voll.isFlaechendeckend(99, 100));
        assertFalse(voll.isFlaechendeckend(10_999, 11_000));
        assertTrue(voll.isFlaechendeckend(100, 100));
        assertFalse(voll.isFlaechendeckend(0, 0), "no relevant Gemeinde: nothing to cover");
        Zaehlregel fast = voll.withFlaechendeckungsanteil(0.99);
        assertTrue(fast.isFlaechendeckend(99, 100));
        assertFalse(fast.isFlaechendeckend(98, 100));
        assertTrue(fast.isFlaechendeckend(10_890, 11_000));
        assertFalse(fast.isFlaechendeckend(10_889, 11_000));
    }

    @Test
    void rowsAreClassifiedInTheDocumentedOrder() {
        Zaehlregel d = Zaehlregel.DASHBOARD_ONLINE;
        assertEquals(Zaehlregel.INAKTIV, d.bewerte(false, false, ReifegradModell.V2, 7));
        assertEquals(Zaehlregel.NICHT_OK, d.bewerte(true, false, ReifegradModell.V1, 4));
        assertEquals(Zaehlregel.ANDERES_MODELL, d.bewerte(true, true, ReifegradModell.V2, 7));
        assertEquals(Zaehlregel.ONLINE, d.bewerte(true, true, ReifegradModell.V1, 2));
        assertEquals(Zaehlregel.OFFLINE, d.bewerte(true, true, ReifegradModell.V1, 1));
        assertEquals(Zaehlregel.ONLINE, d.bewerte(true, true, null, 0));
        assertEquals(Zaehlregel.OFFLINE, d.withNichtOkZaehlen(true).bewerte(true, false, null, 0));
        assertEquals(Zaehlregel.ONLINE, d.withNichtOkZaehlen(true).bewerte(true, false, ReifegradModell.V1, 2));
        assertEquals(Zaehlregel.ONLINE, d.withInaktiveZaehlen(true).bewerte(false, true, ReifegradModell.V1, 3));
    }

    @Test
    void toStringStatesEveryDecision() {
        assertEquals("dashboard-online: online ab V1:2; ohne Reifegrad nach online_status; nicht ok ausgeschlossen; "
                + "inaktive ausgeschlossen; bester Reifegrad je Schlüssel; flächendeckend ab 100.0 %; "
                + "Nenner alle Gemeinden; ohne gemeindefreie Gebiete", Zaehlregel.DASHBOARD_ONLINE.toString());
        assertEquals("benutzerdefiniert: online ab V1:3; ohne Reifegrad nicht gezählt; nicht ok bewertet; "
                + "inaktive bewertet; schlechtester Reifegrad je Schlüssel; flächendeckend ab 99.5 %; "
                + "Nenner Gemeinden mit kommunalem Vollzug (ohne Typisierung: keine); mit gemeindefreien Gebieten",
                Zaehlregel.FLAECHENDECKEND.withMindestReifegrad(Reifegrad.of(ReifegradModell.V1, 3))
                        .withOhneReifegrad(Zaehlregel.OhneReifegrad.NICHT_GEZAEHLT).withNichtOkZaehlen(true)
                        .withInaktiveZaehlen(true).withKombination(Zaehlregel.Kombination.SCHLECHTESTER_REIFEGRAD)
                        .withFlaechendeckungsanteil(0.995).withOhneTypisierungRelevant(false)
                        .withGemeindefreieGebieteZaehlen(true).toString());
    }
}
