package de.ozg.json.quellen;

import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.table.TableCheck;
import de.ozg.core.table.TableColumn;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.gebiet.Gebietsregeln;
import de.ozg.core.validation.gebiet.Gebietsspalte;
import de.ozg.core.validation.katalog.Katalogregeln;
import de.ozg.core.validation.katalog.Katalogspalte;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.TableLimits;
import de.ozg.json.csv.internal.TableReader;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A tabular OZG source read from CSV and checked in the same pass: the result is the model of the
 * usable rows together with a report of every problem of the file, the data's own and the CSV's.
 * <ul>
 * <li>{@link #umsetzungskatalog()}: the OZG-Umsetzungskatalog, one row per LeiKa service (columns
 * {@link Katalogspalte}), read into an {@link OzgKatalog} and checked by
 * {@link Katalogregeln#standard()};</li>
 * <li>{@link #gemeindeverzeichnis()}: the Destatis Gemeindeverzeichnis (GV-ISys "Auszug", columns
 * {@link Gebietsspalte}, the machine names of the CSV export or the German titles of the
 * spreadsheet), read into a {@link Gebietsverzeichnis} and checked by {@link Gebietsregeln#standard()};
 * cells are handed to the rules exactly as written, the rules parse the German number format.</li>
 * </ul>
 * <pre>{@code
 * TableResult<OzgKatalog> r = CsvSource.umsetzungskatalog().read(Path.of("katalog.csv"), LocalDate.of(2019, 12, 31));
 * r.model().leistungen(Themenfeld.FAMILIE_KIND);
 * r.bericht().toText(Locale.GERMAN);
 * }</pre>
 *
 * <p>Exports differ in spelling and dialect: header names are matched tolerantly with the aliases of
 * the column enum; the delimiter ({@code ,} {@code ;} TAB), a UTF-8 byte order mark and CRLF, LF or
 * CR line ends are detected. The file is decoded strictly in the configured charset (UTF-8 by
 * default): undecodable bytes end the reading with a technical failure at their line that advises
 * {@link #withCharset(Charset)}, so the verdict is "nicht prüfbar". A file that cannot be opened
 * gives an empty model and a technical failure, never an exception.
 *
 * <p>Memory is bounded by the {@link TableLimits} of the options, by the model and the rules' state,
 * and by the stored findings: the standard rule sets store at most {@value #MAX_BEFUNDE_PRO_REGEL}
 * findings per rule and count the rest exactly ({@link Regelwerk#withMaxBefundeProRegel(int)}). A
 * record broken by its syntax or over a limit is one finding of a {@code CSV-…} rule and rejected
 * ({@link TableResult#abgewieseneZeilen()}); every finding, the reader's included, can be switched
 * off or re-rated in the rule set: {@code withRegelwerk(Katalogregeln.standard().without(TableRules.SPALTE_UNBEKANNT))}.
 * Every location names the physical line, the column as written in the header, and the file.
 *
 * <p>Immutable and thread-safe: one configured instance may read many files concurrently.
 *
 * @param <C> the column enum of the source
 * @param <M> the model type
 */
public final class CsvSource<C extends Enum<C> & TableColumn, M> {

    /** The most findings per rule the standard rule sets of the sources store; the rest are counted. */
    public static final int MAX_BEFUNDE_PRO_REGEL = 1_000;

    /** Built on first use: the rule sets are large. */
    private static final class Standard {
        static final CsvSource<Katalogspalte, OzgKatalog> KATALOG = new CsvSource<>(Katalogspalte.class,
                CsvReadOptions.defaults(), Katalogregeln.standard().withMaxBefundeProRegel(MAX_BEFUNDE_PRO_REGEL),
                Katalogregeln::check);
        static final CsvSource<Gebietsspalte, Gebietsverzeichnis> GEBIETE = new CsvSource<>(Gebietsspalte.class,
                CsvReadOptions.defaults(), Gebietsregeln.standard().withMaxBefundeProRegel(MAX_BEFUNDE_PRO_REGEL),
                Gebietsregeln::check);
    }

    private final Class<C> columns;
    private final CsvReadOptions options;
    private final Regelwerk<TableRow<C>> regelwerk;
    private final BiFunction<Regelwerk<TableRow<C>>, LocalDate, TableCheck<C, M>> pass;

    private CsvSource(Class<C> columns, CsvReadOptions options, Regelwerk<TableRow<C>> regelwerk,
            BiFunction<Regelwerk<TableRow<C>>, LocalDate, TableCheck<C, M>> pass) {
        this.columns = columns;
        this.options = Objects.requireNonNull(options, "options");
        this.regelwerk = Objects.requireNonNull(regelwerk, "regelwerk");
        this.pass = pass;
    }

    /**
     * The OZG-Umsetzungskatalog with {@link CsvReadOptions#defaults()} and
     * {@link Katalogregeln#standard()}, storing at most {@value #MAX_BEFUNDE_PRO_REGEL} findings per rule.
     *
     * @return the source
     */
    public static CsvSource<Katalogspalte, OzgKatalog> umsetzungskatalog() {
        return Standard.KATALOG;
    }

    /**
     * The Destatis Gemeindeverzeichnis with {@link CsvReadOptions#defaults()} and
     * {@link Gebietsregeln#standard()}, storing at most {@value #MAX_BEFUNDE_PRO_REGEL} findings per rule.
     *
     * @return the source
     */
    public static CsvSource<Gebietsspalte, Gebietsverzeichnis> gemeindeverzeichnis() {
        return Standard.GEBIETE;
    }

    /**
     * @param newOptions charset, fixed delimiter and limits, not null
     * @return a copy reading with these options
     */
    public CsvSource<C, M> withOptions(CsvReadOptions newOptions) {
        return new CsvSource<>(columns, newOptions, regelwerk, pass);
    }

    /**
     * @param charset the charset of files without byte order mark, e.g. ISO-8859-1 or windows-1252
     * @return a copy reading in this charset
     */
    public CsvSource<C, M> withCharset(Charset charset) {
        return withOptions(options.withCharset(charset));
    }

    /**
     * @param limits characters per cell, cells and characters per record
     * @return a copy reading with these limits
     */
    public CsvSource<C, M> withLimits(TableLimits limits) {
        return withOptions(options.withLimits(limits));
    }

    /**
     * @param newRegelwerk the rules of the source, such as {@code Katalogregeln.standard().without(...)}, not null
     * @return a copy checking with these rules
     */
    public CsvSource<C, M> withRegelwerk(Regelwerk<TableRow<C>> newRegelwerk) {
        return new CsvSource<>(columns, options, newRegelwerk, pass);
    }

    /** @return the column enum of the source */
    public Class<C> columns() {
        return columns;
    }

    /** @return the CSV options */
    public CsvReadOptions options() {
        return options;
    }

    /** @return the rule set */
    public Regelwerk<TableRow<C>> regelwerk() {
        return regelwerk;
    }

    /**
     * Reads and checks a file; its file name is the source of every location.
     *
     * @param file  the CSV file, not null
     * @param stand the date the data refers to (the catalogue's Stand, the Gebietsstand), not null
     * @return model and report
     */
    public TableResult<M> read(Path file, LocalDate stand) {
        Objects.requireNonNull(file, "file");
        return TableReader.read(file, columns, options, pass.apply(regelwerk, stand));
    }

    /**
     * Reads and checks a stream to its end and closes it.
     *
     * @param in     the CSV bytes, not null; closed by this method
     * @param quelle the source name for every location, such as the file name; null for none
     * @param stand  the date the data refers to, not null
     * @return model and report
     */
    public TableResult<M> read(InputStream in, String quelle, LocalDate stand) {
        Objects.requireNonNull(in, "in");
        return TableReader.read(in, columns, quelle, options, pass.apply(regelwerk, stand));
    }

    @Override
    public String toString() {
        return "CsvSource[" + columns.getSimpleName() + ", " + options + ", " + regelwerk + "]";
    }
}
