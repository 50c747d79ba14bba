package de.ozg.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --threads N} of the commands that read status files: how many threads read them, by
 * default as many as the machine has processors. The result never depends on it.
 */
final class Threadoption {

    /** More threads than this only cost memory: each holds an accumulator per file. */
    static final int MAX = 256;

    @Option(names = "--threads", paramLabel = "N", converter = Anzahl.class, descriptionKey = "threads")
    Integer threads;

    /** @return the threads to read with: the option, else the available processors */
    int anzahl() {
        return threads != null ? threads : Math.min(MAX, Runtime.getRuntime().availableProcessors());
    }

    /** A thread count from 1 to {@link #MAX}. */
    static final class Anzahl implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String wert) {
            try {
                int n = Integer.parseInt(wert.strip().replace("_", ""));
                if (n >= 1 && n <= MAX) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below, with the expected form
            }
            throw new Umwandlung.Fehler(Meldung.of("wert.threads", wert, MAX));
        }
    }
}
