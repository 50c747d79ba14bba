package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every Themenfeld cell of the real 2019 OZG-Umsetzungskatalog resolves to one of the 14 constants. */
class ThemenfeldRealDataTest {

    private static Path katalog() {
        String dir = System.getProperty("ozg.shared.data");
        Path path = dir == null ? null : Path.of(dir, "kdn-nrw-ozg-katalog-2019");
        Assumptions.assumeTrue(path != null && Files.isDirectory(path),
                "real data directory (system property ozg.shared.data) not present: " + path);
        return path;
    }

    @Test
    void everyThemenfeldCellOfTheUmsetzungskatalogParses() throws IOException {
        List<List<String>> rows = csv(katalog().resolve("umsetzungskatalog-2019.csv"));
        assertEquals("Themenfeld", rows.get(0).get(0));
        List<List<String>> data = rows.subList(1, rows.size());
        assertEquals(5223, data.size());
        Set<String> distinct = new HashSet<>();
        EnumSet<Themenfeld> seen = EnumSet.noneOf(Themenfeld.class);
        for (List<String> row : data) {
            String cell = row.get(0);
            seen.add(Themenfeld.parse(cell));
            distinct.add(cell);
        }
        assertEquals(14, distinct.size());
        assertEquals(EnumSet.allOf(Themenfeld.class), seen);
    }

    @Test
    void themenfelderTableMatchesNumbersAndCanonicalNames() throws IOException {
        List<List<String>> rows = csv(katalog().resolve("themenfelder.csv"));
        assertEquals(List.of("themenfeld_nr", "themenfeld"), rows.get(0));
        EnumSet<Themenfeld> seen = EnumSet.noneOf(Themenfeld.class);
        for (List<String> row : rows.subList(1, rows.size())) {
            Themenfeld t = Themenfeld.parse(row.get(1));
            assertTrue(seen.add(t), "two rows name " + t);
            assertSame(Themenfeld.ofNummer(Integer.parseInt(row.get(0))), t, row.toString());
            assertEquals(t.bezeichnung(), row.get(1), "the catalogue spells the canonical name");
        }
        assertEquals(14, seen.size());
    }

    @Test
    void splitterHandlesQuotesAndEmbeddedSeparators() {
        assertEquals(List.of(List.of("a", "b,c", "d\"e", ""), List.of("x\ny", "z")),
                parse("a,\"b,c\",\"d\"\"e\",\r\n\"x\ny\",z\n"));
        assertFalse(parse("").iterator().hasNext());
    }

    static List<List<String>> csv(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A minimal RFC 4180 reader: comma, double-quote quoting with "" escapes, CRLF or LF rows. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\ufeff") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
