package de.ozg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Severity;
import de.ozg.core.table.TableResult;
import de.ozg.core.validation.katalog.Katalogregeln;
import de.ozg.examples.erste.Rundgang;
import de.ozg.json.UmsetzungsstandWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java walkthrough works, not only compiles: each step on small files. */
class RundgangTest {

    @TempDir
    Path dir;

    @Test
    void walkthroughChecksCountsAndStreams() {
        Path katalog = Testdateien.ersetze(Testdateien.katalog(dir), "10001,Kindergeld,99041008000000,Kindergeld,",
                "10001,Kindergeld,99041008000000,Kind,");
        TableResult<OzgKatalog> k = Rundgang.pruefeKatalog(katalog);
        Befund eigene = k.bericht().befundeZuRegel("PORTAL-BEZEICHNUNG-KURZ").get(0);
        assertEquals(Severity.INFO, eigene.severity());
        assertEquals("Kind", eigene.wert().orElseThrow());
        assertTrue(k.bericht().befundeZuRegel(Katalogregeln.KENNZAHLEN).isEmpty(), "switched off");
        assertEquals(3, k.model().leistungen().size());

        Path status = Testdateien.status(dir, "neu.jsonl", UmsetzungsstandWriter::jsonLines, Testdateien.standNeu());
        Umsetzungsbild bild = Rundgang.werteAus(k.model(), Testdateien.gebiete(dir), status);
        assertEquals(Testdateien.standNeu().size(), bild.zeilenbilanz().gesamt());
        assertEquals(2, bild.proLand().get(Bundesland.SACHSEN_ANHALT).leikaOnline());
        assertEquals(Testdateien.standNeu().stream().filter(s -> s.isOnline()).count(), Rundgang.leseStatus(status));
    }
}
