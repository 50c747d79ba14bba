package de.ozg.json;

import de.ozg.json.csv.CsvReadOptions;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A status file to read in parallel: its path, its form, how to read it when it is CSV, and the name
 * its findings carry as their source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path    the file
 * @param format  its form
 * @param options charset (a byte order mark wins over it), delimiter and limits of a CSV file; JSON is
 *                always UTF-8
 * @param quelle  the source name given to every finding's location, or null to leave locations as
 *                the sequential readers make them
 */
public record StatusFile(Path path, StatusFormat format, CsvReadOptions options, String quelle) {

    /**
     * Validates.
     *
     * @param path    the file
     * @param format  its form
     * @param options how to read a CSV file
     * @param quelle  the source name of findings, or null
     */
    public StatusFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
    }

    /**
     * A file whose findings carry no source name; CSV in UTF-8 with the default limits.
     *
     * @param path   the file
     * @param format its form
     * @return the file
     */
    public static StatusFile of(Path path, StatusFormat format) {
        return new StatusFile(path, format, CsvReadOptions.defaults(), null);
    }

    /**
     * @param newCharset the charset of a CSV file
     * @return a copy with that charset
     */
    public StatusFile withCharset(Charset newCharset) {
        return new StatusFile(path, format, options.withCharset(newCharset), quelle);
    }

    /**
     * @param newOptions charset, delimiter and limits of a CSV file
     * @return a copy with these options
     */
    public StatusFile withOptions(CsvReadOptions newOptions) {
        return new StatusFile(path, format, newOptions, quelle);
    }

    /**
     * @param newQuelle the source name every finding's location gets, such as the file name
     * @return a copy with that source name
     */
    public StatusFile withQuelle(String newQuelle) {
        return new StatusFile(path, format, options, Objects.requireNonNull(newQuelle, "newQuelle"));
    }
}
