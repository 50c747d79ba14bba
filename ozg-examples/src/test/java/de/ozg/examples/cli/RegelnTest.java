package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.gebiet.Gebietsregeln;
import de.ozg.core.validation.katalog.Katalogregeln;
import de.ozg.core.validation.status.StatusRules;
import de.ozg.examples.cli.CliTestSupport.Lauf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules on the command line: {@code ozg regeln} lists every rule id of every rule set with severity
 * and meaning; {@code --ohne} and {@code --severity} change what validate and report find, and an
 * unknown id is a usage error that names the close matches.
 */
class RegelnTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** Every rule of a rule set in its own section of the listing, which opens with the set's name. */
    private static <T> void alleGelistet(Regelwerk<T> r, Regelauswahl.Regelsatz satz, String ausgabe, Locale locale) {
        String kopf = Darstellung.of(locale).label(satz) + ": ";
        String abschnitt = java.util.Arrays.stream(ausgabe.split("\n\n")).filter(a -> a.startsWith(kopf)).findFirst()
                .orElseThrow(() -> new AssertionError(kopf + " not in " + ausgabe));
        assertEquals(r.regeln().size() + 1, abschnitt.lines().count(), abschnitt);
        for (Regel<T> regel : r.regeln()) {
            String zeile = abschnitt.lines().filter(l -> l.startsWith("  " + regel.id() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(regel.id() + " not listed:\n" + ausgabe));
            assertTrue(zeile.contains(" " + regel.standardSeverity().label(locale) + " "), zeile);
            assertTrue(zeile.endsWith(regel.beschreibung(locale)), zeile);
        }
    }

    @Test
    void everyRuleOfEveryRuleSetIsListedWithSeverityAndMeaning() {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            Lauf lauf = ozg("regeln", "--lang", locale.getLanguage());
            assertEquals(OzgCli.OK, lauf.exitCode(), lauf::err);
            alleGelistet(Katalogregeln.standard(), Regelauswahl.Regelsatz.KATALOG, lauf.out(), locale);
            alleGelistet(Gebietsregeln.standard(), Regelauswahl.Regelsatz.GEBIETE, lauf.out(), locale);
            alleGelistet(StatusRules.standard(), Regelauswahl.Regelsatz.STATUS, lauf.out(), locale);
            alleGelistet(Regelauswahl.standard().regelwerk(Regelauswahl.Regelsatz.DATEIEN),
                    Regelauswahl.Regelsatz.DATEIEN, lauf.out(), locale);
            for (String id : TableRules.ids()) {
                assertTrue(lauf.out().contains("  " + id + " "), "CSV table rule " + id);
            }
        }
        assertTrue(ozg("regeln").out().startsWith("Umsetzungskatalog (CSV): "), ozg("regeln").out());
        Lauf nurStatus = ozg("regeln", "--regelwerk", "status");
        assertFalse(nurStatus.out().contains("KATALOG-"), nurStatus.out());
        assertTrue(nurStatus.out().contains("STATUS-ARS-FORMAT"), nurStatus.out());
    }

    @Test
    void regelnShowsWhatOhneAndSeverityMakeOfTheRules() {
        Lauf lauf = ozg("regeln", "--ohne", "KATALOG-LEIKA-PLATZHALTER", "--severity", "katalog-ozg-id-bereich=error");
        assertEquals(OzgCli.OK, lauf.exitCode(), lauf::err);
        assertTrue(lauf.out().lines().anyMatch(l -> l.matches("  KATALOG-LEIKA-PLATZHALTER\\s+aus\\s+.*")), lauf.out());
        assertTrue(lauf.out().lines().anyMatch(l -> l.matches("  KATALOG-OZG-ID-BEREICH\\s+Fehler\\*\\s+.*")), lauf.out());
        assertTrue(lauf.out().contains("* Stufe mit --severity geändert"), lauf.out());
    }

    @Test
    void unknownRuleIdIsAUsageErrorWithTheCloseMatches() {
        Path katalog = Testdateien.katalog(dir);
        Lauf lauf = ozg("validate", "--ohne", "KATALOG-OZG-ID-FORMT", katalog.toString());
        assertEquals(OzgCli.NUTZUNG, lauf.exitCode());
        assertEquals("", lauf.out());
        assertEquals("ozg: unbekannte Regel 'KATALOG-OZG-ID-FORMT' für --ohne; ähnlich: KATALOG-OZG-ID-FORMAT "
                + "(alle Regeln: ozg regeln)\n", lauf.err());
        Lauf teil = ozg("report", "--katalog", katalog.toString(), "--severity", "PLATZHALTER=INFO");
        assertTrue(teil.err().contains("ähnlich: KATALOG-LEIKA-PLATZHALTER"), teil.err());
        Lauf nichts = ozg("validate", "--lang", "en", "--ohne", "XYZ", katalog.toString());
        assertEquals("ozg: unknown rule 'XYZ' for --ohne (all rules: ozg regeln)\n", nichts.err());
        assertTrue(ozg("validate", "--severity", "KATALOG-OZG-ID-FORMAT", katalog.toString()).err()
                .contains("--severity erwartet REGEL=STUFE"));
        assertTrue(ozg("validate", "--severity", "KATALOG-OZG-ID-FORMAT=SCHLIMM", katalog.toString()).err()
                .contains("unbekannte Stufe 'SCHLIMM'"));
    }

    @Test
    void closeMatchesAreOrderedByDistance() {
        Set<String> ids = new TreeSet<>(List.of("KATALOG-OZG-ID-FORMAT", "KATALOG-OZG-ID-BEREICH", "STATUS-ARS-FORMAT",
                "GEBIET-DOPPELT"));
        assertEquals(List.of("KATALOG-OZG-ID-FORMAT"), Regelauswahl.aehnliche("KATALOG-OZG-ID-FORMT", ids));
        assertEquals(List.of("STATUS-ARS-FORMAT"), Regelauswahl.aehnliche("STATUS-ARS-FROMAT", ids));
        assertEquals(List.of("GEBIET-DOPPELT"), Regelauswahl.aehnliche("DOPPELT", ids));
        assertEquals(List.of(), Regelauswahl.aehnliche("ETWAS", ids));
        assertEquals(3, Editierabstand.von("KITTEN", "SITTING"));
        assertEquals(0, Editierabstand.von("", ""));
        assertEquals(4, Editierabstand.von("", "ABCD"));
    }

    @Test
    void ohneAndSeverityChangeWhatValidateFinds() throws IOException {
        Path katalog = Testdateien.ersetze(Testdateien.katalog(dir), "10001,Kindergeld", "1000l,Kindergeld");
        JsonNode streng = json(ozg("validate", "--json", katalog.toString()));
        assertEquals(1, streng.path("summary").path("errors").asInt(), streng::toString);
        Lauf milder = ozg("validate", "--json", "--severity", "KATALOG-OZG-ID-FORMAT=WARNING", katalog.toString());
        assertEquals(OzgCli.OK, milder.exitCode(), milder.out());
        assertEquals(0, json(milder).path("summary").path("errors").asInt());
        Lauf aus = ozg("validate", "--json", "--ohne", "KATALOG-OZG-ID-FORMAT", "--ohne", "KATALOG-KENNZAHLEN",
                katalog.toString());
        assertFalse(aus.out().contains("KATALOG-OZG-ID-FORMAT") || aus.out().contains("KATALOG-KENNZAHLEN"), aus.out());
    }

    @Test
    void severityDecidesWhichStatusRowsAreRejected() throws IOException {
        String kopf = "leika_key,leika_name,ars,ars_name,bundesland,ozgid,ozg_bezeichnung,url,online_status,aktiv,"
                + "art_flaechendeckung,datenstand";
        Path csv = Files.writeString(dir.resolve("stand.csv"), kopf + "\n"
                + "99041006000000,Elterngeld,150010000000,Dessau,Bayern,10000,Elterngeld,,ok,ja,,2023-05-31\n"
                + "99041006000000,Elterngeld,051110000000,Düsseldorf,Nordrhein-Westfalen,10000,Elterngeld,,ok,ja,,"
                + "2023-05-31\n");
        JsonNode normal = json(ozg("validate", "--json", csv.toString()));
        assertEquals(0, normal.path("rejected").asInt(), normal::toString);
        assertEquals(1, normal.path("summary").path("warnings").asInt(), normal::toString);
        Lauf streng = ozg("validate", "--json", "--severity", "STATUS-BUNDESLAND-ABWEICHEND=ERROR", csv.toString());
        assertEquals(OzgCli.FEHLER, streng.exitCode());
        assertEquals(1, json(streng).path("rejected").asInt(), streng.out());
        Lauf report = ozg("report", "--json", "--katalog", Testdateien.katalog(dir).toString(), "--stand",
                csv.toString(), "--severity", "STATUS-BUNDESLAND-ABWEICHEND=ERROR");
        assertEquals(1, json(report).path("zeilen").path("abgewiesen").asInt(), report.out());
    }

    private static JsonNode json(Lauf lauf) throws IOException {
        return MAPPER.readTree(lauf.out().lines().filter(l -> !l.isBlank()).findFirst().orElseThrow());
    }
}
