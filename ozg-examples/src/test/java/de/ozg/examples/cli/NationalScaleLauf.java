package de.ozg.examples.cli;

import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.json.UmsetzungsstandReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The child process of {@link NationalScaleTest}: generates status rows on the fly, streams them as
 * JSON Lines through a pipe into the row reader and the LeiKa × Gemeinde matrix, and prints the
 * counts. Nothing is stored on disk, so the heap limit of the process bounds the whole pipeline.
 *
 * <p>Arguments: number of rows, seed, data directory (may be missing: then a generated world).
 */
final class NationalScaleLauf {

    private NationalScaleLauf() {
    }

    public static void main(String[] args) throws Exception {
        long zeilen = Long.parseLong(args[0]);
        long seed = Long.parseLong(args[1]);
        Statusgenerator.Welt welt = args.length > 2
                ? Statusgenerator.Welt.echt(Path.of(args[2])).orElseGet(() -> Statusgenerator.Welt.beispiel(seed))
                : Statusgenerator.Welt.beispiel(seed);
        long beginn = System.nanoTime();
        PipedInputStream in = new PipedInputStream(1 << 20);
        OutputStream out = new PipedOutputStream(in);
        AtomicReference<Throwable> fehler = new AtomicReference<>();
        AtomicLong geschrieben = new AtomicLong();
        Thread erzeuger = new Thread(() -> {
            try (out) {
                geschrieben.set(Statusgenerator.of(welt, seed).schreibe(out, Statusgenerator.Format.JSONL, zeilen,
                        n -> { }).zeilen());
            } catch (Throwable t) {
                fehler.set(t);
            }
        }, "erzeuger");
        erzeuger.start();
        Umsetzungsmatrix matrix = Umsetzungsmatrix.leer(welt.katalog(), welt.verzeichnis(), Zaehlregel.DASHBOARD_ONLINE);
        AtomicLong befunde = new AtomicLong();
        long gelesen;
        long fehlerhaft;
        try (UmsetzungsstandReader leser = UmsetzungsstandReader.jsonLines(in, b -> befunde.incrementAndGet())) {
            while (leser.hasNext()) {
                matrix.add(leser.next());
            }
            gelesen = leser.zeilen();
            fehlerhaft = leser.fehlerhafteZeilen();
        }
        erzeuger.join();
        if (fehler.get() != null) {
            throw new IOException("generating failed", fehler.get());
        }
        Umsetzungsbild bild = matrix.ergebnis();
        System.out.println("welt=" + (welt.katalog().leistungen().size() > 300 ? "echt" : "beispiel"));
        System.out.println("geschrieben=" + geschrieben.get());
        System.out.println("zeilen=" + gelesen);
        System.out.println("fehlerhaft=" + fehlerhaft);
        System.out.println("befunde=" + befunde.get());
        System.out.println("aggregiert=" + bild.zeilenbilanz().gesamt());
        System.out.println("laender=" + bild.proLand().size());
        System.out.println("themenfelder=" + bild.proThemenfeld().size());
        System.out.println("bilanz=" + Fortschritt.bilanz(gelesen, System.nanoTime() - beginn,
                Darstellung.of(java.util.Locale.GERMAN)));
    }
}
