package de.ozg.core.aggregation;

import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * A mergeable accumulator: the shape every aggregate of this package has, so one aggregate runs
 * unchanged as a {@link Collector} on a (parallel) stream, in a loop over a file, or in the combine
 * step of a distributed engine. A fresh accumulator is the zero; {@link #add(Object)} folds in one
 * value; {@link #merge(Accumulator)} folds in another accumulator's partial result; and
 * {@link #result()} reads an immutable result. This is the shape of Spark's {@code Aggregator}
 * (zero/reduce/merge/finish), Flink's {@code AggregateFunction} (createAccumulator/add/merge/
 * getResult) and Beam's {@code CombineFn} (createAccumulator/addInput/mergeAccumulators/
 * extractOutput).
 *
 * <p>Laws, proven for every accumulator of this package by property tests: merging with a zero
 * changes nothing; merge is associative; the result does not depend on the order of the values or
 * on how they are split, so a sequential and a parallel stream give equal results.
 *
 * <p>Accumulators are mutable and <em>not</em> thread-safe — each thread or partition owns one, as
 * with any {@code Collector} container. Their results are immutable and thread-safe.
 *
 * @param <T> the values added
 * @param <A> the accumulator type itself
 * @param <R> the result
 */
public interface Accumulator<T, A extends Accumulator<T, A, R>, R> {

    /**
     * Folds one value in.
     *
     * @param wert the value
     */
    void add(T wert);

    /**
     * Folds another accumulator's values in; the other is left unchanged and may be discarded.
     *
     * @param other an accumulator over the same setup (catalogue, Gebiete, rule)
     * @return this accumulator
     * @throws AggregationException with {@link AggregationViolation#INCOMPATIBLE_ACCUMULATORS} when
     *                              the other counts over a different setup
     */
    A merge(A other);

    /**
     * The immutable result of the values folded in so far. The accumulator stays usable.
     *
     * @return the result
     */
    R result();

    /**
     * A collector over accumulators from the given factory, declared {@code UNORDERED} because the
     * results of this package do not depend on the order of the values. Not {@code CONCURRENT}:
     * parallel streams give every partition its own accumulator and merge them.
     *
     * @param <T>  the values
     * @param <A>  the accumulator
     * @param <R>  the result
     * @param leer a factory of zeros
     * @return the collector
     */
    static <T, A extends Accumulator<T, A, R>, R> Collector<T, A, R> collector(Supplier<A> leer) {
        return Collector.of(leer, A::add, A::merge, A::result, Collector.Characteristics.UNORDERED);
    }
}
