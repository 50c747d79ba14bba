package de.ozg.examples.cli;

import de.ozg.core.SafeText;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code ozg} command-line tool. Exit codes: 0 no ERROR finding, 1 ERROR findings, 2 usage or
 * I/O problem (for {@code validate}: a file could not be read or its format told), or the JVM ran
 * out of memory or stack. With several files the exit code is the worst of them. User mistakes print
 * one clear line; {@code --debug} shows the stack trace.
 *
 * <p>Everything the tool prints is in the language of {@code --lang} (German by default), help
 * texts and picocli's own usage errors included; numbers, shares and dates follow the language too.
 *
 * <p>Everything the tool prints passes {@link SafeText#escaping}: values, field and column names,
 * pointers and messages taken from input files reach the terminal with their control and bidi
 * characters written as {@code \}{@code uXXXX}, so a file cannot retitle, clear or rewrite the
 * terminal.
 */
@Command(name = "ozg", mixinStandardHelpOptions = true, version = "ozg 0.1.0-SNAPSHOT",
        subcommands = {DemoCommand.class, ValidateCommand.class, ReportCommand.class, DiffCommand.class,
                GenerateCommand.class, RegelnCommand.class})
public final class OzgCli implements Runnable {

    /** Exit code: no ERROR finding. */
    public static final int OK = 0;
    /** Exit code: ERROR findings. */
    public static final int FEHLER = 1;
    /** Exit code: usage or I/O problem. */
    public static final int NUTZUNG = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, descriptionKey = "debug")
    boolean debug;

    @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "lang", converter = Umwandlung.Sprache.class)
    Locale sprache = Locale.GERMAN;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Darstellung.of(sprache).text("nutzung.befehlFehlt",
                String.join(", ", spec.subcommands().keySet())));
    }

    /**
     * Builds the command line with the tool's exit-code, language and error conventions; used by
     * {@link #main} and by in-process tests.
     *
     * @param out standard output
     * @param err standard error
     * @return the configured command line
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        OzgCli root = new OzgCli();
        CommandLine cl = new CommandLine(root);
        cl.setOut(new Terminalausgabe(out));
        cl.setErr(new Terminalausgabe(err));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Long.class, new Umwandlung.Ganzzahl());
        cl.registerConverter(Long.TYPE, new Umwandlung.Ganzzahl());
        cl.registerConverter(Integer.class, new Umwandlung.KleineGanzzahl());
        cl.registerConverter(Integer.TYPE, new Umwandlung.KleineGanzzahl());
        Hilfetexte.setze(cl, Locale.GERMAN);
        cl.setExitCodeExceptionMapper(e -> NUTZUNG);
        cl.setParameterExceptionHandler((e, args) -> {
            Locale sprache = Hilfetexte.sprache(args);
            // the parameter labels of the message come from the help texts of that language
            Hilfetexte.setze(cl, sprache);
            e.getCommandLine().getErr().println("ozg: " + Nutzungsfehler.text(e, sprache));
            if (root.debug) {
                e.printStackTrace(e.getCommandLine().getErr());
            }
            return NUTZUNG;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("ozg: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (root.debug) {
                e.printStackTrace(commandLine.getErr());
            }
            return NUTZUNG;
        });
        CommandLine.IExecutionStrategy ausfuehren = new CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            // help is rendered by the strategy, after parsing: now the language is known
            Locale sprache = Hilfetexte.sprache(parseResult.originalArgs().toArray(String[]::new));
            Hilfetexte.setze(cl, sprache);
            // worded now: once the heap is gone, loading a text could fail in turn
            Darstellung d = Darstellung.of(sprache);
            String speicher = d.text("ressourcen.speicher", d.zahl(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            String stapel = d.text("ressourcen.stapel");
            try {
                return ausfuehren.execute(parseResult);
            } catch (OutOfMemoryError | StackOverflowError e) {
                // not the data's fault: scripts must not read it as exit code 1 ("the file has errors")
                return ressourcenFehler(e, e instanceof OutOfMemoryError ? speicher : stapel, cl.getErr(), root.debug);
            }
        });
        return cl;
    }

    /**
     * Reports that the JVM ran out of heap or stack: one line, exit code 2. The command's data is
     * unreachable once its frames are gone, so there is room again to print.
     */
    static int ressourcenFehler(VirtualMachineError e, String meldung, PrintWriter err, boolean debug) {
        err.println("ozg: " + meldung);
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return NUTZUNG;
    }

    /**
     * Runs the tool.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
