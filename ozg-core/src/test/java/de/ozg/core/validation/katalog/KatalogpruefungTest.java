package de.ozg.core.validation.katalog;

import static de.ozg.core.validation.katalog.KatalogregelnTest.STAND;
import static de.ozg.core.validation.katalog.KatalogregelnTest.mit;
import static de.ozg.core.validation.katalog.KatalogregelnTest.zeilen;
import static de.ozg.core.validation.katalog.KatalogregelnTest.zelle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Kontext;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.core.validation.Urteil;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Assembly of the catalogue alongside the rules, configurability and the streaming pass. */
class KatalogpruefungTest {

    private static OzgLeistung leistung(OzgKatalog k, int id) {
        return k.leistung(OzgId.of(id)).orElseThrow();
    }

    @Test
    void bautDenKatalogAusDenBrauchbarenZeilen() {
        List<Katalogzeile> z = zeilen(
                mit(zelle(" 10000 ", "99041006014000"), Katalogspalte.LEIKA_TYP, "1, 2/3"),
                zelle("1000O", "99041006015000"),
                mit(zelle("10000", "nicht im LeiKa"), Katalogspalte.LEIKA_BEZEICHNUNG, " Beratung "),
                mit(zelle("10000", "nicht im LeiKa"), Katalogspalte.LEIKA_BEZEICHNUNG, " Beratung "),
                mit(zelle("10000", "99041006016000"), Katalogspalte.SDG1, "ja"));
        Katalogergebnis e = Katalogpruefung.pruefe(z, STAND);
        OzgKatalog k = e.katalog();
        assertEquals(STAND, k.stand());
        assertEquals(1, k.leistungen().size());
        OzgLeistung l = leistung(k, 10000);
        assertEquals("Elterngeld", l.bezeichnung());
        assertEquals(Themenfeld.FAMILIE_KIND, l.themenfeld());
        assertEquals("Geburt", l.lebenslage().bezeichnung());
        assertEquals(4, l.leistungen().size());
        assertEquals(Set.of(Typisierung.parse("1"), Typisierung.parse("2/3")), l.leistungen().get(2).typisierung());
        assertEquals("Beratung", l.leistungen().get(3).bezeichnung());
        assertEquals(1, k.anzahlOhneSchluessel());
        // 1000O (unusable), the repeated "Beratung" row, the bad SDG flag
        assertEquals(3, e.uebersprungeneZeilen());
        assertEquals(Urteil.UNGUELTIG, e.bericht().urteil());
        assertEquals(1, e.bericht().befundeZuRegel(Katalogregeln.DUPLIKAT).size());
    }

    @Test
    void widerspruecheLoestDasErsteVorkommen() {
        List<Katalogzeile> z = zeilen(
                mit(zelle("10000", "99041006014000"), Katalogspalte.OZG_LEISTUNG, "Elterngeld Plus"),
                zelle("10001", "99041006013000"),
                mit(zelle("10001", "99041006020000"), Katalogspalte.OZG_LEISTUNG, "Kindergeld"));
        Katalogergebnis e = Katalogpruefung.pruefe(z, STAND);
        OzgKatalog k = e.katalog();
        assertEquals("Elterngeld", leistung(k, 10000).bezeichnung());
        assertEquals(3, leistung(k, 10000).leistungen().size());
        assertEquals(List.of(leistung(k, 10000)), k.leistungenMit(Leistungsschluessel.parse("99041006013000")));
        assertEquals(List.of(Leistungsschluessel.parse("99041006020000")), leistung(k, 10001).schluessel());
        assertEquals(1, e.uebersprungeneZeilen());
        assertEquals(1, e.bericht().befundeZuRegel(Katalogregeln.LEIKA_MEHRFACH).size());
        assertEquals(2, e.bericht().befundeZuRegel(Katalogregeln.OZG_WIDERSPRUCH).size());
    }

