package de.ozg.json;

import de.ozg.core.table.TableHeader;
import de.ozg.json.csv.CsvDialect;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.TableLimits;
import de.ozg.json.csv.internal.TableReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Plans the reading of a status file in parts ({@link StatusSplit}) that can be read at the same
 * time, on several threads ({@link ParallelStatusReader}) or machines, and still give what one
 * reader gives for the whole file: the same records, the same findings with the same physical line
 * numbers, the same counts.
 *
 * <p>Planning is two steps, so that the expensive part runs in parallel too. The file is cut into
 * chunks of about equal size at line starts ({@link #chunks}); each chunk is scanned on its own
 * ({@link Chunk#scan()}), a pass that only counts line ends and, for CSV, follows the quotes; the
 * scans are then combined in file order into the parts ({@link #plan(List)}), which is cheap.
 *
 * <p><strong>JSON Lines</strong> are split at every chunk boundary: a record never spans a line.
 * <strong>CSV</strong> may hold line breaks inside quoted cells, so a line start is not always a
 * record start. The scan runs the table reader's record grammar over the chunk's bytes twice — once
 * as if the chunk began at a record start, once as if it began inside a quoted cell (after a line
 * end these are the only two possibilities) — and combining the scans in order tells which one is
 * true at each boundary. A boundary inside a quoted cell moves forward to the first line end at
 * which the cell's record has ended; there is no guessing and nothing is read twice. The first part
 * begins at the file start and reads the header row; the others begin after it and are given it.
 * Bytes the charset cannot decode end the reading of a CSV file (as they do for one reader), so no
 * part begins after the first of them. A CSV file is read whole, by one part, when its charset is
 * not UTF-8 or an ASCII-based single-byte charset (such as UTF-16 from a byte order mark), when it
 * has no usable header row, or when its delimiter is not ASCII. A JSON array is always one part.
 *
 * <p>Static methods only; thread-safe.
 */
public final class StatusSplitter {

    /** The chunk size {@link #chunks(StatusFile, long)} is given by {@link ParallelStatusReader} at most. */
    public static final long MAX_CHUNK_SIZE = 64L << 20;

    private StatusSplitter() {
    }

    /**
     * Cuts a file into chunks of about {@code chunkSize} bytes, each to be scanned on its own. For CSV
     * this reads the header row.
     *
     * @param file      the file
     * @param chunkSize the target size, at least 1
     * @return the chunks in file order: none for an empty JSON Lines file, one for a file that is
     *         read whole
     * @throws IOException when the file cannot be read
     */
    public static List<Chunk> chunks(StatusFile file, long chunkSize) throws IOException {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1, was " + chunkSize);
        }
        return chunks(file, gleicheSchnitte(groesse(file.path()), chunkSize, Integer.MAX_VALUE - 1));
    }

    /**
     * The offsets of equal chunks of {@code chunkSize} bytes over {@code groesse} bytes, at least
     * one and at most {@code hoechstens}: the last chunk takes the rest.
     */
    static long[] gleicheSchnitte(long groesse, long chunkSize, int hoechstens) {
        long n = Math.max(1, (groesse + chunkSize - 1) / chunkSize);
        long[] schnitte = new long[(int) Math.min(n, hoechstens)];
        for (int i = 0; i < schnitte.length; i++) {
            schnitte[i] = i * chunkSize;
        }
        return schnitte;
    }

    /**
     * Chunks that begin at the first line start at or after each of the given offsets.
     *
     * @param file     the file
     * @param schnitte ascending offsets, the first 0
     */
    static List<Chunk> chunks(StatusFile file, long[] schnitte) throws IOException {
        long groesse = groesse(file.path());
        Datei d = Datei.of(file, groesse);
        if (!d.teilbar) {
            return List.of(new Chunk(d, 0, 0, groesse));
        }
        List<Chunk> r = new ArrayList<>(schnitte.length);
        for (int i = 0; i < schnitte.length; i++) {
            long von = i == 0 ? 0 : Math.max(schnitte[i], schnitte[i - 1]);
            long bis = i + 1 < schnitte.length ? Math.max(von, schnitte[i + 1]) : groesse;
            if (von < groesse || i == 0) {
                r.add(new Chunk(d, r.size(), Math.min(von, groesse), Math.min(bis, groesse)));
            }
        }
        if (groesse == 0 && file.format() == StatusFormat.JSON_LINES) {
            return List.of();
        }
        return r;
    }

    /**
     * Combines the scans of all chunks of one file, in file order, into the parts to read.
     *
     * @param scans the scans of {@link #chunks} of one file, all of them and in order
     * @return the parts in file order
     */
    public static List<StatusSplit> plan(List<Scan> scans) {
        List<StatusSplit> r = new ArrayList<>();
        if (scans.isEmpty()) {
            return r;
        }
        Planer p = new Planer(scans.get(0).chunk.datei, r::add);
        for (Scan s : scans) {
            if (p.isFertig()) {
                break;
            }
            p.add(s);
        }
        if (!p.isFertig()) {
            throw new IllegalArgumentException("the scans do not cover the file " + scans.get(0).chunk.datei.pfad);
        }
        return r;
    }

    /**
     * Plans a file in one go on the calling thread: chunks, scans and plan.
     *
     * @param file      the file
     * @param chunkSize the target size of a chunk
     * @return the parts in file order
     * @throws IOException when the file cannot be read
     */
    public static List<StatusSplit> plan(StatusFile file, long chunkSize) throws IOException {
        List<Scan> scans = new ArrayList<>();
        for (Chunk c : chunks(file, chunkSize)) {
            scans.add(c.scan());
        }
        return plan(scans);
    }

    private static long groesse(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            return ch.size();
        }
    }

    /** What the start of a file says about splitting it. Serializable, as part of every chunk. */
    static final class Datei implements Serializable {
        private static final long serialVersionUID = 1L;

        final String pfad;
        final StatusFormat format;
        final String zeichensatz;
        final char trenner;
        final int[] grenzen;
        final long groesse;
        /** Whether the file is split at all; if not, it is one part. */
        final boolean teilbar;
        /** CSV: where the bytes after the byte order mark begin, where the data after the header row begin. */
        final long textbeginn;
        final long datenbeginn;
        /** CSV: the header row and the charset the parts after the first decode with (a byte order mark wins). */
        final StatusSplit.CsvHeader kopf;
        final String datenzeichensatz;
        /** CSV, single-byte charsets: the bytes the charset decodes. */
        final boolean[] gueltig;

        private Datei(StatusFile f, long groesse, boolean teilbar, long textbeginn, long datenbeginn,
                StatusSplit.CsvHeader kopf, String datenzeichensatz, boolean[] gueltig) {
            this.pfad = f.path().toString();
            this.format = f.format();
            this.zeichensatz = f.options().charset().name();
            this.trenner = f.options().delimiter();
            TableLimits l = f.options().limits();
            this.grenzen = new int[] {l.maxCellChars(), l.maxCells(), l.maxRecordChars()};
            this.groesse = groesse;
            this.teilbar = teilbar;
            this.textbeginn = textbeginn;
            this.datenbeginn = datenbeginn;
            this.kopf = kopf;
            this.datenzeichensatz = datenzeichensatz;
            this.gueltig = gueltig;
        }

        /** The reading options of the file, for the parts after the first with the charset the start showed. */
        CsvReadOptions optionen(boolean erster) {
            return new CsvReadOptions(java.nio.charset.Charset.forName(erster ? zeichensatz : datenzeichensatz), trenner,
                    new TableLimits(grenzen[0], grenzen[1], grenzen[2]));
        }

        static Datei of(StatusFile f, long groesse) throws IOException {
            switch (f.format()) {
                case JSON_LINES:
                    return new Datei(f, groesse, true, 0, 0, null, null, null);
                case JSON_ARRAY:
                    return new Datei(f, groesse, false, 0, 0, null, null, null);
                default:
                    return csv(f, groesse);
            }
        }

        /** Reads the header row as the reader of the first part will, and finds where the data begin. */
        private static Datei csv(StatusFile f, long groesse) throws IOException {
            Datei ganz = new Datei(f, groesse, false, 0, 0, null, null, null);
            TableReader.Listener still = TableReader.Listener.of(b -> { }, b -> { }, e -> { });
            try (FileChannel ch = FileChannel.open(f.path(), StandardOpenOption.READ);
                    TableReader<UmsetzungsstandCsv.Spalte> r = TableReader.open(Channels.newInputStream(ch),
                            UmsetzungsstandCsv.Spalte.class, f.options(), null,
                            still)) {
                if (r.header().isEmpty() || !r.header().get().missingRequired().isEmpty()) {
                    return ganz;
                }
                CsvDialect d = r.dialect();
                if (!Abschnittsscan.isTeilbar(d.charset(), d.delimiter())) {
                    return ganz;
                }
                long textbeginn = d.bom() ? 3 : 0;
                TableHeader<UmsetzungsstandCsv.Spalte> h = r.header().get();
                long datenbeginn = zeilenbeginn(ch, textbeginn, r.line() - 1, groesse);
                return new Datei(f, groesse, true, textbeginn, datenbeginn,
                        new StatusSplit.CsvHeader(d.delimiter(), h.cells(), h.line()), d.charset().name(),
                        Abschnittsscan.gueltigeBytes(d.charset()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /** The position after the {@code zeilen}-th line end from {@code von}. */
        private static long zeilenbeginn(FileChannel ch, long von, long zeilen, long groesse) throws IOException {
            if (zeilen <= 0) {
                return von;
            }
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(64 * 1024);
            long n = 0;
            long pos = von;
            boolean cr = false;
            while (pos < groesse) {
                b.clear();
                int k = ch.read(b, pos);
                if (k <= 0) {
                    break;
                }
                for (int i = 0; i < k; i++) {
                    byte c = b.get(i);
                    if (cr) {
                        cr = false;
                        if (n == zeilen) {
                            return c == '\n' ? pos + i + 1 : pos + i;
                        }
                        if (c == '\n') {
                            continue;
                        }
                    }
                    if (c == '\n') {
                        if (++n == zeilen) {
                            return pos + i + 1;
                        }
                    } else if (c == '\r') {
                        n++;
                        cr = true;
                    }
                }
                pos += k;
            }
            return groesse;
        }
    }

    /**
     * A piece of a file, cut at line starts, to be scanned on its own. Serializable, so that it can
     * be scanned on another machine that has the file under the same path.
     */
    public static final class Chunk implements Serializable {
        private static final long serialVersionUID = 1L;

        final Datei datei;
        final int index;
        final long von;
        final long bis;

        Chunk(Datei datei, int index, long von, long bis) {
            this.datei = datei;
            this.index = index;
            this.von = von;
            this.bis = bis;
        }

        /** @return the position of the chunk in its file, from 0 */
        public int index() {
            return index;
        }

        /**
         * Reads the chunk once: finds its line-start boundaries and counts its line ends; for CSV
         * also follows the quotes from both possible start states and looks for undecodable bytes.
         *
         * @return the scan
         * @throws IOException when the file cannot be read
         */
        public Scan scan() throws IOException {
            if (!datei.teilbar) {
                return new Scan(this, 0, datei.groesse, null, 0);
            }
            try (FileChannel ch = FileChannel.open(Path.of(datei.pfad), StandardOpenOption.READ)) {
                long start = index == 0 ? 0 : Abschnittsscan.zeilenanfang(ch, von, datei.groesse);
                long end = bis >= datei.groesse ? datei.groesse : Abschnittsscan.zeilenanfang(ch, bis, datei.groesse);
                end = Math.max(start, end);
                if (datei.format == StatusFormat.JSON_LINES) {
                    return new Scan(this, start, end, null, Abschnittsscan.zaehleZeilen(ch, start, end));
                }
                long text = Math.max(start, datei.textbeginn);
                Abschnittsscan.Ergebnis e = Abschnittsscan.csv(ch, text, Math.max(text, end), datei.kopf.delimiter(),
                        datei.gueltig);
                return new Scan(this, start, end, e, e.zeilen());
            }
        }

        @Override
        public String toString() {
            return "Chunk " + index + " [" + von + ", " + bis + ") of " + datei.pfad;
        }
    }

    /** What scanning one chunk found; serializable, to be sent back for {@link #plan(List)}. */
    public static final class Scan implements Serializable {
        private static final long serialVersionUID = 1L;

        final Chunk chunk;
        final long start;
        final long end;
        final long zeilen;
        final int ausS;
        final int ausQ;
        final long q;
        final long qZeilen;
        final long schlecht;

        Scan(Chunk chunk, long start, long end, Abschnittsscan.Ergebnis e, long zeilen) {
            this.chunk = chunk;
            this.start = start;
            this.end = end;
            this.zeilen = zeilen;
            this.ausS = e == null ? Abschnittsscan.S : e.ausS();
            this.ausQ = e == null ? Abschnittsscan.Q : e.ausQ();
            this.q = e == null ? -1 : e.q();
            this.qZeilen = e == null ? 0 : e.qZeilen();
            this.schlecht = e == null ? -1 : e.schlecht();
        }

        /** @return the chunk scanned */
        public Chunk chunk() {
            return chunk;
        }

        @Override
        public String toString() {
            return "Scan of chunk " + chunk.index + ": [" + start + ", " + end + "), " + zeilen + " line ends";
        }
    }

    /**
     * Combines scans in file order into parts, as they arrive: a part is handed on as soon as its
     * end is known. Not thread-safe.
     */
    static final class Planer {
        private final Datei d;
        private final Consumer<StatusSplit> ziel;
        private int erwartet;
        private boolean fertig;
        /** The start, first line and header of the part whose end is not known yet; -1 for none. */
        private long offenStart = -1;
        private long offenZeile;
        private StatusSplit.CsvHeader offenKopf;
        /** The grammar state at the start of the next chunk, and the line ends before it. */
        private int zustand = Abschnittsscan.S;
        private long zeilenDavor;

        Planer(Datei d, Consumer<StatusSplit> ziel) {
            this.d = d;
            this.ziel = Objects.requireNonNull(ziel);
            if (!d.teilbar) {
                ziel.accept(new StatusSplit(d.pfad, d.format, d.optionen(true), 0, d.groesse, 1, null));
                fertig = true;
            } else if (d.format == StatusFormat.CSV) {
                offenStart = 0;
                offenZeile = 1;
            }
        }

        /** Whether every part is known; later scans are not needed. */
        boolean isFertig() {
            return fertig;
        }

        void add(Scan s) {
            if (fertig) {
                return;
            }
            if (s.chunk.index != erwartet) {
                throw new IllegalArgumentException("scans must come in file order: expected chunk " + erwartet
                        + ", got " + s.chunk.index);
            }
            erwartet++;
            if (d.format == StatusFormat.JSON_LINES) {
                if (s.start < s.end) {
                    ziel.accept(new StatusSplit(d.pfad, d.format, d.optionen(true), s.start, s.end, 1 + zeilenDavor,
                            null));
                }
                zeilenDavor += s.zeilen;
                fertig = s.end >= d.groesse;
                return;
            }
            long neu = -1;
            long neueZeile = 0;
            if (s.chunk.index > 0 && s.start >= d.datenbeginn && s.start < d.groesse) {
                if (zustand == Abschnittsscan.S) {
                    neu = s.start;
                    neueZeile = 1 + zeilenDavor;
                } else if (s.q >= 0 && s.q < d.groesse) {
                    neu = s.q;
                    neueZeile = 1 + zeilenDavor + s.qZeilen;
                }
            }
            if (neu >= 0 && s.schlecht >= 0 && s.schlecht < neu) {
                // the reading ends at the undecodable byte, in the part before
                neu = -1;
            }
            if (neu >= 0) {
                schliesse(neu);
                offenStart = neu;
                offenZeile = neueZeile;
                offenKopf = d.kopf;
            }
            zustand = zustand == Abschnittsscan.S ? s.ausS : s.ausQ;
            zeilenDavor += s.zeilen;
            if (s.schlecht >= 0 || s.end >= d.groesse) {
                schliesse(d.groesse);
                fertig = true;
            }
        }

        private void schliesse(long ende) {
            ziel.accept(new StatusSplit(d.pfad, d.format, d.optionen(offenKopf == null), offenStart, ende, offenZeile,
                    offenKopf));
        }
    }
}
