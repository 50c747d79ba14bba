package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.aggregation.NichtZugeordnet;
import de.ozg.core.aggregation.Veraenderung;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.id.ArsEbene;
import de.ozg.examples.cli.CliTestSupport.Lauf;
import de.ozg.json.UmsetzungsstandWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One language per run: texts, labels, help and usage errors in German by default and in English with
 * {@code --lang en}; numbers and shares the same way in every table; no Java enum name and no
 * English picocli phrase in German output.
 */
class SpracheTest {

    /** Java enum names such as ONLINE_GEGANGEN, or lists of them such as [GEMEINDE, KREIS, LAND]. */
    private static final Pattern ENUMNAME = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b|\\[[A-Z]{3,}(, [A-Z]{3,})+]");

    @TempDir
    Path dir;

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(Texte.of(Locale.GERMAN).keys()), new TreeSet<>(Texte.of(Locale.ENGLISH).keys()));
        assertEquals(new TreeSet<>(Hilfetexte.basis(Locale.GERMAN).keySet()),
                new TreeSet<>(Hilfetexte.basis(Locale.ENGLISH).keySet()));
        // a JVM in another country still gets exactly these two languages
        assertEquals("unknown", Texte.of(Locale.FRENCH).text("unbekannt"));
    }

    @Test
    void everyKeyTheSourceNamesExists() throws IOException {
        Path quellen = Path.of("src/main/java/de/ozg/examples/cli");
        Pattern key = Pattern.compile("(?:text|Meldung\\.of|anzahl\\([^,()]+,)\\s*\\(?\\s*\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
        Set<String> fehlend = new TreeSet<>();
        try (Stream<Path> s = Files.list(quellen)) {
            for (Path p : s.toList()) {
                Matcher m = key.matcher(Files.readString(p));
                while (m.find()) {
                    String k = m.group(1);
                    boolean anzahl = m.group(0).startsWith("anzahl");
                    for (Locale l : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                        if (anzahl ? !Texte.of(l).hat(k + ".eins") || !Texte.of(l).hat(k + ".mehr") : !Texte.of(l).hat(k)) {
                            fehlend.add(p.getFileName() + ": " + k + " (" + l + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), fehlend);
    }

    @Test
    void everyEnumValueTheToolShowsHasALabelInBothLanguages() {
        List<Enum<?>> werte = new ArrayList<>();
        werte.addAll(List.of(Veraenderung.Art.values()));
        werte.addAll(List.of(NichtZugeordnet.Grund.values()));
        werte.addAll(List.of(ArsEbene.values()));
        werte.addAll(List.of(Zaehlregel.OhneReifegrad.values()));
        werte.addAll(List.of(Zaehlregel.Kombination.values()));
        werte.addAll(List.of(Regelauswahl.Regelsatz.values()));
        for (Enum<?> w : werte) {
            for (Locale l : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                String label = Darstellung.of(l).label(w);
                assertFalse(label.isBlank() || label.contains(w.name()), w + " in " + l + ": " + label);
            }
        }
        for (Gesamtbericht.Eingabe.Standquelle q : Gesamtbericht.Eingabe.Standquelle.values()) {
            assertTrue(Texte.of(Locale.GERMAN).hat("stand." + q.name()) && Texte.of(Locale.ENGLISH).hat("stand." + q.name()));
        }
    }

    @Test
    void everyOptionOfEveryCommandIsDescribedInBothLanguages() {
        for (Locale l : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            CommandLine cl = OzgCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            Hilfetexte.setze(cl, l);
            List<CommandLine> befehle = new ArrayList<>(cl.getSubcommands().values());
            befehle.add(cl);
            for (CommandLine c : befehle) {
                assertFalse(String.join("", c.getCommandSpec().usageMessage().description()).isBlank(),
                        c.getCommandName() + " has a description in " + l);
                for (OptionSpec o : c.getCommandSpec().options()) {
                    assertFalse(String.join("", o.description()).isBlank(),
                            c.getCommandName() + " " + o.longestName() + " is described in " + l);
                }
                c.getCommandSpec().positionalParameters().forEach(p -> assertFalse(
                        String.join("", p.description()).isBlank(), c.getCommandName() + " " + p.paramLabel()));
            }
        }
    }

    @Test
    void helpIsGermanByDefaultAndEnglishWithLangEn() {
        for (String befehl : List.of("validate", "report", "diff", "generate", "demo", "regeln")) {
            Lauf de = ozg(befehl, "--help");
            assertEquals(OzgCli.OK, de.exitCode(), de::err);
            assertTrue(de.out().startsWith("Aufruf: ozg " + befehl), de.out());
            assertTrue(de.out().contains("Optionen:") && de.out().contains("Zeigt diese Hilfe und endet."), de.out());
            for (String englisch : List.of("Usage:", "Options:", "Show this help", "Print version")) {
                assertFalse(de.out().contains(englisch), befehl + ": " + englisch + " in\n" + de.out());
            }
            Lauf en = ozg(befehl, "--lang", "en", "--help");
            assertTrue(en.out().startsWith("Usage: ozg " + befehl), en.out());
            assertTrue(en.out().contains("Shows this help and exits."), en.out());
            assertFalse(en.out().contains("Zeigt") || en.out().contains("Optionen:"), en.out());
            Lauf en2 = ozg(befehl, "--help", "--lang=en");
            assertEquals(en.out(), en2.out());
            // parameter labels follow the language too
            for (String deutsch : List.of("DATEI", "DATUM", "REGEL", "STUFE", "PROZENT", "BEZEICHNER", "AUSGABE")) {
                assertFalse(en.out().contains(deutsch), befehl + ": " + deutsch + " in\n" + en.out());
            }
        }
        assertTrue(ozg("validate", "--help").out().contains("--severity=REGEL=STUFE]... DATEI..."));
        assertTrue(ozg("validate", "--lang", "en", "--help").out().contains("--severity=RULE=LEVEL]... FILE..."));
        assertTrue(ozg("--help").out().contains("Befehle:"));
        assertTrue(ozg("--lang", "en", "--help").out().contains("Commands:"));
    }

    @Test
    void picocliUsageErrorsAreSaidInTheLanguageOfTheRun() {
        Path katalog = Testdateien.katalog(dir);
        assertEquals("ozg: unbekannte Option '--bogus'\n", ozg("validate", "--bogus", katalog.toString()).err());
        assertEquals("ozg: unknown option '--bogus'\n", ozg("validate", "--lang", "en", "--bogus", katalog.toString())
                .err());
        assertTrue(ozg("validate").err().startsWith("ozg: fehlt: DATEI"), ozg("validate").err());
        assertTrue(ozg("validate", "--lang", "en").err().startsWith("ozg: missing: FILE"),
                ozg("validate", "--lang", "en").err());
        assertTrue(ozg("report", "--katalog").err().startsWith("ozg: --katalog braucht einen Wert"));
        assertTrue(ozg("generate", dir.resolve("x").toString()).err().startsWith("ozg: fehlt: --rows"));
        assertTrue(ozg("frobnicate").err().startsWith("ozg: unbekannter Befehl 'frobnicate' (demo, validate"));
        assertTrue(ozg("generate", "--rows", "viele", "x").err()
                .startsWith("ozg: ungültiger Wert für --rows: 'viele' ist keine ganze Zahl"));
        assertTrue(ozg("generate", "--lang", "en", "--rows", "viele", "x").err()
                .startsWith("ozg: invalid value for --rows: 'viele' is not a whole number"));
        assertTrue(ozg("validate", "--lang", "fr", katalog.toString()).err().contains("--lang erwartet de oder en"));
        assertTrue(ozg().err().startsWith("ozg: Befehl fehlt (demo, validate, report, diff, generate, regeln)"));
        assertTrue(ozg("--lang", "en").err().startsWith("ozg: command missing"));
    }

    private Path[] statusDateien() {
        Path alt = Testdateien.status(dir, "alt.jsonl", UmsetzungsstandWriter::jsonLines, Testdateien.standAlt());
        Path neu = Testdateien.status(dir, "neu.csv", UmsetzungsstandWriter::csv, Testdateien.standNeu());
        return new Path[] {alt, neu};
    }

    @Test
    void reportSpeaksOneLanguageWithItsNumbers() {
        Path katalog = Testdateien.katalog(dir);
        Path gebiete = Testdateien.gebiete(dir);
        Path[] s = statusDateien();
        String[] args = {"report", "-q", "--katalog", katalog.toString(), "--gebiete", gebiete.toString(), "--stand",
            s[0].toString(), "--stand", s[1].toString()};
        String de = ozg(args).out();
        List<String> en = new ArrayList<>(List.of(args));
        en.add("--lang");
        en.add("en");
        String english = ozg(en.toArray(String[]::new)).out();

        assertTrue(de.contains("Kennzahlen je Land") && de.contains("Zählregel dashboard-online"), de);
        assertTrue(english.contains("Figures per Land") && english.contains("Counting rule dashboard-online"), english);
        assertTrue(de.contains("100,0 %") && !de.matches("(?s).*\\d\\.\\d %.*"), "German shares: " + de);
        assertTrue(english.contains("100.0 %") && !english.matches("(?s).*\\d,\\d %.*"), "English shares: " + english);
        assertTrue(de.contains("Stichtag 31.05.2023") && english.contains("Stichtag 2023-05-31"), de + english);
        for (String text : List.of(de, english)) {
            assertFalse(ENUMNAME.matcher(text).find(), "no Java enum names: " + text);
            assertFalse(text.contains("vorher") || text.contains("nachher"), text);
        }
        for (String englisch : List.of("rows", "Change", "not assigned", "Inputs")) {
            assertFalse(de.contains(englisch), englisch + " in German output: " + de);
        }
        for (String deutsch : List.of("Zeilen", "Änderung", "nicht zugeordnet", "Eingaben", "abgewiesen")) {
            assertFalse(english.contains(deutsch), deutsch + " in English output: " + english);
        }
    }

    @Test
    void demoAndExplanationsNameLevelsInWords() {
        Lauf lauf = ozg("demo", "150010000000", "15001000");
        assertFalse(ENUMNAME.matcher(lauf.out()).find(), lauf.out());
        assertTrue(lauf.out().contains("ARS, Ebene Kreis in Sachsen-Anhalt"), lauf.out());
        assertTrue(lauf.out().contains("übergeordnet: 150000000000 (Land)"), lauf.out());
        assertFalse(lauf.out().contains("KREIS") || lauf.out().contains("(LAND)"), lauf.out());
        Lauf en = ozg("demo", "--lang", "en", "150010000000");
        assertTrue(en.out().contains("ARS, level Kreis in Sachsen-Anhalt"), en.out());
        assertTrue(en.out().contains("Comparison of the Stichtage"), en.out());
        assertFalse(ENUMNAME.matcher(en.out()).find(), en.out());
    }

    @Test
    void helpTextsNeedNoBundleBeyondTheTwoLanguages() {
        ResourceBundle de = Hilfetexte.basis(Locale.GERMAN);
        ResourceBundle fr = Hilfetexte.basis(Locale.FRENCH);
        assertEquals(Locale.ENGLISH, fr.getLocale());
        assertEquals(Locale.GERMAN, de.getLocale());
    }
}
