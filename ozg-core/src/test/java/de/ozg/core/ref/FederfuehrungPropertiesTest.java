package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FederfuehrungPropertiesTest {

    private static final Gen<LocalDate> TAGE_2018_BIS_2027 = longs()
            .between(LocalDate.of(2018, 1, 1).toEpochDay(), LocalDate.of(2027, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);

    @Test
    void neverThrowsAndEveryRessortIsValidOnTheStichtag() {
        qt().forAll(arbitrary().enumValues(Themenfeld.class), TAGE_2018_BIS_2027).checkAssert((t, d) -> {
            Federfuehrung f = Federfuehrung.of(t, d);
            assertEquals(t, f.themenfeld());
            assertEquals(d, f.stichtag());
            for (Bundesressort r : f.ressorts()) {
                assertTrue(r.isGueltigAm(d), r + " not valid on " + d);
            }
            assertTrue(f.ressorts().containsAll(f.unsichereRessorts()));
            assertTrue(f.laender().containsAll(f.unsichereLaender()));
            assertTrue(!f.isRessortsBekannt() || !f.ressorts().isEmpty());
            assertTrue(!f.isLaenderBekannt() || !f.laender().isEmpty());
        });
    }

    /** Renaming never changes the number of leads: each identity is carried by exactly one ressort. */
    @Test
    void knownLeadsKeepTheirCountAcrossRenamings() {
        qt().forAll(arbitrary().enumValues(Themenfeld.class), TAGE_2018_BIS_2027).checkAssert((t, d) -> {
            Federfuehrung f = Federfuehrung.of(t, d);
            long rows = Federfuehrung.eintraege().stream()
                    .filter(e -> e.themenfeld == t && e.isRessort() && e.isGueltigAm(d)).count();
            if (f.isRessortsBekannt()) {
                assertEquals(rows, f.ressorts().size(), f.toString());
            }
        });
    }
}
