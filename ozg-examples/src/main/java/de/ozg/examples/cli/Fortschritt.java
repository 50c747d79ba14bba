package de.ozg.examples.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.LongConsumer;

/**
 * Shows rows read and rows per second on one terminal line, at most twice a second, for files that
 * take more than a moment. {@link #STUMM} shows nothing.
 */
class Fortschritt implements LongConsumer {

    /** Shows nothing. */
    static final Fortschritt STUMM = new Fortschritt(null, "", null) {
        @Override
        public void accept(long zeilen) {
        }

        @Override
        void fertig(long zeilen) {
        }
    };

    private final PrintWriter err;
    private final String was;
    private final Darstellung d;
    private final long start = System.nanoTime();
    private long zuletzt = start;
    private boolean gezeigt;

    Fortschritt(PrintWriter err, String was, Darstellung d) {
        this.err = err;
        this.was = was;
        this.d = d;
    }

    @Override
    public void accept(long zeilen) {
        long jetzt = System.nanoTime();
        if (jetzt - zuletzt < 500_000_000L || jetzt - start < 1_000_000_000L) {
            return;
        }
        zuletzt = jetzt;
        gezeigt = true;
        err.print("\r" + d.text("fortschritt.laufend", was, d.zahl(zeilen), d.zahl(Math.round(zeilen / sekunden(jetzt))))
                + "   ");
        err.flush();
    }

    void fertig(long zeilen) {
        if (gezeigt) {
            long jetzt = System.nanoTime();
            err.println("\r" + d.text("fortschritt.fertig", was, d.zahl(zeilen), sekunden(d, sekunden(jetzt)),
                    d.zahl(Math.round(zeilen / sekunden(jetzt)))));
            err.flush();
        }
    }

    /**
     * The one-line summary of a whole run, shown unless {@code --quiet}: rows, time, rows per
     * second and the heap's peak so far. The peak is the sum of the peaks of the heap pools (eden,
     * survivor, old), which need not coincide, so it is an upper bound of the true peak.
     */
    static String bilanz(long zeilen, long nanos, Darstellung d) {
        long spitze = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                spitze += p.getPeakUsage().getUsed();
            }
        }
        double s = Math.max(1e-9, nanos / 1e9);
        return d.text("fortschritt.bilanz", d.zahl(zeilen), sekunden(d, s), d.zahl(Math.round(zeilen / s)),
                d.zahl(spitze >> 20), d.zahl(Runtime.getRuntime().maxMemory() >> 20));
    }

    /** Seconds with one decimal in the run's language. */
    private static String sekunden(Darstellung d, double s) {
        long zehntel = Math.round(s * 10);
        return d.zahl(zehntel / 10) + (d.isDeutsch() ? "," : ".") + zehntel % 10;
    }

    private double sekunden(long jetzt) {
        return Math.max(1e-9, (jetzt - start) / 1e9);
    }
}
