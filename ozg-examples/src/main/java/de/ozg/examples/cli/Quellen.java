package de.ozg.examples.cli;

import de.ozg.core.validation.gebiet.Gebietsergebnis;
import de.ozg.core.validation.katalog.Katalogergebnis;
import de.ozg.json.quellen.GemeindeverzeichnisCsv;
import de.ozg.json.quellen.UmsetzungskatalogCsv;
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

    static Katalogergebnis katalog(Path datei, Charset zeichensatz) throws IOException {
        return UmsetzungskatalogCsv.standard().withCharset(zeichensatz).lese(datei, stand(datei));
    }

    static Gebietsergebnis gebiete(Path datei, Charset zeichensatz) throws IOException {
        return GemeindeverzeichnisCsv.standard().withCharset(zeichensatz).lese(datei, stand(datei));
    }

    static LocalDate stand(Path datei) throws IOException {
        return LocalDate.ofInstant(Files.getLastModifiedTime(datei).toInstant(), ZoneOffset.UTC);
    }
}
