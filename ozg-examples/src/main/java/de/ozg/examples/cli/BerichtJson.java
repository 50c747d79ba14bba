package de.ozg.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.json.OzgJson;
import de.ozg.json.Umsetzungsbericht;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders a {@link Gesamtbericht} as one JSON object: the library's form of an
 * {@link Umsetzungsbericht} (ozg-json's {@code JSON-FORMAT.md}) — {@code katalog}, {@code themenfelder}
 * (per Themenfeld its canonical name, {@code ozgLeistungen} and {@code leikaLeistungen}, plus the
 * status figures), {@code laender}, {@code gesamt}, {@code zeilen}, {@code diff} and {@code befunde} —
 * with what the tool adds about the run, so the object says what it is about:
 *
 * <ul>
 *   <li>{@code katalog.stand} is the Stand of {@code --katalog-stand} or of an {@code ozg-katalog}
 *       document, and {@code null} when neither gives one (never a file date);
 *       {@code katalog.standQuelle} says which: {@code OPTION}, {@code DOKUMENT}, {@code DEMO} or
 *       {@code UNBEKANNT};</li>
 *   <li>{@code zaehlregel}: every decision of the counting rule named in {@code regel}, and its
 *       description in the language of the run;</li>
 *   <li>{@code eingaben}: every input in order with its format, role, records and rejected records,
 *       and its Stand (catalogue, Gebietsverzeichnis) or Stichtage (status files).</li>
 * </ul>
 *
 * <p>{@code zeilen} accounts for the status file whose rows make the figures (the last
 * {@code --stand}): {@code gesamt} is the number of its data records, and {@code abgewiesen} (records
 * rejected as broken), {@code online}, {@code offline}, {@code inaktiv}, {@code nichtOk} and the
 * {@code zeilen} of each {@code nichtZugeordnet} entry add up to it exactly. {@code zeilen.dateien}
 * lists every status file read with its own {@code gesamt} and {@code abgewiesen}. The schema is
 * {@code de/ozg/examples/cli/schema/report.schema.json}.
 */
final class BerichtJson {

    private BerichtJson() {
    }

    /** Writes the report; the writer is left open. */
    static void schreibe(Gesamtbericht bericht, Writer writer, Darstellung d) throws IOException {
        List<Umsetzungsbericht.Statusdatei> dateien = bericht.eingaben().stream().filter(Gesamtbericht.Eingabe::isStatus)
                .map(e -> new Umsetzungsbericht.Statusdatei(e.datei().toString(), e.format().kennung(), e.datensaetze(),
                        e.abgewiesen(), e.inZahlen()))
                .toList();
        ObjectNode n = OzgJson.mapper().valueToTree(new Umsetzungsbericht(bericht.katalog(), bericht.regel(),
                bericht.bild(), bericht.diff(), bericht.pruefbericht(), dateien));
        bericht.katalogEingabe().ifPresent(k -> {
            ObjectNode katalog = (ObjectNode) n.get("katalog");
            if (k.stand().isPresent()) {
                katalog.put("stand", k.stand().get().toString());
            } else {
                katalog.putNull("stand");
            }
            katalog.put("standQuelle", k.standquelle().name());
        });
        n.set("zaehlregel", zaehlregel(bericht.regel(), d));
        ArrayNode eingaben = n.putArray("eingaben");
        bericht.eingaben().forEach(e -> eingaben.add(eingabe(e)));
        OzgJson.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(writer, n);
    }

    private static ObjectNode zaehlregel(Zaehlregel r, Darstellung d) {
        ObjectNode z = OzgJson.mapper().createObjectNode();
        z.put("name", r.name());
        z.put("mindestReifegrad", r.mindestReifegrad().toString());
        z.put("ohneReifegrad", r.ohneReifegrad().name());
        z.put("nichtOkZaehlen", r.isNichtOkZaehlen());
        z.put("inaktiveZaehlen", r.isInaktiveZaehlen());
        z.put("kombination", r.kombination().name());
        z.put("flaechendeckungsanteil", r.flaechendeckungsanteil());
        z.put("nurKommunalerVollzug", r.isNurKommunalerVollzug());
        z.put("ohneTypisierungRelevant", r.isOhneTypisierungRelevant());
        z.put("beschreibung", Berichtstabellen.regel(r, d));
        return z;
    }

    private static ObjectNode eingabe(Gesamtbericht.Eingabe e) {
        ObjectNode o = OzgJson.mapper().createObjectNode();
        o.put("datei", e.datei().toString());
        o.put("format", e.format().kennung());
        o.put("rolle", e.rolle().name());
        o.put("datensaetze", e.datensaetze());
        o.put("abgewiesen", e.abgewiesen());
        if (e.isStatus()) {
            o.set("stichtage", stichtage(e.stichtage()));
            o.put("inZahlen", e.inZahlen());
            o.put("imVergleich", e.imVergleich());
        } else {
            if (e.stand().isPresent()) {
                o.put("stand", e.stand().get().toString());
            } else {
                o.putNull("stand");
            }
            o.put("standQuelle", e.standquelle().name());
        }
        return o;
    }

    /**
     * The Stichtage of a status file: {@code erster} and {@code letzter} (null when no row was
     * accepted), {@code anzahl} distinct dates, and {@code vollstaendig} false when there were more
     * than were counted.
     */
    static ObjectNode stichtage(Stichtage s) {
        ObjectNode o = OzgJson.mapper().createObjectNode();
        if (s.erster().isPresent()) {
            o.put("erster", s.erster().get().toString());
            o.put("letzter", s.letzter().orElseThrow().toString());
        } else {
            o.putNull("erster");
            o.putNull("letzter");
        }
        o.put("anzahl", s.tage().size());
        o.put("vollstaendig", !s.isUnvollstaendig());
        return o;
    }
}
