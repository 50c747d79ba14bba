package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UmsetzungsstandTest {

    static final Leistungsschluessel KEY = Leistungsschluessel.parse("99041006013000");
    static final Ars ST = Ars.parse("150000000000");
    static final LocalDate TAG = LocalDate.of(2023, 6, 30);
    static final Reifegrad R3 = Reifegrad.of(ReifegradModell.V1, 3);

    static Umsetzungsstand voll() {
        return Umsetzungsstand.builder().schluessel(KEY).ars(ST).stichtag(TAG).online(true).aktiv(false)
                .reifegrad(R3).url("https://example.org/elterngeld").flaechendeckung(Flaechendeckung.LANDESWEIT)
                .ozgId(OzgId.of(10000)).build();
    }

    @Test
    void ofHasDefaults() {
        Umsetzungsstand u = Umsetzungsstand.of(KEY, ST, TAG, false);
        assertEquals(KEY, u.schluessel());
        assertEquals(ST, u.ars());
        assertEquals(TAG, u.stichtag());
        assertFalse(u.isOnline());
        assertTrue(u.isAktiv());
        assertEquals(Optional.empty(), u.reifegrad());
        assertNull(u.reifegradOrNull());
        assertEquals(Optional.empty(), u.url());
        assertEquals(Optional.empty(), u.flaechendeckung());
        assertEquals(Optional.empty(), u.ozgId());
        assertEquals("Umsetzungsstand{99041006013000 @ 150000000000, 2023-06-30, offline}", u.toString());
    }

    @Test
    void numbersFollowKeyAndArsThroughEveryCopy() {
        Umsetzungsstand u = voll();
        assertEquals(99041006013000L, u.schluesselLongValue());
        assertEquals(150000000000L, u.arsLongValue());
        Leistungsschluessel fuehrendeNull = Leistungsschluessel.parse("09041006013000");
        Umsetzungsstand bund = u.toBuilder().schluessel(fuehrendeNull).ars(Ars.BUND).build();
        assertEquals(fuehrendeNull.longValue(), bund.schluesselLongValue());
        assertEquals(9041006013000L, bund.schluesselLongValue());
        assertEquals(0L, bund.arsLongValue());
        // the original keeps its numbers: the builder copies, it does not share
        assertEquals(150000000000L, u.arsLongValue());
    }

    @Test
    void builderAndToBuilderRoundTrip() {
        Umsetzungsstand u = voll();
        assertTrue(u.isOnline());
        assertFalse(u.isAktiv());
        assertEquals(Optional.of(R3), u.reifegrad());
        assertSame(R3, u.reifegradOrNull());
        assertEquals(Optional.of("https://example.org/elterngeld"), u.url());
        assertEquals(Optional.of(Flaechendeckung.LANDESWEIT), u.flaechendeckung());
        assertEquals(Optional.of(OzgId.of(10000)), u.ozgId());
        Umsetzungsstand kopie = u.toBuilder().build();
        assertEquals(u, kopie);
        assertEquals(u.hashCode(), kopie.hashCode());
        assertEquals(u.toString(), kopie.toString());
        assertTrue(u.toString().contains("inaktiv") && u.toString().contains("OZG-ID 10000"), u::toString);
    }

    @Test
    void everyFieldTakesPartInEquality() {
        Umsetzungsstand u = voll();
        List<Umsetzungsstand> varianten = List.of(
                u.toBuilder().schluessel(Leistungsschluessel.parse("99041006000000")).build(),
                u.toBuilder().ars(Ars.BUND).build(),
                u.toBuilder().stichtag(TAG.plusDays(1)).build(),
                u.toBuilder().online(false).build(),
                u.toBuilder().aktiv(true).build(),
                u.toBuilder().reifegrad(Reifegrad.of(ReifegradModell.V1, 2)).build(),
                u.toBuilder().reifegrad(null).build(),
                u.toBuilder().url("https://example.org/anders").build(),
                u.toBuilder().flaechendeckung(Flaechendeckung.BUNDESWEIT).build(),
                u.toBuilder().ozgId(null).build());
        for (Umsetzungsstand v : varianten) {
            assertNotEquals(u, v, v::toString);
        }
    }

    @Test
    void blankUrlMeansNone() {
        assertEquals(Optional.empty(), voll().toBuilder().url("  ").build().url());
        assertEquals(Optional.empty(), voll().toBuilder().url("\u00a0").build().url());
        assertEquals(voll().toBuilder().url(null).build(), voll().toBuilder().url("").build());
    }

    @Test
    void requiredPartsMustBeSet() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Umsetzungsstand.builder().schluessel(KEY).stichtag(TAG).build());
        assertEquals("Umsetzungsstand.ars", e.getMessage());
        assertThrows(NullPointerException.class, () -> Umsetzungsstand.of(null, ST, TAG, true));
        assertThrows(NullPointerException.class, () -> Umsetzungsstand.of(KEY, ST, null, true));
    }
}
