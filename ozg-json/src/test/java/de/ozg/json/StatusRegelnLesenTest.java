package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.status.StatusRow;
import de.ozg.core.validation.status.StatusRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The status readers report through the status rules: every rule at a known line or pointer with a
 * clean variant, exact record counts, and the rule set's adjustments for each JSON form.
 */
class StatusRegelnLesenTest {

    static final String GUT = "{\"schluessel\":\"99041006013000\",\"ars\":\"150020000000\","
            + "\"stichtag\":\"2023-05-31\",\"online\":true,\"reifegrad\":\"V1:3\"}";
    private static final String KOPF = "{\"format\":\"ozg-umsetzungsstand\",\"version\":1,\"stichtag\":\"2024-01-31\",";

    /** What one read gave: the rows, the findings and the reader's counts. */
    record Ergebnis(List<Umsetzungsstand> zeilen, List<Befund> befunde, long datensaetze, long abgewiesen) {
        Befund einziger(String regel) {
            List<Befund> passend = befunde.stream().filter(b -> b.regelId().equals(regel)).toList();
            assertEquals(1, passend.size(), () -> regel + " in " + befunde);
            return passend.get(0);
        }

        void bilanz(long gelesen, long fehlerhaft) {
            assertEquals(gelesen, datensaetze, () -> "records, " + befunde);
            assertEquals(fehlerhaft, abgewiesen, () -> "rejected, " + befunde);
            assertEquals(datensaetze - abgewiesen, zeilen.size(), "accepted rows delivered");
        }
    }

    enum Form {
        JSONL, ARRAY;

        UmsetzungsstandReader oeffne(InputStream in, Regelwerk<StatusRow> regeln, List<Befund> befunde) {
            return this == JSONL ? UmsetzungsstandReader.jsonLines(in, regeln, befunde::add)
                    : UmsetzungsstandReader.jsonArray(in, regeln, befunde::add);
        }
    }

    static Ergebnis lies(Form form, byte[] daten, Regelwerk<StatusRow> regeln) {
        List<Umsetzungsstand> zeilen = new ArrayList<>();
        List<Befund> befunde = new ArrayList<>();
        try (UmsetzungsstandReader r = form.oeffne(new ByteArrayInputStream(daten), regeln, befunde)) {
            r.forEachRemaining(zeilen::add);
            return new Ergebnis(zeilen, befunde, r.zeilen(), r.fehlerhafteZeilen());
        }
    }

    static Ergebnis lies(Form form, String text) {
        return lies(form, text.getBytes(StandardCharsets.UTF_8), StatusRules.standard());
    }

    /** JSON Lines with one row per entry; the bad row at line 2 between good ones. */
    private static String jsonl(String schlecht) {
        return GUT + "\n" + schlecht + "\n" + GUT + "\n";
    }

    private static String array(String schlecht) {
        return "[" + GUT + ",\n" + schlecht + ",\n" + GUT + "]";
    }

