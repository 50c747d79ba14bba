package de.ozg.json;

import de.ozg.core.aggregation.Kennzahlen;
import de.ozg.core.aggregation.Stichtagsdiff;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.aggregation.Zeilenbilanz;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.validation.Pruefbericht;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code ozg report --json} prints, as a value with a JSON form: the catalogue's figures per
 * Themenfeld, with status data the figures of an {@link Umsetzungsbild} under one counting rule,
 * optionally the comparison of two Stichtage, and the counts of the findings. Written by
 * {@link OzgModule} (and its Jackson 3 twin) as
 * {@code {"regel", "katalog", "themenfelder", "laender"?, "gesamt"?, "zeilen"?, "diff"?, "befunde"}}, where
 * {@code zeilen} is the {@link #zeilenbilanz()} followed by {@code "dateien"}, the status files read;
 * the keys are a contract that scripts rely on (see {@code JSON-FORMAT.md}). A result: written, never
 * read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param katalog      the catalogue
 * @param regel        the counting rule
 * @param bild         the figures of the (latest) Stichtag, when status data was given
 * @param diff         the comparison of the first and the last Stichtag, when two were given
 * @param pruefbericht the findings of all inputs read
 * @param dateien      the status files read, in order, each with its own record balance
 */
public record Umsetzungsbericht(OzgKatalog katalog, Zaehlregel regel, Optional<Umsetzungsbild> bild,
        Optional<Stichtagsdiff> diff, Pruefbericht pruefbericht, List<Statusdatei> dateien) {

    /** Checks the components and copies the list. */
    public Umsetzungsbericht {
        Objects.requireNonNull(katalog, "katalog");
        Objects.requireNonNull(regel, "regel");
        Objects.requireNonNull(bild, "bild");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(pruefbericht, "pruefbericht");
        dateien = List.copyOf(dateien);
    }

    /**
     * A report without a list of status files, for figures that were not read from files.
     *
     * @param katalog      the catalogue
     * @param regel        the counting rule
     * @param bild         the figures, if any
     * @param diff         the comparison of two Stichtage, if any
     * @param pruefbericht the findings
     */
    public Umsetzungsbericht(OzgKatalog katalog, Zaehlregel regel, Optional<Umsetzungsbild> bild,
            Optional<Stichtagsdiff> diff, Pruefbericht pruefbericht) {
        this(katalog, regel, bild, diff, pruefbericht, List.of());
    }

    /**
     * The balance of the status records behind the figures: the rows the aggregation placed plus the
     * records the reader of the same file rejected as broken ({@link Statusdatei#inZahlen()}), so that
     * its parts add up to the records read.
     *
     * @return the balance, when there is an Umsetzungsbild
     */
    public Optional<Zeilenbilanz> zeilenbilanz() {
        long abgewiesen = dateien.stream().filter(Statusdatei::inZahlen).mapToLong(Statusdatei::abgewiesen).sum();
        return bild.map(b -> b.zeilenbilanz().withAbgewiesen(abgewiesen));
    }

    /**
     * One status file read for the report, written as
     * {@code {"datei", "format", "gesamt", "abgewiesen", "inZahlen"}}.
     *
     * @param datei      the file as given
     * @param format     its format, such as {@code status-jsonl}
     * @param gesamt     the data records read, accepted and rejected
     * @param abgewiesen the records rejected as broken
     * @param inZahlen   whether its rows make the figures (the last status file; earlier ones are
     *                   only compared)
     */
    public record Statusdatei(String datei, String format, long gesamt, long abgewiesen, boolean inZahlen) {

        /** Checks the components. */
        public Statusdatei {
            Objects.requireNonNull(datei, "datei");
            Objects.requireNonNull(format, "format");
            if (gesamt < 0 || abgewiesen < 0 || abgewiesen > gesamt) {
                throw new IllegalArgumentException("need 0 <= abgewiesen <= gesamt, was " + abgewiesen + " of "
                        + gesamt);
            }
        }
    }

    /**
     * The report of an Umsetzungsbild: its catalogue and rule, no comparison.
     *
     * @param bild         the figures
     * @param pruefbericht the findings of the inputs
     * @return the report
     */
    public static Umsetzungsbericht of(Umsetzungsbild bild, Pruefbericht pruefbericht) {
        return new Umsetzungsbericht(bild.katalog(), bild.regel(), Optional.of(bild), Optional.empty(), pruefbericht);
    }

    /**
     * The catalogue's figures per Themenfeld, with the status figures when there is an Umsetzungsbild.
     *
     * @return one row per Themenfeld of the catalogue, by number
     */
    public List<Themenfeldzeile> themenfelder() {
        return themenfelder(katalog, bild);
    }

    /**
     * The catalogue's figures per Themenfeld.
     *
     * @param katalog the catalogue
     * @param bild    the status figures, if any
     * @return one row per Themenfeld of the catalogue, by number
     */
    static List<Themenfeldzeile> themenfelder(OzgKatalog katalog, Optional<Umsetzungsbild> bild) {
        Map<Themenfeld, Kennzahlen> online = bild.map(Umsetzungsbild::proThemenfeld).orElse(Map.of());
        List<Themenfeldzeile> zeilen = new ArrayList<>();
        for (Themenfeld t : katalog.themenfelder()) {
            List<OzgLeistung> leistungen = katalog.leistungen(t);
            int leika = leistungen.stream().mapToInt(l -> l.leistungen().size()).sum();
            zeilen.add(new Themenfeldzeile(t, leistungen.size(), leika, Optional.ofNullable(online.get(t))));
        }
        return List.copyOf(zeilen);
    }

    /**
     * The catalogue figures of one Themenfeld, written as
     * {@code {"themenfeld", "nummer", "ozgLeistungen", "leikaLeistungen", <Kennzahlen>?}}.
     *
     * @param themenfeld      the Themenfeld
     * @param ozgLeistungen   its OZG-Leistungen
     * @param leikaLeistungen its LeiKa services (rows of the catalogue)
     * @param kennzahlen      the status figures, when status data was given
     */
    public record Themenfeldzeile(Themenfeld themenfeld, int ozgLeistungen, int leikaLeistungen,
            Optional<Kennzahlen> kennzahlen) {

        /** Checks the components. */
        public Themenfeldzeile {
            Objects.requireNonNull(themenfeld, "themenfeld");
            Objects.requireNonNull(kennzahlen, "kennzahlen");
        }
    }
}