    @Test
    void regelAbschaltenUndUmbewerten() {
        List<Katalogzeile> z = zeilen(mit(zelle("10000", "nicht im LeiKa"), Katalogspalte.LEIKA_TYP, ""));
        Regelwerk<Katalogzeile> streng = Katalogregeln.standard().ohne(Katalogregeln.LEIKA_PLATZHALTER)
                .mitSeverity(Katalogregeln.TYPISIERUNG_LEER, Severity.ERROR);
        Katalogergebnis e = Katalogpruefung.pruefe(z, streng, STAND);
        assertTrue(e.bericht().befundeZuRegel(Katalogregeln.LEIKA_PLATZHALTER).isEmpty());
        assertEquals(Severity.ERROR, e.bericht().befundeZuRegel(Katalogregeln.TYPISIERUNG_LEER).get(0).severity());
        assertEquals(Urteil.UNGUELTIG, e.bericht().urteil());
        assertEquals(3, e.katalog().anzahlLeikaLeistungen());
        assertEquals(Urteil.GUELTIG_MIT_WARNUNGEN,
                Katalogpruefung.pruefe(z, Katalogregeln.standard(), STAND).bericht().urteil());
    }

    @Test
    void eigeneRegel() {
        Regel<Katalogzeile> ohneGesetz = Regel.proDatensatz("EIGEN-GESETZ", Severity.WARNING, "Gesetz angegeben",
                "Law given", (Katalogzeile z, Kontext k) -> {
                    if (z.gesetzeskuerzel().map(String::isBlank).orElse(true)) {
                        k.befund().fundstelle(z.fundstelle(Katalogspalte.GESETZESKUERZEL)).melde("Kein Gesetzeskürzel",
                                "No abbreviation");
                    }
                });
        List<Katalogzeile> z = zeilen(mit(zelle("10000", "99041006014000"), Katalogspalte.GESETZESKUERZEL, ""));
        Befund b = Katalogpruefung.pruefe(z, Katalogregeln.standard().mit(ohneGesetz), STAND).bericht()
                .befundeZuRegel("EIGEN-GESETZ").get(0);
        assertEquals(Fundstelle.zeile(4, "Gesetzeskürzel"), b.fundstelle());
    }

    @Test
    void standardIstStabilUndVollstaendig() {
        assertEquals(Katalogregeln.standard(), Katalogregeln.standard());
        assertEquals(23, Katalogregeln.standard().regeln().size());
        assertEquals(Severity.INFO, Katalogregeln.standard().severity(Katalogregeln.KENNZAHLEN));
        assertTrue(Katalogregeln.mitKennzahlen(600, 14).isAktiv(Katalogregeln.KENNZAHLEN));
    }

    @Test
    void leserMeldenInDieselbePruefung() {
        Katalogkopf kopf = Katalogkopf.standard().withQuelle("katalog.csv");
        Katalogpruefung p = Katalogpruefung.starte(Katalogregeln.standard(), STAND);
        p.pruefe(Katalogzeile.builder(kopf).zeile(2).zelle(Katalogspalte.THEMENFELD, "Umwelt")
                .zelle(Katalogspalte.LEBENSLAGE, "Umweltschutz").zelle(Katalogspalte.OZG_ID, "10500")
                .zelle(Katalogspalte.OZG_LEISTUNG, "Abfall").zelle(Katalogspalte.LEIKA_SCHLUESSEL, "99001001000000")
                .zelle(Katalogspalte.LEIKA_BEZEICHNUNG, "Abfall").zelle(Katalogspalte.LEIKA_TYP, "5").build());
        p.melde(Befund.builder().regelId("CSV-ZEILE").severity(Severity.ERROR)
                .fundstelle(Fundstelle.zeile(3).withQuelle("katalog.csv")).meldung("Anführungszeichen offen",
                        "Unclosed quote").build());
        p.technischerFehler(TechnischerFehler.of("Datei bricht ab", "File ends early"));
        assertEquals(1, p.zeilen());
        Katalogergebnis e = p.ergebnis();
        assertEquals(Urteil.NICHT_PRUEFBAR, e.bericht().urteil());
        assertEquals(1, e.bericht().befundeZuRegel("CSV-ZEILE").size());
        assertEquals(1, e.katalog().leistungen().size());
        assertTrue(e == p.ergebnis());
        assertThrows(IllegalStateException.class, () -> p.pruefe(KatalogregelnTest.zeilen().get(0)));
        Befund kennzahl = e.bericht().befundeZuRegel(Katalogregeln.KENNZAHLEN).get(0);
        assertEquals(Fundstelle.quelle("katalog.csv"), kennzahl.fundstelle());
    }
}
