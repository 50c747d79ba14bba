package de.ozg.examples.cli;

import de.ozg.core.aggregation.Schnappschuss;
import de.ozg.core.aggregation.Stichtagsdiff;
import de.ozg.core.aggregation.Stichtagsvergleich;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.table.TableResult;
import de.ozg.json.OzgJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ozg report}: the figures of a catalogue and of status data — per Themenfeld, per Land,
 * Reifegrad distribution, Flächendeckung, unassigned rows, and the comparison of the first and last
 * Stichtag — as text, JSON or a self-contained HTML page.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Kennzahlen aus Katalog, Gemeindeverzeichnis und Statusdaten (Text, --json, --html).")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Ausgabeoptionen ausgabe;

    @Option(names = "--katalog", paramLabel = "DATEI", description = "Umsetzungskatalog (CSV oder ozg-katalog JSON).")
    Path katalogDatei;

    @Option(names = "--gebiete", paramLabel = "DATEI", description = "Destatis-Gemeindeverzeichnis (CSV).")
    Path gebieteDatei;

    @Option(names = "--stand", paramLabel = "DATEI", description = "Statusdaten eines Stichtags (CSV, JSON Lines, "
            + "JSON); mehrfach: der erste und der letzte werden verglichen.")
    List<Path> standDateien = new ArrayList<>();

    @Option(names = "--regel", paramLabel = "PRESET", defaultValue = "dashboard-online",
            description = "Zählregel: dashboard-online, ozg-konform, flaechendeckend (Standard: ${DEFAULT-VALUE}).")
    String regelName;

    @Option(names = "--json", description = "Ein JSON-Objekt auf stdout.")
    boolean json;

    @Option(names = "--html", paramLabel = "AUSGABE.html", description = "Schreibt zusätzlich einen HTML-Bericht.")
    Path html;

    @Option(names = "--charset", paramLabel = "NAME", converter = Zeichensatz.class, defaultValue = "UTF-8",
            description = "Zeichensatz der CSV-Dateien (Standard: UTF-8).")
    Charset zeichensatz;

    @Override
    public Integer call() throws IOException {
        if (katalogDatei == null) {
            throw new ParameterException(spec.commandLine(), "--katalog fehlt: die Kennzahlen brauchen einen Katalog");
        }
        Eingaben.mussExistieren(alleDateien());
        Zaehlregel regel = Eingaben.zaehlregel(spec, regelName);
        List<Pruefbericht> berichte = new ArrayList<>();
        List<Gesamtbericht.Eingabe> eingaben = new ArrayList<>();
        OzgKatalog katalog = ladeKatalog(berichte, eingaben);
        Gebietsverzeichnis verzeichnis = ladeGebiete(berichte, eingaben);

        Umsetzungsmatrix matrix = null;
        List<Schnappschuss> schnappschuesse = new ArrayList<>();
        long beginn = System.nanoTime();
        long zeilen = 0;
        for (int i = 0; i < standDateien.size(); i++) {
            Path datei = standDateien.get(i);
            Dateiformat format = Dateiformat.erkenne(datei);
            boolean letzter = i == standDateien.size() - 1;
            boolean vergleich = standDateien.size() > 1 && (i == 0 || letzter);
            Umsetzungsmatrix m = letzter ? Umsetzungsmatrix.leer(katalog, verzeichnis, regel) : null;
            Schnappschuss.Sammler s = vergleich ? Schnappschuss.sammler() : null;
            Fortschritt fortschritt = ausgabe.fortschritt(spec.commandLine().getErr(), datei.getFileName().toString());
            Dateipruefung.Statuslesung l = Dateipruefung.status(datei, format, zeichensatz, fortschritt, zeile -> {
                if (m != null) {
                    m.add(zeile);
                }
                if (s != null) {
                    s.add(zeile);
                }
            });
            fortschritt.fertig(l.datensaetze());
            zeilen += l.datensaetze();
            berichte.add(l.bericht());
            eingaben.add(new Gesamtbericht.Eingabe(datei, format, l.datensaetze(), l.abgewiesen(), letzter));
            if (m != null) {
                matrix = m;
            }
            if (s != null) {
                schnappschuesse.add(s.ergebnis());
            }
        }
        Optional<Umsetzungsbild> bild = Optional.ofNullable(matrix).map(Umsetzungsmatrix::ergebnis);
        if (!ausgabe.leise && !standDateien.isEmpty()) {
            spec.commandLine().getErr().println(Fortschritt.bilanz(zeilen, System.nanoTime() - beginn));
        }
        Optional<Stichtagsdiff> diff = schnappschuesse.size() == 2
                ? Optional.of(Stichtagsvergleich.of(regel).vergleiche(schnappschuesse.get(0), schnappschuesse.get(1)))
                : Optional.empty();
        Gesamtbericht bericht = new Gesamtbericht(katalog, Pruefbericht.merge(berichte), regel, bild, diff, List.of(),
                eingaben);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            BerichtJson.schreibe(bericht, out);
            out.println();
        } else {
            BerichtText.schreibe(bericht, out, ausgabe.locale());
        }
        if (html != null) {
            Files.writeString(html, BerichtHtml.render(bericht, "OZG-Bericht"));
            spec.commandLine().getErr().println("HTML-Bericht: " + html);
        }
        out.flush();
        return bericht.pruefbericht().hatFehler() ? OzgCli.FEHLER : OzgCli.OK;
    }

    private List<Path> alleDateien() {
        List<Path> alle = new ArrayList<>(standDateien);
        alle.add(katalogDatei);
        if (gebieteDatei != null) {
            alle.add(gebieteDatei);
        }
        return alle;
    }

    private OzgKatalog ladeKatalog(List<Pruefbericht> berichte, List<Gesamtbericht.Eingabe> eingaben)
            throws IOException {
        Dateiformat format = Dateiformat.erkenne(katalogDatei);
        if (format == Dateiformat.KATALOG_JSON) {
            try (InputStream in = Files.newInputStream(katalogDatei)) {
                OzgKatalog k = OzgJson.readKatalog(in);
                eingaben.add(new Gesamtbericht.Eingabe(katalogDatei, format, k.leistungen().size(), 0, false));
                return k;
            }
        }
        TableResult<OzgKatalog> k = Quellen.katalog(katalogDatei, zeichensatz);
        berichte.add(k.bericht());
        eingaben.add(new Gesamtbericht.Eingabe(katalogDatei, format, k.bericht().datensaetze(),
                k.abgewieseneZeilen(), false));
        return k.model();
    }

    private Gebietsverzeichnis ladeGebiete(List<Pruefbericht> berichte, List<Gesamtbericht.Eingabe> eingaben)
            throws IOException {
        if (gebieteDatei == null) {
            return Laenderverzeichnis.nurLaender();
        }
        TableResult<Gebietsverzeichnis> g = Quellen.gebiete(gebieteDatei, zeichensatz);
        berichte.add(g.bericht());
        eingaben.add(new Gesamtbericht.Eingabe(gebieteDatei, Dateiformat.erkenne(gebieteDatei),
                g.bericht().datensaetze(), g.abgewieseneZeilen(), false));
        return g.model();
    }
}
