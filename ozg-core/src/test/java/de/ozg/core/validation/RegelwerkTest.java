package de.ozg.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RegelwerkTest {

    /** A row of a catalogue CSV: the OZG-Leistung and one of its LeiKa services. */
    record Zeile(String ozgId, String leika) {
    }

    static final Regel<Zeile> OZG_ID_FORMAT = Regel.perRecord("OZG-ID-FORMAT", Severity.ERROR,
            "Die OZG-ID besteht aus 5 Ziffern.", "The OZG-ID consists of 5 digits.", (z, ctx) -> {
                if (!z.ozgId().matches("[0-9]{5}")) {
                    ctx.befund().wert(z.ozgId()).report("Die OZG-ID muss 5 Ziffern haben.",
                            "The OZG-ID must have 5 digits.");
                }
            });

    static final Regel<Zeile> OZG_ID_BEREICH = Regel.perRecord("OZG-ID-BEREICH", Severity.WARNING,
            "Die OZG-ID liegt zwischen 10000 und 10999.", "The OZG-ID lies between 10000 and 10999.", (z, ctx) -> {
                if (z.ozgId().matches("[0-9]{5}") && !z.ozgId().startsWith("10")) {
                    ctx.befund().gegenstand(z.ozgId()).report("OZG-ID außerhalb 10000–10999.",
                            "OZG-ID outside 10000–10999.");
                }
            });

    /** Cross-record: a LeiKa key that belongs to two different OZG-Leistungen. */
    static final class LeikaMehrfach implements Pruefung<Zeile> {
        private final Map<String, String> ozgJeLeika = new HashMap<>();
        private final Map<String, Fundstelle> ersteFundstelle = new HashMap<>();

        @Override
        public void check(Zeile z, Kontext ctx) {
            String frueher = ozgJeLeika.putIfAbsent(z.leika(), z.ozgId());
            if (frueher == null) {
                ersteFundstelle.put(z.leika(), ctx.fundstelle());
            } else if (!frueher.equals(z.ozgId())) {
                ctx.befund().gegenstand(z.leika()).wert(z.ozgId()).report(
                        "LeiKa-Schlüssel schon bei OZG-ID " + frueher + " (" + ersteFundstelle.get(z.leika())
                                .toText(Locale.GERMAN) + ")",
                        "LeiKa key already in OZG-ID " + frueher);
            }
        }
    }

    static final Regel<Zeile> LEIKA_MEHRFACH = Regel.of("LEIKA-MEHRFACH", Severity.ERROR,
            "Ein LeiKa-Schlüssel gehört zu einer OZG-Leistung.", "A LeiKa key belongs to one OZG-Leistung.",
            LeikaMehrfach::new);

    /** Cross-record, reporting at the end only: how many OZG-Leistungen the data holds. */
    static final Regel<Zeile> ANZAHL = Regel.of("OZG-ANZAHL", Severity.INFO,
            "Anzahl der OZG-Leistungen", "Number of OZG-Leistungen", () -> new Pruefung<>() {
                private final List<String> ids = new ArrayList<>();

                @Override
                public void check(Zeile z, Kontext ctx) {
                    if (!ids.contains(z.ozgId())) {
                        ids.add(z.ozgId());
                    }
                }

                @Override
                public void finish(Kontext ctx) {
                    ctx.befund().gegenstand(String.join(",", ids))
                            .report(ids.size() + " OZG-Leistungen", ids.size() + " OZG-Leistungen");
                }
            });

    static final List<Zeile> DATEN = List.of(
            new Zeile("10000", "99041006013000"),
            new Zeile("1000O", "99041006014000"),
            new Zeile("20000", "99041006013000"),
            new Zeile("10001", "99041006015000"),
            new Zeile("10000", "99041006013000"));

    static Regelwerk<Zeile> standard() {
        return Regelwerk.of(OZG_ID_FORMAT, OZG_ID_BEREICH, LEIKA_MEHRFACH, ANZAHL);
    }

    @Test
    void reportsEveryProblemAtOnceWithItsLocation() {
        Pruefbericht bericht = standard().check(DATEN);
        assertEquals(5, bericht.datensaetze());
        List<String> ids = bericht.befunde().stream().map(Befund::regelId).collect(Collectors.toList());
        assertEquals(List.of("OZG-ID-FORMAT", "OZG-ID-BEREICH", "LEIKA-MEHRFACH", "OZG-ANZAHL"), ids);
        Befund format = bericht.befundeZuRegel("OZG-ID-FORMAT").get(0);
        assertEquals(Fundstelle.datensatz(2), format.fundstelle());
        assertEquals(Optional.of("1000O"), format.wert());
        Befund mehrfach = bericht.befundeZuRegel("LEIKA-MEHRFACH").get(0);
        assertEquals(Fundstelle.datensatz(3), mehrfach.fundstelle());
        assertEquals("LeiKa-Schlüssel schon bei OZG-ID 10000 (Datensatz 1)", mehrfach.meldungDe());
        assertEquals(Verdict.INVALID, bericht.verdict());
    }

    @Test
    void crossRecordRuleSeesAllRecordsAndReportsAtTheEnd() {
        Befund anzahl = standard().check(DATEN).befundeZuRegel("OZG-ANZAHL").get(0);
        assertEquals("4 OZG-Leistungen", anzahl.meldungDe());
        assertEquals(Optional.of("10000,1000O,20000,10001"), anzahl.gegenstand());
        assertEquals(Fundstelle.unbekannt(), anzahl.fundstelle());
        assertEquals(Severity.INFO, anzahl.severity());
    }

    @Test
    void everyRunHasFreshState() {
        Regelwerk<Zeile> regelwerk = Regelwerk.of(ANZAHL);
        regelwerk.check(DATEN);
        Pruefbericht zweiter = regelwerk.check(DATEN.subList(0, 1));
        assertEquals("1 OZG-Leistungen", zweiter.befunde().get(0).meldungDe());
    }

    @Test
    void severityOverrideApplies() {
        Regelwerk<Zeile> streng = standard().withSeverity("OZG-ID-BEREICH", Severity.ERROR)
                .withSeverity("OZG-ID-FORMAT", Severity.INFO);
        Pruefbericht bericht = streng.check(DATEN);
        assertEquals(Severity.ERROR, bericht.befundeZuRegel("OZG-ID-BEREICH").get(0).severity());
        assertEquals(Severity.INFO, bericht.befundeZuRegel("OZG-ID-FORMAT").get(0).severity());
        assertEquals(Severity.ERROR, streng.severity("OZG-ID-BEREICH"));
        assertEquals(Severity.ERROR, standard().severity("OZG-ID-FORMAT"));
        // only warnings left after downgrading the errors: valid with warnings
        Regelwerk<Zeile> milde = standard().withSeverity("OZG-ID-FORMAT", Severity.WARNING)
                .withSeverity("LEIKA-MEHRFACH", Severity.WARNING);
        assertEquals(Verdict.VALID_WITH_WARNINGS, milde.check(DATEN).verdict());
        // back to the standard severity removes the override
        assertEquals(standard(), standard().withSeverity("OZG-ID-FORMAT", Severity.WARNING)
                .withSeverity("OZG-ID-FORMAT", Severity.ERROR));
    }

    @Test
    void disabledRulesProduceNothingAndCanComeBack() {
        Regelwerk<Zeile> ohne = standard().without("LEIKA-MEHRFACH").without("OZG-ANZAHL");
        Pruefbericht bericht = ohne.check(DATEN);
        assertEquals(List.of(), bericht.befundeZuRegel("LEIKA-MEHRFACH"));
        assertEquals(List.of(), bericht.befundeZuRegel("OZG-ANZAHL"));
        assertEquals(2, bericht.befunde().size());
        assertEquals(List.of(OZG_ID_FORMAT, OZG_ID_BEREICH), ohne.enabled());
        assertEquals(4, ohne.regeln().size());
        assertFalse(ohne.isEnabled("LEIKA-MEHRFACH"));
        assertEquals(ohne, ohne.without("OZG-ANZAHL"));
        assertEquals(standard(), ohne.withEnabled("LEIKA-MEHRFACH").withEnabled("OZG-ANZAHL"));
    }

    @Test
    void ownRuleAddedRuns() {
        Regel<Zeile> eigene = Regel.perRecord("KITU-LEIKA-99", Severity.INFO, "Regionaler Schlüssel",
                "Regional key", (z, ctx) -> {
                    if (!z.leika().startsWith("99")) {
                        ctx.report("Regionaler LeiKa-Schlüssel", "Regional LeiKa key");
                    }
                });
        Pruefbericht bericht = standard().with(eigene)
                .check(List.of(new Zeile("10000", "12345678901234"), new Zeile("10000", "99000000000000")));
        assertEquals(1, bericht.befundeZuRegel("KITU-LEIKA-99").size());
        assertEquals(Fundstelle.datensatz(1), bericht.befundeZuRegel("KITU-LEIKA-99").get(0).fundstelle());
    }

    @Test
    void duplicateRuleIdIsRejectedPrecisely() {
        Regel<Zeile> nochmal = Regel.perRecord("OZG-ID-FORMAT", Severity.ERROR, "x", "y", (z, ctx) -> { });
        RegelwerkException e = assertThrows(RegelwerkException.class, () -> standard().with(nochmal));
        assertEquals(RegelwerkViolation.DUPLICATE_RULE_ID, e.violation());
        assertEquals(Optional.of("OZG-ID-FORMAT"), e.actualValue());
        assertTrue(e.getMessage().startsWith("Regel-ID must be unique in the Regelwerk"), e.getMessage());
        assertThrows(RegelwerkException.class, () -> Regelwerk.of(OZG_ID_FORMAT, nochmal));
        // a switched-off rule still owns its id
        assertThrows(RegelwerkException.class, () -> standard().without("OZG-ID-FORMAT").with(nochmal));
    }

    @Test
    void unknownRuleIdNamesTheKnownOnes() {
        for (Runnable aufruf : List.<Runnable>of(() -> standard().without("OZG-ID-FORMT"),
                () -> standard().withSeverity("OZG-ID-FORMT", Severity.INFO), () -> standard().severity("OZG-ID-FORMT"))) {
            RegelwerkException e = assertThrows(RegelwerkException.class, aufruf::run);
            assertEquals(RegelwerkViolation.UNKNOWN_RULE_ID, e.violation());
            assertEquals("Regel-ID must be one of [OZG-ID-FORMAT, OZG-ID-BEREICH, LEIKA-MEHRFACH, OZG-ANZAHL], "
                    + "was 'OZG-ID-FORMT'", e.getMessage());
        }
    }

    @Test
    void invalidRulesAreRejected() {
        assertEquals(RegelwerkViolation.INVALID_RULE_ID, assertThrows(RegelwerkException.class,
                () -> Regel.perRecord("", Severity.ERROR, "x", "y", (Zeile z, Kontext ctx) -> { })).violation());
        assertEquals(RegelwerkViolation.MISSING_TEXT, assertThrows(RegelwerkException.class,
                () -> Regel.perRecord("A", Severity.ERROR, "x", " ", (Zeile z, Kontext ctx) -> { })).violation());
        assertEquals(RegelwerkViolation.INVALID_COUNT, assertThrows(RegelwerkException.class,
                () -> standard().withMaxBefundeProRegel(-1)).violation());
    }

    @Test
    void exceptionInARuleBecomesAFindingAndTheRunContinues() {
        Regel<Zeile> wacklig = Regel.perRecord("WACKLIG", Severity.INFO, "wackelt", "wobbles", (z, ctx) -> {
            if (z.ozgId().equals("20000")) {
                throw new IllegalStateException("kaputt bei " + z.ozgId());
            }
        });
        Regel<Zeile> endeKaputt = Regel.of("ENDE-KAPUTT", Severity.INFO, "a", "b", () -> new Pruefung<Zeile>() {
            @Override
            public void check(Zeile z, Kontext ctx) {
            }

            @Override
            public void finish(Kontext ctx) {
                throw new UnsupportedOperationException();
            }
        });
        Regel<Zeile> startKaputt = Regel.of("START-KAPUTT", Severity.INFO, "a", "b", () -> {
            throw new IllegalArgumentException("kein Start");
        });
        Regelwerk<Zeile> regelwerk = Regelwerk.of(wacklig, startKaputt, OZG_ID_FORMAT, endeKaputt, LEIKA_MEHRFACH);
        Pruefbericht bericht = regelwerk.check(DATEN);

        Befund absturz = bericht.befundeZuRegel("WACKLIG").get(0);
        assertEquals(1, bericht.befundeZuRegel("WACKLIG").size());
        assertEquals(Severity.ERROR, absturz.severity());
        assertEquals(Fundstelle.datensatz(3), absturz.fundstelle());
        assertTrue(absturz.meldungDe().contains("java.lang.IllegalStateException: kaputt bei 20000"), absturz.meldungDe());
        assertTrue(absturz.meldungEn().contains("java.lang.IllegalStateException: kaputt bei 20000"));
        assertTrue(bericht.befundeZuRegel("START-KAPUTT").get(0).meldungDe().contains("kein Start"));
        assertEquals(Fundstelle.unbekannt(), bericht.befundeZuRegel("ENDE-KAPUTT").get(0).fundstelle());
        // the rules after the broken ones still saw every record
        assertEquals(1, bericht.befundeZuRegel("OZG-ID-FORMAT").size());
        assertEquals(1, bericht.befundeZuRegel("LEIKA-MEHRFACH").size());
        assertEquals(5, bericht.datensaetze());
    }

    @Test
    void blankMessageFromARuleIsReportedNotThrown() {
        Regel<Zeile> stumm = Regel.perRecord("STUMM", Severity.WARNING, "a", "b", (z, ctx) -> ctx.report("", "x"));
        Pruefbericht bericht = Regelwerk.of(stumm).check(DATEN.subList(0, 2));
        assertEquals(2, bericht.befundeZuRegel("STUMM").size());
        assertTrue(bericht.befunde().get(0).meldungEn().contains("RegelwerkException"));
    }

    @Test
    void suppressionCapKeepsCountsExact() {
        Regel<Integer> jeder = Regel.perRecord("JEDER", Severity.WARNING, "a", "b",
                (Integer i, Kontext ctx) -> ctx.report("Wert " + i, "value " + i));
        Regel<Integer> gerade = Regel.perRecord("GERADE", Severity.ERROR, "a", "b", (Integer i, Kontext ctx) -> {
            if (i % 2 == 0) {
                ctx.report("gerade", "even");
            }
        });
        Regelwerk<Integer> regelwerk = Regelwerk.of(jeder, gerade).withMaxBefundeProRegel(3);
        Pruefer<Integer> pruefer = regelwerk.start();
        for (int i = 1; i <= 1000; i++) {
            pruefer.check(i, Fundstelle.ofLine(i + 1L));
        }
        for (int i = 0; i < 5; i++) {
            pruefer.report(Befund.builder().regelId("CSV-ZELLE").severity(Severity.INFO).meldung("x", "y").build());
        }
        Pruefbericht bericht = pruefer.result();
        assertEquals(9, bericht.befunde().size());
        assertEquals(List.of(2L, 3L, 4L), bericht.befundeZuRegel("JEDER").stream()
                .map(b -> b.fundstelle().line().getAsLong()).collect(Collectors.toList()));
        assertEquals(1000, bericht.zusammenfassung().warnungen());
        assertEquals(500, bericht.zusammenfassung().fehler());
        assertEquals(5, bericht.zusammenfassung().hinweise());
        assertEquals(997, bericht.unterdrueckt("JEDER"));
        assertEquals(497, bericht.unterdrueckt("GERADE"));
        assertEquals(2, bericht.unterdrueckt("CSV-ZELLE"));
        assertEquals(1505 - 9, bericht.zusammenfassung().unterdrueckt());
        assertTrue(bericht.toText().contains("… 997 weitere Befunde zu Regel JEDER nicht gespeichert"));

        Pruefbericht nurZaehlen = regelwerk.withMaxBefundeProRegel(0).check(List.of(1, 2));
        assertEquals(List.of(), nurZaehlen.befunde());
        assertEquals(Verdict.INVALID, nurZaehlen.verdict());
        assertEquals(Regelwerk.UNLIMITED, Regelwerk.of(jeder).maxBefundeProRegel());
    }

    @Test
    void runCollectsReaderFindingsAndTechnicalFailures() {
        Pruefer<Zeile> pruefer = standard().start();
        pruefer.check(new Zeile("10000", "99041006013000"), Fundstelle.ofLine(2).withQuelle("katalog.csv"));
        Befund parse = Befund.builder().regelId("CSV-LEIKA").severity(Severity.ERROR)
                .fundstelle(Fundstelle.ofLine(3, "LeiKa-Schlüssel").withQuelle("katalog.csv")).wert("nicht im LeiKa ")
                .meldung("Kein LeiKa-Schlüssel", "Not a LeiKa key").build();
        pruefer.report(parse);
        pruefer.report(TechnischerFehler.of("Abbruch in Zeile 4", "broken off at line 4"));
        assertEquals(1, pruefer.datensaetze());
        Pruefbericht bericht = pruefer.result();
        assertSame(bericht, pruefer.result());
        assertEquals(List.of(parse), bericht.befundeZuRegel("CSV-LEIKA"));
        assertEquals(Verdict.NOT_CHECKABLE, bericht.verdict());
        assertEquals(1, bericht.technischeFehler().size());
        assertThrows(IllegalStateException.class, () -> pruefer.check(new Zeile("1", "2"), Fundstelle.ofLine(5)));
        assertThrows(IllegalStateException.class, () -> pruefer.report(parse));
    }

    @Test
    void streamAndIterableGiveTheSameReport() {
        assertEquals(standard().check(DATEN), standard().check(DATEN.stream()));
        assertEquals(standard().check(Stream.of(DATEN.get(1), DATEN.get(0))).befunde().get(0).fundstelle(),
                Fundstelle.datensatz(1));
    }

    @Test
    void equalityAndDescriptions() {
        assertEquals(standard(), standard());
        assertEquals(standard().hashCode(), standard().hashCode());
        assertNotEquals(standard(), standard().without("OZG-ANZAHL"));
        assertNotEquals(standard(), standard().withMaxBefundeProRegel(10));
        assertNotEquals(standard(), Regelwerk.of(OZG_ID_BEREICH, OZG_ID_FORMAT, LEIKA_MEHRFACH, ANZAHL));
        assertEquals("Regelwerk[OZG-ID-FORMAT=ERROR, OZG-ID-BEREICH=OFF]",
                Regelwerk.of(OZG_ID_FORMAT, OZG_ID_BEREICH).without("OZG-ID-BEREICH").toString());
        assertEquals("The OZG-ID consists of 5 digits.", OZG_ID_FORMAT.beschreibung(Locale.ENGLISH));
        assertEquals("Die OZG-ID besteht aus 5 Ziffern.", OZG_ID_FORMAT.beschreibung(Locale.GERMANY));
    }
}