    @Test
    void everyRowRuleAtItsLineAndPointerInBothForms() {
        String[][] faelle = {
            {StatusRules.FELD_FEHLT, GUT.replace("\"ars\":\"150020000000\",", ""), "/ars"},
            {StatusRules.FELD_TYP, GUT.replace("true", "\"true\""), "/online"},
            {StatusRules.FELD_UNBEKANNT, GUT.replace("}", ",\"reifgrad\":\"V1:3\"}"), "/reifgrad"},
            {StatusRules.FELD_DOPPELT, GUT.replace("}", ",\"online\":false}"), "/online"},
            {StatusRules.SCHLUESSEL_FORMAT, GUT.replace("99041006013000", "9904100601300"), "/schluessel"},
            {StatusRules.ARS_FORMAT, GUT.replace("150020000000", "150020O00000"), "/ars"},
            {StatusRules.OZGID_FORMAT, GUT.replace("}", ",\"ozgId\":\"1000\"}"), "/ozgId"},
            {StatusRules.STICHTAG_FORMAT, GUT.replace("2023-05-31", "2023-02-30"), "/stichtag"},
            {StatusRules.REIFEGRAD_UNBEKANNT, GUT.replace("V1:3", "V1:5"), "/reifegrad"},
            {StatusRules.FLAECHENDECKUNG_UNBEKANNT, GUT.replace("}", ",\"flaechendeckung\":\"fast\"}"),
                "/flaechendeckung"},
            {StatusRules.ZEILE_KEIN_OBJEKT, "[" + GUT + "]", null},
        };
        for (String[] f : faelle) {
            Ergebnis jl = lies(Form.JSONL, jsonl(f[1]));
            Befund b = jl.einziger(f[0]);
            assertEquals(1, jl.befunde().size(), () -> f[0] + ": " + jl.befunde());
            Fundstelle erwartet = f[2] == null ? Fundstelle.ofLine(2) : Fundstelle.ofLine(2).withPointer(f[2]);
            assertEquals(erwartet, b.fundstelle(), f[0]);
            assertFalse(b.meldungDe().contains("Zeile 2") || b.meldungEn().contains("line 2"), b::toString);
            jl.bilanz(3, 1);

            Ergebnis ar = lies(Form.ARRAY, array(f[1]));
            Befund a = ar.einziger(f[0]);
            assertEquals(Fundstelle.ofLine(2).withPointer("/1" + (f[2] == null ? "" : f[2])), a.fundstelle(), f[0]);
            ar.bilanz(3, 1);
        }
        Ergebnis sauber = lies(Form.JSONL, jsonl(GUT.replace("}", ",\"ozgId\":\"10000\",\"aktiv\":null}")));
        assertEquals(List.of(), sauber.befunde());
        sauber.bilanz(3, 0);
        lies(Form.ARRAY, array(GUT)).bilanz(3, 0);
    }

    @Test
    void pointersOfNonObjectRowsCountTheElements() {
        Ergebnis e = lies(Form.ARRAY, "[[],[],1]");
        assertEquals(List.of("/0", "/1", "/2"), e.befunde().stream()
                .map(b -> b.fundstelle().pointer().orElseThrow()).toList());
        assertTrue(e.befunde().stream().allMatch(b -> b.regelId().equals(StatusRules.ZEILE_KEIN_OBJEKT)));
        e.bilanz(3, 3);
        Ergebnis d = lies(Form.ARRAY, KOPF + "\"zeilen\":[{},[[]],\"x\"]}");
        assertEquals(List.of("/zeilen/0/schluessel", "/zeilen/0/ars", "/zeilen/0/online", "/zeilen/1", "/zeilen/2"),
                d.befunde().stream().map(b -> b.fundstelle().pointer().orElseThrow()).toList());
        d.bilanz(3, 3);
    }

    @Test
    void aHeaderFieldGivenTwiceIsAFindingAndTheFirstValueCounts() {
        Ergebnis e = lies(Form.ARRAY, KOPF + "\"stichtag\":\"2025-12-31\",\"zeilen\":["
                + GUT.replace(",\"stichtag\":\"2023-05-31\"", "") + "]}");
        Befund b = e.einziger(StatusRules.FELD_DOPPELT);
        assertEquals(Fundstelle.ofLine(1).withPointer("/stichtag"), b.fundstelle());
        assertEquals(Severity.ERROR, b.severity());
        assertEquals("2024-01-31", e.zeilen().get(0).stichtag().toString());
        e.bilanz(1, 0);

        Ergebnis nach = lies(Form.ARRAY, KOPF + "\"zeilen\":[" + GUT + "],\"x\":1,\"format\":\"ozg-umsetzungsstand\","
                + "\"x\":{\"a\":1}}");
        assertEquals(List.of(StatusRules.FELD_UNBEKANNT, StatusRules.FELD_DOPPELT, StatusRules.FELD_DOPPELT),
                nach.befunde().stream().map(Befund::regelId).toList());
        assertEquals(List.of("/x", "/format", "/x"), nach.befunde().stream()
                .map(x -> x.fundstelle().pointer().orElseThrow()).toList());
        nach.bilanz(1, 0);

        Ergebnis sauber = lies(Form.ARRAY, KOPF + "\"zeilen\":[" + GUT + "]}");
        assertEquals(List.of(), sauber.befunde());
        Ergebnis aus = lies(Form.ARRAY, (KOPF + "\"stichtag\":\"2025-12-31\",\"zeilen\":[" + GUT + "]}")
                .getBytes(StandardCharsets.UTF_8), StatusRules.standard().without(StatusRules.FELD_DOPPELT));
        assertEquals(List.of(), aus.befunde());
    }

