package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class UmsetzungsstandReaderTest {

    private static final String GUT = "{\"schluessel\":\"99041006013000\",\"ars\":\"150020000000\","
            + "\"stichtag\":\"2023-05-31\",\"online\":true,\"reifegrad\":\"V1:3\"}";

    private final List<Befund> befunde = new ArrayList<>();

    private List<Umsetzungsstand> lies(String text,
            BiFunction<InputStream, Consumer<Befund>, UmsetzungsstandReader> factory) {
        List<Umsetzungsstand> rows = new ArrayList<>();
        try (UmsetzungsstandReader r = factory.apply(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), befunde::add)) {
            r.forEachRemaining(rows::add);
        }
        return rows;
    }

    private Befund einziger(String regel) {
        List<Befund> passend = befunde.stream().filter(b -> b.regelId().equals(regel)).toList();
        assertEquals(1, passend.size(), befunde::toString);
        return passend.get(0);
    }

    @Test
    void jsonLinesBadRowsAreReportedWithTheirLineAndReadingGoesOn() {
        String text = GUT + "\n"
                + GUT.replace("150020000000", "15002000000") + "\n"      // line 2: 11-digit ARS
                + "{\"schluessel\":\"99041006013000\",\"ars\":\"1500\n"    // line 3: truncated row
                + GUT + "\r\n"                                              // line 4: CRLF
                + "\n"                                                      // line 5: blank
                + GUT.replace("\"99041006013000\"", "99041006013000") + "\n" // line 6: number for key
                + "[1,2]\n"                                                 // line 7: not an object
                + GUT.replace("}", ",\"ars\":\"150020000000\"}") + "\n"     // line 8: duplicate field
                + GUT;                                                      // line 9: no final LF
        List<Umsetzungsstand> rows = lies(text, UmsetzungsstandReader::jsonLines);
        assertEquals(3, rows.size());
        assertEquals(2, einziger(Statusbefunde.ARS_FORMAT).fundstelle().line().getAsLong());
        assertEquals("/ars", einziger(Statusbefunde.ARS_FORMAT).fundstelle().pointer().orElseThrow());
        assertEquals("15002000000", einziger(Statusbefunde.ARS_FORMAT).wert().orElseThrow());
        assertEquals(3, einziger(Statusbefunde.JSON_SYNTAX).fundstelle().line().getAsLong());
        assertEquals(6, einziger(Statusbefunde.FELD_TYP).fundstelle().line().getAsLong());
        assertTrue(einziger(Statusbefunde.FELD_TYP).meldungEn().contains("leading zeros"));
        assertEquals(7, einziger(Statusbefunde.ZEILE_KEIN_OBJEKT).fundstelle().line().getAsLong());
        assertEquals(8, einziger(Statusbefunde.FELD_DOPPELT).fundstelle().line().getAsLong());
        assertEquals(5, befunde.size(), befunde::toString);
    }

    @Test
    void arrayFindingsCarryJsonPointer() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 20; i++) {
            sb.append(i == 0 ? "" : ",\n").append(i == 17 ? GUT.replace("150020000000", "170020000000") : GUT);
        }
        List<Umsetzungsstand> rows = lies(sb.append("]").toString(), UmsetzungsstandReader::jsonArray);
        assertEquals(19, rows.size());
        Befund b = einziger(Statusbefunde.ARS_FORMAT);
        assertEquals("/17/ars", b.fundstelle().pointer().orElseThrow());
        assertEquals(18, b.fundstelle().line().getAsLong());
    }

    @Test
    void documentRowsInheritTheStichtag() {
        String doc = "{\"format\":\"ozg-umsetzungsstand\",\"version\":1,\"stichtag\":\"2024-01-31\",\"zeilen\":["
                + GUT.replace(",\"stichtag\":\"2023-05-31\"", "") + "," + GUT + ","
                + GUT.replace("\"online\":true", "\"online\":\"ja\"") + "]}";
        List<Umsetzungsstand> rows = lies(doc, UmsetzungsstandReader::jsonArray);
        assertEquals(2, rows.size());
        assertEquals("2024-01-31", rows.get(0).stichtag().toString());
        assertEquals("2023-05-31", rows.get(1).stichtag().toString());
        assertEquals("/zeilen/2/online", einziger(Statusbefunde.FELD_TYP).fundstelle().pointer().orElseThrow());
    }

    @Test
    void arraySyntaxErrorEndsReadingAfterTheGoodRows() {
        List<Umsetzungsstand> rows = lies("[" + GUT + "," + GUT + ",{\"ars\":", UmsetzungsstandReader::jsonArray);
        assertEquals(2, rows.size());
        assertEquals(Severity.ERROR, einziger(Statusbefunde.JSON_SYNTAX).severity());
    }

    @Test
    void csvCommaAndSemicolonYesNoAndTrueFalse() {
        String header = "leika_key;leika_name;ars;ars_name;bundesland;ozgid;ozg_bezeichnung;url;online_status;aktiv;"
                + "art_flaechendeckung;datenstand\n";
        String csv = header
                + "99041006013000;Elterngeld;150020000000;Dessau;Sachsen-Anhalt;10000;Elterngeld;https://x.de;ok;ja;"
                + "landesweit flächendeckend;2023-05-31\n"
                + "99041006013000;;150020000000;;ST;;;;nicht ok;false;;31.05.2023\n"
                + "9904100601300;;150020000000;;;;;;ok;;;2023-05-31\n"
                + "99041006013000;;150020000000;;Bayern;;;;vielleicht;;;2023-05-31\n";
        List<Umsetzungsstand> rows = lies(csv, UmsetzungsstandReader::csv);
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).isOnline() && rows.get(0).isAktiv());
        assertTrue(!rows.get(1).isOnline() && !rows.get(1).isAktiv());
        assertEquals(rows.get(0).stichtag(), rows.get(1).stichtag());
        Befund key = einziger(Statusbefunde.SCHLUESSEL_FORMAT);
        assertEquals(4, key.fundstelle().line().getAsLong());
        assertEquals("leika_key", key.fundstelle().spalte().orElseThrow());
        assertEquals(5, einziger(Statusbefunde.ONLINE_WERT).fundstelle().line().getAsLong());
        assertEquals(Severity.WARNING, einziger(Statusbefunde.BUNDESLAND_ABWEICHEND).severity());

        befunde.clear();
        assertEquals(2, lies(csv.replace(';', ','), UmsetzungsstandReader::csv).size());
    }

    /** Found by fuzzing: NUL bytes at a line start made Jackson decode the rest as UTF-32 and throw. */
    @Test
    void jsonLinesReportsNulBytesAndUtf16MarksAsEncodingFindingsAndGoesOn() {
        String gut = "{\"schluessel\": \"99041006013000\", \"ars\": \"150020000000\", \"stichtag\": \"2023-05-31\", \"online\": true}";
        byte[] nul = "\0\0\0\0\0\0\0\0ssel\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(nul);
        out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes((gut + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0, '\r', '\n'});
        out.writeBytes((gut.replace("150020000000", "010010000000") + "\n").getBytes(StandardCharsets.UTF_8));
        List<Befund> befunde = new ArrayList<>();
        List<Umsetzungsstand> rows = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(new ByteArrayInputStream(out.toByteArray()),
                befunde::add)) {
            r.forEachRemaining(rows::add);
        }
        assertEquals(2, rows.size(), befunde::toString);
        assertEquals(Statusbefunde.KODIERUNG, befunde.get(0).regelId());
        assertEquals(List.of(1L, 3L), befunde.stream().map(b -> b.fundstelle().line().getAsLong()).toList());
    }

    /** Found by fuzzing: a document starting with NUL bytes made Jackson decode it as UTF-32 and throw. */
    @Test
    void jsonArrayRefusesInputThatLooksLikeUtf16Or32() {
        for (byte[] in : List.of(new byte[] {'[', 0, 0, 0, ']'}, new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '['},
                "[{}]".getBytes(StandardCharsets.UTF_16LE))) {
            List<Befund> befunde = new ArrayList<>();
            try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonArray(new ByteArrayInputStream(in), befunde::add)) {
                assertEquals(false, r.hasNext());
            }
            assertEquals(List.of(Statusbefunde.KODIERUNG), befunde.stream().map(Befund::regelId).toList());
        }
    }
}
