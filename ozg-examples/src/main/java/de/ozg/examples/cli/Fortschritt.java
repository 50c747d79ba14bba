package de.ozg.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Shows rows read and rows per second on one terminal line, at most twice a second, for files that
 * take more than a moment. {@link #STUMM} shows nothing.
 */
class Fortschritt implements LongConsumer {

    /** Shows nothing. */
    static final Fortschritt STUMM = new Fortschritt(null, "") {
        @Override
        public void accept(long zeilen) {
        }

        @Override
        void fertig(long zeilen) {
        }
    };

    private final PrintWriter err;
    private final String was;
    private final long start = System.nanoTime();
    private long zuletzt = start;
    private boolean gezeigt;

    Fortschritt(PrintWriter err, String was) {
        this.err = err;
        this.was = was;
    }

    @Override
    public void accept(long zeilen) {
        long jetzt = System.nanoTime();
        if (jetzt - zuletzt < 500_000_000L || jetzt - start < 1_000_000_000L) {
            return;
        }
        zuletzt = jetzt;
        gezeigt = true;
        err.printf(Locale.GERMANY, "\r%s: %,d Zeilen, %,.0f Zeilen/s   ", was, zeilen, zeilen / sekunden(jetzt));
        err.flush();
    }

    void fertig(long zeilen) {
        if (gezeigt) {
            long jetzt = System.nanoTime();
            err.printf(Locale.GERMANY, "\r%s: %,d Zeilen in %.1f s, %,.0f Zeilen/s%n", was, zeilen, sekunden(jetzt),
                    zeilen / sekunden(jetzt));
            err.flush();
        }
    }

    private double sekunden(long jetzt) {
        return Math.max(1e-9, (jetzt - start) / 1e9);
    }
}
