package de.ozg.core.validation.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.internal.Messages;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every status rule on a crafted record, its clean variant, and the rule set's adjustments. */
class StatusRulesTest {

    private final List<Befund> befunde = new ArrayList<>();

    private static void gut(MutableStatusRow r) {
        r.setText(StatusField.SCHLUESSEL, "99041006013000");
        r.setText(StatusField.ARS, "150020000000");
        r.setText(StatusField.STICHTAG, "2023-05-31");
        r.setBoolean(StatusField.ONLINE, true);
    }

    /** A JSON Lines record at line 7 with the good fields, changed by {@code aenderung}. */
    private boolean json(Regelwerk<StatusRow> regeln, Consumer<MutableStatusRow> aenderung) {
        MutableStatusRow r = MutableStatusRow.forJson();
        r.beginRecord(7, "");
        gut(r);
        aenderung.accept(r);
        return StatusCheck.start(regeln, befunde::add).check(r);
    }

    private boolean json(Consumer<MutableStatusRow> aenderung) {
        return json(StatusRules.standard(), aenderung);
    }

    private Befund einziger(String regel) {
        List<Befund> b = befunde.stream().filter(x -> x.regelId().equals(regel)).toList();
        assertEquals(1, b.size(), () -> regel + " in " + befunde);
        assertEquals(1, befunde.size(), befunde::toString);
        return b.get(0);
    }

    @Test
    void rulesSeeTheRowReadOnly() {
        assertTrue(StatusRow.class.isSealed());
        assertEquals(List.of(MutableStatusRow.class), List.of(StatusRow.class.getPermittedSubclasses()));
        List<String> schreibend = java.util.Arrays.stream(StatusRow.class.getMethods())
                .map(java.lang.reflect.Method::getName)
                .filter(n -> n.startsWith("set") || n.startsWith("add") || n.startsWith("begin"))
                .collect(Collectors.toList());
        assertEquals(List.of(), schreibend, "a rule must not be able to change the row it checks");
        // what a user rule is handed is the reader's row, seen through the view
        List<StatusRow> gesehen = new ArrayList<>();
        Regel<StatusRow> eigene = Regel.perRecord("EIGENE-REGEL", Severity.INFO, "sieht die Zeile", "sees the row",
                (z, k) -> gesehen.add(z));
        MutableStatusRow r = MutableStatusRow.forJson();
        StatusCheck c = StatusCheck.start(StatusRules.standard().with(eigene), b -> { });
        r.beginRecord(7, "");
        c.check(r);
        assertEquals(1, gesehen.size());
        assertEquals(7, gesehen.get(0).line());
    }

    @Test
    void aCleanRecordDrawsNoFindingAndConverts() {
        MutableStatusRow r = MutableStatusRow.forJson();
        r.beginRecord(3, "");
        gut(r);
        r.setText(StatusField.REIFEGRAD, "V1:3");
        r.setText(StatusField.OZG_ID, "10000");
        r.setText(StatusField.FLAECHENDECKUNG, "landesweit_flaechendeckend");
        r.setBoolean(StatusField.AKTIV, false);
        r.setNull(StatusField.URL);
        StatusCheck c = StatusCheck.start(StatusRules.standard(), befunde::add);
        assertTrue(c.check(r));
        assertEquals(List.of(), befunde);
        Umsetzungsstand s = r.toUmsetzungsstand();
        assertEquals(Leistungsschluessel.parse("99041006013000"), s.schluessel());
        assertEquals(Reifegrad.parse("V1:3"), s.reifegradOrNull());
        assertFalse(s.isAktiv());
        assertEquals(1, c.datensaetze());
        assertEquals(0, c.abgewiesen());
    }

