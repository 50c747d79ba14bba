package de.ozg.json;

import de.ozg.core.aggregation.Accumulator;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.status.StatusRow;
import de.ozg.core.validation.status.StatusRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * Reads status files with several threads into mergeable accumulators and gives exactly what
 * reading each file with one {@link UmsetzungsstandReader} gives: the same accumulated result, the
 * same record counts, and the same findings with the same physical line numbers, delivered in file
 * order.
 *
 * <p>Each file is cut into parts by {@link StatusSplitter} (JSON Lines at line starts; CSV at line
 * starts outside quoted cells, found exactly by a quote-following pre-scan; a JSON array, or a CSV
 * file in a charset that cannot be split by bytes, is one part). The threads take the parts in
 * file order — several files are read at the same time once the parts of the first are taken — and
 * each thread adds the rows it reads to its own accumulator per file, from the factory given; the
 * accumulators of a file are {@linkplain Accumulator#merge merged} at the end. This relies on the
 * accumulator laws (the result does not depend on the order of the rows or on how they are split),
 * which every accumulator of {@code de.ozg.core.aggregation} has.
 *
 * <p>Findings: the consumer is called by one thread at a time, in file order and, within a file, in
 * line order, from the reading threads. A part's findings wait in memory only until the parts before
 * it are done; a part that has {@value #MAX_WARTENDE_BEFUNDE} findings waiting stops until it is
 * the first unfinished part, so memory stays bounded however broken the input is. Each chunk is
 * scanned just before it is read, so the pre-scan reads bytes the operating system still holds.
 *
 * <p>With one thread the files are read one after another, each by one reader, without pre-scan.
 * An input that fails (not an undecodable byte, which is a finding) stops all threads, and the
 * failure is thrown; nothing is returned.
 *
 * <p>Immutable and thread-safe; each call reads with threads of its own.
 */
public final class ParallelStatusReader {

    /** The findings a part keeps waiting before it stops reading until it is first in line. */
    public static final int MAX_WARTENDE_BEFUNDE = 10_000;

    private final int threads;
    private final Regelwerk<StatusRow> regelwerk;
    private final long chunkSize;
    private final ObjLongConsumer<StatusFile> fortschritt;
    /** For tests: the chunk offsets of a file instead of equal chunks. */
    final Function<StatusFile, long[]> schnitte;

    private ParallelStatusReader(int threads, Regelwerk<StatusRow> regelwerk, long chunkSize,
            ObjLongConsumer<StatusFile> fortschritt, Function<StatusFile, long[]> schnitte) {
        this.threads = threads;
        this.regelwerk = regelwerk;
        this.chunkSize = chunkSize;
        this.fortschritt = fortschritt;
        this.schnitte = schnitte;
    }

    /**
     * A reader with the given number of threads and the {@linkplain StatusRules#standard() standard
     * rules}.
     *
     * @param threads the number of threads, at least 1
     * @return the reader
     */
    public static ParallelStatusReader of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        return new ParallelStatusReader(threads, StatusRules.standard(), 0, (f, n) -> { }, null);
    }

    /**
     * A reader with as many threads as the JVM has processors.
     *
     * @return the reader
     */
    public static ParallelStatusReader ofAvailableProcessors() {
        return of(Runtime.getRuntime().availableProcessors());
    }

    /** @return the number of threads */
    public int threads() {
        return threads;
    }

    /**
     * @param newRegelwerk the status rules every part is checked with
     * @return a copy with these rules
     */
    public ParallelStatusReader withRegelwerk(Regelwerk<StatusRow> newRegelwerk) {
        return new ParallelStatusReader(threads, Objects.requireNonNull(newRegelwerk, "newRegelwerk"), chunkSize,
                fortschritt, schnitte);
    }

    /**
     * @param newChunkSize the size of the chunks files are cut into, in bytes; 0 for the default: a
     *                     quarter of a file's share per thread, between 1 MiB and
     *                     {@link StatusSplitter#MAX_CHUNK_SIZE}
     * @return a copy with this chunk size
     */
    public ParallelStatusReader withChunkSize(long newChunkSize) {
        if (newChunkSize < 0) {
            throw new IllegalArgumentException("chunk size must not be negative, was " + newChunkSize);
        }
        return new ParallelStatusReader(threads, regelwerk, newChunkSize, fortschritt, schnitte);
    }

    /**
     * @param newFortschritt told now and then, from any reading thread but one at a time, the number
     *                       of records of a file read so far
     * @return a copy that reports progress
     */
    public ParallelStatusReader withFortschritt(ObjLongConsumer<StatusFile> newFortschritt) {
        return new ParallelStatusReader(threads, regelwerk, chunkSize,
                Objects.requireNonNull(newFortschritt, "newFortschritt"), schnitte);
    }

    ParallelStatusReader withSchnitte(Function<StatusFile, long[]> newSchnitte) {
        return new ParallelStatusReader(threads, regelwerk, chunkSize, fortschritt, newSchnitte);
    }

    /**
     * What reading one file gave.
     *
     * @param <A>         the accumulator
     * @param file        the file
     * @param datensaetze the data records read, accepted and rejected, as {@link UmsetzungsstandReader#zeilen()}
     * @param abgewiesen  the records rejected, as {@link UmsetzungsstandReader#fehlerhafteZeilen()}
     * @param accumulator the merged accumulator of the accepted rows
     */
    public record Result<A>(StatusFile file, long datensaetze, long abgewiesen, A accumulator) {
    }

    /**
     * Reads one file.
     *
     * @param <A>     the accumulator
     * @param file    the file
     * @param befunde receives every finding, in line order
     * @param zero    a factory of empty accumulators, called once per thread that reads a part
     * @return the result
     * @throws UncheckedIOException when a file cannot be read
     */
    public <A extends Accumulator<Umsetzungsstand, A, ?>> Result<A> read(StatusFile file,
            Consumer<? super Befund> befunde, Supplier<A> zero) {
        Objects.requireNonNull(zero, "zero");
        return readAll(List.of(file), befunde, f -> zero).get(0);
    }

    /**
     * Reads several files, each into accumulators of its own.
     *
     * @param <A>     the accumulator
     * @param files   the files
     * @param befunde receives every finding, file after file, each file's in line order
     * @param zeros   the factory of empty accumulators for each file
     * @return the results in the order of the files
     * @throws UncheckedIOException when a file cannot be read
     */
    public <A extends Accumulator<Umsetzungsstand, A, ?>> List<Result<A>> readAll(List<StatusFile> files,
            Consumer<? super Befund> befunde, Function<? super StatusFile, ? extends Supplier<A>> zeros) {
        Objects.requireNonNull(befunde, "befunde");
        Objects.requireNonNull(zeros, "zeros");
        List<StatusFile> dateien = List.copyOf(files);
        Lesung<A> lesung;
        try {
            lesung = new Lesung<>(this, dateien, befunde, zeros);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lesung.lies();
    }

    Regelwerk<StatusRow> regelwerk() {
        return regelwerk;
    }

    ObjLongConsumer<StatusFile> fortschritt() {
        return fortschritt;
    }

    /** The chunk offsets of a file: equal chunks, or one for a single thread. */
    long[] schnitte(StatusFile f, long groesse) {
        if (schnitte != null) {
            return schnitte.apply(f);
        }
        if (threads == 1) {
            return new long[] {0};
        }
        long c = chunkSize > 0 ? chunkSize
                : Math.max(1L << 20, Math.min(StatusSplitter.MAX_CHUNK_SIZE, groesse / (4L * threads)));
        return StatusSplitter.gleicheSchnitte(groesse, c, 1 << 20);
    }

    @Override
    public String toString() {
        return "ParallelStatusReader[" + threads + " threads]";
    }

    // the reading itself is in Lesung, one per call
    static <A> List<Result<A>> ergebnisse(List<StatusFile> dateien, long[] datensaetze, long[] abgewiesen,
            List<A> akkumulatoren) {
        List<Result<A>> r = new ArrayList<>(dateien.size());
        for (int i = 0; i < dateien.size(); i++) {
            r.add(new Result<>(dateien.get(i), datensaetze[i], abgewiesen[i], akkumulatoren.get(i)));
        }
        return r;
    }
}
