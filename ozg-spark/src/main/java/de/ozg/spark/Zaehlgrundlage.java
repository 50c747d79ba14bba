package de.ozg.spark;

import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.json.OzgJson;
import de.ozg.json.quellen.CsvSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What a count is made over — catalogue, Gebiete and counting rule — in a form that travels to
 * Spark's executors, where {@link #zero()} builds the setup once per JVM (see
 * {@link UmsetzungsmatrixAggregator}). Implementations must be serializable and should have value
 * equality (a record has it), because the built setup is cached per equal instance.
 */
public interface Zaehlgrundlage extends Serializable {

    /**
     * An empty matrix over the setup. Called once per executor JVM and instance.
     *
     * @return the zero
     */
    Umsetzungsmatrix zero();

    /**
     * The setup from files every executor can read under the same path: a Umsetzungskatalog (CSV, or
     * {@code ozg-katalog} JSON when the name ends in {@code .json}) and a Destatis
     * Gemeindeverzeichnis (CSV), both UTF-8, and a preset counting rule.
     *
     * @param katalog the catalogue file
     * @param gebiete the Gemeindeverzeichnis file
     * @param regel   a preset name of {@link Zaehlregel#find(CharSequence)}, such as {@code dashboard-online}
     * @return the setup
     */
    static Zaehlgrundlage ofFiles(String katalog, String gebiete, String regel) {
        Zaehlregel.parse(regel);
        return new Dateien(Objects.requireNonNull(katalog, "katalog"), Objects.requireNonNull(gebiete, "gebiete"),
                regel);
    }

    /** The setup read from files; read on each executor once. */
    record Dateien(String katalog, String gebiete, String regel) implements Zaehlgrundlage {

        @Override
        public Umsetzungsmatrix zero() {
            try {
                Path k = Path.of(katalog);
                OzgKatalog kat;
                if (katalog.endsWith(".json")) {
                    try (InputStream in = Files.newInputStream(k)) {
                        kat = OzgJson.readKatalog(in);
                    }
                } else {
                    kat = CsvSource.umsetzungskatalog().read(k, stand(k)).model();
                }
                Path g = Path.of(gebiete);
                Gebietsverzeichnis v = CsvSource.gemeindeverzeichnis().read(g, stand(g)).model();
                return Umsetzungsmatrix.zero(kat, v, Zaehlregel.parse(regel));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A CSV file names no Stand: the day it was last modified stands in; the figures do not depend on it. */
        private static LocalDate stand(Path p) throws IOException {
            return LocalDate.ofInstant(Files.getLastModifiedTime(p).toInstant(), ZoneOffset.UTC);
        }
    }
}
