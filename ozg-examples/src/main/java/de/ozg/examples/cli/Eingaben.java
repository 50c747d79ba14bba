package de.ozg.examples.cli;

import de.ozg.core.aggregation.Zaehlregel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The checks the commands that read a fixed set of inputs ({@code report}, {@code diff},
 * {@code generate}) make before reading anything, so that a mistake gives the same one-line message
 * whichever command was called: the cause of a file that cannot be read, a file of the wrong kind
 * for its option, an output that would overwrite an input.
 */
final class Eingaben {

    private Eingaben() {
    }

    /**
     * The format of an input that must be of one kind, e.g. a status format for {@code --stand}.
     *
     * @param option     the option naming the file, for the message
     * @param passt      which formats the option takes
     * @param falschKey  the text for a file of another format: {@code {0}} file, {@code {1}} its format
     * @return the format
     * @throws ParameterException when the file cannot be read, its format is unknown or does not fit
     */
    static Dateiformat format(CommandSpec spec, Darstellung d, Dateipruefung pruefung, String option, Path datei,
            Predicate<Dateiformat> passt, String falschKey) {
        Formaterkennung.Erkennung e = pruefung.erkenne(datei);
        if (e.format().isEmpty()) {
            throw new ParameterException(spec.commandLine(), d.text("eingabe.problem", option, datei,
                    e.grund().in(d.locale())));
        }
        Dateiformat f = e.format().get();
        if (!passt.test(f)) {
            throw new ParameterException(spec.commandLine(), d.text(falschKey, option, datei, f.kennung()));
        }
        return f;
    }

    /** A file that failed while being read: the cause in one line. */
    static ParameterException lesefehler(CommandSpec spec, Darstellung d, Path datei, Exception e) {
        IOException io = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
        return new ParameterException(spec.commandLine(), d.text("eingabe.lesefehler", datei,
                Dateizugang.ausnahme(io).in(d.locale())));
    }

    /**
     * Reads status files together with the run's threads; a failure is a usage error that names the
     * file it belongs to.
     *
     * @param auftraege the files
     * @return what each gave, in the order of the files
     */
    static List<Dateipruefung.Statuslesung> statusdateien(CommandSpec spec, Darstellung d, Dateipruefung pruefung,
            List<Dateipruefung.Statusauftrag> auftraege) {
        try {
            return pruefung.status(auftraege);
        } catch (IOException | UncheckedIOException e) {
            // several files failed together: read again file after file, so that the error names its file
            for (Dateipruefung.Statusauftrag a : auftraege) {
                try {
                    pruefung.status(a.datei(), a.format(), n -> { }, Statussammler.nurStichtage());
                } catch (IOException | UncheckedIOException einzeln) {
                    throw lesefehler(spec, d, a.datei(), einzeln);
                }
            }
            throw lesefehler(spec, d, auftraege.get(0).datei(), e);
        }
    }

    /**
     * Refuses outputs that are inputs: the file of {@code --html} (or of {@code generate}), and
     * standard output where it is redirected into an input file.
     *
     * @param eingaben the input files
     * @param ausgabe  the output file, or null
     */
    static void pruefeAusgaben(CommandSpec spec, Darstellung d, Collection<Path> eingaben, Path ausgabe) {
        if (ausgabe != null) {
            Ausgabeziel.gleicheDatei(ausgabe, eingaben).ifPresent(e -> {
                throw new ParameterException(spec.commandLine(), d.text("ausgabe.istEingabe", ausgabe, e));
            });
        }
        Ausgabeziel.standardausgabe(eingaben).ifPresent(e -> {
            throw new ParameterException(spec.commandLine(), d.text("ausgabe.stdoutIstEingabe", e));
        });
    }

    /**
     * The counting rule named on the command line.
     *
     * @param spec the command, for the usage error
     * @param name a preset name such as {@code dashboard-online}
     * @return the rule
     * @throws ParameterException naming the presets when the name is unknown (exit code 2)
     */
    static Zaehlregel zaehlregel(CommandSpec spec, String name, Darstellung d) {
        return Zaehlregel.find(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                d.text("regel.unbekannt", name, Zaehlregel.presets().stream().map(Zaehlregel::name)
                        .collect(Collectors.joining(", ")))));
    }
}
