package de.ozg.core.examples;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The only place that draws from the {@link RandomGenerator}. It uses nothing but
 * {@link RandomGenerator#nextLong()} and does the bounding itself, because the JDK's bounded
 * methods ({@code nextInt(bound)}, {@code nextDouble()}) are implementation details that could
 * change between releases; {@code nextLong()} of a named algorithm such as SplitMix64 cannot.
 * Not thread-safe, like the generator it wraps.
 */
final class Zufall {

    private final RandomGenerator generator;

    Zufall(RandomGenerator generator) {
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    long naechsterLong() {
        return generator.nextLong();
    }

    /** Uniform in {@code [0, bound)} by rejection, without modulo bias. */
    int zahl(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        long b = bound;
        long u = generator.nextLong() >>> 1;
        long r = u % b;
        while (u - r + (b - 1) < 0) {
            u = generator.nextLong() >>> 1;
            r = u % b;
        }
        return (int) r;
    }

    /** Uniform in {@code [von, bis]}. */
    int zahl(int von, int bis) {
        return von + zahl(bis - von + 1);
    }

    /** True with a probability of {@code prozent} percent. */
    boolean prozent(int prozent) {
        return zahl(100) < prozent;
    }

    <T> T eines(List<T> werte) {
        return werte.get(zahl(werte.size()));
    }

    <T> T eines(T[] werte) {
        return werte[zahl(werte.length)];
    }

    /** Index {@code i} with probability {@code gewichte[i] / sum(gewichte)}. */
    int gewichtet(int... gewichte) {
        int summe = 0;
        for (int g : gewichte) {
            summe += g;
        }
        int r = zahl(summe);
        for (int i = 0; i < gewichte.length; i++) {
            r -= gewichte[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
