package de.ozg.examples.cli;

import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.table.TableResult;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.katalog.Katalogregeln;
import de.ozg.json.quellen.CsvSource;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the CSV sources of the command-line tool with the rule sets of the run. A CSV file names no
 * Stand of its own: it is the one given with {@code --katalog-stand} or {@code --gebiete-stand}, or
 * unknown — never the file's modification date, which says when it was copied, not what it
 * describes. The readers need a date, so an unknown Stand is passed as {@link #STAND_UNBEKANNT},
 * which no output shows: reports take the Stand from the run's inputs, where it is empty.
 */
final class Quellen {

    /** Handed to the readers when the Stand is unknown; never shown. */
    static final LocalDate STAND_UNBEKANNT = LocalDate.EPOCH;

    private Quellen() {
    }

    /**
     * Reads a catalogue. When the file could not be read at all (a technical failure and not one
     * OZG-Leistung), the comparison of its figures with the programme's is dropped: "0 OZG-Leistungen,
     * ohne Arbeit &amp; Ruhestand, …" would describe the failure, not the catalogue.
     */
    static TableResult<OzgKatalog> katalog(Path datei, Charset zeichensatz, Regelauswahl regeln,
            Optional<LocalDate> stand) {
        TableResult<OzgKatalog> k = CsvSource.umsetzungskatalog().withCharset(zeichensatz)
                .withRegelwerk(regeln.katalog()).read(datei, stand.orElse(STAND_UNBEKANNT));
        Pruefbericht b = k.bericht();
        if (!k.model().leistungen().isEmpty() || b.technischeFehler().isEmpty()) {
            return k;
        }
        List<Befund> ohneKennzahlen = b.befunde().stream()
                .filter(x -> !Katalogregeln.KENNZAHLEN.equals(x.regelId())).toList();
        return new TableResult<>(k.model(), Pruefbericht.of(ohneKennzahlen, b.technischeFehler(), b.datensaetze(),
                b.unterdrueckungen()), k.uebersprungeneZeilen(), k.abgewieseneZeilen());
    }

    static TableResult<Gebietsverzeichnis> gebiete(Path datei, Charset zeichensatz, Regelauswahl regeln,
            Optional<LocalDate> stand) {
        return CsvSource.gemeindeverzeichnis().withCharset(zeichensatz).withRegelwerk(regeln.gebiete())
                .read(datei, stand.orElse(STAND_UNBEKANNT));
    }
}
