package de.ozg.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import de.ozg.json.OzgJson;
import de.ozg.json.Umsetzungsbericht;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders a {@link Gesamtbericht} as one JSON object in the library's form of an
 * {@link Umsetzungsbericht} (ozg-json's {@code JSON-FORMAT.md}): {@code katalog}, {@code themenfelder} (per
 * Themenfeld its canonical name, {@code ozgLeistungen} and {@code leikaLeistungen}, plus the status
 * figures), {@code laender}, {@code reifegrade}, {@code zeilen} and {@code diff} and {@code befunde}.
 *
 * <p>{@code zeilen} accounts for the status file whose rows make the figures (the last
 * {@code --stand}): {@code gesamt} is the number of its data records, and {@code abgewiesen} (records
 * rejected as broken), {@code online}, {@code offline}, {@code inaktiv}, {@code nichtOk} and the
 * {@code zeilen} of each {@code nichtZugeordnet} entry add up to it exactly. {@code zeilen.dateien}
 * lists every status file read with its own {@code gesamt} and {@code abgewiesen}.
 */
final class BerichtJson {

    private BerichtJson() {
    }

    /** Writes the report as the library's {@link Umsetzungsbericht}; the writer is left open. */
    static void schreibe(Gesamtbericht bericht, Writer writer) throws IOException {
        List<Umsetzungsbericht.Statusdatei> dateien = bericht.eingaben().stream().filter(Gesamtbericht.Eingabe::isStatus)
                .map(e -> new Umsetzungsbericht.Statusdatei(e.datei().toString(), e.format().kennung(), e.datensaetze(),
                        e.abgewiesen(), e.inZahlen()))
                .toList();
        OzgJson.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(writer,
                new Umsetzungsbericht(bericht.katalog(), bericht.regel(), bericht.bild(), bericht.diff(),
                        bericht.pruefbericht(), dateien));
    }
}
