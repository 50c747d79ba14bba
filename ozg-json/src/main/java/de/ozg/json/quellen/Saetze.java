package de.ozg.json.quellen;

import de.ozg.core.validation.Durchgang;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Kopf;
import de.ozg.core.validation.Spaltenart;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.core.validation.Zeile;
import de.ozg.json.csv.CsvProblem;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.CsvReader;
import de.ozg.json.csv.CsvRecord;
import de.ozg.json.csv.Spalte;
import de.ozg.json.csv.Spaltenschema;
import de.ozg.json.csv.Spaltenzuordnung;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** What both readers take from a CSV record and header in the same way. */
final class Saetze {

    private Saetze() {
    }

    /** The column name as the user wrote it in the header. */
    static String spaltenname(Spaltenzuordnung zuordnung, int index) {
        return zuordnung.header().get(index).strip();
    }

    /**
     * The cell count the rules compare with the header: surplus cells that are empty (Excel writes
     * {@code ;;} up to the widest row of a sheet) do not count, as in the CSV layer.
     */
    static int anzahl(CsvRecord satz) {
        int n = satz.cellCount();
        int erwartet = satz.expectedCellCount();
        while (n > erwartet && satz.cell(n - 1).isEmpty()) {
            n--;
        }
        return n;
    }

    /** The cell at a file index, or null when the header lacks the column or the row is too short. */
    static String zelle(CsvRecord satz, int index) {
        return index >= 0 && index < satz.cellCount() ? satz.cell(index) : null;
    }

    /**
     * Reports the missing required columns of a file without data rows: the rule set's own header
     * rule sees headers only through rows.
     */
    static void meldeFehlendeSpalten(CsvReader reader, Weitergabe weitergabe) {
        for (CsvProblem p : reader.problems()) {
            if (p.kind() == CsvProblem.Kind.MISSING_REQUIRED_COLUMN) {
                weitergabe.melde(p);
            }
        }
    }

    /**
     * Opens a file and hands it to the reader; the file name is the source of every location. A file
     * that cannot be opened gives the empty result of a fresh pass with a technical failure.
     */
    static <E> E lese(Path datei, Supplier<? extends Durchgang<?, E>> start,
            BiFunction<InputStream, String, E> leser) {
        Objects.requireNonNull(datei, "datei");
        Path name = datei.getFileName();
        String quelle = name == null ? datei.toString() : name.toString();
        InputStream in;
        try {
            in = Files.newInputStream(datei);
        } catch (IOException e) {
            Durchgang<?, E> p = start.get();
            p.technischerFehler(nichtLesbar(quelle, e));
            return p.ergebnis();
        }
        return leser.apply(in, quelle);
    }

    /**
     * The reading loop of both readers: maps the declared columns (parallel to the column enum) to
     * file positions, builds the header from the names as written, streams every record as a row into
     * the pass and forwards the CSV layer's problems in line order, except those the rules check
     * themselves. Closes the stream; a read failure becomes a technical failure of the pass.
     */
    static <S extends Enum<S> & Spaltenart, K extends Kopf<S, K>, Z extends Zeile<S, K>,
            B extends Zeile.AbstractBuilder<S, K, Z, B>, E> E lese(InputStream in, String quelle,
            CsvReadOptions optionen, Spaltenschema schema, Spalte[] spalten, Class<S> art,
            Set<CsvProblem.Kind> regelwerkPrueft, Durchgang<Z, E> pruefung,
            BiFunction<Map<S, String>, Integer, K> kopfAus, Function<K, B> builderAus) {
        S[] arten = art.getEnumConstants();
        try (CsvReader reader = CsvReader.open(in, schema, optionen)) {
            Weitergabe weitergabe = new Weitergabe(reader.problems(), quelle, regelwerkPrueft, pruefung::melde,
                    pruefung::technischerFehler);
            Spaltenzuordnung zuordnung = reader.header();
            int[] index = new int[arten.length];
            Map<S, String> namen = new EnumMap<>(art);
            for (S s : arten) {
                index[s.ordinal()] = zuordnung.index(spalten[s.ordinal()]).orElse(-1);
                if (index[s.ordinal()] >= 0) {
                    namen.put(s, spaltenname(zuordnung, index[s.ordinal()]));
                }
            }
            int erwartet = zuordnung.header().size();
            K kopf = kopfAus.apply(namen, erwartet).withKopfzeile(zuordnung.headerLine()).withQuelle(quelle);
            weitergabe.weiter();
            B zeile = builderAus.apply(kopf);
            long gelesen = 0;
            while (reader.hasNext()) {
                CsvRecord satz = reader.next();
                zeile.zeile(satz.line()).zellenAnzahl(anzahl(satz));
                for (S s : arten) {
                    zeile.zelle(s, zelle(satz, index[s.ordinal()]));
                }
                pruefung.pruefe(zeile.build());
                gelesen++;
                weitergabe.weiter();
            }
            weitergabe.weiter();
            if (gelesen == 0 && erwartet > 0) {
                meldeFehlendeSpalten(reader, weitergabe);
            }
        } catch (IOException e) {
            pruefung.technischerFehler(nichtLesbar(quelle, e));
        }
        return pruefung.ergebnis();
    }

    /** The technical failure of a file that cannot be read, located at the file when it has a name. */
    static TechnischerFehler nichtLesbar(String quelle, IOException e) {
        TechnischerFehler f = TechnischerFehler.of("Die Datei ist nicht lesbar: " + e.getMessage(),
                "The file cannot be read: " + e.getMessage(), e);
        return quelle == null ? f : f.withFundstelle(Fundstelle.quelle(quelle));
    }
}
