package de.ozg.examples.cli;

import de.ozg.core.SafeText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code ozg} command-line tool. Exit codes: 0 no ERROR finding, 1 ERROR findings, 2 usage or
 * I/O problem, or the JVM ran out of memory or stack. User mistakes print one clear line;
 * {@code --debug} shows the stack trace.
 *
 * <p>Everything the tool prints passes {@link SafeText#escaping}: values, field and column names,
 * pointers and messages taken from input files reach the terminal with their control and bidi
 * characters written as {@code \}{@code uXXXX}, so a file cannot retitle, clear or rewrite the
 * terminal.
 */
@Command(name = "ozg", mixinStandardHelpOptions = true, version = "ozg 0.1.0-SNAPSHOT",
        description = "Prüft und erklärt OZG-/EfA-Daten.",
        subcommands = {DemoCommand.class, ValidateCommand.class, ReportCommand.class, DiffCommand.class,
                GenerateCommand.class})
public final class OzgCli implements Runnable {

    /** Exit code: no ERROR finding. */
    public static final int OK = 0;
    /** Exit code: ERROR findings. */
    public static final int FEHLER = 1;
    /** Exit code: usage or I/O problem. */
    public static final int NUTZUNG = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Zeigt bei Fehlern den Stacktrace.")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Befehl fehlt (demo, validate, report, diff, generate); siehe ozg --help");
    }

    /**
     * Builds the command line with the tool's exit-code and error conventions; used by
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
        cl.setExitCodeExceptionMapper(e -> NUTZUNG);
        cl.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("ozg: " + e.getMessage());
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
            try {
                return ausfuehren.execute(parseResult);
            } catch (OutOfMemoryError | StackOverflowError e) {
                // not the data's fault: scripts must not read it as exit code 1 ("the file has errors")
                return ressourcenFehler(e, cl.getErr(), root.debug);
            }
        });
        return cl;
    }

    /**
     * Reports that the JVM ran out of heap or stack: one line, exit code 2. The command's data is
     * unreachable once its frames are gone, so there is room again to print.
     */
    static int ressourcenFehler(VirtualMachineError e, PrintWriter err, boolean debug) {
        if (e instanceof OutOfMemoryError) {
            err.println("ozg: nicht genug Arbeitsspeicher (OutOfMemoryError bei " + Runtime.getRuntime().maxMemory()
                    / (1024 * 1024) + " MiB Heap); mehr Speicher mit java -Xmx…, z. B. -Xmx2g");
        } else {
            err.println("ozg: Stapelüberlauf (StackOverflowError): die Eingabe ist zu tief geschachtelt oder die "
                    + "Verarbeitung zu tief; mehr Stapel mit java -Xss…, z. B. -Xss4m");
        }
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
