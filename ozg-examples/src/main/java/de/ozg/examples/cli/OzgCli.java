package de.ozg.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ozg} command-line tool. */
@Command(name = "ozg", mixinStandardHelpOptions = true, version = "ozg 0.1.0-SNAPSHOT",
        description = "Checks and explains OZG / EfA data.")
public final class OzgCli implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /**
     * Runs the tool.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new OzgCli()).execute(args));
    }
}
