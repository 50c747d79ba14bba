package de.ozg.core.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The test-only CSV reader must itself be right, or the real-data counts prove nothing. */
class CsvTestReaderTest {

    @Test
    void handlesQuotesEscapedQuotesEmptyFieldsAndLineBreaks() {
        String csv = "a,b,c\r\n1,\"Flensburg, Stadt\",\n\"x\"\"y\",\"line\nbreak\",\"\"\n";
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "Flensburg, Stadt", ""),
                List.of("x\"y", "line\nbreak", "")), CsvTestReader.parse(csv));
    }

    @Test
    void lastRecordWithoutLineBreak() {
        assertEquals(List.of(List.of("a", ""), List.of("b")), CsvTestReader.parse("a,\nb"));
        assertThrows(IllegalArgumentException.class, () -> CsvTestReader.parse("\"open"));
    }
}
