package de.ozg.examples.cli;

import de.ozg.core.examples.Beispiele;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.json.UmsetzungsstandWriter;
import de.ozg.json.quellen.CsvSource;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Writes any number of realistic status rows (Umsetzungsstände) over the real keys of a catalogue
 * and a Gebietsverzeichnis, as the OZG-Dashboard would publish them Stichtag after Stichtag: per
 * LeiKa service a Bund row, or Land, Kreis and Gemeinde rows, with dashboard-like Reifegrad shares
 * (see {@link de.ozg.core.examples.Statusbeispiele#umsetzungsstaende(OzgKatalog, Gebietsverzeichnis, LocalDate)}). A
 * configurable small share of rows names a key that is not in the catalogue, and another share is
 * broken the way real deliveries break: the leading zero of the ARS lost to a spreadsheet, a
 * Leistungsschlüssel cut to 13 digits, or a line cut off in the middle (a broken JSON line, a short
 * CSV row).
 *
 * <p>Deterministic: the same world, seed and settings give the same bytes on every run and JDK.
 * Immutable and thread-safe; every {@link #schreibe} call starts from the seed again.
 */
public final class Statusgenerator {

    /** The first Stichtag unless set otherwise; each further Stichtag is one month later. */
    public static final LocalDate ERSTER_STICHTAG = LocalDate.of(2023, 1, 31);

    /** The output forms. */
    public enum Format {
        /** JSON Lines, one row object per line. */
        JSONL,
        /** The dashboard's CSV in the Excel dialect ({@code ;}, CRLF, byte order mark). */
        CSV
    }

    /**
     * A catalogue with the Gebiete its status rows are reported for.
     *
     * @param katalog     the catalogue
     * @param verzeichnis the Gebietsverzeichnis
     */
    public record Welt(OzgKatalog katalog, Gebietsverzeichnis verzeichnis) {

        /** Validates. */
        public Welt {
            Objects.requireNonNull(katalog, "katalog");
            Objects.requireNonNull(verzeichnis, "verzeichnis");
        }

        /**
         * A generated world: 200 OZG-Leistungen over about 400 Gemeinden in all 16 Länder.
         *
         * @param seed the seed
         * @return the world
         */
        public static Welt beispiel(long seed) {
            Beispiele b = Beispiele.ofSeed(seed);
            OzgKatalog katalog = b.katalog().katalog(200);
            return new Welt(katalog, b.gebiete().gebietsverzeichnis());
        }

        /**
         * The real 2019 Umsetzungskatalog and the Destatis Gemeindeverzeichnis from the shared data
         * directory, when both files are there.
         *
         * @param daten the data directory (with {@code kdn-nrw-ozg-katalog-2019/} and
         *              {@code destatis-gemeindeverzeichnis/})
         * @return the world, or empty when a file is missing
         */
        public static Optional<Welt> echt(Path daten) {
            Path katalog = daten.resolve("kdn-nrw-ozg-katalog-2019/umsetzungskatalog-2019.csv");
            Path gebiete = daten.resolve("destatis-gemeindeverzeichnis/AuszugGV4QAktuell.csv");
            if (!Files.isRegularFile(katalog) || !Files.isRegularFile(gebiete)) {
                return Optional.empty();
            }
            LocalDate stand = LocalDate.of(2019, 1, 1);
            return Optional.of(new Welt(CsvSource.umsetzungskatalog().read(katalog, stand).model(),
                    CsvSource.gemeindeverzeichnis().read(gebiete, stand).model()));
        }
    }

    /**
     * What one run wrote.
     *
     * @param zeilen               rows written (lines, without a CSV header)
     * @param unbekannteSchluessel rows with a key not in the catalogue
     * @param fehlerhafteZeilen    broken rows
     * @param stichtage            Stichtage begun
     */
    public record Bilanz(long zeilen, long unbekannteSchluessel, long fehlerhafteZeilen, int stichtage) {
    }

    private final Welt welt;
    private final long seed;
    private final LocalDate ersterStichtag;
    private final double anteilUnbekannt;
    private final double anteilFehlerhaft;

    private Statusgenerator(Welt welt, long seed, LocalDate ersterStichtag, double anteilUnbekannt,
            double anteilFehlerhaft) {
        this.welt = welt;
        this.seed = seed;
        this.ersterStichtag = ersterStichtag;
        this.anteilUnbekannt = anteilUnbekannt;
        this.anteilFehlerhaft = anteilFehlerhaft;
    }

    /**
     * A generator over the given world with 0.1 % rows of unknown keys and 0.05 % broken rows.
     *
     * @param welt the catalogue and Gebiete; the catalogue needs at least one keyed service
     * @param seed the seed
     * @return the generator
     */
    public static Statusgenerator of(Welt welt, long seed) {
        return new Statusgenerator(Objects.requireNonNull(welt, "welt"), seed, ERSTER_STICHTAG, 0.001, 0.0005);
    }

    /**
     * @param stichtag the first Stichtag
     * @return a copy with that first Stichtag
     */
    public Statusgenerator withErsterStichtag(LocalDate stichtag) {
        return new Statusgenerator(welt, seed, Objects.requireNonNull(stichtag, "stichtag"), anteilUnbekannt,
                anteilFehlerhaft);
    }

    /**
     * @param anteil the share of rows, 0 to 1, whose key is replaced by one not in the catalogue
     * @return a copy with that share
     */
    public Statusgenerator withUnbekannteSchluessel(double anteil) {
        return new Statusgenerator(welt, seed, ersterStichtag, anteil("unbekannte Schlüssel", anteil),
                anteilFehlerhaft);
    }

    /**
     * @param anteil the share of rows, 0 to 1, written broken
     * @return a copy with that share
     */
    public Statusgenerator withFehlerhafteZeilen(double anteil) {
        return new Statusgenerator(welt, seed, ersterStichtag, anteilUnbekannt, anteil("fehlerhafte Zeilen", anteil));
    }

    private static double anteil(String was, double anteil) {
        if (!(anteil >= 0 && anteil <= 1)) {
            throw new IllegalArgumentException("Anteil " + was + " must be from 0 to 1, was " + anteil);
        }
        return anteil;
    }

    /**
     * Writes {@code zeilen} rows (a CSV header besides) and flushes; {@code out} stays open.
     *
     * @param out         the output
     * @param format      the form
     * @param zeilen      the number of rows, at least 0
     * @param fortschritt told the number of rows written now and then
     * @return what was written
     * @throws UncheckedIOException when writing fails
     * @throws IllegalArgumentException when the catalogue has no keyed service
     */
    public Bilanz schreibe(OutputStream out, Format format, long zeilen, LongConsumer fortschritt) {
        if (zeilen < 0) {
            throw new IllegalArgumentException("number of rows must not be negative, was " + zeilen);
        }
        Objects.requireNonNull(format, "format");
        BufferedOutputStream puffer = new BufferedOutputStream(out, 1 << 16);
        // The writer must not flush to the file on every raw line we interleave: a shield keeps
        // its flushes inside this process, and the real flush happens once at the end.
        OutputStream schild = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                puffer.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                puffer.write(b, off, len);
            }
        };
        ByteArrayOutputStream zwischen = new ByteArrayOutputStream(1024);
        UmsetzungsstandWriter writer = oeffne(schild, format);
        UmsetzungsstandWriter einzeln = oeffne(zwischen, format);
        einzeln.flush();
        zwischen.reset();
        SplittableRandom stoerung = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Beispiele fremd = Beispiele.ofSeed(~seed);
        Set<Leistungsschluessel> bekannt = new HashSet<>(welt.katalog().schluessel());
        long grenzeUnbekannt = schwelle(anteilUnbekannt);
        long grenzeFehlerhaft = schwelle(anteilFehlerhaft);
        Beispiele beispiele = Beispiele.ofSeed(seed);
        long n = 0;
        long unbekannt = 0;
        long fehlerhaft = 0;
        int stichtage = 0;
        try {
            while (n < zeilen) {
                LocalDate stichtag = ersterStichtag.plusMonths(stichtage++);
                Iterator<Umsetzungsstand> it = beispiele.status().umsetzungsstaende(welt.katalog(), welt.verzeichnis(),
                        stichtag).iterator();
                if (!it.hasNext()) {
                    throw new IllegalArgumentException("the catalogue has no keyed LeiKa service to report on");
                }
                while (n < zeilen && it.hasNext()) {
                    Umsetzungsstand zeile = it.next();
                    long u = stoerung.nextLong() >>> 11;
                    if (u < grenzeUnbekannt) {
                        zeile = zeile.toBuilder().schluessel(unbekannterSchluessel(fremd, bekannt)).build();
                        unbekannt++;
                    } else if (u < grenzeUnbekannt + grenzeFehlerhaft) {
                        writer.flush();
                        einzeln.write(zeile);
                        einzeln.flush();
                        String text = zwischen.toString(StandardCharsets.UTF_8);
                        zwischen.reset();
                        puffer.write(verderbe(text, zeile, (int) Long.remainderUnsigned(stoerung.nextLong(), 3), format)
                                .getBytes(StandardCharsets.UTF_8));
                        fehlerhaft++;
                        n++;
                        continue;
                    }
                    writer.write(zeile);
                    if ((++n & 0xFFFF) == 0) {
                        fortschritt.accept(n);
                    }
                }
            }
            writer.close();
            puffer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Bilanz(n, unbekannt, fehlerhaft, stichtage);
    }

    private static UmsetzungsstandWriter oeffne(OutputStream out, Format format) {
        return format == Format.CSV ? UmsetzungsstandWriter.csv(out) : UmsetzungsstandWriter.jsonLines(out);
    }

    /** The share as a bound on 53 random bits, so the decision uses integer arithmetic only. */
    private static long schwelle(double anteil) {
        return (long) (anteil * (1L << 53));
    }

    private static Leistungsschluessel unbekannterSchluessel(Beispiele fremd, Set<Leistungsschluessel> bekannt) {
        Leistungsschluessel k = fremd.kennungen().leistungsschluessel();
        while (bekannt.contains(k)) {
            k = fremd.kennungen().leistungsschluessel();
        }
        return k;
    }

    /**
     * Breaks one written row as real deliveries break: 0 the ARS lost its leading digit (a
     * spreadsheet dropped the zero), 1 the key lost its last digit, 2 the line was cut off.
     */
    static String verderbe(String text, Umsetzungsstand zeile, int art, Format format) {
        String ars = zeile.ars().toString();
        String schluessel = zeile.schluessel().toString();
        switch (art) {
            case 0:
                return text.replace(ars, ars.substring(1));
            case 1:
                return text.replace(schluessel, schluessel.substring(0, 13));
            default:
                if (format == Format.JSONL) {
                    return text.substring(0, text.length() / 2) + "\n";
                }
                int ende = -1;
                for (int i = 0; i < 4; i++) {
                    ende = text.indexOf(';', ende + 1);
                }
                return text.substring(0, ende) + "\r\n";
        }
    }
}
