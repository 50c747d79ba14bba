package de.ozg.examples.erste;

import de.ozg.core.aggregation.Kennzahlen;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.katalog.Katalogregeln;
import de.ozg.core.validation.katalog.Katalogspalte;
import de.ozg.json.UmsetzungsstandReader;
import de.ozg.json.quellen.CsvSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Java walkthrough of README.md: check a catalogue with a rule set of one's own, read status
 * rows, count them. Kept here so that the README's code compiles against the current API, and run by
 * a test on small files so that it works too.
 */
public final class Rundgang {

    private Rundgang() {
    }

    /**
     * Reads and checks an Umsetzungskatalog CSV with the standard rules, one switched off, one
     * re-rated and one of the portal's own.
     *
     * @param csv the catalogue
     * @return the catalogue and its report
     */
    public static TableResult<OzgKatalog> pruefeKatalog(Path csv) {
        // README validation start
        Regelwerk<TableRow<Katalogspalte>> regeln = Katalogregeln.standard()
                .without(Katalogregeln.KENNZAHLEN)                                 // switch a rule off by its id
                .withSeverity(Katalogregeln.LEIKA_REGIONAL, Severity.WARNING)    // re-rate one
                .with(Regel.<TableRow<Katalogspalte>>perRecord("PORTAL-BEZEICHNUNG-KURZ", Severity.INFO,   // add your own
                        "LeiKa-Bezeichnung mit weniger als 5 Zeichen", "LeiKa name shorter than 5 characters",
                        (zeile, ctx) -> zeile.cell(Katalogspalte.LEIKA_BEZEICHNUNG)
                                .filter(b -> b.length() < 5)
                                .ifPresent(b -> ctx.befund().wert(b).report("Die LeiKa-Bezeichnung ist sehr kurz.",
                                        "The LeiKa name is very short."))));

        TableResult<OzgKatalog> ergebnis = CsvSource.umsetzungskatalog().withRegelwerk(regeln)
                .read(csv, LocalDate.of(2019, 12, 31));
        Pruefbericht bericht = ergebnis.bericht();
        System.out.print(bericht.toText(Locale.GERMAN));        // every finding: line, column, value, message
        if (bericht.isValid()) {
            OzgKatalog katalog = ergebnis.model();
            System.out.println(katalog.leistungen().size() + " OZG-Leistungen");
        }
        // README validation end
        return ergebnis;
    }

    /**
     * Reads status rows (JSON Lines) and counts them per Land under the dashboard's rule.
     *
     * @param katalog the catalogue
     * @param gv      the Gemeindeverzeichnis (Destatis GV100AD as CSV)
     * @param status  the status rows
     * @return the figures
     */
    public static Umsetzungsbild werteAus(OzgKatalog katalog, Path gv, Path status) {
        // README aggregation start
        Gebietsverzeichnis verzeichnis = CsvSource.gemeindeverzeichnis()
                .read(gv, LocalDate.of(2022, 12, 31)).model();
        List<Befund> befunde = new ArrayList<>();                  // bad rows are findings, not exceptions
        Umsetzungsbild bild;
        try (InputStream in = Files.newInputStream(status);
                UmsetzungsstandReader zeilen = UmsetzungsstandReader.jsonLines(in, befunde::add)) {
            bild = zeilen.stream().collect(Umsetzungsmatrix.collector(katalog, verzeichnis, Zaehlregel.DASHBOARD_ONLINE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Kennzahlen st = bild.proLand().get(Bundesland.SACHSEN_ANHALT);
        System.out.printf("Sachsen-Anhalt: %d of %d LeiKa services online, %d flächendeckend, %d bad rows%n",
                st.leikaOnline(), st.leikaRelevant(), st.leikaFlaechendeckend(), befunde.size());
        System.out.println(bild.zeilenbilanz());                    // where every row went, none lost
        // README aggregation end
        return bild;
    }

    /**
     * Streams status rows one at a time, in bounded memory, and reports the bad ones.
     *
     * @param status the status rows as JSON Lines
     * @return the number of good rows
     */
    public static long leseStatus(Path status) {
        // README status start
        long online = 0;
        try (InputStream in = Files.newInputStream(status);
                UmsetzungsstandReader zeilen = UmsetzungsstandReader.jsonLines(in,
                        befund -> System.err.println(befund.toText(Locale.GERMAN)))) {
            while (zeilen.hasNext()) {
                Umsetzungsstand s = zeilen.next();                    // one row at a time
                if (s.isOnline()) {
                    online++;
                }
            }
            System.out.println(zeilen.zeilen() + " rows, " + zeilen.fehlerhafteZeilen() + " bad, " + online + " online");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // README status end
        return online;
    }

    /**
     * Runs the walkthrough on files given as arguments.
     *
     * @param args the catalogue CSV, the Gemeindeverzeichnis CSV and the status rows (JSON Lines)
     */
    public static void main(String[] args) {
        TableResult<OzgKatalog> k = pruefeKatalog(Path.of(args[0]));
        werteAus(k.model(), Path.of(args[1]), Path.of(args[2]));
        leseStatus(Path.of(args[2]));
    }
}
