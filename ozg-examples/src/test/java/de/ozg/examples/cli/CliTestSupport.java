package de.ozg.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what it prints. */
final class CliTestSupport {

    private CliTestSupport() {
    }

    record Lauf(int exitCode, String out, String err) {
    }

    static Lauf ozg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OzgCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Lauf(code, out.toString(), err.toString());
    }
}
