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
import de.ozg.core.table.TableCheck;
import de.ozg.core.table.TableHeader;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Kontext;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.core.validation.Verdict;
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
        List<TableRow<Katalogspalte>> z = zeilen(
                mit(zelle(" 10000 ", "99041006014000"), Katalogspalte.LEIKA_TYP, "1, 2/3"),
                zelle("1000O", "99041006015000"),
                mit(zelle("10000", "nicht im LeiKa"), Katalogspalte.LEIKA_BEZEICHNUNG, " Beratung "),
                mit(zelle("10000", "nicht im LeiKa"), Katalogspalte.LEIKA_BEZEICHNUNG, " Beratung "),
                mit(zelle("10000", "99041006016000"), Katalogspalte.SDG1, "ja"));
        TableResult<OzgKatalog> e = Katalogregeln.check(Katalogregeln.standard(), STAND).checkAll(z);
        OzgKatalog k = e.model();
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
        assertEquals(Verdict.INVALID, e.bericht().verdict());
        assertEquals(1, e.bericht().befundeZuRegel(Katalogregeln.DUPLIKAT).size());
    }

    @Test
    void widerspruecheLoestDasErsteVorkommen() {
        List<TableRow<Katalogspalte>> z = zeilen(
                mit(zelle("10000", "99041006014000"), Katalogspalte.OZG_LEISTUNG, "Elterngeld Plus"),
                zelle("10001", "99041006013000"),
                mit(zelle("10001", "99041006020000"), Katalogspalte.OZG_LEISTUNG, "Kindergeld"));
        TableResult<OzgKatalog> e = Katalogregeln.check(Katalogregeln.standard(), STAND).checkAll(z);
        OzgKatalog k = e.model();
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
        List<TableRow<Katalogspalte>> z = zeilen(mit(zelle("10000", "nicht im LeiKa"), Katalogspalte.LEIKA_TYP, ""));
        Regelwerk<TableRow<Katalogspalte>> streng = Katalogregeln.standard().without(Katalogregeln.LEIKA_PLATZHALTER)
                .withSeverity(Katalogregeln.TYPISIERUNG_LEER, Severity.ERROR);
        TableResult<OzgKatalog> e = Katalogregeln.check(streng, STAND).checkAll(z);
        assertTrue(e.bericht().befundeZuRegel(Katalogregeln.LEIKA_PLATZHALTER).isEmpty());
        assertEquals(Severity.ERROR, e.bericht().befundeZuRegel(Katalogregeln.TYPISIERUNG_LEER).get(0).severity());
        assertEquals(Verdict.INVALID, e.bericht().verdict());
        assertEquals(3, e.model().anzahlLeikaLeistungen());
        assertEquals(Verdict.VALID_WITH_WARNINGS,
                Katalogregeln.check(Katalogregeln.standard(), STAND).checkAll(z).bericht().verdict());
    }

    @Test
    void eigeneRegel() {
        Regel<TableRow<Katalogspalte>> ohneGesetz = Regel.perRecord("EIGEN-GESETZ", Severity.WARNING, "Gesetz angegeben",
                "Law given", (TableRow<Katalogspalte> z, Kontext k) -> {
                    if (z.cell(Katalogspalte.GESETZESKUERZEL).isEmpty()) {
                        k.befund().fundstelle(z.fundstelle(Katalogspalte.GESETZESKUERZEL)).report("Kein Gesetzeskürzel",
                                "No abbreviation");
                    }
                });
        List<TableRow<Katalogspalte>> z = zeilen(mit(zelle("10000", "99041006014000"), Katalogspalte.GESETZESKUERZEL, ""));
        Befund b = Katalogregeln.check(Katalogregeln.standard().with(ohneGesetz), STAND).checkAll(z).bericht()
                .befundeZuRegel("EIGEN-GESETZ").get(0);
        assertEquals(Fundstelle.ofLine(4, "Gesetzeskürzel"), b.fundstelle());
    }

    @Test
    void standardIstStabilUndVollstaendig() {
        assertEquals(Katalogregeln.standard(), Katalogregeln.standard());
        assertEquals(20 + TableRules.ids().size(), Katalogregeln.standard().regeln().size());
        assertEquals(List.copyOf(TableRules.ids()), Katalogregeln.standard().regeln().subList(0, TableRules.ids().size())
                .stream().map(Regel::id).toList());
        assertEquals(Severity.ERROR, Katalogregeln.standard().severity(TableRules.ZU_WENIGE_ZELLEN));
        assertEquals(Severity.INFO, Katalogregeln.standard().severity(Katalogregeln.KENNZAHLEN));
        assertTrue(Katalogregeln.withKennzahlen(600, 14).isEnabled(Katalogregeln.KENNZAHLEN));
    }

    @Test
    void leserMeldenInDieselbePruefung() {
        TableHeader<Katalogspalte> kopf = TableHeader.standard(Katalogspalte.class).withQuelle("katalog.csv");
        TableCheck<Katalogspalte, OzgKatalog> p = Katalogregeln.check(Katalogregeln.standard(), STAND);
        p.check(kopf.row(2, "Umwelt", "Umweltschutz", "10500", "Abfall", "99001001000000", "Abfall", "5"));
        p.report(Befund.builder().regelId("CSV-ZEILE").severity(Severity.ERROR)
                .fundstelle(Fundstelle.ofLine(3).withQuelle("katalog.csv")).meldung("Anführungszeichen offen",
                        "Unclosed quote").build());
        p.reject(Befund.builder().regelId(TableRules.ZELLE_ZU_LANG).severity(Severity.ERROR)
                .fundstelle(Fundstelle.ofLine(4).withQuelle("katalog.csv")).meldung("zu lang", "too long").build());
        p.report(TechnischerFehler.of("Datei bricht ab", "File ends early"));
        assertEquals(1, p.rows());
        assertEquals(1, p.rejected());
        TableResult<OzgKatalog> e = p.result();
        assertEquals(Verdict.NOT_CHECKABLE, e.bericht().verdict());
        assertEquals(1, e.bericht().befundeZuRegel("CSV-ZEILE").size());
        assertEquals(1, e.bericht().befundeZuRegel(TableRules.ZELLE_ZU_LANG).size());
        assertEquals(2, e.bericht().datensaetze(), "the rejected record counts among those read");
        assertEquals(1, e.abgewieseneZeilen());
        assertEquals(1, e.model().leistungen().size());
        assertTrue(e == p.result());
        assertThrows(IllegalStateException.class, () -> p.check(KatalogregelnTest.zeilen().get(0)));
        Befund kennzahl = e.bericht().befundeZuRegel(Katalogregeln.KENNZAHLEN).get(0);
        assertEquals(Fundstelle.ofQuelle("katalog.csv"), kennzahl.fundstelle());
    }

    @Test
    void lesebefundeFolgenDemRegelwerk() {
        Befund lang = Befund.builder().regelId(TableRules.ZELLE_ZU_LANG).severity(Severity.ERROR)
                .fundstelle(Fundstelle.ofLine(4)).meldung("zu lang", "too long").build();
        Befund unbekannt = Befund.builder().regelId(TableRules.SPALTE_UNBEKANNT).severity(Severity.INFO)
                .fundstelle(Fundstelle.ofLine(1, "Bemerkung")).meldung("unbekannt", "unknown").build();
        Regelwerk<TableRow<Katalogspalte>> regeln = Katalogregeln.standard().without(TableRules.SPALTE_UNBEKANNT)
                .withSeverity(TableRules.ZELLE_ZU_LANG, Severity.WARNING);
        TableCheck<Katalogspalte, OzgKatalog> p = Katalogregeln.check(regeln, STAND);
        p.reject(lang);
        p.report(unbekannt);
        TableResult<OzgKatalog> e = p.result();
        assertEquals(List.of(Severity.WARNING), e.bericht().befundeZuRegel(TableRules.ZELLE_ZU_LANG).stream()
                .map(Befund::severity).toList());
        assertTrue(e.bericht().befundeZuRegel(TableRules.SPALTE_UNBEKANNT).isEmpty());
        assertEquals(1, e.abgewieseneZeilen(), "a rejected record counts even when its rule is off");
    }

    @Test
    void kopfbefundeKommenEinmalJeKopf() {
        TableHeader<Katalogspalte> kopf = TableHeader.of(Katalogspalte.class, List.of("Themenfeld", "Lebenslage",
                "OZG-ID", "OZG-Leistung", "LeiKa-Schlüssel", "LeiKa-Bezeichnung", "LeiKa-Typ", "Lage", " ", "Notiz"));
        TableCheck<Katalogspalte, OzgKatalog> p = Katalogregeln.check(Katalogregeln.standard(), STAND);
        p.header(kopf);
        p.check(kopf.row(2, KatalogregelnTest.zelle("10000", "99041006000000")));
        p.check(kopf.row(3, KatalogregelnTest.zelle("10000", "99041006013000")));
        TableResult<OzgKatalog> e = p.result();
        Befund doppelt = e.bericht().befundeZuRegel(TableRules.SPALTE_DOPPELT).get(0);
        assertEquals(Fundstelle.ofLine(1, "Lage"), doppelt.fundstelle());
        assertTrue(doppelt.meldungDe().startsWith("Spalte 8 „Lage“ benennt dieselbe Spalte „Lebenslage“ wie Spalte 2"),
                doppelt.meldungDe());
        assertEquals(1, e.bericht().befundeZuRegel(TableRules.SPALTE_OHNE_NAMEN).size());
        assertEquals(Fundstelle.ofLine(1, "Notiz"), e.bericht().befundeZuRegel(TableRules.SPALTE_UNBEKANNT).get(0)
                .fundstelle());
        assertEquals(2, e.model().anzahlLeikaLeistungen());
    }
}