    @Test
    void missingFieldAtItsPointer() {
        MutableStatusRow r = MutableStatusRow.forJson();
        r.beginRecord(7, "");
        r.setText(StatusField.SCHLUESSEL, "99041006013000");
        r.setBoolean(StatusField.ONLINE, true);
        assertFalse(StatusCheck.start(StatusRules.standard(), befunde::add).check(r));
        assertEquals(2, befunde.size(), befunde::toString);
        assertEquals(Fundstelle.ofLine(7).withPointer("/ars"), befunde.get(0).fundstelle());
        assertEquals(Fundstelle.ofLine(7).withPointer("/stichtag"), befunde.get(1).fundstelle());
        assertEquals("Das Pflichtfeld fehlt", befunde.get(0).meldungDe());
        assertEquals(List.of(StatusField.ARS, StatusField.STICHTAG), r.missingFields());
    }

    @Test
    void aDocumentStichtagStandsInForTheRows() {
        MutableStatusRow r = MutableStatusRow.forJson();
        r.setDefaultStichtag(LocalDate.of(2024, 1, 31));
        r.beginRecord(2, "/zeilen/0");
        r.setText(StatusField.SCHLUESSEL, "99041006013000");
        r.setText(StatusField.ARS, "150020000000");
        r.setBoolean(StatusField.ONLINE, false);
        assertTrue(StatusCheck.start(StatusRules.standard(), befunde::add).check(r), befunde::toString);
        assertEquals(LocalDate.of(2024, 1, 31), r.toUmsetzungsstand().stichtag());
    }

    @Test
    void wrongTypeNamesExpectedAndFoundInBothLanguages() {
        assertFalse(json(r -> {
            r.setWrongType(StatusField.OZG_ID, JsonType.NUMBER, "10000");
        }));
        Befund b = einziger(StatusRules.FELD_TYP);
        assertEquals(Fundstelle.ofLine(7).withPointer("/ozgId"), b.fundstelle());
        assertEquals("10000", b.wert().orElseThrow());
        assertTrue(b.meldungDe().contains("eine Zahl") && b.meldungDe().contains("führenden Nullen"), b::meldungDe);
        assertTrue(b.meldungEn().contains("a number") && b.meldungEn().contains("leading zeros"), b::meldungEn);
        befunde.clear();
        assertTrue(json(r -> r.setNull(StatusField.OZG_ID)), "null is an absent optional field");
        assertEquals(List.of(), befunde);
    }

    @Test
    void unknownAndDuplicateFields() {
        assertFalse(json(r -> {
            r.addUnknownField("reifgrad");
            r.addUnknownField("x");
            r.addUnknownField("x");
            r.setText(StatusField.ARS, "150020000000");
        }));
        List<Befund> unbekannt = befunde.stream().filter(b -> b.regelId().equals(StatusRules.FELD_UNBEKANNT)).toList();
        assertEquals(List.of("/reifgrad", "/x"), unbekannt.stream().map(b -> b.fundstelle().pointer().orElseThrow())
                .toList());
        List<Befund> doppelt = befunde.stream().filter(b -> b.regelId().equals(StatusRules.FELD_DOPPELT)).toList();
        assertEquals(List.of("/ars", "/x"), doppelt.stream().map(b -> b.fundstelle().pointer().orElseThrow()).toList());
    }

    @Test
    void manyUnknownFieldsStayBounded() {
        assertFalse(json(r -> {
            for (int i = 0; i < 1000; i++) {
                r.addUnknownField("f" + i);
            }
        }));
        assertEquals(MutableStatusRow.MAX_UNKNOWN + 1, befunde.size());
        assertTrue(befunde.get(befunde.size() - 1).meldungEn().contains((1000 - MutableStatusRow.MAX_UNKNOWN) + " more"));
    }

