package de.ozg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one formatter of the tool: numbers, shares, changes and dates in German and English. */
class DarstellungTest {

    private static final Darstellung DE = Darstellung.of(Locale.GERMAN);
    private static final Darstellung EN = Darstellung.of(Locale.ENGLISH);

    @Test
    void countsAreGroupedLineNumbersNever() {
        assertEquals("4.797", DE.zahl(4797));
        assertEquals("4,797", EN.zahl(4797));
        assertEquals("199.903", DE.zahl(199_903));
        assertEquals("1.234.567", DE.zahl(1_234_567));
        assertEquals("999", DE.zahl(999));
        assertEquals("0", DE.zahl(0));
        assertEquals("-1.000", DE.zahl(-1000));
        assertEquals("-9.223.372.036.854.775.808", DE.zahl(Long.MIN_VALUE));
        assertEquals("4490", DE.nummer(4490));
    }

    @Test
    void sharesRoundDownSoOnlyCompleteCoverageReadsHundred() {
        assertEquals("49,7 %", DE.prozent(0.497));
        assertEquals("49.7 %", EN.prozent(0.497));
        assertEquals("0,8 %", DE.prozent(0.008));
        assertEquals("100,0 %", DE.prozent(1.0));
        assertEquals("99,9 %", DE.prozent(0.99999));
        assertEquals("99,9 %", DE.prozent(9999, 10_000));
        assertEquals("100,0 %", DE.prozent(10_000, 10_000));
        assertEquals("–", DE.prozent(3, 0));
        assertEquals("1.234,5 %", DE.prozent(12.345));
    }

    @Test
    void changesCarryTheirSign() {
        assertEquals("+2,6 %", DE.aenderung(0.026));
        assertEquals("-30,0 %", DE.aenderung(-0.3));
        assertEquals("+0.0 %", EN.aenderung(0));
        assertEquals("vorher keine", DE.aenderung(Double.POSITIVE_INFINITY));
        assertEquals("20 %", DE.prozentwert(20));
        assertEquals("0,05 %", DE.prozentwert(0.05));
        assertEquals("0.05 %", EN.prozentwert(0.05));
    }

    @Test
    void datesAndUnknownDates() {
        assertEquals("31.12.2019", DE.datum(LocalDate.of(2019, 12, 31)));
        assertEquals("2019-12-31", EN.datum(LocalDate.of(2019, 12, 31)));
        assertEquals("unbekannt", DE.datum(Optional.empty()));
        assertEquals("unknown", EN.datum(Optional.empty()));
    }

    @Test
    void everyCountReadsBackAsItself() {
        qt().forAll(longs().all()).checkAssert(n -> {
            assertEquals(n, Long.parseLong(DE.zahl(n).replace(".", "")));
            assertEquals(n, Long.parseLong(EN.zahl(n).replace(",", "")));
            assertTrue(DE.zahl(n).matches("-?\\d{1,3}(\\.\\d{3})*"), DE.zahl(n));
        });
    }

    @Test
    void aShareOfCountsIsTheExactValueRoundedDown() {
        qt().forAll(longs().between(0, 1_000_000_000L), longs().between(1, 1_000_000_000L)).checkAssert((z, n) -> {
            BigDecimal genau = BigDecimal.valueOf(z).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(n), 1, RoundingMode.DOWN);
            String erwartet = DE.zahl(genau.longValue()) + "," + genau.remainder(BigDecimal.ONE).movePointRight(1)
                    .intValue() + " %";
            assertEquals(erwartet, DE.prozent(z, n), z + "/" + n);
        });
    }
}
