package de.ozg.json.quellen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.model.OzgKatalog;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.core.validation.Verdict;
import de.ozg.core.validation.katalog.Katalogregeln;
import de.ozg.core.validation.katalog.Katalogspalte;
import de.ozg.json.csv.TableLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceKatalogTest {

    static final LocalDate STAND = LocalDate.of(2019, 12, 31);
    static final String QUELLE = "katalog.csv";
    /** The standard rules without the programme figures, which a three-bundle file always misses. */
    static final Regelwerk<TableRow<Katalogspalte>> REGELN = Katalogregeln.standard().without(Katalogregeln.KENNZAHLEN);
    static final CsvSource<Katalogspalte, OzgKatalog> LESER = CsvSource.umsetzungskatalog().withRegelwerk(REGELN);

    static final String KOPF = "Themenfeld,Lebenslage,OZG-ID,OZG-Leistung,LeiKa-Schlüssel,LeiKa-Bezeichnung,"
            + "LeiKa-Typ,Rechtsgrundlage(n),Gesetz(e),Gesetzeskürzel,SDG1-Relevanz,SDG2-Relevanz";
    static final String Z1 = "Familie & Kind,Geburt,10000,Elterngeld,99041006000000,Elterngeld,2/3,"
            + "\"§ 1 BEEG, Abs. 1\",Bundeselterngeld- und Elternzeitgesetz,BEEG,1,0";
    static final String Z2 = "Familie & Kind,Geburt,10000,Elterngeld,99041006013000,Elterngeld Informationserteilung,"
            + "2/3,,,,1,0";
    static final String Z3 = "Mobilität & Reisen,Führerschein,10100,Führerschein,nicht im LeiKa,"
            + "Führerschein Umschreibung,\"1, 2/3\",,,,0,0";

    static String datei(String... zeilen) {
        return String.join("\n", zeilen) + "\n";
    }

    static TableResult<OzgKatalog> lese(String inhalt) {
        return lese(LESER, inhalt.getBytes(StandardCharsets.UTF_8));
    }

    static TableResult<OzgKatalog> lese(CsvSource<Katalogspalte, OzgKatalog> leser, byte[] inhalt) {
        return leser.read(new ByteArrayInputStream(inhalt), QUELLE, STAND);
    }

    static List<Befund> zuRegel(TableResult<OzgKatalog> e, String regelId) {
        return e.bericht().befundeZuRegel(regelId);
    }

    static void assertOrt(Befund b, long zeile, String spalte) {
        Fundstelle f = b.fundstelle();
        assertEquals(zeile, f.line().orElseThrow(), b::toString);
        assertEquals(spalte, f.spalte().orElse(null), b::toString);
        assertEquals(QUELLE, f.quelle().orElseThrow(), b::toString);
    }

    @Test
    void cleanFileGivesTheCatalogueAndOnlyThePlaceholderNote() {
        TableResult<OzgKatalog> e = lese(datei(KOPF, Z1, Z2, Z3));
        Pruefbericht b = e.bericht();
        assertEquals(3, b.datensaetze());
        List<Befund> befunde = b.befunde();
        assertEquals(1, befunde.size(), b::toText);
        assertEquals(Katalogregeln.LEIKA_PLATZHALTER, befunde.get(0).regelId());
        assertOrt(befunde.get(0), 4, "LeiKa-Schlüssel");
        assertEquals(Verdict.VALID, b.verdict());

        OzgKatalog k = e.model();
        assertEquals(STAND, k.stand());
        assertEquals(2, k.leistungen().size());
        assertEquals(3, k.anzahlLeikaLeistungen());
        assertEquals(1, k.anzahlOhneSchluessel());
        assertEquals(2, k.leistungen(Themenfeld.FAMILIE_KIND).get(0).leistungen().size());
        assertEquals("§ 1 BEEG, Abs. 1",
                k.leistungen(Themenfeld.FAMILIE_KIND).get(0).leistungen().get(0).rechtsgrundlage().orElseThrow());
        assertEquals(0, e.uebersprungeneZeilen());
    }

    @Test
    void delimiterBomLineEndsAndAliasesDoNotChangeTheResult() {
        TableResult<OzgKatalog> komma = lese(datei(KOPF, Z1, Z2, Z3));
        String semikolon = "\uFEFF" + String.join("\r\n",
                "Themenfeld;Lage;OZG-ID;OZG-Leistung;Leistungsschlüssel;LeiKa-Bezeichnung;LeiKa-Typ;"
                        + "Rechtsgrundlage(n);Gesetz(e);Gesetzeskürzel;SDG1-Relevanz;SDG2-Relevanz",
                "Familie & Kind;Geburt;10000;Elterngeld;99041006000000;Elterngeld;2/3;\"§ 1 BEEG, Abs. 1\";"
                        + "Bundeselterngeld- und Elternzeitgesetz;BEEG;1;0",
                "Familie & Kind;Geburt;10000;Elterngeld;99041006013000;Elterngeld Informationserteilung;2/3;;;;1;0",
                "Mobilität & Reisen;Führerschein;10100;Führerschein;nicht im LeiKa;Führerschein Umschreibung;"
                        + "1, 2/3;;;;0;0") + "\r\n";
        TableResult<OzgKatalog> s = lese(semikolon);
        assertEquals(komma.model(), s.model());
        assertEquals(befundTexte(komma), befundTexte(s));

        String tab = String.join("\n", "leika_key\tthemenfeld\tlebenslage\tozg_id\tozg_leistung\tleika_bezeichnung\t"
                + "leika_typ", "99041006000000\tFamilie & Kind\tGeburt\t10000\tElterngeld\tElterngeld\t2/3");
        TableResult<OzgKatalog> t = lese(tab);
        assertTrue(t.bericht().befunde().isEmpty(), t.bericht()::toText);
        assertEquals(1, t.model().anzahlLeikaLeistungen());
    }

    private static List<String> befundTexte(TableResult<OzgKatalog> e) {
        return e.bericht().befunde().stream().map(b -> b.regelId() + "@" + b.fundstelle().line().orElse(0))
                .collect(Collectors.toList());
    }

    @Test
    void headerProblemsAreReportedOnLineOneWithTheColumnName() {
        TableResult<OzgKatalog> e = lese(datei(KOPF + ",Bemerkung,,LeiKa-Key", Z1 + ",siehe Akte,,x", Z2 + ",,,"));
        Befund unbekannt = zuRegel(e, TableRules.SPALTE_UNBEKANNT).get(0);
        assertEquals(Severity.INFO, unbekannt.severity());
        assertOrt(unbekannt, 1, "Bemerkung");
        Befund leer = zuRegel(e, TableRules.SPALTE_OHNE_NAMEN).get(0);
        assertEquals(Severity.INFO, leer.severity());
        assertOrt(leer, 1, null);
        Befund doppelt = zuRegel(e, TableRules.SPALTE_DOPPELT).get(0);
        assertEquals(Severity.WARNING, doppelt.severity());
        assertOrt(doppelt, 1, "LeiKa-Key");
        assertEquals(3, e.bericht().befunde().size(), e.bericht()::toText);
        // the extra columns never keep a row out of the catalogue
        assertEquals(2, e.model().anzahlLeikaLeistungen());
    }

    @Test
    void cellCountAndMissingColumnsAreReportedOnceByTheCatalogueRules() {
        String kurz = "Familie & Kind,Geburt,10000,Elterngeld,99041006014000,Elterngeld Auszahlung,2/3";
        String lang = Z2.replace("99041006013000", "99041006015000") + ",überzählig";
        String excel = Z2.replace("99041006013000", "99041006016000") + ",,,";
        TableResult<OzgKatalog> e = lese(datei(KOPF, Z1, kurz, lang, excel));
        List<Befund> wenige = zuRegel(e, TableRules.ZU_WENIGE_ZELLEN);
        assertEquals(1, wenige.size());
        assertEquals(3, wenige.get(0).fundstelle().line().orElseThrow());
        List<Befund> viele = zuRegel(e, TableRules.ZU_VIELE_ZELLEN);
        assertEquals(1, viele.size(), e.bericht()::toText);
        assertEquals(4, viele.get(0).fundstelle().line().orElseThrow());
        assertEquals(Severity.ERROR, wenige.get(0).severity());
        assertTrue(wenige.get(0).meldungDe().endsWith("es fehlen Rechtsgrundlage(n), Gesetz(e), Gesetzeskürzel,"
                + " SDG1-Relevanz, SDG2-Relevanz"), wenige.get(0).meldungDe());
        assertEquals(2, e.bericht().befunde().size(), e.bericht()::toText);

        TableResult<OzgKatalog> ohneTyp = lese(datei(KOPF.replace(",LeiKa-Typ", ""),
                Z1.replace(",2/3,", ","), Z2.replace(",2/3,", ",")));
        List<Befund> kopf = zuRegel(ohneTyp, TableRules.PFLICHTSPALTE_FEHLT);
        assertEquals(1, kopf.size(), ohneTyp.bericht()::toText);
        assertOrt(kopf.get(0), 1, "LeiKa-Typ");

        // without rows the header is checked all the same
        TableResult<OzgKatalog> nurKopf = lese(datei(KOPF.replace(",LeiKa-Typ", "")));
        List<Befund> fehlt = zuRegel(nurKopf, TableRules.PFLICHTSPALTE_FEHLT);
        assertEquals(1, fehlt.size(), nurKopf.bericht()::toText);
        assertOrt(fehlt.get(0), 1, "LeiKa-Typ");
        assertEquals(Severity.ERROR, fehlt.get(0).severity());
    }

    @Test
    void everyReaderFindingCanBeSwitchedOffOrReRated() {
        String inhalt = datei(KOPF + ",Bemerkung", Z1 + ",x", "Familie & Kind,\"Geburt\"x,10000", Z2 + ",");
        TableResult<OzgKatalog> streng = lese(LESER.withRegelwerk(REGELN.without(TableRules.SPALTE_UNBEKANNT)
                .withSeverity(TableRules.FEHLERHAFTE_ZEILE, Severity.WARNING)), inhalt.getBytes(StandardCharsets.UTF_8));
        assertTrue(zuRegel(streng, TableRules.SPALTE_UNBEKANNT).isEmpty());
        assertEquals(Severity.WARNING, zuRegel(streng, TableRules.FEHLERHAFTE_ZEILE).get(0).severity());
        assertEquals(1, streng.abgewieseneZeilen());
        assertEquals(3, streng.bericht().datensaetze());
        assertEquals(Verdict.VALID_WITH_WARNINGS, streng.bericht().verdict());
    }

    @Test
    void aMalformedRecordIsSkippedAndTheRestIsRead() {
        TableResult<OzgKatalog> e = lese(datei(KOPF, Z1, "Familie & Kind,Geburt,10000,\"Elterngeld\"x,99041006014000,"
                + "Elterngeld,2/3,,,,1,0", Z2, Z3));
        List<Befund> kaputt = zuRegel(e, TableRules.FEHLERHAFTE_ZEILE);
        assertEquals(1, kaputt.size(), e.bericht()::toText);
        assertEquals(Severity.ERROR, kaputt.get(0).severity());
        assertEquals(3, kaputt.get(0).fundstelle().line().orElseThrow());
        assertEquals(QUELLE, kaputt.get(0).fundstelle().quelle().orElseThrow());
        assertEquals(3, e.model().anzahlLeikaLeistungen());
        assertEquals(1, e.abgewieseneZeilen());
        assertEquals(4, e.bericht().datensaetze(), "the rejected record counts among those read");
        assertEquals(Verdict.INVALID, e.bericht().verdict());
    }

    @Test
    void anOverlongCellSkipsItsRecordOnly() {
        String lang = Z2.replace("Elterngeld Informationserteilung", "x".repeat(80));
        TableResult<OzgKatalog> e = lese(LESER.withLimits(TableLimits.defaults().withMaxCellChars(60)),
                datei(KOPF, Z1, lang, Z3).getBytes(StandardCharsets.UTF_8));
        List<Befund> zuLang = zuRegel(e, TableRules.ZELLE_ZU_LANG);
        assertEquals(1, zuLang.size(), e.bericht()::toText);
        assertEquals(3, zuLang.get(0).fundstelle().line().orElseThrow());
        assertEquals(2, e.model().anzahlLeikaLeistungen());
    }

    @Test
    void anUnclosedQuoteEndsTheReadingWithAnErrorAfterTheRowsBefore() {
        TableResult<OzgKatalog> e = lese(datei(KOPF, Z1, Z2, "Familie & Kind,Geburt,10000,Elterngeld,99041006014000,"
                + "\"Elterngeld Auszahlung,2/3,,,,1,0", "Familie & Kind,Geburt,10000,Elterngeld,99041006015000,x,2/3"));
        List<Befund> offen = zuRegel(e, TableRules.OFFENES_ANFUEHRUNGSZEICHEN);
        assertEquals(1, offen.size(), e.bericht()::toText);
        assertEquals(4, offen.get(0).fundstelle().line().orElseThrow());
        assertEquals(Severity.ERROR, offen.get(0).severity());
        assertEquals(2, e.model().anzahlLeikaLeistungen());
        assertEquals(Verdict.INVALID, e.bericht().verdict());
    }

    @Test
    void emptyAndMissingFiles() {
        TableResult<OzgKatalog> leer = lese("");
        assertEquals(TableRules.LEERE_DATEI, leer.bericht().befunde().get(0).regelId());
        assertEquals(1, leer.bericht().befunde().size());
        assertTrue(leer.model().leistungen().isEmpty());

        TableResult<OzgKatalog> fehlt = LESER.read(Path.of("does-not-exist", "katalog.csv"), STAND);
        assertEquals(Verdict.NOT_CHECKABLE, fehlt.bericht().verdict());
        TechnischerFehler f = fehlt.bericht().technischeFehler().get(0);
        assertEquals("katalog.csv", f.fundstelle().quelle().orElseThrow());
    }

    @Test
    void latin1FileFailsStrictlyWithTheCharsetHintAndReadsWithTheOption(@TempDir Path dir) throws Exception {
        String inhalt = datei(KOPF, Z1, Z2, Z3);
        Charset latin1 = StandardCharsets.ISO_8859_1;
        Path datei = dir.resolve("latin1.csv");
        Files.write(datei, inhalt.getBytes(latin1));

        TableResult<OzgKatalog> strikt = LESER.read(datei, STAND);
        Pruefbericht b = strikt.bericht();
        assertEquals(Verdict.NOT_CHECKABLE, b.verdict());
        assertEquals(1, b.technischeFehler().size());
        TechnischerFehler f = b.technischeFehler().get(0);
        // the header already has "ü": the first invalid byte is on line 1
        assertEquals(1, f.fundstelle().line().orElseThrow());
        assertEquals("latin1.csv", f.fundstelle().quelle().orElseThrow());
        assertTrue(f.meldungDe().contains("Zeichensatz-Option"), f.meldungDe());
        assertTrue(f.meldungEn().contains("charset option"), f.meldungEn());
        assertTrue(f.toText(Locale.ENGLISH).contains("ISO-8859-1"), f.toText(Locale.ENGLISH));

        TableResult<OzgKatalog> mitOption = LESER.withCharset(latin1).read(datei, STAND);
        TableResult<OzgKatalog> utf8 = lese(inhalt);
        assertEquals(utf8.model(), mitOption.model());
        assertEquals(befundTexte(utf8), befundTexte(mitOption));
        assertEquals("Führerschein Umschreibung", mitOption.model().leistungen(Themenfeld.MOBILITAET_REISEN).get(0)
                .leistungen().get(0).bezeichnung());
    }

    @Test
    void anInvalidByteLaterInTheFileKeepsTheRowsBeforeIt() {
        byte[] vorne = datei(KOPF, Z1, Z2).getBytes(StandardCharsets.UTF_8);
        byte[] hinten = datei(Z3).getBytes(StandardCharsets.ISO_8859_1);
        byte[] alles = new byte[vorne.length + hinten.length];
        System.arraycopy(vorne, 0, alles, 0, vorne.length);
        System.arraycopy(hinten, 0, alles, vorne.length, hinten.length);
        TableResult<OzgKatalog> e = lese(LESER, alles);
        assertEquals(Verdict.NOT_CHECKABLE, e.bericht().verdict());
        assertEquals(4, e.bericht().technischeFehler().get(0).fundstelle().line().orElseThrow());
        assertEquals(2, e.model().anzahlLeikaLeistungen());
    }
}
