package de.ozg.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Options shared by the commands that read files: language and progress display. */
final class Ausgabeoptionen {

    @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "lang", defaultValue = "de",
            converter = Umwandlung.Sprache.class)
    Locale sprache = Locale.GERMAN;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "quiet")
    boolean leise;

    Locale locale() {
        return sprache;
    }

    Darstellung darstellung() {
        return Darstellung.of(sprache);
    }

    /**
     * A progress display on standard error: only when that is a terminal and not {@code --quiet},
     * so logs and CI output stay clean.
     */
    Fortschritt fortschritt(PrintWriter err, String was) {
        return leise || System.console() == null ? Fortschritt.STUMM
                : new Fortschritt(Terminalausgabe.roh(err), de.ozg.core.SafeText.escape(was), darstellung());
    }
}