    @Test
    void eachValueRuleAtItsField() {
        Map<String, Object[]> faelle = Map.of(
                StatusRules.SCHLUESSEL_FORMAT, new Object[] {StatusField.SCHLUESSEL, "9904100601300", "13 statt 14"},
                StatusRules.ARS_FORMAT, new Object[] {StatusField.ARS, "170020000000", "Landesschlüssel 17"},
                StatusRules.OZGID_FORMAT, new Object[] {StatusField.OZG_ID, "1000O", "Stelle 5"},
                StatusRules.STICHTAG_FORMAT, new Object[] {StatusField.STICHTAG, "31.05.2023", "JJJJ-MM-TT"},
                StatusRules.REIFEGRAD_UNBEKANNT, new Object[] {StatusField.REIFEGRAD, "V1:2a", "V1:0 bis V1:4"},
                StatusRules.FLAECHENDECKUNG_UNBEKANNT, new Object[] {StatusField.FLAECHENDECKUNG, "ueberall",
                    "Klasse des Dashboards"});
        for (Map.Entry<String, Object[]> f : faelle.entrySet()) {
            befunde.clear();
            StatusField feld = (StatusField) f.getValue()[0];
            String wert = (String) f.getValue()[1];
            MutableStatusRow r = MutableStatusRow.forJson();
            r.beginRecord(4, "/zeilen/2");
            if (feld != StatusField.SCHLUESSEL) {
                r.setText(StatusField.SCHLUESSEL, "99041006013000");
            }
            if (feld != StatusField.ARS) {
                r.setText(StatusField.ARS, "150020000000");
            }
            if (feld != StatusField.STICHTAG) {
                r.setText(StatusField.STICHTAG, "2023-05-31");
            }
            r.setBoolean(StatusField.ONLINE, true);
            r.setText(feld, wert);
            assertFalse(StatusCheck.start(StatusRules.standard(), befunde::add).check(r), f.getKey());
            Befund b = einziger(f.getKey());
            assertEquals(Fundstelle.ofLine(4).withPointer("/zeilen/2/" + feld.jsonName()), b.fundstelle(), f.getKey());
            assertEquals(wert, b.wert().orElseThrow());
            assertTrue(b.meldungDe().contains((String) f.getValue()[2]), b::meldungDe);
            assertFalse(b.meldungDe().contains("digits") || b.meldungDe().contains("Zeile"), b::meldungDe);
            assertEquals(FieldState.INVALID, r.state(feld));
        }
    }

    private static MutableStatusRow csv() {
        Map<StatusField, String> spalten = new EnumMap<>(StatusField.class);
        for (StatusField f : StatusField.values()) {
            spalten.put(f, f.csvName().toUpperCase(java.util.Locale.ROOT));
        }
        return MutableStatusRow.forCsv(spalten);
    }

    private boolean csvZeile(Regelwerk<StatusRow> regeln, String online, String aktiv, String land) {
        MutableStatusRow r = csv();
        r.beginRecord(12, null);
        r.setText(StatusField.SCHLUESSEL, "99041006013000");
        r.setText(StatusField.ARS, "150020000000");
        r.setText(StatusField.STICHTAG, "31.05.2023");
        r.setText(StatusField.ONLINE, online);
        r.setText(StatusField.AKTIV, aktiv);
        r.setText(StatusField.BUNDESLAND, land);
        r.setText(StatusField.URL, "  ");
        return StatusCheck.start(regeln, befunde::add).check(r);
    }

    @Test
    void csvValuesAtTheirColumns() {
        assertTrue(csvZeile(StatusRules.standard(), " OK ", "Nein", "Sachsen-Anhalt"), befunde::toString);
        assertTrue(csvZeile(StatusRules.standard(), "nicht ok", "", ""), befunde::toString);
        assertEquals(List.of(), befunde);

        assertFalse(csvZeile(StatusRules.standard(), "online", "ja", ""));
        Befund b = einziger(StatusRules.ONLINE_WERT);
        assertEquals(Fundstelle.ofLine(12, "ONLINE_STATUS"), b.fundstelle());
        befunde.clear();
        assertFalse(csvZeile(StatusRules.standard(), "ok", "vielleicht", ""));
        assertEquals(Fundstelle.ofLine(12, "AKTIV"), einziger(StatusRules.AKTIV_WERT).fundstelle());
        befunde.clear();
        assertTrue(csvZeile(StatusRules.standard(), "ok", "ja", "Bayern"), "a warning keeps the row");
        b = einziger(StatusRules.BUNDESLAND_ABWEICHEND);
        assertEquals(Severity.WARNING, b.severity());
        assertEquals("Bayern", b.wert().orElseThrow());
        assertTrue(b.meldungDe().contains("150020000000 (Sachsen-Anhalt)"), b::meldungDe);
    }

