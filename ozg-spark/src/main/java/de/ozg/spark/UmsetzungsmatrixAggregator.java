package de.ozg.spark;

import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.UmsetzungsmatrixCodec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The {@link de.ozg.core.aggregation.Umsetzungsmatrix} as a Spark {@link Aggregator}: each task
 * adds its rows to a matrix, partial matrices travel between executors as
 * {@link UmsetzungsmatrixCodec} bytes (inside {@link Matrixpuffer}) and are merged, and the result
 * is the encoded matrix, which {@link #bild} turns into the same {@link Umsetzungsbild} that one
 * JVM computes from the same rows.
 *
 * <pre>{@code
 * Zaehlgrundlage g = Zaehlgrundlage.ofFiles("katalog.csv", "gemeinden.csv", "dashboard-online");
 * Dataset<UmsetzungsstandRow> rows = StatusDatasets.rows(spark, splits);
 * Umsetzungsbild bild = UmsetzungsmatrixAggregator.bild(rows, g);
 * }</pre>
 *
 * <p>The setup (catalogue index, Gemeinde ranges) is built once per executor JVM and equal
 * {@link Zaehlgrundlage}, not per task. Serializable, as Spark requires.
 */
public final class UmsetzungsmatrixAggregator extends Aggregator<UmsetzungsstandRow, Matrixpuffer, byte[]> {

    private static final long serialVersionUID = 1L;
    private static final Map<Zaehlgrundlage, UmsetzungsmatrixCodec> CODECS = new ConcurrentHashMap<>();

    private final Zaehlgrundlage grundlage;
    private transient UmsetzungsmatrixCodec codec;

    /**
     * @param grundlage catalogue, Gebiete and counting rule
     */
    public UmsetzungsmatrixAggregator(Zaehlgrundlage grundlage) {
        this.grundlage = Objects.requireNonNull(grundlage, "grundlage");
    }

    /**
     * Counts a Dataset of status rows on the cluster and reads the result on the driver.
     *
     * @param rows      the rows
     * @param grundlage catalogue, Gebiete and counting rule
     * @return the figures, as {@code Umsetzungsmatrix.result()} over the same rows
     */
    public static Umsetzungsbild bild(Dataset<UmsetzungsstandRow> rows, Zaehlgrundlage grundlage) {
        UmsetzungsmatrixAggregator a = new UmsetzungsmatrixAggregator(grundlage);
        List<byte[]> r = rows.select(a.toColumn()).collectAsList();
        return a.codec().fromBytes(r.get(0)).result();
    }

    /** @return the codec over this aggregator's setup, built once per JVM */
    public UmsetzungsmatrixCodec codec() {
        if (codec == null) {
            codec = CODECS.computeIfAbsent(grundlage, g -> UmsetzungsmatrixCodec.of(g.zero()));
        }
        return codec;
    }

    @Override
    public Matrixpuffer zero() {
        return new Matrixpuffer(codec(), codec().zero());
    }

    @Override
    public Matrixpuffer reduce(Matrixpuffer puffer, UmsetzungsstandRow row) {
        puffer.matrix(codec()).add(row.toUmsetzungsstand());
        return puffer;
    }

    @Override
    public Matrixpuffer merge(Matrixpuffer a, Matrixpuffer b) {
        a.matrix(codec()).merge(b.matrix(codec()));
        return a;
    }

    @Override
    public byte[] finish(Matrixpuffer puffer) {
        return codec().toBytes(puffer.matrix(codec()));
    }

    @Override
    public Encoder<Matrixpuffer> bufferEncoder() {
        return Encoders.javaSerialization(Matrixpuffer.class);
    }

    @Override
    public Encoder<byte[]> outputEncoder() {
        return Encoders.BINARY();
    }
}
