package de.ozg.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.OzgKatalog;

/**
 * Fuzzes the whole-document readers of {@link OzgJson} and its Jackson 3 twin: any bytes give a
 * document or an {@link OzgJsonException}, the same from both. One method per format; each replays its seeds under
 * {@code DokumentFuzzTestInputs/<method>/}. In fuzzing mode run one method at a time
 * ({@code -Dtest=DokumentFuzzTest#katalog}).
 */
class DokumentFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void katalog(byte[] data) {
        FuzzEigenschaft.dokument(data, OzgKatalog.class);
    }

    @FuzzTest(maxDuration = "60s")
    void onlinedienste(byte[] data) {
        FuzzEigenschaft.dokument(data, Onlinedienstverzeichnis.class);
    }

    @FuzzTest(maxDuration = "60s")
    void nachnutzungsuebersicht(byte[] data) {
        FuzzEigenschaft.dokument(data, Nachnutzungsuebersicht.class);
    }
}