    @Test
    void aBlankCsvCellIsAMissingField() {
        MutableStatusRow r = csv();
        r.beginRecord(5, null);
        r.setText(StatusField.SCHLUESSEL, " ");
        r.setText(StatusField.ARS, "150020000000");
        r.setText(StatusField.STICHTAG, "2023-05-31");
        r.setText(StatusField.ONLINE, "ok");
        assertFalse(StatusCheck.start(StatusRules.standard(), befunde::add).check(r));
        Befund b = einziger(StatusRules.FELD_FEHLT);
        assertEquals(Fundstelle.ofLine(5, "LEIKA_KEY"), b.fundstelle());
        assertTrue(b.meldungDe().contains("leere Zelle"), b::meldungDe);
    }

    @Test
    void switchingOffOrReRatingChangesFindingsAndAcceptance() {
        Regelwerk<StatusRow> ohne = StatusRules.standard().without(StatusRules.FELD_UNBEKANNT);
        assertTrue(json(ohne, r -> r.addUnknownField("extra")), "switched off: the row is accepted");
        assertEquals(List.of(), befunde);
        Regelwerk<StatusRow> warnung = StatusRules.standard().withSeverity(StatusRules.FELD_UNBEKANNT, Severity.WARNING);
        assertTrue(json(warnung, r -> r.addUnknownField("extra")), "a warning keeps the row");
        assertEquals(Severity.WARNING, einziger(StatusRules.FELD_UNBEKANNT).severity());
        befunde.clear();

        Regelwerk<StatusRow> streng = StatusRules.standard().withSeverity(StatusRules.BUNDESLAND_ABWEICHEND,
                Severity.ERROR);
        assertFalse(csvZeile(streng, "ok", "", "Bayern"), "an error rejects the row");
        assertEquals(Severity.ERROR, einziger(StatusRules.BUNDESLAND_ABWEICHEND).severity());
        befunde.clear();

        Regelwerk<StatusRow> ohneArs = StatusRules.standard().without(StatusRules.ARS_FORMAT);
        MutableStatusRow r = MutableStatusRow.forJson();
        r.beginRecord(1, "");
        r.setText(StatusField.SCHLUESSEL, "99041006013000");
        r.setText(StatusField.ARS, "1500");
        r.setText(StatusField.STICHTAG, "2023-05-31");
        r.setBoolean(StatusField.ONLINE, true);
        StatusCheck c = StatusCheck.start(ohneArs, befunde::add);
        assertFalse(c.check(r), "a value that does not convert rejects the row, reported or not");
        assertEquals(List.of(), befunde);
        assertEquals(1, c.abgewiesen());
    }

    @Test
    void defectsReportedByTheirRulesAndRecordsCountedOnce() {
        MutableStatusRow r = MutableStatusRow.forJson();
        StatusCheck c = StatusCheck.start(StatusRules.standard(), befunde::add);
        r.beginRecord(9, "");
        r.setText(StatusField.ARS, "x");
        r.setDefect(StatusDefect.SYNTAX, 17, "Unexpected character ('\u001B' (code 27))", null, false);
        assertFalse(c.check(r));
        Befund b = einziger(StatusRules.JSON_SYNTAX);
        assertEquals(Fundstelle.ofLine(9), b.fundstelle());
        assertEquals("Kein wohlgeformtes JSON (Fehler in Spalte 17)", b.meldungDe());
        assertTrue(b.meldungEn().contains("\\u001B") && !b.meldungEn().contains("\u001B"), b::meldungEn);
        befunde.clear();

        r.beginDocument(1, "");
        r.setDefect(StatusDefect.DOCUMENT_VERSION, 0, null, null, true);
        assertFalse(c.check(r));
        assertTrue(einziger(StatusRules.DOKUMENT_FORMAT).meldungDe().endsWith("das Lesen endet hier"));
        befunde.clear();
        r.beginRecord(2, "/3");
        r.setDefect(StatusDefect.NOT_AN_OBJECT, 0, "ARRAY", null, false);
        assertFalse(c.check(r));
        assertEquals("Die Zeile ist kein JSON-Objekt, sondern ein Array", einziger(StatusRules.ZEILE_KEIN_OBJEKT)
                .meldungDe());
        assertEquals(Fundstelle.ofLine(2).withPointer("/3"), befunde.get(0).fundstelle());
        assertEquals(2, c.datensaetze(), "the document frame is no record");
        assertEquals(2, c.abgewiesen());
    }