    @Test
    void aFieldRepeatedAnywhereIsFoundEvenInsideValuesTheFormatDoesNotRead() {
        Regelwerk<StatusRow> ohneUnbekannt = StatusRules.standard().without(StatusRules.FELD_UNBEKANNT);
        String row = GUT.replace("}", ",\"x\":{\"a\":1,\"b\":[{\"c\":1,\"c\":2}],\"a\":3}}");
        Ergebnis jl = lies(Form.JSONL, (row + "\n").getBytes(StandardCharsets.UTF_8), ohneUnbekannt);
        assertEquals(List.of("/b/0/c", "/a").stream().map(z -> "/x" + z).toList(), jl.befunde().stream()
                .map(b -> b.fundstelle().pointer().orElseThrow()).toList());
        assertTrue(jl.befunde().stream().allMatch(b -> b.regelId().equals(StatusRules.FELD_DOPPELT)));
        jl.bilanz(1, 1);

        String doc = KOPF + "\"x~/\":{\"a\":1,\"a\":2},\"zeilen\":[" + GUT.replace("true", "{\"k\":1,\"k\":1}")
                + "],\"y\":[{\"z\":1,\"z\":1}]}";
        Ergebnis d = lies(Form.ARRAY, doc.getBytes(StandardCharsets.UTF_8), ohneUnbekannt);
        assertEquals(List.of("/x~0~1/a", "/zeilen/0/online", "/zeilen/0/online/k", "/y/0/z"), d.befunde().stream()
                .map(b -> b.fundstelle().pointer().orElseThrow()).toList(), d.befunde()::toString);
        assertEquals(List.of(StatusRules.FELD_DOPPELT, StatusRules.FELD_TYP, StatusRules.FELD_DOPPELT,
                StatusRules.FELD_DOPPELT), d.befunde().stream().map(Befund::regelId).toList());

        Ergebnis sauber = lies(Form.JSONL, (GUT.replace("}", ",\"x\":{\"a\":[{\"a\":1},{\"a\":2}]}}") + "\n")
                .getBytes(StandardCharsets.UTF_8), ohneUnbekannt);
        assertEquals(List.of(), sauber.befunde(), "the same name in different objects is no repetition");
        sauber.bilanz(1, 0);
    }

    @Test
    void documentFrameDefectsEndReadingWithOneFinding() {
        String[][] faelle = {
            {"", "/"}, {"5", ""}, {"{\"format\":\"x\",\"zeilen\":[]}", "/format"},
            {"{\"format\":\"ozg-umsetzungsstand\",\"version\":2}", "/version"},
            {"{\"format\":\"ozg-umsetzungsstand\",\"version\":1,\"stichtag\":\"31.01.2024\"}", "/stichtag"},
            {"{\"zeilen\":[]}", "/zeilen"}, {KOPF + "\"zeilen\":{}}", "/zeilen"}, {KOPF + "\"x\":[]}", ""},
        };
        for (String[] f : faelle) {
            Ergebnis e = lies(Form.ARRAY, f[0]);
            Befund b = e.einziger(StatusRules.DOKUMENT_FORMAT);
            assertTrue(b.meldungDe().endsWith("das Lesen endet hier"), b::meldungDe);
            if (!f[1].equals("/")) {
                assertEquals(f[1], b.fundstelle().pointer().orElseThrow(), f[0]);
            }
            e.bilanz(0, 0);
        }
        Ergebnis danach = lies(Form.ARRAY, KOPF + "\"zeilen\":[" + GUT + "]} []");
        assertEquals(Fundstelle.ofLine(1).withPointer(""), danach.einziger(StatusRules.JSON_SYNTAX).fundstelle());
        danach.bilanz(1, 0);
    }

    @Test
    void aSyntaxErrorInsideTheArrayCountsOneRejectedRecord() {
        Ergebnis e = lies(Form.ARRAY, "[" + GUT + ",\n" + GUT + ",\n{\"ars\":}\n," + GUT + "]");
        Befund b = e.einziger(StatusRules.JSON_SYNTAX);
        assertEquals(Fundstelle.ofLine(3).withPointer("/2"), b.fundstelle());
        assertTrue(b.meldungDe().endsWith("das Lesen endet hier"), b::meldungDe);
        e.bilanz(3, 1);
        Ergebnis offen = lies(Form.ARRAY, "[" + GUT + ",");
        assertEquals("/1", offen.einziger(StatusRules.JSON_SYNTAX).fundstelle().pointer().orElseThrow());
        offen.bilanz(2, 1);
    }

