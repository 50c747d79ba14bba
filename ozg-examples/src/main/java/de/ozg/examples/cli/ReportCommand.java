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
import de.ozg.examples.cli.Gesamtbericht.Eingabe;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Reifegrad distribution, Flächendeckung, the Zeilenbilanz, and the comparison of the first and last
 * Stichtag — as text, JSON or a self-contained HTML page, each naming its inputs with their Stand or
 * Stichtage and the counting rule. Every input is checked before anything is read: a missing file,
 * a file of the wrong kind for its option, or an output that would overwrite an input is a usage
 * error.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Ausgabeoptionen ausgabe;

    @Mixin
    Regeloptionen regeloptionen;

    @Mixin
    Threadoption threads;

    @Option(names = "--katalog", paramLabel = "${bundle:label.datei:-DATEI}", descriptionKey = "report.katalog")
    Path katalogDatei;

    @Option(names = "--katalog-stand", paramLabel = "${bundle:label.datum:-DATUM}", converter = Umwandlung.Datum.class,
            descriptionKey = "katalogStand")
    LocalDate katalogStand;

    @Option(names = "--gebiete", paramLabel = "${bundle:label.datei:-DATEI}", descriptionKey = "report.gebiete")
    Path gebieteDatei;

    @Option(names = "--gebiete-stand", paramLabel = "${bundle:label.datum:-DATUM}", converter = Umwandlung.Datum.class,
            descriptionKey = "gebieteStand")
    LocalDate gebieteStand;

    @Option(names = "--stand", paramLabel = "${bundle:label.datei:-DATEI}", descriptionKey = "report.stand")
    List<Path> standDateien = new ArrayList<>();

    @Option(names = "--regel", paramLabel = "PRESET", defaultValue = "dashboard-online", descriptionKey = "regel")
    String regelName;

    @Option(names = "--json", descriptionKey = "report.json")
    boolean json;

    @Option(names = "--html", paramLabel = "${bundle:label.ausgabeHtml:-AUSGABE.html}", descriptionKey = "report.html")
    Path html;

    @Option(names = "--charset", paramLabel = "NAME", converter = Umwandlung.Zeichensatz.class, defaultValue = "UTF-8",
            descriptionKey = "charset")
    Charset zeichensatz;

    @Override
    public Integer call() throws IOException {
        Darstellung d = ausgabe.darstellung();
        if (katalogDatei == null) {
            throw new ParameterException(spec.commandLine(), d.text("report.katalogFehlt"));
        }
        Zaehlregel regel = Eingaben.zaehlregel(spec, regelName, d);
        Dateipruefung pruefung = new Dateipruefung(zeichensatz, Optional.empty(), regeloptionen.auswahl(spec,
                d.locale()), Optional.ofNullable(katalogStand), Optional.ofNullable(gebieteStand))
                .withThreads(threads.anzahl());
        Eingaben.pruefeAusgaben(spec, d, alleDateien(), html);
        Dateiformat katalogFormat = Eingaben.format(spec, d, pruefung, "--katalog", katalogDatei, Dateiformat::isKatalog,
                "report.keinKatalog");
        Dateiformat gebieteFormat = gebieteDatei == null ? null : Eingaben.format(spec, d, pruefung, "--gebiete",
                gebieteDatei, f -> f == Dateiformat.GEMEINDEVERZEICHNIS_CSV, "report.keineGebiete");
        List<Dateiformat> standFormate = new ArrayList<>();
        for (Path datei : standDateien) {
            standFormate.add(Eingaben.format(spec, d, pruefung, "--stand", datei, Dateiformat::isStatus,
                    "report.keinStatus"));
        }

        List<Pruefbericht> berichte = new ArrayList<>();
        List<Eingabe> eingaben = new ArrayList<>();
        OzgKatalog katalog = ladeKatalog(pruefung, katalogFormat, berichte, eingaben);
        Gebietsverzeichnis verzeichnis = gebieteFormat == null ? Laenderverzeichnis.nurLaender()
                : ladeGebiete(pruefung, berichte, eingaben);

        Umsetzungsmatrix matrix = null;
        List<Schnappschuss> schnappschuesse = new ArrayList<>();
        long beginn = System.nanoTime();
        long zeilen = 0;
        List<Dateipruefung.Statusauftrag> auftraege = new ArrayList<>();
        List<Fortschritt> fortschritte = new ArrayList<>();
        for (int i = 0; i < standDateien.size(); i++) {
            Path datei = standDateien.get(i);
            boolean letzter = istLetzte(i, standDateien.size());
            Fortschritt f = ausgabe.fortschritt(spec.commandLine().getErr(), datei.getFileName().toString());
            fortschritte.add(f);
            auftraege.add(new Dateipruefung.Statusauftrag(datei, standFormate.get(i), f, Statussammler.leer(
                    letzter ? Umsetzungsmatrix.zero(katalog, verzeichnis, regel) : null,
                    wirdVerglichen(i, standDateien.size()))));
        }
        List<Dateipruefung.Statuslesung> gelesen = Eingaben.statusdateien(spec, ausgabe.darstellung(), pruefung, auftraege);
        for (int i = 0; i < standDateien.size(); i++) {
            Path datei = standDateien.get(i);
            boolean letzter = istLetzte(i, standDateien.size());
            Dateipruefung.Statuslesung l = gelesen.get(i);
            fortschritte.get(i).fertig(l.datensaetze());
            zeilen += l.datensaetze();
            berichte.add(l.bericht());
            eingaben.add(Eingabe.status(datei, standFormate.get(i), l.datensaetze(), l.abgewiesen(), l.stichtage(),
                    letzter, wirdVerglichen(i, standDateien.size())));
            if (letzter) {
                matrix = l.sammler().matrix().orElseThrow();
            }
            l.sammler().schnappschuss().ifPresent(schnappschuesse::add);
        }
        Optional<Umsetzungsbild> bild = Optional.ofNullable(matrix).map(Umsetzungsmatrix::result);
        if (!ausgabe.leise && !standDateien.isEmpty()) {
            spec.commandLine().getErr().println(Fortschritt.bilanz(zeilen, System.nanoTime() - beginn, d));
        }
        Optional<Stichtagsdiff> diff = schnappschuesse.size() == 2
                ? Optional.of(Stichtagsvergleich.of(regel).compare(schnappschuesse.get(0), schnappschuesse.get(1)))
                : Optional.empty();
        Gesamtbericht bericht = new Gesamtbericht(katalog, Pruefbericht.merge(berichte), regel, bild, diff, List.of(),
                eingaben);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            BerichtJson.schreibe(bericht, out, d);
            out.println();
        } else {
            BerichtText.schreibe(bericht, out, d);
        }
        if (html != null) {
            Files.writeString(html, BerichtHtml.render(bericht, d.text("html.titelReport"), d), StandardCharsets.UTF_8);
            spec.commandLine().getErr().println(d.text("html.geschrieben", html));
        }
        out.flush();
        Pruefbericht alle = bericht.pruefbericht();
        return alle.hasErrors() || !alle.technischeFehler().isEmpty() ? OzgCli.FEHLER : OzgCli.OK;
    }


    private List<Path> alleDateien() {
        List<Path> alle = new ArrayList<>(standDateien);
        alle.add(katalogDatei);
        if (gebieteDatei != null) {
            alle.add(gebieteDatei);
        }
        return alle;
    }

    private OzgKatalog ladeKatalog(Dateipruefung pruefung, Dateiformat format, List<Pruefbericht> berichte,
            List<Eingabe> eingaben) {
        Darstellung d = ausgabe.darstellung();
        try {
            if (format == Dateiformat.KATALOG_JSON) {
                Dateipruefung.Katalogdokument k = pruefung.katalogDokument(katalogDatei);
                berichte.add(k.bericht());
                eingaben.add(Eingabe.stammdaten(katalogDatei, format, Eingabe.Rolle.KATALOG, k.bericht().datensaetze(),
                        0, k.stand(), katalogStand != null ? Eingabe.Standquelle.OPTION : Eingabe.Standquelle.DOKUMENT));
                return k.katalog().orElse(OzgKatalog.of(Quellen.STAND_UNBEKANNT, List.of()));
            }
            TableResult<OzgKatalog> k = Quellen.katalog(katalogDatei, zeichensatz, pruefung.regeln(),
                    Optional.ofNullable(katalogStand));
            berichte.add(k.bericht());
            eingaben.add(Eingabe.stammdaten(katalogDatei, format, Eingabe.Rolle.KATALOG, k.bericht().datensaetze(),
                    k.abgewieseneZeilen(), Optional.ofNullable(katalogStand), Eingabe.Standquelle.OPTION));
            return k.model();
        } catch (IOException | UncheckedIOException e) {
            throw Eingaben.lesefehler(spec, d, katalogDatei, e);
        }
    }

    private Gebietsverzeichnis ladeGebiete(Dateipruefung pruefung, List<Pruefbericht> berichte,
            List<Eingabe> eingaben) {
        try {
            TableResult<Gebietsverzeichnis> g = Quellen.gebiete(gebieteDatei, zeichensatz, pruefung.regeln(),
                    Optional.ofNullable(gebieteStand));
            berichte.add(g.bericht());
            eingaben.add(Eingabe.stammdaten(gebieteDatei, Dateiformat.GEMEINDEVERZEICHNIS_CSV, Eingabe.Rolle.GEBIETE,
                    g.bericht().datensaetze(), g.abgewieseneZeilen(), Optional.ofNullable(gebieteStand),
                    Eingabe.Standquelle.OPTION));
            return g.model();
        } catch (UncheckedIOException e) {
            throw Eingaben.lesefehler(spec, ausgabe.darstellung(), gebieteDatei, e);
        }
    }

    /** The matrix counts the last status file only. */
    private static boolean istLetzte(int i, int dateien) {
        return i == dateien - 1;
    }

    /** With two or more status files, the first and the last are compared. */
    private static boolean wirdVerglichen(int i, int dateien) {
        return dateien > 1 && (i == 0 || istLetzte(i, dateien));
    }
}
