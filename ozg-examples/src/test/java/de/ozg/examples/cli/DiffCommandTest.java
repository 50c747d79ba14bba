package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.examples.cli.CliTestSupport.Lauf;
import de.ozg.json.UmsetzungsstandWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private static final Leistungsschluessel K1 = Leistungsschluessel.parse("99041006013000");
    private static final Leistungsschluessel K2 = Leistungsschluessel.parse("99041006017000");

    private static Umsetzungsstand zeile(Leistungsschluessel k, String ars, LocalDate tag, int stufe) {
        return Umsetzungsstand.builder().schluessel(k).ars(Ars.parse(ars)).stichtag(tag).online(stufe >= 2)
                .reifegrad(Reifegrad.of(ReifegradModell.V1, stufe)).build();
    }

    private static Path schreibe(Path datei, List<Umsetzungsstand> zeilen) throws IOException {
        try (OutputStream out = Files.newOutputStream(datei); UmsetzungsstandWriter w = UmsetzungsstandWriter.jsonLines(out)) {
            zeilen.forEach(w::write);
        }
        return datei;
    }

    @Test
    void countsWhatChangedBetweenTwoStichtage(@TempDir Path dir) throws IOException {
        LocalDate t1 = LocalDate.of(2024, 6, 30);
        LocalDate t2 = LocalDate.of(2024, 12, 31);
        Path alt = schreibe(dir.resolve("alt.jsonl"), List.of(
                zeile(K1, "150020000000", t1, 1), zeile(K1, "150030000000", t1, 3), zeile(K2, "150020000000", t1, 2)));
        Path neu = schreibe(dir.resolve("neu.jsonl"), List.of(
                zeile(K1, "150020000000", t2, 2), zeile(K1, "150030000000", t2, 3), zeile(K2, "150810000000", t2, 4)));
        Lauf lauf = ozg("diff", "--json", alt.toString(), neu.toString());
        assertEquals(OzgCli.OK, lauf.exitCode(), lauf.err());
        JsonNode j = new ObjectMapper().readTree(lauf.out());
        assertEquals(3, j.get("zeilenAlt").asLong());
        assertEquals(3, j.get("zeilenNeu").asLong());
        assertEquals(1, j.get("online_gegangen").asLong(), lauf.out());
        assertEquals(1, j.get("neu").asLong(), lauf.out());
        assertEquals(1, j.get("entfallen").asLong(), lauf.out());
        assertFalse(j.get("auffaellig").asBoolean());
    }

    @Test
    void warnsWhenTheRowCountMovesByMoreThanTheThreshold(@TempDir Path dir) throws IOException {
        LocalDate t1 = LocalDate.of(2024, 6, 30);
        List<Umsetzungsstand> viele = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            viele.add(zeile(K1, String.format("1500%02d000000", i), t1, 2));
        }
        Path alt = schreibe(dir.resolve("alt.jsonl"), viele);
        Path neu = schreibe(dir.resolve("neu.jsonl"), viele.subList(0, 7));
        Lauf lauf = ozg("diff", alt.toString(), neu.toString());
        assertEquals(OzgCli.OK, lauf.exitCode());
        assertTrue(lauf.out().contains("WARNUNG: Die Zeilenzahl ändert sich um -30,0 % (Schwelle 20,0 %)"), lauf.out());
        assertFalse(ozg("diff", "--warnschwelle", "50", alt.toString(), neu.toString()).out().contains("WARNUNG"),
                "the threshold is in percent, like every share the tool takes");
        assertFalse(ozg("diff", "--warnschwelle", "30,5 %", alt.toString(), neu.toString()).out().contains("WARNUNG"));
        assertTrue(ozg("diff", "--warnschwelle", "29.5", alt.toString(), neu.toString()).out().contains("WARNUNG"));
    }

    @Test
    void badRowsAreReportedAndGiveExitCode1(@TempDir Path dir) throws IOException {
        LocalDate t1 = LocalDate.of(2024, 6, 30);
        Path alt = schreibe(dir.resolve("alt.jsonl"), List.of(zeile(K1, "150020000000", t1, 2)));
        Path neu = dir.resolve("neu.jsonl");
        Files.writeString(neu, Files.readString(alt) + "{\"schluessel\":\"99041006013000\",\"ars\":\"15O020000000\"}\n");
        Lauf lauf = ozg("diff", alt.toString(), neu.toString());
        assertEquals(OzgCli.FEHLER, lauf.exitCode(), lauf.out());
        assertTrue(lauf.out().contains("Zeile 2"), lauf.out());
    }

    @Test
    void missingFileIsAUsageProblem(@TempDir Path dir) {
        Lauf lauf = ozg("diff", dir.resolve("fehlt.jsonl").toString(), dir.resolve("auch.jsonl").toString());
        assertEquals(OzgCli.NUTZUNG, lauf.exitCode());
        assertEquals(1, lauf.err().lines().count(), lauf.err());
    }
}
