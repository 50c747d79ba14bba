package de.ozg.json;

import de.ozg.core.aggregation.Accumulator;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One call of {@link ParallelStatusReader#readAll}: the threads take, in file order, either the next
 * part to read or, when no part is ready, the next chunk to scan; scans are combined in order into
 * parts. Parts are finished in order ("the head"): a part's findings wait in its buffer until it is
 * the head, then go straight to the consumer.
 *
 * <p>Locks: {@code sperre} guards the plan and the pointers; {@code abschluss} orders the moves of
 * the head; each part's own monitor guards its buffer. The consumer is only called under the
 * monitor of the head part, so never by two threads at once.
 */
final class Lesung<A extends Accumulator<Umsetzungsstand, A, ?>> {

    private final ParallelStatusReader leser;
    private final List<StatusFile> dateien;
    private final Consumer<? super Befund> befunde;
    private final List<Supplier<A>> zeros = new ArrayList<>();
    private final Datei[] stand;
    private final Object sperre = new Object();
    private final Object abschluss = new Object();
    private final Object fortschrittSperre = new Object();
    private final List<Object[]> akkumulatoren = new ArrayList<>();

    private int teilDatei;
    private int teilIndex;
    private int scanDatei;
    private int scanIndex;
    private int kopfDatei;
    private int kopfIndex;
    private volatile Throwable fehler;

    /** A file being read: its chunks, the scans not yet planned, its parts, its counts. */
    private final class Datei {
        final StatusFile file;
        final List<StatusSplitter.Chunk> chunks;
        final StatusSplitter.Scan[] scans;
        final List<Teil> teile = new ArrayList<>();
        StatusSplitter.Planer planer;
        int eingespeist;
        boolean geplant;
        long datensaetze;
        long abgewiesen;
        long gelesen;

        Datei(int index, StatusFile file) throws IOException {
            this.file = file;
            long groesse = Files.size(file.path());
            long[] schnitte = leser.schnitte(file, groesse);
            // one offset gives at most one chunk: no need to cut (which reads a CSV header) to know it
            List<StatusSplitter.Chunk> c = schnitte.length <= 1 ? List.of() : StatusSplitter.chunks(file, schnitte);
            if (c.size() <= 1) {
                // one part: no pre-scan, the plain reader of the whole file
                this.chunks = List.of();
                this.scans = new StatusSplitter.Scan[0];
                teile.add(new Teil(index, 0, new StatusSplit(file.path().toString(), file.format(), file.options(), 0,
                        groesse, 1, null)));
                geplant = true;
            } else {
                this.chunks = c;
                this.scans = new StatusSplitter.Scan[c.size()];
                planer = new StatusSplitter.Planer(c.get(0).datei, s -> teile.add(new Teil(index, teile.size(), s)));
                geplant = planer.isFertig();
            }
        }
    }

    /** A part to read, with the findings it made before it became the head. */
    private final class Teil {
        final int datei;
        final int index;
        final StatusSplit split;
        List<Befund> puffer = new ArrayList<>();
        boolean direkt;
        boolean fertig;
        long datensaetze;
        long abgewiesen;

        Teil(int datei, int index, StatusSplit split) {
            this.datei = datei;
            this.index = index;
            this.split = split;
            this.direkt = datei == kopfDatei && index == kopfIndex;
        }
    }

    private record Scanauftrag(int datei, StatusSplitter.Chunk chunk) {
    }

    Lesung(ParallelStatusReader leser, List<StatusFile> dateien, Consumer<? super Befund> befunde,
            Function<? super StatusFile, ? extends Supplier<A>> zeros) throws IOException {
        this.leser = leser;
        this.dateien = dateien;
        this.befunde = befunde;
        this.stand = new Lesung.Datei[dateien.size()];
        for (int i = 0; i < stand.length; i++) {
            this.zeros.add(java.util.Objects.requireNonNull(zeros.apply(dateien.get(i)), "zeros"));
            stand[i] = new Datei(i, dateien.get(i));
        }
    }

    List<ParallelStatusReader.Result<A>> lies() {
        int n = leser.threads();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            akkumulatoren.add(new Object[stand.length]);
        }
        for (int w = 1; w < n; w++) {
            int nummer = w;
            Thread t = new Thread(() -> arbeite(nummer), "ozg-status-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        arbeite(0);
        boolean unterbrochen = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    unterbrochen = true;
                    scheitere(e);
                }
            }
        }
        if (unterbrochen) {
            Thread.currentThread().interrupt();
        }
        Throwable f = fehler;
        if (f != null) {
            if (f instanceof IOException) {
                throw new UncheckedIOException((IOException) f);
            }
            if (f instanceof RuntimeException) {
                throw (RuntimeException) f;
            }
            if (f instanceof Error) {
                throw (Error) f;
            }
            throw new IllegalStateException("reading was interrupted", f);
        }
        long[] datensaetze = new long[stand.length];
        long[] abgewiesen = new long[stand.length];
        List<A> ergebnis = new ArrayList<>();
        for (int i = 0; i < stand.length; i++) {
            datensaetze[i] = stand[i].datensaetze;
            abgewiesen[i] = stand[i].abgewiesen;
            A summe = null;
            for (Object[] akk : akkumulatoren) {
                @SuppressWarnings("unchecked")
                A a = (A) akk[i];
                if (a != null) {
                    summe = summe == null ? a : summe.merge(a);
                }
            }
            ergebnis.add(summe != null ? summe : zeros.get(i).get());
        }
        return ParallelStatusReader.ergebnisse(dateien, datensaetze, abgewiesen, ergebnis);
    }

    private void arbeite(int w) {
        Object[] akk = akkumulatoren.get(w);
        try {
            while (true) {
                Teil t = null;
                Scanauftrag s = null;
                synchronized (sperre) {
                    while (true) {
                        if (fehler != null) {
                            return;
                        }
                        t = nimmTeil();
                        if (t != null) {
                            break;
                        }
                        s = nimmScan();
                        if (s != null) {
                            break;
                        }
                        if (teilDatei >= stand.length) {
                            return;
                        }
                        sperre.wait();
                    }
                }
                if (t != null) {
                    lies(t, akk);
                    schliesseAb(t);
                } else {
                    StatusSplitter.Scan scan = s.chunk().scan();
                    synchronized (sperre) {
                        speise(s.datei(), scan);
                        sperre.notifyAll();
                    }
                }
            }
        } catch (Throwable e) {
            scheitere(e);
        }
    }

    private void scheitere(Throwable e) {
        synchronized (sperre) {
            if (fehler == null) {
                fehler = e;
            }
            sperre.notifyAll();
        }
    }

    /** The next part in file order, if it is planned; under {@code sperre}. */
    private Teil nimmTeil() {
        while (teilDatei < stand.length) {
            Datei d = stand[teilDatei];
            if (teilIndex < d.teile.size()) {
                return d.teile.get(teilIndex++);
            }
            if (!d.geplant) {
                return null;
            }
            teilDatei++;
            teilIndex = 0;
        }
        return null;
    }

    /** The next chunk in file order that is not scanned yet and still needed; under {@code sperre}. */
    private Scanauftrag nimmScan() {
        while (scanDatei < stand.length) {
            Datei d = stand[scanDatei];
            if (!d.geplant && scanIndex < d.chunks.size()) {
                return new Scanauftrag(scanDatei, d.chunks.get(scanIndex++));
            }
            scanDatei++;
            scanIndex = 0;
        }
        return null;
    }

    /** Hands the scans that are complete in file order to the file's planner; under {@code sperre}. */
    private void speise(int datei, StatusSplitter.Scan scan) {
        Datei d = stand[datei];
        d.scans[scan.chunk().index()] = scan;
        while (!d.planer.isFertig() && d.eingespeist < d.scans.length && d.scans[d.eingespeist] != null) {
            d.planer.add(d.scans[d.eingespeist]);
            d.scans[d.eingespeist++] = null;
        }
        d.geplant = d.planer.isFertig();
    }

    private void lies(Teil t, Object[] akk) throws IOException {
        Datei d = stand[t.datei];
        @SuppressWarnings("unchecked")
        A a = (A) akk[t.datei];
        if (a == null) {
            a = zeros.get(t.datei).get();
            akk[t.datei] = a;
        }
        String quelle = d.file.quelle();
        try (UmsetzungsstandReader r = t.split.open(leser.regelwerk(),
                b -> melde(t, quelle == null ? b : b.withFundstelle(b.fundstelle().withQuelle(quelle))))) {
            long n = 0;
            while (r.hasNext()) {
                a.add(r.next());
                if ((++n & 0xFFFF) == 0) {
                    if (fehler != null) {
                        return;
                    }
                    fortschritt(d, 0x10000);
                }
            }
            t.datensaetze = r.zeilen();
            t.abgewiesen = r.fehlerhafteZeilen();
            fortschritt(d, n & 0xFFFF);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void fortschritt(Datei d, long neu) {
        synchronized (fortschrittSperre) {
            d.gelesen += neu;
            leser.fortschritt().accept(d.file, d.gelesen);
        }
    }

    /** Takes a finding of a part: passes it on when the part is the head, else keeps it. */
    private void melde(Teil t, Befund b) {
        synchronized (t) {
            if (t.direkt) {
                befunde.accept(b);
                return;
            }
            t.puffer.add(b);
            while (!t.direkt && t.puffer.size() >= ParallelStatusReader.MAX_WARTENDE_BEFUNDE) {
                if (fehler != null) {
                    throw new Abbruch();
                }
                try {
                    t.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Abbruch();
                }
            }
        }
    }

    /** A part is read: count it, and move the head over every finished part. */
    private void schliesseAb(Teil t) {
        synchronized (abschluss) {
            synchronized (sperre) {
                t.fertig = true;
                Datei d = stand[t.datei];
                d.datensaetze += t.datensaetze;
                d.abgewiesen += t.abgewiesen;
            }
            while (true) {
                Teil neu;
                synchronized (sperre) {
                    Teil h = kopf();
                    if (h == null || !h.fertig) {
                        return;
                    }
                    kopfIndex++;
                    neu = kopf();
                    sperre.notifyAll();
                }
                if (neu != null) {
                    synchronized (neu) {
                        for (Befund b : neu.puffer) {
                            befunde.accept(b);
                        }
                        neu.puffer = null;
                        neu.direkt = true;
                        neu.notifyAll();
                    }
                }
            }
        }
    }

    /** The part at the head, stepping over files that are done; null when it is not planned yet. */
    private Teil kopf() {
        while (kopfDatei < stand.length) {
            Datei d = stand[kopfDatei];
            if (kopfIndex < d.teile.size()) {
                return d.teile.get(kopfIndex);
            }
            if (!d.geplant) {
                return null;
            }
            kopfDatei++;
            kopfIndex = 0;
        }
        return null;
    }

    /** Ends a reading thread that waits for its findings to be taken after another thread failed. */
    private static final class Abbruch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abbruch() {
            super("reading stopped: another thread failed", null, false, false);
        }
    }
}
