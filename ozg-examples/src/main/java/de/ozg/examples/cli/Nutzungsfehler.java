package de.ozg.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one line a usage error prints, in the language of the run. Picocli words its own errors in
 * English ("Unknown option", "Missing required parameter"); these are said again in German or
 * English from their parts. The tool's own usage errors come already worded and pass unchanged.
 */
final class Nutzungsfehler {

    private Nutzungsfehler() {
    }

    static String text(ParameterException e, Locale locale) {
        Darstellung d = Darstellung.of(locale);
        if (e instanceof UnmatchedArgumentException) {
            return unbekannt((UnmatchedArgumentException) e, d);
        }
        if (e instanceof MissingParameterException) {
            MissingParameterException m = (MissingParameterException) e;
            String namen = m.getMissing().stream().map(Nutzungsfehler::name).collect(Collectors.joining(", "));
            boolean ohneWert = String.valueOf(e.getMessage()).startsWith("Missing required parameter for option");
            return d.text(ohneWert ? "nutzung.wertFehlt" : "nutzung.fehlt", namen);
        }
        if (e instanceof OverwrittenOptionException) {
            return d.text("nutzung.mehrfach", name(((OverwrittenOptionException) e).getOverwritten()));
        }
        if (e.getCause() instanceof Umwandlung.Fehler) {
            return d.text("nutzung.wertUngueltig", name(e.getArgSpec()),
                    ((Umwandlung.Fehler) e.getCause()).meldung().in(locale));
        }
        if (e.getCause() instanceof TypeConversionException && e.getArgSpec() != null) {
            return d.text("nutzung.wertUngueltig", name(e.getArgSpec()), "'" + e.getValue() + "'");
        }
        return e.getMessage();
    }

    private static String unbekannt(UnmatchedArgumentException u, Darstellung d) {
        List<String> rest = u.getUnmatched();
        String erstes = rest.isEmpty() ? "" : rest.get(0);
        boolean befehl = u.getCommandLine().getCommandSpec().parent() == null && !erstes.startsWith("-")
                && !u.getCommandLine().getSubcommands().isEmpty();
        String text;
        if (befehl) {
            text = d.text("nutzung.befehlUnbekannt", erstes,
                    String.join(", ", u.getCommandLine().getSubcommands().keySet()));
        } else {
            text = d.text(erstes.startsWith("-") ? "nutzung.optionUnbekannt" : "nutzung.argumentZuviel", erstes);
        }
        List<String> vorschlaege = u.getSuggestions();
        return vorschlaege.isEmpty() || befehl ? text
                : text + d.text("nutzung.meinten", String.join(", ", vorschlaege));
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec) {
            return ((OptionSpec) a).longestName();
        }
        if (a instanceof PositionalParamSpec) {
            return ((PositionalParamSpec) a).paramLabel();
        }
        return String.valueOf(a);
    }
}
