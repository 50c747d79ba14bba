package de.ozg.json.quellen;

import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.katalog.Katalogergebnis;
import de.ozg.core.validation.katalog.Katalogkopf;
import de.ozg.core.validation.katalog.Katalogpruefung;
import de.ozg.core.validation.katalog.Katalogregeln;
import de.ozg.core.validation.katalog.Katalogspalte;
import de.ozg.core.validation.katalog.Katalogzeile;
import de.ozg.json.csv.CsvProblem;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.Spalte;
import de.ozg.json.csv.Spaltenschema;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an OZG-Umsetzungskatalog from CSV and checks it in the same pass: the result is the
 * {@link de.ozg.core.model.OzgKatalog} of the usable rows together with a report of every problem of
 * the file, the catalogue's own and the CSV's.
 *
 * <p>The catalogue is one row per LeiKa service under its OZG-Leistung (bundle), Lebenslage and
 * Themenfeld, with the columns of {@link Katalogspalte}. Exports of it differ in spelling and dialect,
 * so header names are matched tolerantly, with aliases ("Lage" for "Lebenslage", "Leistungsschlüssel"
 * or "LeiKa-Key" for "LeiKa-Schlüssel"; see {@link #spaltenschema()}); the delimiter ({@code ,}
 * {@code ;} TAB), a UTF-8 byte order mark and CRLF or LF line ends are detected; columns the format does
 * not know are kept out of the catalogue and noted as INFO. The file is decoded strictly in the
 * configured charset (UTF-8 by default): undecodable bytes end the reading with a technical failure at
 * their line that advises {@link #withCharset(Charset)}, so the verdict is "nicht prüfbar".
 *
 * <p>Rows stream one by one into a {@link Katalogpruefung} in constant memory (apart from the catalogue
 * and the findings); a bad row never stops the rest. The CSV layer's problems become findings after
 * {@link CsvBefunde}, except three that the catalogue rules check themselves, so that each defect is
 * reported once and its severity stays adjustable in the rule set: a missing required column is
 * {@code KATALOG-KOPF-PFLICHTSPALTE}, a short row {@code KATALOG-ZU-WENIGE-ZELLEN}, a long row
 * {@code KATALOG-ZU-VIELE-ZELLEN} (trailing empty cells, as Excel writes them, do not count). Only a file
 * without any data row, which those rules never see, gets {@value CsvBefunde#PFLICHTSPALTE_FEHLT}.
 * Every location names the physical line, the column as written in the header, and the source.
 * <pre>{@code
 * Katalogergebnis e = UmsetzungskatalogCsv.standard().lese(Path.of("katalog.csv"), LocalDate.of(2019, 12, 31));
 * e.katalog().leistungen(Themenfeld.FAMILIE_KIND);
 * e.bericht().toText(Locale.GERMAN);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one configured instance may read many files concurrently.
 */
public final class UmsetzungskatalogCsv {

    private static final Set<CsvProblem.Kind> REGELWERK_PRUEFT = EnumSet.of(
            CsvProblem.Kind.MISSING_REQUIRED_COLUMN, CsvProblem.Kind.TOO_FEW_CELLS, CsvProblem.Kind.TOO_MANY_CELLS);

    /** The declared columns, parallel to {@link Katalogspalte}; built on first use. */
    private static final class Schema {
        static final Spalte[] SPALTEN = {
            spalte(Katalogspalte.THEMENFELD),
            spalte(Katalogspalte.LEBENSLAGE, "Lage", "Unternehmenslage", "Lebens- und Unternehmenslage"),
            spalte(Katalogspalte.OZG_ID, "OZG-Nummer"),
            spalte(Katalogspalte.OZG_LEISTUNG, "OZG-Bezeichnung", "Leistungsbündel"),
            spalte(Katalogspalte.LEIKA_SCHLUESSEL, "Leistungsschlüssel", "LeiKa-Key"),
            spalte(Katalogspalte.LEIKA_BEZEICHNUNG, "Leistungsbezeichnung", "LeiKa-Name"),
            spalte(Katalogspalte.LEIKA_TYP, "Typisierung", "Typ"),
            spalte(Katalogspalte.RECHTSGRUNDLAGEN, "Rechtsgrundlage"),
            spalte(Katalogspalte.GESETZE, "Gesetz"),
            spalte(Katalogspalte.GESETZESKUERZEL, "Gesetzeskürzel"),
            spalte(Katalogspalte.SDG1, "SDG1"),
            spalte(Katalogspalte.SDG2, "SDG2"),
        };
        static final Spaltenschema SCHEMA = Spaltenschema.of(SPALTEN);

        private static Spalte spalte(Katalogspalte s, String... aliases) {
            return s.isPflicht() ? Spalte.required(s.bezeichnung(), aliases) : Spalte.optional(s.bezeichnung(), aliases);
        }
    }

    private final CsvReadOptions optionen;
    private final Regelwerk<Katalogzeile> regelwerk;

    private UmsetzungskatalogCsv(CsvReadOptions optionen, Regelwerk<Katalogzeile> regelwerk) {
        this.optionen = Objects.requireNonNull(optionen, "optionen");
        this.regelwerk = Objects.requireNonNull(regelwerk, "regelwerk");
    }

    /**
     * A reader with {@link CsvReadOptions#defaults()} (UTF-8 unless a byte order mark says otherwise,
     * delimiter detected) and {@link Katalogregeln#standard()}.
     *
     * @return the reader
     */
    public static UmsetzungskatalogCsv standard() {
        return new UmsetzungskatalogCsv(CsvReadOptions.defaults(), Katalogregeln.standard());
    }

    /**
     * The columns this reader knows, with their aliases; the seven columns that
     * {@link Katalogspalte#isPflicht()} calls required are required.
     *
     * @return the schema
     */
    public static Spaltenschema spaltenschema() {
        return Schema.SCHEMA;
    }

    /**
     * @param neueOptionen charset, fixed delimiter and cell length limit, not null
     * @return a copy reading with these options
     */
    public UmsetzungskatalogCsv withOptionen(CsvReadOptions neueOptionen) {
        return new UmsetzungskatalogCsv(neueOptionen, regelwerk);
    }

    /**
     * @param charset the charset of files without byte order mark, e.g. ISO-8859-1 or windows-1252
     * @return a copy reading in this charset
     */
    public UmsetzungskatalogCsv withCharset(Charset charset) {
        return new UmsetzungskatalogCsv(optionen.withCharset(charset), regelwerk);
    }

    /**
     * @param neuesRegelwerk the catalogue rules, e.g. {@code Katalogregeln.standard().ohne(...)}, not null
     * @return a copy checking with these rules
     */
    public UmsetzungskatalogCsv withRegelwerk(Regelwerk<Katalogzeile> neuesRegelwerk) {
        return new UmsetzungskatalogCsv(optionen, neuesRegelwerk);
    }

    /** @return the CSV options */
    public CsvReadOptions optionen() {
        return optionen;
    }

    /** @return the rule set */
    public Regelwerk<Katalogzeile> regelwerk() {
        return regelwerk;
    }

    /**
     * Reads and checks a file; its file name is the source of every location. A file that cannot be
     * opened gives an empty catalogue and a technical failure, not an exception.
     *
     * @param datei the CSV file, not null
     * @param stand the Stand of the catalogue, not null
     * @return catalogue and report
     */
    public Katalogergebnis lese(Path datei, LocalDate stand) {
        return Saetze.lese(datei, () -> Katalogpruefung.starte(regelwerk, stand),
                (in, quelle) -> lese(in, quelle, stand));
    }

    /**
     * Reads and checks a stream to its end and closes it.
     *
     * @param in     the CSV bytes, not null; closed by this method
     * @param quelle the source name for every location, such as the file name; null for none
     * @param stand  the Stand of the catalogue, not null
     * @return catalogue and report
     */
    public Katalogergebnis lese(InputStream in, String quelle, LocalDate stand) {
        Objects.requireNonNull(in, "in");
        return Saetze.lese(in, quelle, optionen, Schema.SCHEMA, Schema.SPALTEN, Katalogspalte.class, REGELWERK_PRUEFT,
                Katalogpruefung.starte(regelwerk, stand), Katalogkopf::of, Katalogzeile::builder);
    }
}
