package de.ozg.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --ohne RULE} and {@code --severity RULE=LEVEL}, for every command that checks files. */
final class Regeloptionen {

    @Option(names = "--ohne", paramLabel = "${bundle:label.regel:-REGEL}", descriptionKey = "ohne")
    List<String> ohne = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "${bundle:label.regelStufe:-REGEL=STUFE}", descriptionKey = "severity")
    List<String> severities = new ArrayList<>();

    /**
     * The rule sets of the run.
     *
     * @param spec   the command, for the usage error
     * @param locale the language of the usage error
     * @return the adjusted rule sets
     * @throws ParameterException for an unknown rule id or severity
     */
    Regelauswahl auswahl(CommandSpec spec, Locale locale) {
        try {
            return Regelauswahl.of(ohne, severities);
        } catch (Regelauswahl.Auswahlfehler e) {
            throw new ParameterException(spec.commandLine(), e.meldung().in(locale));
        }
    }
}
