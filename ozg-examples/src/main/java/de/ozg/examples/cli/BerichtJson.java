package de.ozg.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.ozg.core.aggregation.Kennzahlen;
import de.ozg.core.aggregation.NichtZugeordnet;
import de.ozg.core.aggregation.Stichtagsdiff;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Veraenderung;
import de.ozg.core.aggregation.Zeilenbilanz;
import de.ozg.core.id.Ars;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.Zusammenfassung;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Gesamtbericht} as one JSON object: {@code katalog}, {@code themenfelder} (per
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

    static void schreibe(Gesamtbericht bericht, Writer writer) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(writer)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("regel", bericht.regel().name());
            g.writeObjectFieldStart("katalog");
            g.writeStringField("stand", bericht.katalog().stand().toString());
            g.writeNumberField("ozgLeistungen", bericht.katalog().leistungen().size());
            g.writeNumberField("leikaLeistungen", bericht.katalog().anzahlLeikaLeistungen());
            g.writeNumberField("ohneSchluessel", bericht.katalog().anzahlOhneSchluessel());
            g.writeNumberField("themenfelder", bericht.katalog().themenfelder().size());
            g.writeEndObject();
            g.writeArrayFieldStart("themenfelder");
            for (Gesamtbericht.ThemenfeldZeile z : bericht.themenfelder()) {
                g.writeStartObject();
                g.writeStringField("themenfeld", z.themenfeld().bezeichnung());
                g.writeNumberField("nummer", z.themenfeld().nummer());
                g.writeNumberField("ozgLeistungen", z.ozgLeistungen());
                g.writeNumberField("leikaLeistungen", z.leikaLeistungen());
                if (z.kennzahlen().isPresent()) {
                    kennzahlen(g, z.kennzahlen().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (bericht.bild().isPresent()) {
                Umsetzungsbild bild = bericht.bild().get();
                g.writeArrayFieldStart("laender");
                for (Map.Entry<Bundesland, Kennzahlen> e : bild.proLand().entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("land", e.getKey().code());
                    g.writeStringField("name", e.getKey().bezeichnung());
                    kennzahlen(g, e.getValue());
                    g.writeNumberField("flaechendeckend", bild.anzahlFlaechendeckend(Ars.of(e.getKey())));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeObjectFieldStart("gesamt");
                kennzahlen(g, bild.gesamt());
                g.writeEndObject();
                zeilen(g, bericht.zeilenbilanz().orElseThrow(), bericht.eingaben());
            }
            if (bericht.diff().isPresent()) {
                diff(g, bericht.diff().get());
            }
            Zusammenfassung s = bericht.pruefbericht().zusammenfassung();
            g.writeObjectFieldStart("befunde");
            g.writeNumberField("errors", s.anzahl(Severity.ERROR));
            g.writeNumberField("warnings", s.anzahl(Severity.WARNING));
            g.writeNumberField("infos", s.anzahl(Severity.INFO));
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void kennzahlen(JsonGenerator g, Kennzahlen k) throws IOException {
        g.writeNumberField("ozgLeistungenOnline", k.ozgLeistungenOnline());
        g.writeNumberField("leikaGemeldet", k.leikaGemeldet());
        g.writeNumberField("leikaOnline", k.leikaOnline());
        g.writeNumberField("leikaRelevant", k.leikaRelevant());
        g.writeNumberField("leikaFlaechendeckend", k.leikaFlaechendeckend());
        g.writeNumberField("abdeckung", Math.round(k.abdeckung() * 1e6) / 1e6);
        g.writeArrayFieldStart("reifegrade");
        for (Long n : k.verteilung().proStufe()) {
            g.writeNumber(n);
        }
        g.writeEndArray();
    }

    private static void zeilen(JsonGenerator g, Zeilenbilanz b, List<Gesamtbericht.Eingabe> eingaben)
            throws IOException {
        g.writeObjectFieldStart("zeilen");
        g.writeNumberField("gesamt", b.gesamt());
        g.writeNumberField("abgewiesen", b.abgewiesen());
        g.writeNumberField("online", b.online());
        g.writeNumberField("offline", b.offline());
        g.writeNumberField("inaktiv", b.inaktiv());
        g.writeNumberField("nichtOk", b.nichtOk());
        g.writeArrayFieldStart("nichtZugeordnet");
        for (NichtZugeordnet n : b.nichtZugeordnet()) {
            g.writeStartObject();
            g.writeStringField("grund", n.grund().name());
            g.writeNumberField("zeilen", n.zeilen());
            g.writeArrayFieldStart("beispiele");
            for (String s : n.beispiele()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("dateien");
        for (Gesamtbericht.Eingabe e : eingaben) {
            if (e.isStatus()) {
                g.writeStartObject();
                g.writeStringField("datei", e.datei().toString());
                g.writeStringField("format", e.format().kennung());
                g.writeNumberField("gesamt", e.datensaetze());
                g.writeNumberField("abgewiesen", e.abgewiesen());
                g.writeBooleanField("inZahlen", e.inZahlen());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void diff(JsonGenerator g, Stichtagsdiff d) throws IOException {
        g.writeObjectFieldStart("diff");
        g.writeNumberField("zeilenAlt", d.zeilenAlt());
        g.writeNumberField("zeilenNeu", d.zeilenNeu());
        g.writeNumberField("onlineAlt", d.onlineAlt());
        g.writeNumberField("onlineNeu", d.onlineNeu());
        for (Map.Entry<Veraenderung.Art, Long> e : d.anzahlen().entrySet()) {
            g.writeNumberField(e.getKey().name().toLowerCase(java.util.Locale.ROOT), e.getValue());
        }
        g.writeBooleanField("auffaellig", d.isAuffaellig());
        g.writeEndObject();
    }
}
