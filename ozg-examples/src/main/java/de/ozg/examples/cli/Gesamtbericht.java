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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run of {@code ozg report} or {@code ozg demo} computed, ready to be rendered as
 * text, JSON or HTML: the inputs with their Stand or Stichtage, the catalogue with its check, the
 * figures of the status data under one counting rule, optionally the comparison of two Stichtage
 * and further tables.
 *
 * @param katalog        the catalogue
 * @param pruefbericht   the findings of all inputs
 * @param regel          the counting rule
 * @param bild           the figures of the (latest) Stichtag, when status data was given
 * @param diff           the comparison of the first and the last Stichtag, when two were given
 * @param zusatzTabellen further tables (reuse coverage, a Land's implementation state …)
 * @param eingaben       the inputs, in order, each with its own record count
 */
record Gesamtbericht(OzgKatalog katalog, Pruefbericht pruefbericht, Zaehlregel regel, Optional<Umsetzungsbild> bild,
        Optional<Stichtagsdiff> diff, List<Tabelle> zusatzTabellen, List<Gesamtbericht.Eingabe> eingaben) {

    /** Copies the lists. */
    Gesamtbericht {
        zusatzTabellen = List.copyOf(zusatzTabellen);
        eingaben = List.copyOf(eingaben);
    }

    /**
     * One input of a report, with its own balance: a file's records are never added to another's. A
     * catalogue or Gebietsverzeichnis names its Stand and where the Stand comes from; a status file
     * names its Stichtage and what its rows were used for.
     *
     * @param datei       the file (for the demo: the name of its built-in source)
     * @param format      its format
     * @param rolle       what it is to the report
     * @param datensaetze the data records read (for a status file: accepted and rejected)
     * @param abgewiesen  the records rejected as broken
     * @param stand       the Stand of a catalogue or Gebietsverzeichnis, empty when unknown
     * @param standquelle where the Stand comes from
     * @param stichtage   the Stichtage of a status file's rows
     * @param inZahlen    whether the file's rows make the figures and the Zeilenbilanz (the last status file)
     * @param imVergleich whether the file's rows are one side of the Stichtag comparison
     */
    record Eingabe(Path datei, Dateiformat format, Rolle rolle, long datensaetze, long abgewiesen,
            Optional<LocalDate> stand, Standquelle standquelle, Stichtage stichtage, boolean inZahlen,
            boolean imVergleich) {

        /** What an input is to the report. */
        enum Rolle {
            KATALOG, GEBIETE, STATUS
        }

        /** Where the Stand of a catalogue or Gebietsverzeichnis comes from. */
        enum Standquelle {
            /** {@code --katalog-stand} or {@code --gebiete-stand}. */
            OPTION,
            /** The document itself (an {@code ozg-katalog} JSON document). */
            DOKUMENT,
            /** The built-in demo world. */
            DEMO,
            /** Nowhere: the Stand is unknown. */
            UNBEKANNT,
            /** A status file has Stichtage, no Stand. */
            KEINE
        }

        /** A catalogue or Gebietsverzeichnis. */
        static Eingabe stammdaten(Path datei, Dateiformat format, Rolle rolle, long datensaetze, long abgewiesen,
                Optional<LocalDate> stand, Standquelle quelle) {
            return new Eingabe(datei, format, rolle, datensaetze, abgewiesen, stand,
                    stand.isPresent() ? quelle : Standquelle.UNBEKANNT, new Stichtage(), false, false);
        }

        /** A status file. */
        static Eingabe status(Path datei, Dateiformat format, long datensaetze, long abgewiesen, Stichtage stichtage,
                boolean inZahlen, boolean imVergleich) {
            return new Eingabe(datei, format, Rolle.STATUS, datensaetze, abgewiesen, Optional.empty(),
                    Standquelle.KEINE, stichtage, inZahlen, imVergleich);
        }

        boolean isStatus() {
            return rolle == Rolle.STATUS;
        }

        /** @return the records that became status rows */
        long angenommen() {
            return datensaetze - abgewiesen;
        }

        /** "Stand 31.12.2019 (--katalog-stand)", "Stand unbekannt (…)" or the Stichtage. */
        String standText(Darstellung d) {
            if (isStatus()) {
                return stichtage.toText(d);
            }
            return d.text("stand." + standquelle.name(), d.datum(stand), rolle == Rolle.KATALOG ? "--katalog-stand"
                    : "--gebiete-stand");
        }

        /** "Kennzahlen, Zeilenbilanz, Vergleich", "Vergleich", "Stammdaten" … */
        String verwendung(Darstellung d) {
            if (!isStatus()) {
                return d.text("eingabe.stammdaten");
            }
            if (inZahlen && imVergleich) {
                return d.text("eingabe.zahlenUndVergleich");
            }
            return d.text(inZahlen ? "eingabe.zahlen" : imVergleich ? "eingabe.vergleich" : "eingabe.nurGeprueft");
        }
    }

    /** @return the catalogue input, if the report names its inputs */
    Optional<Eingabe> katalogEingabe() {
        return eingaben.stream().filter(e -> e.rolle() == Gesamtbericht.Eingabe.Rolle.KATALOG).findFirst();
    }

    /** @return the status inputs, in order */
    List<Gesamtbericht.Eingabe> statusEingaben() {
        return eingaben.stream().filter(Gesamtbericht.Eingabe::isStatus).toList();
    }

    /**
     * Whether the catalogue gave anything to count: a file that could not be decoded, or that holds
     * no valid row, has no OZG-Leistung, and every figure over it would be a misleading zero.
     */
    boolean isKatalogLesbar() {
        return !katalog.leistungen().isEmpty();
    }

    /** The Stichtage of the comparison's two sides: the first and the last status file. */
    Optional<List<Gesamtbericht.Eingabe>> vergleichsseiten() {
        List<Gesamtbericht.Eingabe> seiten = eingaben.stream().filter(Gesamtbericht.Eingabe::imVergleich).toList();
        return seiten.size() == 2 ? Optional.of(seiten) : Optional.empty();
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
     * @param themenfeld      the Themenfeld
     * @param ozgLeistungen   its OZG-Leistungen
     * @param leikaLeistungen its LeiKa services (rows of the catalogue)
     * @param kennzahlen      the status figures, when status data was given
     */
    record ThemenfeldZeile(Themenfeld themenfeld, int ozgLeistungen, int leikaLeistungen,
            Optional<Kennzahlen> kennzahlen) {
    }
}
