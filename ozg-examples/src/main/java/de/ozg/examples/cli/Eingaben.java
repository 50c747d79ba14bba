package de.ozg.examples.cli;

import de.ozg.core.aggregation.Zaehlregel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The checks every command makes on its input before reading anything, so that a mistake gives the
 * same one-line message whichever command was called.
 */
final class Eingaben {

    private Eingaben() {
    }

    /**
     * Fails unless every path is a regular file.
     *
     * @param dateien the files the command will read
     * @throws NoSuchFileException for the first one that is missing or not a file (exit code 2)
     */
    static void mussExistieren(Iterable<Path> dateien) throws NoSuchFileException {
        for (Path p : dateien) {
            if (!Files.isRegularFile(p)) {
                throw new NoSuchFileException(p.toString(), null, "Datei nicht gefunden");
            }
        }
    }

    /**
     * The counting rule named on the command line.
     *
     * @param spec the command, for the usage error
     * @param name a preset name such as {@code dashboard-online}
     * @return the rule
     * @throws ParameterException naming the presets when the name is unknown (exit code 2)
     */
    static Zaehlregel zaehlregel(CommandSpec spec, String name) {
        return Zaehlregel.find(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unbekannte Zählregel '" + name + "' (" + Zaehlregel.presets().stream().map(Zaehlregel::name)
                        .collect(Collectors.joining(", ")) + ")"));
    }
}