    /** Where a row can be broken between two of its fields. */
    private static final int TEIL = GUT.indexOf(",\"stichtag\"") + 1;

    @Test
    void jsonLinesHoldsOneCompleteObjectPerLine() {
        String text = GUT + "\n"
                + GUT + " " + GUT + "\n"                                           // 2: two values
                + GUT.substring(0, TEIL) + "\n" + GUT.substring(TEIL) + "\n"       // 3, 4: one object over two lines
                + "   \t \n"                                                       // 5: whitespace only
                + GUT + " x\n"                                                     // 6: garbage after the object
                + "\n"                                                             // 7: blank
                + "{\"schluessel\":\"99041006013000\"\n" + GUT + "\n"             // 8: unclosed, 9 good
                + GUT;                                                             // 10
        Ergebnis e = lies(Form.JSONL, text);
        assertEquals(List.of(2L, 3L, 4L, 6L, 8L), e.befunde().stream().map(b -> b.fundstelle().line().getAsLong())
                .toList(), e.befunde()::toString);
        assertTrue(e.befunde().stream().allMatch(b -> b.regelId().equals(StatusRules.JSON_SYNTAX)), e.befunde()::toString);
        assertTrue(e.befunde().get(0).meldungDe().contains("einen Wert je Zeile"));
        assertTrue(e.befunde().get(1).meldungDe().contains("endet nicht in seiner Zeile"));
        e.bilanz(8, 5);
    }

