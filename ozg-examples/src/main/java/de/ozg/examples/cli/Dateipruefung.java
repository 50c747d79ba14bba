package de.ozg.examples.cli;

import de.ozg.core.OzgException;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Pruefer;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.json.OzgJson;
import de.ozg.json.OzgJsonException;
import de.ozg.json.UmsetzungsstandReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Checks one file of any format {@code ozg} understands and returns its report: every finding with
 * its place, the number of records, technical failures apart. Findings are capped per rule so that
 * a file with millions of bad rows stays in bounded memory; the counts stay exact.
 */
final class Dateipruefung {

    /** Stored findings per rule; the report counts the rest as suppressed. */
    static final int MAX_BEFUNDE_PRO_REGEL = 1_000;

    private Dateipruefung() {
    }

    /**
     * The result for one file.
     *
     * @param datei   the file
     * @param format  the detected format
     * @param bericht the report; its record count is the number of data records in the file
     * @param abgewiesen for a status file the records rejected as broken, else 0
     */
    record Ergebnis(Path datei, Dateiformat format, Pruefbericht bericht, long abgewiesen) {

        /** @return whether the file holds status rows */
        boolean isStatus() {
            return format == Dateiformat.STATUS_JSONL || format == Dateiformat.STATUS_JSON
                    || format == Dateiformat.STATUS_CSV;
        }
    }

    static Ergebnis pruefe(Path datei, Charset zeichensatz, LongConsumer fortschritt) throws IOException {
        Dateiformat format = Dateiformat.erkenne(datei);
        Pruefbericht bericht;
        long abgewiesen = 0;
        switch (format) {
            case STATUS_JSONL:
            case STATUS_JSON:
            case STATUS_CSV:
                Statuslesung l = status(datei, format, zeichensatz, fortschritt, zeile -> { });
                bericht = l.bericht();
                abgewiesen = l.abgewiesen();
                break;
            case KATALOG_JSON:
                bericht = katalogJson(datei);
                break;
            case UMSETZUNGSKATALOG_CSV:
                bericht = Quellen.katalog(datei, zeichensatz).bericht();
                break;
            case GEMEINDEVERZEICHNIS_CSV:
                bericht = Quellen.gebiete(datei, zeichensatz).bericht();
                break;
            default:
                throw new AssertionError(format);
        }
        return new Ergebnis(datei, format, bericht, abgewiesen);
    }

    /** Opens a status file of a detected format as a row reader reporting to {@code befunde}. */
    static UmsetzungsstandReader statusLeser(InputStream in, Dateiformat format, Charset zeichensatz,
            Consumer<Befund> befunde) {
        switch (format) {
            case STATUS_JSONL:
                return UmsetzungsstandReader.jsonLines(in, befunde);
            case STATUS_JSON:
                return UmsetzungsstandReader.jsonArray(in, befunde);
            case STATUS_CSV:
                return UmsetzungsstandReader.csv(in, zeichensatz, befunde);
            default:
                throw new IllegalArgumentException(format + " is not a status format");
        }
    }

    /**
     * What reading one status file gave: its report (findings capped per rule, with exact counts,
     * and the number of data records) and how many of the records were rejected.
     *
     * @param bericht    the report; {@code bericht.datensaetze()} is the number of data records read
     * @param abgewiesen the records rejected as broken, which never reached {@code ziel}
     */
    record Statuslesung(Pruefbericht bericht, long abgewiesen) {

        /** @return the data records read, accepted and rejected */
        long datensaetze() {
            return bericht.datensaetze();
        }

        /** @return the records that became status rows */
        long angenommen() {
            return bericht.datensaetze() - abgewiesen;
        }
    }

    /**
     * Streams the rows of a status file to {@code ziel} and reports the bad ones.
     *
     * @param datei       the file
     * @param format      one of the status formats
     * @param zeichensatz the charset of a CSV file (JSON is always UTF-8)
     * @param fortschritt told the number of records read now and then
     * @param ziel        receives every accepted row
     * @return the report and the count of rejected records
     * @throws IOException when the file cannot be read
     */
    static Statuslesung status(Path datei, Dateiformat format, Charset zeichensatz, LongConsumer fortschritt,
            Consumer<Umsetzungsstand> ziel) throws IOException {
        // the reader streams every finding; this run only caps what is stored, with exact counts
        Pruefer<Umsetzungsstand> pruefer = Regelwerk.<Umsetzungsstand>of()
                .mitMaxBefundenProRegel(MAX_BEFUNDE_PRO_REGEL).starte();
        String quelle = datei.toString();
        long zeilen = 0;
        long abgewiesen = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(datei), 1 << 16);
                UmsetzungsstandReader leser = statusLeser(in, format, zeichensatz,
                        b -> pruefer.melde(b.withFundstelle(b.fundstelle().withQuelle(quelle))))) {
            try {
                long n = 0;
                while (leser.hasNext()) {
                    ziel.accept(leser.next());
                    if ((++n & 0xFFFF) == 0) {
                        fortschritt.accept(leser.zeilen());
                    }
                }
            } finally {
                zeilen = leser.zeilen();
                abgewiesen = leser.fehlerhafteZeilen();
            }
        } catch (OzgException e) {
            pruefer.technischerFehler(TechnischerFehler.of(
                    "Datei nicht lesbar: " + e.getMessage(), "File not readable: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Pruefbericht gemeldet = pruefer.ergebnis();
        return new Statuslesung(Pruefbericht.of(gemeldet.befunde(), gemeldet.technischeFehler(), zeilen,
                gemeldet.unterdrueckungen()), abgewiesen);
    }

    private static Pruefbericht katalogJson(Path datei) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(datei))) {
            long n = OzgJson.readKatalog(in).leistungen().size();
            return Pruefbericht.of(java.util.List.of(), java.util.List.of(), n);
        } catch (OzgJsonException e) {
            Befund b = Befund.builder().regelId("JSON-DOKUMENT").severity(Severity.ERROR)
                    .fundstelle(e.pointer().map(Fundstelle::pointer).orElse(Fundstelle.unbekannt())
                            .withQuelle(datei.toString()))
                    .meldung(e.getMessage(), e.getMessage()).build();
            return Pruefbericht.of(java.util.List.of(b), java.util.List.of(), 0);
        }
    }
}