    @Test
    void ownRulesRunOnEveryRecordAndTheirErrorsReject() {
        Regelwerk<StatusRow> mit = StatusRules.standard().with(Regel.perRecord("EIGEN-REIFEGRAD-PFLICHT",
                Severity.ERROR, "Reifegrad angegeben", "Reifegrad given", (z, k) -> {
                    if (z.isDatensatz() && z.reifegrad().isEmpty()) {
                        k.report("Kein Reifegrad", "No Reifegrad");
                    }
                }));
        assertFalse(json(mit, r -> { }));
        assertEquals(Fundstelle.ofLine(7), einziger("EIGEN-REIFEGRAD-PFLICHT").fundstelle());
        befunde.clear();
        assertTrue(json(mit, r -> r.setText(StatusField.REIFEGRAD, "V1:2")));
        assertEquals(List.of(), befunde);
    }

    @Test
    void everyRuleHasGermanAndEnglishTextsAndTheBundlesMatch() {
        Messages m = StatusMeldungen.TEXTE;
        assertEquals(new TreeSet<>(m.keysGerman()), new TreeSet<>(m.keysEnglish()));
        Set<String> ids = StatusRules.standard().regeln().stream().map(Regel::id).collect(Collectors.toSet());
        assertEquals(18 + TableRules.ids().size(), ids.size());
        assertTrue(ids.containsAll(TableRules.ids()), "the CSV rules belong to the status rule set");
        for (Regel<StatusRow> r : StatusRules.standard().regeln()) {
            assertFalse(r.beschreibungDe().isBlank());
            assertFalse(r.beschreibungEn().equals(r.beschreibungDe()), r.id());
            assertTrue(r.id().startsWith("STATUS-") || r.id().startsWith("CSV-"), r.id());
        }
        assertEquals(Severity.WARNING, StatusRules.standard().severity(TableRules.ZU_WENIGE_ZELLEN));
        assertEquals(Severity.ERROR, StatusRules.standard().severity(TableRules.FEHLERHAFTE_ZEILE));
        for (StatusDefect d : StatusDefect.values()) {
            assertTrue(ids.contains(d.regelId()), d::name);
            assertTrue(m.keysGerman().contains("defect." + d.name()), d::name);
        }
        assertThrows(de.ozg.core.validation.RegelwerkException.class, () -> StatusRules.standard().without("CSV-X"));
        StatusRules.standard().without(TableRules.SPALTE_UNBEKANNT);
    }

    @Test
    void theRowIsReusedWithoutLeftovers() {
        MutableStatusRow r = MutableStatusRow.forJson();
        StatusCheck c = StatusCheck.start(StatusRules.standard(), befunde::add);
        r.beginRecord(1, "");
        gut(r);
        r.setText(StatusField.REIFEGRAD, "V1:4");
        r.setText(StatusField.URL, "https://example.org");
        assertTrue(c.check(r));
        r.beginRecord(2, "");
        gut(r);
        assertTrue(c.check(r));
        Umsetzungsstand s = r.toUmsetzungsstand();
        assertTrue(s.reifegrad().isEmpty() && s.url().isEmpty(), s::toString);
        assertEquals(Ars.parse("150020000000").land().orElseThrow(), Bundesland.SACHSEN_ANHALT);
        assertThrows(IllegalStateException.class, () -> {
            r.beginRecord(3, "");
            r.toUmsetzungsstand();
        });
    }
}
