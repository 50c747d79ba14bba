package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.examples.cli.CliTestSupport.Lauf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dashboard CSV export saved as ISO-8859-1 is read with {@code --charset}, and refused without it. */
class StatusZeichensatzTest {

    private static final String CSV = "leika_key;leika_name;ars;ars_name;bundesland;ozgid;ozg_bezeichnung;url;"
            + "online_status;aktiv;art_flaechendeckung;datenstand\r\n"
            + "\"99041006013000\";Elterngeld Bewilligung;\"150020000000\";Dessau-Roßlau;Sachsen-Anhalt;\"10000\";"
            + "Elterngeld;;ok;ja;;2024-06-30\r\n"
            + "\"99041006017000\";Elterngeld Änderung;\"150020000000\";Dessau-Roßlau;Sachsen-Anhalt;\"10000\";"
            + "Elterngeld;;nicht ok;ja;;2024-06-30\r\n";

    @Test
    void latin1StatusCsvNeedsTheCharsetOption(@TempDir Path dir) throws IOException {
        Path datei = dir.resolve("stand.csv");
        Files.write(datei, CSV.getBytes(StandardCharsets.ISO_8859_1));

        Lauf ohne = ozg("validate", datei.toString());
        assertEquals(OzgCli.FEHLER, ohne.exitCode(), ohne.out());
        assertTrue(ohne.out().contains("Ungültiges UTF-8 in Zeile 2") && ohne.out().contains("ISO-8859-1"), ohne.out());

        Lauf mit = ozg("validate", "--charset", "ISO-8859-1", datei.toString());
        assertEquals(OzgCli.OK, mit.exitCode(), mit.out());
        assertTrue(mit.out().contains("2 Datensätze geprüft: 0 Fehler"), mit.out());
    }
}
