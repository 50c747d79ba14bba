package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypisierungPropertiesTest {

    private static final Typisierung[] ALLE = Typisierung.values();

    private static EnumSet<Typisierung> teilmenge(int maske) {
        EnumSet<Typisierung> menge = EnumSet.noneOf(Typisierung.class);
        for (int i = 0; i < ALLE.length; i++) {
            if ((maske & 1 << i) != 0) {
                menge.add(ALLE[i]);
            }
        }
        return menge;
    }

    /** Joins the codes of a subset in a shuffled order with random separators and blanks. */
    private static String verbinde(Set<Typisierung> menge, long seed) {
        Random random = new Random(seed);
        List<Typisierung> reihe = new ArrayList<>(menge);
        Collections.shuffle(reihe, random);
        String[] blanks = {"", " ", "  ", "\t"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < reihe.size(); i++) {
            if (i > 0) {
                sb.append(random.nextBoolean() ? ',' : ';');
            }
            sb.append(blanks[random.nextInt(blanks.length)]).append(reihe.get(i).code())
                    .append(blanks[random.nextInt(blanks.length)]);
        }
        return sb.toString();
    }

    @Test
    void parseMengeOfTheJoinedCodesOfAnySubsetReturnsThatSubset() {
        qt().forAll(integers().between(0, (1 << ALLE.length) - 1), longs().all())
                .checkAssert((maske, seed) -> {
                    EnumSet<Typisierung> menge = teilmenge(maske);
                    String zelle = verbinde(menge, seed);
                    assertEquals(menge, Typisierung.parseMenge(zelle), zelle);
                });
    }

    @Test
    void formatMengeAndParseMengeAreInverse() {
        qt().forAll(integers().between(0, (1 << ALLE.length) - 1)).checkAssert(maske -> {
            EnumSet<Typisierung> menge = teilmenge(maske);
            assertEquals(menge, Typisierung.parseMenge(Typisierung.formatMenge(menge)));
        });
    }

    @Test
    void oneUnknownPartSpoilsTheWholeCell() {
        qt().forAll(integers().between(1, (1 << ALLE.length) - 1), longs().all(),
                arbitrary().pick("1a", "5b", "13", "0", "2c", "2/3c", "4 a", "x"))
                .checkAssert((maske, seed, fremd) -> {
                    String zelle = verbinde(teilmenge(maske), seed) + ", " + fremd;
                    UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
                            () -> Typisierung.parseMenge(zelle), zelle);
                    assertEquals(fremd, e.actualValue().orElseThrow());
                    int teile = Integer.bitCount(maske) + 1;
                    assertTrue(e.getMessage().contains("as part " + teile + " (index "), e.getMessage());
                });
    }

    @Test
    void foederalAndKommunalFollowTheEbenen() {
        qt().forAll(arbitrary().enumValues(Typisierung.class)).checkAssert(t -> {
            assertTrue(!t.isKommunalerVollzug() || t.isFoederal(), t.code());
            assertEquals(t.regelndeEbene().isEmpty(), t.vollziehendeEbene().isEmpty(), t.code());
            assertEquals(t.isFoederal(), !t.vollziehendeEbene().isEmpty()
                    && !t.vollziehendeEbene().equals(EnumSet.of(Verwaltungsebene.BUND)), t.code());
        });
    }
}
