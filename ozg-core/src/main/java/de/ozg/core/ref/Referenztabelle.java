package de.ozg.core.ref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference table shipped as a versioned resource: UTF-8 text, tab-separated columns, a comment
 * header of {@code # key: value} lines (at least {@code version}, {@code stand} and {@code quelle}),
 * one header row naming the columns, then the data rows. Blank lines and further {@code #} lines are
 * ignored.
 *
 * <p>Tables are read on first use by the type that owns them (holder idiom), never in a static
 * initialiser of a public type, so loading the class costs nothing. A missing or malformed resource
 * is a defect of the build and fails with {@link ReferenceViolation#BROKEN_RESOURCE}; the tests of
 * each table prove that never happens.
 */
final class Referenztabelle {

    private final String resource;
    private final Map<String, String> kopf;
    private final List<String> spalten;
    private final List<String[]> zeilen;

    private Referenztabelle(String resource, Map<String, String> kopf, List<String> spalten, List<String[]> zeilen) {
        this.resource = resource;
        this.kopf = kopf;
        this.spalten = spalten;
        this.zeilen = zeilen;
    }

    /**
     * Reads a table from the class path, relative to this package.
     *
     * @param name the resource name, such as {@code "bundesressorts.tsv"}
     */
    static Referenztabelle lade(String name) {
        try (InputStream in = Referenztabelle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw kaputt(name, "resource not found on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> kopf = new LinkedHashMap<>();
            List<String> spalten = null;
            List<String[]> zeilen = new ArrayList<>();
            String line;
            int nr = 0;
            while ((line = reader.readLine()) != null) {
                nr++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    int colon = line.indexOf(':');
                    if (spalten == null && colon > 0) {
                        kopf.put(line.substring(1, colon).strip().toLowerCase(java.util.Locale.ROOT),
                                line.substring(colon + 1).strip());
                    }
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (spalten == null) {
                    spalten = List.of(cells);
                } else if (cells.length != spalten.size()) {
                    throw kaputt(name, "line " + nr + " has " + cells.length + " cells, expected " + spalten.size());
                } else {
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = cells[i].strip();
                    }
                    zeilen.add(cells);
                }
            }
            if (spalten == null) {
                throw kaputt(name, "no header row");
            }
            for (String required : List.of("version", "stand", "quelle")) {
                if (!kopf.containsKey(required)) {
                    throw kaputt(name, "comment header lacks '# " + required + ": …'");
                }
            }
            return new Referenztabelle(name, Map.copyOf(kopf), spalten, List.copyOf(zeilen));
        } catch (IOException e) {
            throw kaputt(name, e.toString());
        }
    }

    private static UnknownReferenceException kaputt(String name, String why) {
        return new UnknownReferenceException(ReferenceViolation.BROKEN_RESOURCE, name + ": " + why,
                Text.of("form.tabelle"));
    }

    /** The resource name. */
    String resource() {
        return resource;
    }

    /** The data version from the {@code # version:} header line. */
    String version() {
        return kopf.get("version");
    }

    /** The {@code # stand:} header line: the date the data describes. */
    String stand() {
        return kopf.get("stand");
    }

    /** The {@code # quelle:} header line: where the facts come from. */
    String quelle() {
        return kopf.get("quelle");
    }

    /** All header entries. */
    Map<String, String> kopf() {
        return kopf;
    }

    /** The data rows, cells stripped. */
    List<String[]> zeilen() {
        return zeilen;
    }

    /** Index of a column by name. */
    int spalte(String name) {
        int i = spalten.indexOf(name);
        if (i < 0) {
            throw kaputt(resource, "no column '" + name + "' in " + spalten);
        }
        return i;
    }

    /** The cell of a row in the named column. */
    String wert(String[] zeile, String spalte) {
        return zeile[spalte(spalte)];
    }
}
