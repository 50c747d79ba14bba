package de.ozg.spark;

import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.UmsetzungsmatrixCodec;
import de.ozg.core.validation.Befund;
import de.ozg.json.StatusFile;
import de.ozg.json.StatusSplit;
import de.ozg.json.StatusSplitter;
import de.ozg.json.UmsetzungsstandReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Status files as Spark Datasets, read with the library's own readers and checks: a file is planned
 * into parts by {@link StatusSplitter} — its chunks are scanned on the executors, the cheap combining
 * step runs on the driver — and every part is one partition, read by an
 * {@link UmsetzungsstandReader} with the {@linkplain de.ozg.core.validation.status.StatusRules#standard()
 * standard status rules}. So the rows, the findings (with the physical lines of the whole file) and
 * the counts are those one reader gives for each file.
 *
 * <p>The files must be readable under the same path on every executor (a shared file system). Each
 * Dataset is lazy; every action on one reads the files, so an application that needs rows, findings
 * and counts reads three times, or caches what it reuses.
 *
 * <p>Static methods only; thread-safe.
 */
public final class StatusDatasets {

    /** The counts of a reading: records met and records rejected, over all files. */
    public record Bilanz(long datensaetze, long abgewiesen) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** @return the records that became rows */
        public long angenommen() {
            return datensaetze - abgewiesen;
        }
    }

    private StatusDatasets() {
    }

    /**
     * Plans the files into parts: chunks of about {@code chunkSize} bytes are scanned as one Spark job,
     * one task per chunk.
     *
     * @param spark     the session
     * @param files     the files, readable under these paths on every executor
     * @param chunkSize the target size of a chunk, e.g. 64 MiB
     * @return the parts, file after file
     * @throws UncheckedIOException when a file cannot be read on the driver
     */
    public static List<StatusSplit> plan(SparkSession spark, List<StatusFile> files, long chunkSize) {
        List<StatusSplitter.Chunk> chunks = new ArrayList<>();
        List<Integer> anzahl = new ArrayList<>();
        try {
            for (StatusFile f : files) {
                List<StatusSplitter.Chunk> c = StatusSplitter.chunks(f, chunkSize);
                chunks.addAll(c);
                anzahl.add(c.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<StatusSplitter.Scan> scans = chunks.isEmpty() ? List.of()
                : context(spark).parallelize(chunks, chunks.size()).map(StatusSplitter.Chunk::scan).collect();
        List<StatusSplit> splits = new ArrayList<>();
        int i = 0;
        for (int n : anzahl) {
            splits.addAll(StatusSplitter.plan(scans.subList(i, i + n)));
            i += n;
        }
        return splits;
    }

    /**
     * The accepted rows of the parts, one partition per part, in file order.
     *
     * @param spark  the session
     * @param splits the parts, e.g. of {@link #plan}
     * @return the rows
     */
    public static Dataset<UmsetzungsstandRow> rows(SparkSession spark, List<StatusSplit> splits) {
        JavaRDD<UmsetzungsstandRow> rdd = teile(spark, splits).mapPartitions(it -> new Leseschleife<>(it, true));
        return spark.createDataset(rdd.rdd(), Encoders.bean(UmsetzungsstandRow.class));
    }

    /**
     * The findings of the parts, in file order and, within a file, in line order.
     *
     * @param spark  the session
     * @param splits the parts
     * @return the findings
     */
    public static Dataset<BefundRow> befunde(SparkSession spark, List<StatusSplit> splits) {
        JavaRDD<BefundRow> rdd = teile(spark, splits).mapPartitions(it -> new Leseschleife<>(it, false));
        return spark.createDataset(rdd.rdd(), Encoders.bean(BefundRow.class));
    }

    /**
     * The figures of the parts without a row Dataset: every partition reads its parts straight into
     * one matrix, and the partial matrices travel to the driver as {@link UmsetzungsmatrixCodec} bytes
     * and are merged there. The same {@link Umsetzungsbild} as
     * {@code UmsetzungsmatrixAggregator.bild(rows(spark, splits), grundlage)}, without turning every
     * row into a bean, into Spark's row format and back — the fast way when the rows come from
     * status files; the {@link UmsetzungsmatrixAggregator} is for rows that are already a Dataset.
     *
     * @param spark     the session
     * @param splits    the parts
     * @param grundlage catalogue, Gebiete and counting rule
     * @return the figures of the accepted rows
     */
    public static Umsetzungsbild bild(SparkSession spark, List<StatusSplit> splits, Zaehlgrundlage grundlage) {
        UmsetzungsmatrixAggregator a = new UmsetzungsmatrixAggregator(grundlage);
        Umsetzungsmatrix gesamt = a.codec().zero();
        if (splits.isEmpty()) {
            return gesamt.result();
        }
        List<byte[]> teilergebnisse = teile(spark, splits).mapPartitions(it -> {
            UmsetzungsmatrixCodec c = a.codec();
            Umsetzungsmatrix m = c.zero();
            while (it.hasNext()) {
                try (UmsetzungsstandReader r = it.next().open(b -> { })) {
                    r.forEachRemaining(m::add);
                }
            }
            return List.of(c.toBytes(m)).iterator();
        }).collect();
        for (byte[] b : teilergebnisse) {
            gesamt.merge(a.codec().fromBytes(b));
        }
        return gesamt.result();
    }

    /**
     * Counts the records of the parts, as {@link UmsetzungsstandReader#zeilen()} and
     * {@link UmsetzungsstandReader#fehlerhafteZeilen()} count them for whole files.
     *
     * @param spark  the session
     * @param splits the parts
     * @return the counts
     */
    public static Bilanz bilanz(SparkSession spark, List<StatusSplit> splits) {
        if (splits.isEmpty()) {
            return new Bilanz(0, 0);
        }
        Tuple2<Long, Long> t = teile(spark, splits).map(s -> {
            try (UmsetzungsstandReader r = s.open(b -> { })) {
                while (r.hasNext()) {
                    r.next();
                }
                return new Tuple2<>(r.zeilen(), r.fehlerhafteZeilen());
            }
        }).reduce((a, b) -> new Tuple2<>(a._1() + b._1(), a._2() + b._2()));
        return new Bilanz(t._1(), t._2());
    }

    private static JavaRDD<StatusSplit> teile(SparkSession spark, List<StatusSplit> splits) {
        Objects.requireNonNull(splits, "splits");
        return context(spark).parallelize(List.copyOf(splits), Math.max(1, splits.size()));
    }

    private static JavaSparkContext context(SparkSession spark) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    /**
     * Reads the parts of a partition one after another and hands out either the accepted rows or the
     * findings, lazily: at most the findings of one record wait in memory.
     */
    private static final class Leseschleife<T> implements Iterator<T> {
        private final Iterator<StatusSplit> teile;
        private final boolean zeilen;
        private final ArrayDeque<BefundRow> befunde = new ArrayDeque<>();
        private UmsetzungsstandReader leser;
        private T naechstes;

        Leseschleife(Iterator<StatusSplit> teile, boolean zeilen) {
            this.teile = teile;
            this.zeilen = zeilen;
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean hasNext() {
            while (naechstes == null) {
                if (!zeilen && !befunde.isEmpty()) {
                    naechstes = (T) befunde.poll();
                    break;
                }
                if (leser != null && leser.hasNext()) {
                    var row = leser.next();
                    if (zeilen) {
                        naechstes = (T) UmsetzungsstandRow.from(row);
                    }
                    continue;
                }
                if (leser != null) {
                    leser.close();
                    leser = null;
                }
                if (!zeilen && !befunde.isEmpty()) {
                    continue;
                }
                if (!teile.hasNext()) {
                    return false;
                }
                StatusSplit s = teile.next();
                try {
                    leser = zeilen ? s.open(b -> { }) : s.open((Befund b) -> befunde.add(BefundRow.from(s.path(), b)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T t = naechstes;
            naechstes = null;
            return t;
        }
    }
}
