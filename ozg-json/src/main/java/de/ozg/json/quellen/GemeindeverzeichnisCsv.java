package de.ozg.json.quellen;

import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.gebiet.Gebietsergebnis;
import de.ozg.core.validation.gebiet.Gebietskopf;
import de.ozg.core.validation.gebiet.Gebietspruefung;
import de.ozg.core.validation.gebiet.Gebietsregeln;
import de.ozg.core.validation.gebiet.Gebietsspalte;
import de.ozg.core.validation.gebiet.Gebietszeile;
import de.ozg.json.csv.CsvProblem;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.Spalte;
import de.ozg.json.csv.Spaltenschema;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the Destatis Gemeindeverzeichnis (GV-ISys "Auszug") from CSV and checks it in the same pass:
 * the result is the {@link de.ozg.core.model.Gebietsverzeichnis} of Länder, Regierungsbezirke, Kreise,
 * Gemeindeverbände and Gemeinden at a Gebietsstand, together with a report of every problem.
 *
 * <p>Destatis publishes one row per Gebiet with a Satzart (10 Land … 60 Gemeinde), the parts of the
 * Regionalschlüssel in separate columns, the name and figures in German number format
 * ({@code " 90 164"}, {@code "9,43751"}). Both the machine-readable column names of the CSV export
 * ({@code satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,…,bevoelkerung,…}) and the
 * German titles of the spreadsheet ("Satzart", "Textkennzeichen", "RB", "VB", "Gem", "Gemeindename",
 * "Bevölkerung insgesamt", "Postleitzahl"…) are accepted, see {@link #spaltenschema()}; the columns
 * the library does not read (area, coordinates, Reisegebiet, Verstädterung) are known and ignored,
 * other columns are noted as INFO. Cells are handed to the rules exactly as written: the
 * {@link Gebietsregeln} parse the German number format. Delimiter, byte order mark, line ends and
 * strict decoding behave as in {@link UmsetzungskatalogCsv}.
 *
 * <p>Rows stream one by one into a {@link Gebietspruefung} in constant memory (apart from the directory
 * and the findings); a bad row never stops the rest. CSV problems become findings after
 * {@link CsvBefunde}, except a missing required column ({@code GEBIET-KOPF-PFLICHTSPALTE}) and a short
 * row ({@code GEBIET-ZU-WENIGE-ZELLEN}), which the Gebiet rules report themselves.
 *
 * <p>Immutable and thread-safe.
 */
public final class GemeindeverzeichnisCsv {

    private static final Set<CsvProblem.Kind> REGELWERK_PRUEFT = EnumSet.of(
            CsvProblem.Kind.MISSING_REQUIRED_COLUMN, CsvProblem.Kind.TOO_FEW_CELLS);

    /** The declared columns: first the read ones parallel to {@link Gebietsspalte}, then the ignored ones. */
    private static final class Schema {
        static final Spalte[] SPALTEN = {
            spalte(Gebietsspalte.SATZART, "Satzart", "Satz-art"),
            spalte(Gebietsspalte.TEXTKENNZEICHEN, "Textkennzeichen", "Text-kenn-zeichen"),
            spalte(Gebietsspalte.LAND, "Land"),
            spalte(Gebietsspalte.RB, "RB", "Regierungsbezirk", "Reg.-Bez."),
            spalte(Gebietsspalte.KREIS, "Kreis"),
            spalte(Gebietsspalte.VB, "VB", "Gemeindeverband"),
            spalte(Gebietsspalte.GEMEINDE, "Gem", "Gemeinde"),
            spalte(Gebietsspalte.NAME, "Gemeindename", "Amtlicher Gemeindename", "Name"),
            spalte(Gebietsspalte.BEVOELKERUNG, "Bevölkerung insgesamt", "Bevölkerung", "Einwohner"),
            spalte(Gebietsspalte.PLZ, "Postleitzahl", "PLZ"),
        };
        static final Spaltenschema SCHEMA = schema();

        private static Spalte spalte(Gebietsspalte s, String... aliases) {
            return s.isPflicht() ? Spalte.required(s.bezeichnung(), aliases) : Spalte.optional(s.bezeichnung(), aliases);
        }

        private static Spaltenschema schema() {
            List<Spalte> alle = new ArrayList<>(List.of(SPALTEN));
            alle.add(Spalte.optional("flaeche", "Fläche km2", "Fläche"));
            alle.add(Spalte.optional("maennlich", "männlich"));
            alle.add(Spalte.optional("weiblich"));
            alle.add(Spalte.optional("jekm2", "je km2", "Bevölkerung je km2"));
            alle.add(Spalte.optional("laengengrad", "Längengrad"));
            alle.add(Spalte.optional("breitengrad", "Breitengrad"));
            alle.add(Spalte.optional("schluessel", "Reisegebiet Schlüssel"));
            alle.add(Spalte.optional("bezeichnung", "Reisegebiet Bezeichnung"));
            alle.add(Spalte.optional("verstaedterungschluessel", "Verstädterung Schlüssel"));
            alle.add(Spalte.optional("verstaedterungbezeichnung", "Verstädterung Bezeichnung"));
            return Spaltenschema.of(alle);
        }
    }

    private final CsvReadOptions optionen;
    private final Regelwerk<Gebietszeile> regelwerk;

    private GemeindeverzeichnisCsv(CsvReadOptions optionen, Regelwerk<Gebietszeile> regelwerk) {
        this.optionen = Objects.requireNonNull(optionen, "optionen");
        this.regelwerk = Objects.requireNonNull(regelwerk, "regelwerk");
    }

    /**
     * A reader with {@link CsvReadOptions#defaults()} and {@link Gebietsregeln#standard()}.
     *
     * @return the reader
     */
    public static GemeindeverzeichnisCsv standard() {
        return new GemeindeverzeichnisCsv(CsvReadOptions.defaults(), Gebietsregeln.standard());
    }

    /**
     * The columns this reader knows, with their aliases: the ones of {@link Gebietsspalte} (required as
     * {@link Gebietsspalte#isPflicht()} says), then the ignored columns of the Destatis layout.
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
    public GemeindeverzeichnisCsv withOptionen(CsvReadOptions neueOptionen) {
        return new GemeindeverzeichnisCsv(neueOptionen, regelwerk);
    }

    /**
     * @param charset the charset of files without byte order mark, e.g. windows-1252
     * @return a copy reading in this charset
     */
    public GemeindeverzeichnisCsv withCharset(Charset charset) {
        return new GemeindeverzeichnisCsv(optionen.withCharset(charset), regelwerk);
    }

    /**
     * @param neuesRegelwerk the Gebiet rules, not null
     * @return a copy checking with these rules
     */
    public GemeindeverzeichnisCsv withRegelwerk(Regelwerk<Gebietszeile> neuesRegelwerk) {
        return new GemeindeverzeichnisCsv(optionen, neuesRegelwerk);
    }

    /** @return the CSV options */
    public CsvReadOptions optionen() {
        return optionen;
    }

    /** @return the rule set */
    public Regelwerk<Gebietszeile> regelwerk() {
        return regelwerk;
    }

    /**
     * Reads and checks a file; its file name is the source of every location. A file that cannot be
     * opened gives an empty directory and a technical failure, not an exception.
     *
     * @param datei        the CSV file, not null
     * @param gebietsstand the date the territorial state refers to, such as 2020-12-31; not null
     * @return directory and report
     */
    public Gebietsergebnis lese(Path datei, LocalDate gebietsstand) {
        return Saetze.lese(datei, () -> Gebietspruefung.starte(regelwerk, gebietsstand),
                (in, quelle) -> lese(in, quelle, gebietsstand));
    }

    /**
     * Reads and checks a stream to its end and closes it.
     *
     * @param in           the CSV bytes, not null; closed by this method
     * @param quelle       the source name for every location; null for none
     * @param gebietsstand the date the territorial state refers to, not null
     * @return directory and report
     */
    public Gebietsergebnis lese(InputStream in, String quelle, LocalDate gebietsstand) {
        Objects.requireNonNull(in, "in");
        return Saetze.lese(in, quelle, optionen, Schema.SCHEMA, Schema.SPALTEN, Gebietsspalte.class, REGELWERK_PRUEFT,
                Gebietspruefung.starte(regelwerk, gebietsstand), Gebietskopf::of, Gebietszeile::builder);
    }
}
