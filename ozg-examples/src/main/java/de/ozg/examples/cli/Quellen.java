package de.ozg.examples.cli;

import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.table.TableResult;
import de.ozg.json.quellen.CsvSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Reads the source files of the command line tool. A CSV file names no Stand of its own, so the
 * day the file was last modified (UTC) stands in for it; the figures do not depend on it.
 */
final class Quellen {

    private Quellen() {
    }

    static TableResult<OzgKatalog> katalog(Path datei, Charset zeichensatz) throws IOException {
        return CsvSource.umsetzungskatalog().withCharset(zeichensatz).read(datei, stand(datei));
    }

    static TableResult<Gebietsverzeichnis> gebiete(Path datei, Charset zeichensatz) throws IOException {
        return CsvSource.gemeindeverzeichnis().withCharset(zeichensatz).read(datei, stand(datei));
    }

    static LocalDate stand(Path datei) throws IOException {
        return LocalDate.ofInstant(Files.getLastModifiedTime(datei).toInstant(), ZoneOffset.UTC);
    }
}
