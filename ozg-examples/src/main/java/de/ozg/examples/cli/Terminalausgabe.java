package de.ozg.examples.cli;

import de.ozg.core.SafeText;
import java.io.PrintWriter;

/**
 * The tool's standard output or error: every character a terminal would act on is escaped on its
 * way out ({@link SafeText#escaping}), line breaks and tabs excepted. Only the progress display,
 * which redraws its line with a carriage return, writes to the {@linkplain #roh() raw stream}, and it
 * escapes the file name it shows itself.
 */
final class Terminalausgabe extends PrintWriter {

    private final PrintWriter roh;

    Terminalausgabe(PrintWriter roh) {
        super(SafeText.escaping(roh), true);
        this.roh = roh;
    }

    /** @return the stream below the filter, for output the tool composes entirely itself */
    PrintWriter roh() {
        flush();
        return roh;
    }

    /** @return the raw stream of a filtered one, or the stream itself */
    static PrintWriter roh(PrintWriter w) {
        return w instanceof Terminalausgabe ? ((Terminalausgabe) w).roh() : w;
    }
}
