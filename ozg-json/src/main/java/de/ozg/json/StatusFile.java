package de.ozg.json;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A status file to read in parallel: its path, its form, the charset of a CSV file and the name its
 * findings carry as their source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path    the file
 * @param format  its form
 * @param charset the charset of a CSV file (a byte order mark wins over it); JSON is always UTF-8
 * @param quelle  the source name given to every finding's location, or null to leave locations as
 *                the sequential readers make them
 */
public record StatusFile(Path path, StatusFormat format, Charset charset, String quelle) {

    /**
     * Validates.
     *
     * @param path    the file
     * @param format  its form
     * @param charset the charset of a CSV file
     * @param quelle  the source name of findings, or null
     */
    public StatusFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
    }

    /**
     * A file in UTF-8 whose findings carry no source name.
     *
     * @param path   the file
     * @param format its form
     * @return the file
     */
    public static StatusFile of(Path path, StatusFormat format) {
        return new StatusFile(path, format, StandardCharsets.UTF_8, null);
    }

    /**
     * @param newCharset the charset of a CSV file
     * @return a copy with that charset
     */
    public StatusFile withCharset(Charset newCharset) {
        return new StatusFile(path, format, newCharset, quelle);
    }

    /**
     * @param newQuelle the source name every finding's location gets, such as the file name
     * @return a copy with that source name
     */
    public StatusFile withQuelle(String newQuelle) {
        return new StatusFile(path, format, charset, Objects.requireNonNull(newQuelle, "newQuelle"));
    }
}
