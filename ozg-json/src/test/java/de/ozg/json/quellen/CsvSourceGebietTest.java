package de.ozg.json.quellen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.Verdict;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSourceGebietTest {

    static final LocalDate STAND = LocalDate.of(2020, 12, 31);
    static final String QUELLE = "gv.csv";

    /** The German titles of the Destatis spreadsheet. */
    static final String KOPF_DE = "Satzart,Textkennzeichen,Land,RB,Kreis,VB,Gem,Gemeindename,Fläche km2,"
            + "Bevölkerung insgesamt,Postleitzahl,Längengrad";
    static final String[] ZEILEN = {
        "10,,15,,,,,Sachsen-Anhalt,,,,",
        "40,41,15,0,01,,,\"Dessau-Roßlau, Stadt\",,,,",
        "50,50,15,0,01,0000,,\"Dessau-Roßlau, Stadt\",,,,",
        "60,61,15,0,01,0000,000,\"Dessau-Roßlau, Stadt\", 244.74,\" 79 354\",06844,\"12,24263\"",
    };

    static TableResult<Gebietsverzeichnis> lese(String inhalt) {
        return CsvSource.gemeindeverzeichnis().read(
                new ByteArrayInputStream(inhalt.getBytes(StandardCharsets.UTF_8)), QUELLE, STAND);
    }

    static String datei(String kopf, String... zeilen) {
        return kopf + "\n" + String.join("\n", zeilen) + "\n";
    }

    @Test
    void germanTitlesAndNumberFormatsReadWithoutFindings() {
        TableResult<Gebietsverzeichnis> e = lese(datei(KOPF_DE, ZEILEN));
        assertTrue(e.bericht().befunde().isEmpty(), e.bericht()::toText);
        assertEquals(Verdict.VALID, e.bericht().verdict());
        Gebietsverzeichnis v = e.model();
        assertEquals(STAND, v.gebietsstand());
        assertEquals(1, v.gebiete(ArsEbene.LAND).size());
        assertEquals(1, v.gebiete(ArsEbene.KREIS).size());
        assertEquals(1, v.gebiete(ArsEbene.GEMEINDEVERBAND).size());
        assertEquals(1, v.anzahlGemeinden());
        assertEquals(79_354, v.gebiet(Ars.parse("150010000000"), ArsEbene.GEMEINDE).orElseThrow()
                .bevoelkerung().getAsLong());
        assertEquals("Dessau-Roßlau, Stadt", v.gemeinde(0).name());
    }

    @Test
    void destatisExportNamesWithSemicolonsBomAndCrlfGiveTheSameDirectory() {
        String kopf = "\uFEFFsatzart;textkennzeichen;land;rb;kreis;vb;gemeinde;gemeindename;flaeche;bevoelkerung;"
                + "postleitzahl;laengengrad";
        StringBuilder sb = new StringBuilder(kopf).append("\r\n");
        for (String z : ZEILEN) {
            // the German decimal comma stays inside its quotes, the other commas become delimiters
            sb.append(z.replace("\"12,24263\"", "12#24263").replace(", Stadt", "# Stadt").replace(',', ';')
                    .replace('#', ',')).append("\r\n");
        }
        TableResult<Gebietsverzeichnis> e = lese(sb.toString());
        assertTrue(e.bericht().befunde().isEmpty(), e.bericht()::toText);
        assertEquals(lese(datei(KOPF_DE, ZEILEN)).model(), e.model());
    }

    @Test
    void csvProblemsAndRowProblemsAreReportedOnceWithLineAndColumn() {
        TableResult<Gebietsverzeichnis> e = lese(datei(KOPF_DE + ",Bemerkung",
                ZEILEN[0] + ",",
                ZEILEN[1] + ",,überzählig",
                "50,50,15,0,01,0000",
                ZEILEN[3] + ",Kreisstadt"));
        Befund unbekannt = e.bericht().befundeZuRegel(TableRules.SPALTE_UNBEKANNT).get(0);
        assertEquals(1, unbekannt.fundstelle().line().orElseThrow());
        assertEquals("Bemerkung", unbekannt.fundstelle().spalte().orElseThrow());
        assertEquals(QUELLE, unbekannt.fundstelle().quelle().orElseThrow());

        List<Befund> viele = e.bericht().befundeZuRegel(TableRules.ZU_VIELE_ZELLEN);
        assertEquals(1, viele.size(), e.bericht()::toText);
        assertEquals(3, viele.get(0).fundstelle().line().orElseThrow());
        assertEquals(Severity.WARNING, viele.get(0).severity());

        List<Befund> wenige = e.bericht().befundeZuRegel(TableRules.ZU_WENIGE_ZELLEN);
        assertEquals(1, wenige.size(), e.bericht()::toText);
        assertEquals(4, wenige.get(0).fundstelle().line().orElseThrow());
        assertEquals(Severity.ERROR, wenige.get(0).severity());
        // the Gemeinde after the broken rows is still read
        assertEquals(1, e.model().anzahlGemeinden());
    }

    @Test
    void aMissingNameColumnIsOneHeaderFinding() {
        TableResult<Gebietsverzeichnis> e = lese(datei(KOPF_DE.replace(",Gemeindename", ""),
                "10,,15,,,,,,,"));
        List<Befund> kopf = e.bericht().befundeZuRegel(TableRules.PFLICHTSPALTE_FEHLT);
        assertEquals(1, kopf.size(), e.bericht()::toText);
        assertEquals("gemeindename", kopf.get(0).fundstelle().spalte().orElseThrow());
    }
}
