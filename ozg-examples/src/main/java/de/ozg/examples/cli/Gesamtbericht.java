package de.ozg.examples.cli;

import de.ozg.core.aggregation.Kennzahlen;
import de.ozg.core.aggregation.Stichtagsdiff;
import de.ozg.core.aggregation.Tabelle;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.aggregation.Zeilenbilanz;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.validation.Pruefbericht;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run of {@code ozg report} or {@code ozg demo} computed, ready to be rendered as
 * text, JSON or HTML: the catalogue with its check, the figures of the status data under one
 * counting rule, optionally the comparison of two Stichtage and the reuse figures.
 *
 * @param katalog        the catalogue
 * @param pruefbericht   the findings of all files read
 * @param regel          the counting rule
 * @param bild           the figures of the (latest) Stichtag, when status data was given
 * @param diff           the comparison of the first and the last Stichtag, when two were given
 * @param zusatzTabellen further tables (reuse coverage, a Land's implementation state …)
 * @param eingaben       the files read, in order, each with its own record count
 */
record Gesamtbericht(OzgKatalog katalog, Pruefbericht pruefbericht, Zaehlregel regel, Optional<Umsetzungsbild> bild,
        Optional<Stichtagsdiff> diff, List<Tabelle> zusatzTabellen, List<Eingabe> eingaben) {

    /** Copies the list of inputs. */
    Gesamtbericht {
        eingaben = List.copyOf(eingaben);
    }

    /** A report on data that was not read from files (the demo). */
    Gesamtbericht(OzgKatalog katalog, Pruefbericht pruefbericht, Zaehlregel regel, Optional<Umsetzungsbild> bild,
            Optional<Stichtagsdiff> diff, List<Tabelle> zusatzTabellen) {
        this(katalog, pruefbericht, regel, bild, diff, zusatzTabellen, List.of());
    }

    /**
     * One file read for the report, with its own balance: a file's records are never added to
     * another's.
     *
     * @param datei       the file
     * @param format      its format
     * @param datensaetze the data records read (for a status file: accepted and rejected)
     * @param abgewiesen  the status records rejected as broken; 0 for catalogue and Gebiete
     * @param inZahlen    whether the file's rows make the figures (the last status file)
     */
    record Eingabe(Path datei, Dateiformat format, long datensaetze, long abgewiesen, boolean inZahlen) {

        /** @return whether it is a status file */
        boolean isStatus() {
            return format == Dateiformat.STATUS_CSV || format == Dateiformat.STATUS_JSON
                    || format == Dateiformat.STATUS_JSONL;
        }

        /** One line for people, e.g. {@code stand.jsonl (status-jsonl): 20.000 Datensätze, davon 975 abgewiesen}. */
        String toText() {
            StringBuilder sb = new StringBuilder(datei.toString()).append(" (").append(format.kennung()).append("): ")
                    .append(zahl(datensaetze)).append(datensaetze == 1 ? " Datensatz" : " Datensätze");
            if (isStatus()) {
                sb.append(", davon ").append(zahl(abgewiesen)).append(" abgewiesen, ")
                        .append(zahl(datensaetze - abgewiesen)).append(" angenommen");
                sb.append(inZahlen ? " (in den Kennzahlen und der Zeilenbilanz)" : " (nur im Vergleich der Stichtage)");
            }
            return sb.toString();
        }
    }

    /**
     * The balance of the status records behind the figures: the rows the aggregation placed plus
     * the records of the same file the reader rejected, so that its parts add up to the records read.
     *
     * @return the balance, when status data was given
     */
    Optional<Zeilenbilanz> zeilenbilanz() {
        long abgewiesen = eingaben.stream().filter(Eingabe::inZahlen).mapToLong(Eingabe::abgewiesen).sum();
        return bild.map(b -> b.zeilenbilanz().withAbgewiesen(abgewiesen));
    }

    /**
     * The files read as a table, one row each.
     *
     * @return the table
     */
    Tabelle eingabenTabelle() {
        List<List<String>> zeilen = new ArrayList<>();
        for (Eingabe e : eingaben) {
            zeilen.add(List.of(e.datei().toString(), e.format().kennung(), zahl(e.datensaetze()),
                    e.isStatus() ? zahl(e.abgewiesen()) : "", e.isStatus() ? zahl(e.datensaetze() - e.abgewiesen()) : "",
                    e.isStatus() ? (e.inZahlen() ? "Kennzahlen, Zeilenbilanz" : "Vergleich") : "Stammdaten"));
        }
        return new Tabelle("Eingaben (Datensätze je Datei)", List.of("Datei", "Format", "Datensätze", "abgewiesen",
                "angenommen", "verwendet für"), zeilen);
    }

    static String zahl(long n) {
        return String.format(java.util.Locale.GERMANY, "%,d", n);
    }

    /**
     * The catalogue's figures per Themenfeld: OZG-Leistungen and LeiKa services, and — with
     * status data — how many are online under the rule.
     *
     * @return one row per Themenfeld of the catalogue, by number
     */
    List<ThemenfeldZeile> themenfelder() {
        Map<Themenfeld, Kennzahlen> online = bild.map(Umsetzungsbild::proThemenfeld).orElse(Map.of());
        List<ThemenfeldZeile> zeilen = new ArrayList<>();
        for (Themenfeld t : katalog.themenfelder()) {
            List<OzgLeistung> leistungen = katalog.leistungen(t);
            int leika = leistungen.stream().mapToInt(l -> l.leistungen().size()).sum();
            zeilen.add(new ThemenfeldZeile(t, leistungen.size(), leika, Optional.ofNullable(online.get(t))));
        }
        return zeilen;
    }

    /**
     * The catalogue figures of one Themenfeld.
     *
     * @param themenfeld    the Themenfeld
     * @param ozgLeistungen its OZG-Leistungen
     * @param leikaLeistungen its LeiKa services (rows of the catalogue)
     * @param kennzahlen    the status figures, when status data was given
     */
    record ThemenfeldZeile(Themenfeld themenfeld, int ozgLeistungen, int leikaLeistungen,
            Optional<Kennzahlen> kennzahlen) {
    }

    Tabelle themenfeldTabelle() {
        List<List<String>> zeilen = new ArrayList<>();
        for (ThemenfeldZeile z : themenfelder()) {
            List<String> zeile = new ArrayList<>(List.of(String.valueOf(z.themenfeld().nummer()),
                    z.themenfeld().bezeichnung(), String.valueOf(z.ozgLeistungen()),
                    String.valueOf(z.leikaLeistungen())));
            z.kennzahlen().ifPresent(k -> zeile.addAll(List.of(String.valueOf(k.ozgLeistungenOnline()),
                    String.valueOf(k.leikaOnline()), prozent(k.abdeckung()))));
            zeilen.add(zeile);
        }
        List<String> spalten = new ArrayList<>(List.of("Nr", "Themenfeld", "OZG-Leistungen", "LeiKa-Leistungen"));
        if (bild.isPresent()) {
            spalten.addAll(List.of("OZG online", "LeiKa online", "Abdeckung"));
        }
        return new Tabelle("Katalog je Themenfeld (" + katalog.leistungen().size() + " OZG-Leistungen, "
                + katalog.anzahlLeikaLeistungen() + " LeiKa-Leistungen, davon " + katalog.anzahlOhneSchluessel()
                + " nicht im LeiKa)", spalten, zeilen);
    }

    static String prozent(double anteil) {
        return String.format(java.util.Locale.GERMANY, "%.1f %%", anteil * 100);
    }
}
