package de.ozg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.aggregation.NichtZugeordnet;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.json.UmsetzungsstandReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedOthers() throws IOException {
        for (String format : List.of("jsonl", "csv")) {
            Path a = dir.resolve("a." + format);
            Path b = dir.resolve("b." + format);
            Path c = dir.resolve("c." + format);
            assertEquals(0, CliTestSupport.ozg("generate", "--rows", "10000", "--seed", "5", "--format", format,
                    "--fehlerhaft", "1", "-q", a.toString()).exitCode());
            assertEquals(0, CliTestSupport.ozg("generate", "--rows", "10000", "--seed", "5", "--format", format,
                    "--fehlerhaft", "1", "-q", b.toString()).exitCode());
            assertEquals(0, CliTestSupport.ozg("generate", "--rows", "10000", "--seed", "6", "--format", format,
                    "--fehlerhaft", "1", "-q", c.toString()).exitCode());
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), format);
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)), format);
            long zeilen = Files.readAllLines(a).size();
            assertEquals(format.equals("csv") ? 10_001 : 10_000, zeilen, format);
        }
    }

    @Test
    void rowsCoverEveryLevelAndTheSharesOfUnknownKeysAndBrokenRowsHold() {
        Statusgenerator.Welt welt = Statusgenerator.Welt.beispiel(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Statusgenerator.Bilanz bilanz = Statusgenerator.of(welt, 3).withUnbekannteSchluessel(0.02)
                .withFehlerhafteZeilen(0.01).schreibe(out, Statusgenerator.Format.JSONL, 50_000, n -> { });
        assertEquals(50_000, bilanz.zeilen());
        assertTrue(bilanz.stichtage() > 1, "a small world needs several Stichtage: " + bilanz);
        assertTrue(bilanz.unbekannteSchluessel() > 800 && bilanz.unbekannteSchluessel() < 1_200, bilanz::toString);
        assertTrue(bilanz.fehlerhafteZeilen() > 380 && bilanz.fehlerhafteZeilen() < 620, bilanz::toString);

        Umsetzungsmatrix matrix = Umsetzungsmatrix.leer(welt.katalog(), welt.verzeichnis(), Zaehlregel.DASHBOARD_ONLINE);
        Set<ArsEbene> ebenen = EnumSet.noneOf(ArsEbene.class);
        List<String> regeln = new ArrayList<>();
        try (UmsetzungsstandReader leser = UmsetzungsstandReader.jsonLines(new ByteArrayInputStream(out.toByteArray()),
                b -> regeln.add(b.regelId()))) {
            while (leser.hasNext()) {
                Umsetzungsstand z = leser.next();
                ebenen.add(z.ars().ebene());
                matrix.add(z);
            }
            assertEquals(50_000, leser.zeilen());
            assertEquals(bilanz.fehlerhafteZeilen(), leser.fehlerhafteZeilen());
        }
        assertTrue(ebenen.containsAll(EnumSet.of(ArsEbene.LAND, ArsEbene.KREIS, ArsEbene.GEMEINDE)), ebenen::toString);
        assertTrue(regeln.stream().distinct().count() >= 2, "broken in several ways: " + regeln.stream().distinct().toList());
        Umsetzungsbild bild = matrix.ergebnis();
        assertEquals(bilanz.unbekannteSchluessel(),
                bild.zeilenbilanz().nichtZugeordnet(NichtZugeordnet.Grund.SCHLUESSEL_UNBEKANNT).zeilen());
        assertEquals(16, bild.proLand().size());
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"reifegrad\":\"V1:4\"") && text.contains("\"reifegrad\":\"V2:"), "Reifegrad shares");
    }

    @Test
    void csvBrokenRowsAreReportedAndTheRestRead() {
        Statusgenerator.Welt welt = Statusgenerator.Welt.beispiel(4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Statusgenerator.Bilanz bilanz = Statusgenerator.of(welt, 4).withFehlerhafteZeilen(0.01)
                .schreibe(out, Statusgenerator.Format.CSV, 20_000, n -> { });
        try (UmsetzungsstandReader leser = UmsetzungsstandReader.csv(new ByteArrayInputStream(out.toByteArray()),
                b -> { })) {
            long gut = 0;
            while (leser.hasNext()) {
                leser.next();
                gut++;
            }
            assertEquals(20_000, leser.zeilen());
            assertEquals(bilanz.fehlerhafteZeilen(), leser.fehlerhafteZeilen());
            assertEquals(20_000 - bilanz.fehlerhafteZeilen(), gut);
        }
    }

    @Test
    void usageMistakesAreOneLine() {
        CliTestSupport.Lauf lauf = CliTestSupport.ozg("generate", "--rows", "10", "--katalog", "x.csv",
                dir.resolve("o.jsonl").toString());
        assertEquals(OzgCli.NUTZUNG, lauf.exitCode());
        assertTrue(lauf.err().contains("--gebiete"), lauf.err());
        lauf = CliTestSupport.ozg("generate", "--rows", "10", "--format", "xml", dir.resolve("o.x").toString());
        assertEquals(OzgCli.NUTZUNG, lauf.exitCode());
        assertTrue(lauf.err().contains("jsonl oder csv"), lauf.err());
    }

    @Test
    void sharesAreInPercentWithAProperRangeMessage() {
        Path ziel = dir.resolve("o.jsonl");
        CliTestSupport.Lauf zuViel = CliTestSupport.ozg("generate", "--rows", "10", "--fehlerhaft", "200", ziel.toString());
        assertEquals(OzgCli.NUTZUNG, zuViel.exitCode());
        assertEquals("ozg: --fehlerhaft erwartet einen Anteil von 0 bis 100 %, war: 200 %\n", zuViel.err());
        assertFalse(Files.exists(ziel), "nothing written");
        CliTestSupport.Lauf negativ = CliTestSupport.ozg("generate", "--rows", "10", "--unbekannt", "-1", ziel.toString());
        assertTrue(negativ.err().startsWith("ozg: ungültiger Wert für --unbekannt: '-1' ist negativ"), negativ.err());
        CliTestSupport.Lauf summe = CliTestSupport.ozg("generate", "--rows", "10", "--unbekannt", "60", "--fehlerhaft",
                "50", ziel.toString());
        assertTrue(summe.err().contains("zusammen höchstens 100 %"), summe.err());
        CliTestSupport.Lauf englisch = CliTestSupport.ozg("generate", "--lang", "en", "--rows", "10", "--fehlerhaft",
                "100,5", ziel.toString());
        assertEquals("ozg: --fehlerhaft expects a share from 0 to 100 %, was: 100.5 %\n", englisch.err());
        CliTestSupport.Lauf gut = CliTestSupport.ozg("generate", "-q", "--rows", "100", "--fehlerhaft", "10 %",
                ziel.toString());
        assertEquals(OzgCli.OK, gut.exitCode(), gut.err());
    }
}
