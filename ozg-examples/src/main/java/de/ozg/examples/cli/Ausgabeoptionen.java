package de.ozg.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Options shared by the commands that read files: language and progress display. */
final class Ausgabeoptionen {

    @Option(names = "--lang", paramLabel = "de|en", description = "Sprache der Meldungen (Standard: de).",
            defaultValue = "de")
    String sprache = "de";

    @Option(names = {"-q", "--quiet"}, description = "Keine Fortschrittsanzeige.")
    boolean leise;

    Locale locale() {
        if ("de".equalsIgnoreCase(sprache)) {
            return Locale.GERMAN;
        }
        if ("en".equalsIgnoreCase(sprache)) {
            return Locale.ENGLISH;
        }
        throw new IllegalArgumentException("--lang erwartet de oder en, war: " + sprache);
    }

    /**
     * A progress display on standard error: only when that is a terminal and not {@code --quiet},
     * so logs and CI output stay clean.
     */
    Fortschritt fortschritt(PrintWriter err, String was) {
        return leise || System.console() == null ? Fortschritt.STUMM
                : new Fortschritt(Terminalausgabe.roh(err), de.ozg.core.SafeText.escape(was));
    }
}