    @Test
    void encodingAndLimitsCostTheirLineOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((GUT + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(GUT.replace("V1:3", "V1:\u00e4").getBytes(StandardCharsets.ISO_8859_1));  // 2: Latin-1 byte
        out.writeBytes("\n7\n\0x\n".getBytes(StandardCharsets.UTF_8));                           // 3: no object, 4: NUL
        out.writeBytes(("{\"url\":\"" + "a".repeat(OzgJson.MAX_STRING_LENGTH + 1) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));                                                  // 5: long string
        out.writeBytes("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n"
                .getBytes(StandardCharsets.UTF_8));                                                  // 6: nesting
        out.writeBytes((GUT + "\n").getBytes(StandardCharsets.UTF_8));                              // 7
        Ergebnis e = lies(Form.JSONL, out.toByteArray(), StatusRules.standard());
        assertEquals(List.of(StatusRules.KODIERUNG, StatusRules.ZEILE_KEIN_OBJEKT, StatusRules.KODIERUNG,
                StatusRules.GRENZE, StatusRules.GRENZE), e.befunde().stream().map(Befund::regelId).toList());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), e.befunde().stream().map(b -> b.fundstelle().line().getAsLong())
                .toList());
        assertTrue(e.befunde().get(3).meldungDe().contains(OzgJson.MAX_STRING_LENGTH + " Zeichen"));
        assertTrue(e.befunde().get(4).meldungDe().contains(OzgJson.MAX_NESTING_DEPTH + " Ebenen"));
        e.bilanz(7, 5);
    }

    @Test
    void switchingOffAndReRatingWorkForBothForms() {
        String extra = GUT.replace("}", ",\"quelle\":\"KITU\"}");
        for (Form form : Form.values()) {
            byte[] daten = (form == Form.JSONL ? jsonl(extra) : array(extra)).getBytes(StandardCharsets.UTF_8);
            Ergebnis standard = lies(form, daten, StatusRules.standard());
            standard.einziger(StatusRules.FELD_UNBEKANNT);
            standard.bilanz(3, 1);
            Ergebnis aus = lies(form, daten, StatusRules.standard().without(StatusRules.FELD_UNBEKANNT));
            assertEquals(List.of(), aus.befunde());
            aus.bilanz(3, 0);
            Ergebnis warnung = lies(form, daten, StatusRules.standard().withSeverity(StatusRules.FELD_UNBEKANNT,
                    Severity.WARNING));
            assertEquals(Severity.WARNING, warnung.einziger(StatusRules.FELD_UNBEKANNT).severity());
            warnung.bilanz(3, 0);

            byte[] kaputt = (form == Form.JSONL ? jsonl("{\"ars\":") : "[" + GUT + ",{\"ars\":")
                    .getBytes(StandardCharsets.UTF_8);
            Ergebnis syntaxAus = lies(form, kaputt, StatusRules.standard().without(StatusRules.JSON_SYNTAX));
            assertEquals(List.of(), syntaxAus.befunde(), "the syntax rule can be switched off too");
            Ergebnis syntaxInfo = lies(form, kaputt, StatusRules.standard().withSeverity(StatusRules.JSON_SYNTAX,
                    Severity.INFO));
            assertEquals(Severity.INFO, syntaxInfo.einziger(StatusRules.JSON_SYNTAX).severity());
            assertEquals(syntaxAus.abgewiesen(), syntaxInfo.abgewiesen(), "a broken record stays rejected");
            assertEquals(1, syntaxInfo.abgewiesen());
        }
    }

    @Test
    void readingTwiceInOneJvmGivesTheSameResult() {
        String text = jsonl(GUT.replace("150020000000", "1500")) + "[1]\n{\n" + GUT;
        Ergebnis a = lies(Form.JSONL, text);
        Ergebnis b = lies(Form.JSONL, text);
        assertEquals(a, b);
        assertEquals(lies(Form.ARRAY, array("{}")), lies(Form.ARRAY, array("{}")));
    }

    // ---- the dashboard's CSV export ----------------------------------------------------------

    private static final String CSV_KOPF = "leika_key;ars;bundesland;online_status;aktiv;art_flaechendeckung;"
            + "datenstand;reifegrad;ozgid\n";
    private static final String CSV_GUT = "99041006013000;150020000000;Sachsen-Anhalt;ok;ja;landesweit;2023-05-31;"
            + "V1:3;10000";

    static Ergebnis csv(String text, Regelwerk<StatusRow> regeln) {
        List<Umsetzungsstand> zeilen = new ArrayList<>();
        List<Befund> befunde = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.csv(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, regeln, befunde::add)) {
            r.forEachRemaining(zeilen::add);
            return new Ergebnis(zeilen, befunde, r.zeilen(), r.fehlerhafteZeilen());
        }
    }

    /** The CSV row with the cell of one column replaced. */
    private static String csvZeile(int spalte, String zelle) {
        String[] z = CSV_GUT.split(";", -1);
        z[spalte] = zelle;
        return String.join(";", z);
    }

    @Test
    void everyCsvValueRuleAtItsLineAndColumn() {
        Object[][] faelle = {
            {StatusRules.SCHLUESSEL_FORMAT, 0, "9904100601300O", "leika_key", true},
            {StatusRules.ARS_FORMAT, 1, "1001000", "ars", true},
            {StatusRules.BUNDESLAND_ABWEICHEND, 2, "Bayern", "bundesland", false},
            {StatusRules.ONLINE_WERT, 3, "online", "online_status", true},
            {StatusRules.AKTIV_WERT, 4, "vielleicht", "aktiv", true},
            {StatusRules.FLAECHENDECKUNG_UNBEKANNT, 5, "ueberall", "art_flaechendeckung", true},
            {StatusRules.STICHTAG_FORMAT, 6, "2023-13-01", "datenstand", true},
            {StatusRules.REIFEGRAD_UNBEKANNT, 7, "V3:1", "reifegrad", true},
            {StatusRules.OZGID_FORMAT, 8, "100000", "ozgid", true},
            {StatusRules.FELD_FEHLT, 1, " ", "ars", true},
        };
        for (Object[] f : faelle) {
            String regel = (String) f[0];
            Ergebnis e = csv(CSV_KOPF + CSV_GUT + "\n" + csvZeile((int) f[1], (String) f[2]) + "\n" + CSV_GUT + "\n",
                    StatusRules.standard());
            Befund b = e.einziger(regel);
            assertEquals(1, e.befunde().size(), () -> regel + ": " + e.befunde());
            assertEquals(Fundstelle.ofLine(3, (String) f[3]), b.fundstelle(), regel);
            assertFalse(b.meldungDe().contains("Zeile 3") || b.meldungEn().contains("Line 3"), b::toString);
            e.bilanz(3, (boolean) f[4] ? 1 : 0);
        }
        Ergebnis sauber = csv(CSV_KOPF + CSV_GUT + "\n" + csvZeile(3, "nicht ok").replace("ja;", ";") + "\n"
                + csvZeile(6, "31.05.2023").replace("V1:3", "") + "\n", StatusRules.standard());
        assertEquals(List.of(), sauber.befunde());
        sauber.bilanz(3, 0);
        assertTrue(sauber.zeilen().get(1).isAktiv() && !sauber.zeilen().get(1).isOnline());
    }

    @Test
    void switchingOffAndReRatingWorkForCsvToo() {
        String kurz = CSV_GUT.substring(0, CSV_GUT.lastIndexOf(';'));
        String text = "leika_key;ars;bundesland;online_status;aktiv;art_flaechendeckung;datenstand;reifegrad;ozgid;"
                + "quelle\n" + CSV_GUT + ";KITU\n" + kurz + "\n" + csvZeile(2, "Bayern") + ";x\n";
        Ergebnis standard = csv(text, StatusRules.standard());
        assertEquals(List.of(de.ozg.core.table.TableRules.SPALTE_UNBEKANNT, de.ozg.core.table.TableRules.ZU_WENIGE_ZELLEN,
                StatusRules.BUNDESLAND_ABWEICHEND), standard.befunde().stream().map(Befund::regelId).toList());
        assertEquals(Severity.INFO, standard.befunde().get(0).severity());
        standard.bilanz(3, 0);

        Regelwerk<StatusRow> angepasst = StatusRules.standard().without(de.ozg.core.table.TableRules.SPALTE_UNBEKANNT)
                .withSeverity(de.ozg.core.table.TableRules.ZU_WENIGE_ZELLEN, Severity.ERROR)
                .withSeverity(StatusRules.BUNDESLAND_ABWEICHEND, Severity.ERROR);
        Ergebnis streng = csv(text, angepasst);
        assertEquals(List.of(de.ozg.core.table.TableRules.ZU_WENIGE_ZELLEN, StatusRules.BUNDESLAND_ABWEICHEND),
                streng.befunde().stream().map(Befund::regelId).toList());
        assertTrue(streng.befunde().stream().allMatch(b -> b.severity() == Severity.ERROR));
        streng.bilanz(3, 2);

        Ergebnis locker = csv(CSV_KOPF + csvZeile(3, "jein") + "\n", StatusRules.standard()
                .withSeverity(StatusRules.ONLINE_WERT, Severity.WARNING));
        assertEquals(Severity.WARNING, locker.einziger(StatusRules.ONLINE_WERT).severity());
        locker.bilanz(1, 1);

        Ergebnis syntax = csv(CSV_KOPF + CSV_GUT + "\n\"x\"y;1\n" + CSV_GUT + "\n", StatusRules.standard()
                .withSeverity(de.ozg.core.table.TableRules.FEHLERHAFTE_ZEILE, Severity.INFO));
        assertEquals(Severity.INFO, syntax.einziger(de.ozg.core.table.TableRules.FEHLERHAFTE_ZEILE).severity());
        syntax.bilanz(3, 1);
    }

    @Test
    void csvRecordsAreCountedOnceWhateverHappensToThem() {
        byte[] kopf = (CSV_KOPF + CSV_GUT + "\n\n  \t\n" + CSV_GUT + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(kopf);
        out.writeBytes(new byte[] {'9', (byte) 0xFF, ';', '\n'});
        out.writeBytes((CSV_GUT + "\n").getBytes(StandardCharsets.UTF_8));
        List<Befund> befunde = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.csv(new ByteArrayInputStream(out.toByteArray()),
                befunde::add)) {
            assertEquals(2, r.stream().count());
            assertEquals(3, r.zeilen(), "two rows, and the undecodable one; blank lines are none");
            assertEquals(1, r.fehlerhafteZeilen());
        }
        assertEquals(List.of(StatusRules.KODIERUNG), befunde.stream().map(Befund::regelId).toList());
        assertTrue(befunde.get(0).meldungDe().endsWith("das Lesen endet hier"), befunde.get(0)::meldungDe);
    }
}
