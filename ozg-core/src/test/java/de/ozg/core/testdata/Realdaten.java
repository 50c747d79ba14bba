package de.ozg.core.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the real public test data under the directory named by the system property
 * {@code ozg.shared.data} (set by the parent pom's Surefire configuration). A test that asks for a
 * missing file is skipped, not failed, so the build works without the data.
 */
public final class Realdaten {

    /** The system property naming the data directory. */
    public static final String PROPERTY = "ozg.shared.data";

    private Realdaten() {
    }

    /**
     * A file below the data directory; skips the calling test when it is missing.
     *
     * @param relativ the path below the data directory
     * @return the existing file
     */
    public static Path datei(String relativ) {
        String dir = System.getProperty(PROPERTY);
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "real data directory (system property " + PROPERTY + ") not present, skipping: " + dir);
        Path file = Path.of(dir).resolve(relativ);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data file " + file + " not present, skipping");
        return file;
    }
}
