package de.ozg.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Run in a child JVM by {@link FeindlicheEingabenTest}: the {@code ozg} command line with two extra
 * commands that exhaust the heap or the stack, to see what the tool makes of it. Not a test itself.
 */
public final class RessourcenLauf {

    private RessourcenLauf() {
    }

    /** Allocates until the heap is gone. */
    @Command(name = "speicher")
    static final class Speicher implements Callable<Integer> {
        @Override
        public Integer call() {
            List<long[]> alles = new ArrayList<>();
            while (true) {
                alles.add(new long[1 << 17]);
            }
        }
    }

    /** Recurses until the stack is gone. */
    @Command(name = "stapel")
    static final class Stapel implements Callable<Integer> {
        @Override
        public Integer call() {
            return tiefer(0);
        }

        private static int tiefer(int n) {
            return tiefer(n + 1) + 1;
        }
    }

    /**
     * Runs {@code ozg} with the given arguments and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        CommandLine cl = OzgCli.commandLine(out, err);
        cl.addSubcommand(new Speicher());
        cl.addSubcommand(new Stapel());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
