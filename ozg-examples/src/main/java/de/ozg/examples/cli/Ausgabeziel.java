package de.ozg.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Guards the inputs against the outputs: a report written over its catalogue, or generated data over
 * the Gemeindeverzeichnis it was generated from, destroys what it was made of. Paths are compared as
 * files (a symbolic link or another spelling of the same path is the same file), and standard output
 * is compared too where the system shows where it goes ({@code /proc/self/fd/1} on Linux): there,
 * {@code ozg report --json --katalog k.json > k.json} finds its input already emptied by the shell.
 */
final class Ausgabeziel {

    private static final Path STDOUT = Path.of("/proc/self/fd/1");

    private Ausgabeziel() {
    }

    /**
     * The input that is the same file as the output, if any.
     *
     * @param ausgabe  the output path
     * @param eingaben the input paths
     * @return the first input that is the output
     */
    static Optional<Path> gleicheDatei(Path ausgabe, Collection<Path> eingaben) {
        for (Path e : eingaben) {
            if (e != null && istGleich(ausgabe, e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The input that standard output is redirected to, if any.
     *
     * @param eingaben the input paths
     * @return the first input that standard output writes to
     */
    static Optional<Path> standardausgabe(Collection<Path> eingaben) {
        if (!Files.exists(STDOUT)) {
            return Optional.empty();
        }
        for (Path e : eingaben) {
            try {
                if (e != null && Files.isRegularFile(e) && Files.isSameFile(STDOUT, e)) {
                    return Optional.of(e);
                }
            } catch (IOException | SecurityException ex) {
                // standard output is a pipe or a terminal: nothing to compare
            }
        }
        return Optional.empty();
    }

    private static boolean istGleich(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to the comparison of the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
