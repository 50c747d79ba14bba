package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZeilenbilanzTest {

    private static List<NichtZugeordnet> nz(long schluessel, long ars, long modell) {
        return List.of(new NichtZugeordnet(NichtZugeordnet.Grund.SCHLUESSEL_UNBEKANNT, schluessel, List.of()),
                new NichtZugeordnet(NichtZugeordnet.Grund.ARS_UNBEKANNT, ars, List.of()),
                new NichtZugeordnet(NichtZugeordnet.Grund.REIFEGRAD_ANDERES_MODELL, modell, List.of()));
    }

    @Test
    void thePartsAddUpAndRejectedRecordsJoinThem() {
        Zeilenbilanz b = new Zeilenbilanz(19, 10, 2, 3, 1, nz(1, 1, 1));
        assertEquals(0, b.abgewiesen());
        assertEquals(19, b.angenommen());
        Zeilenbilanz mit = b.withAbgewiesen(5);
        assertEquals(24, mit.gesamt());
        assertEquals(5, mit.abgewiesen());
        assertEquals(19, mit.angenommen());
        assertEquals(mit, mit.withAbgewiesen(5).withAbgewiesen(0).withAbgewiesen(5), "setting, not adding");
        assertTrue(mit.toTabelle().zeilen().stream().anyMatch(z -> z.get(0).startsWith("abgewiesen")
                && z.get(1).equals("5")));
    }

    @Test
    void aBalanceThatDoesNotAddUpIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Zeilenbilanz(20, 10, 2, 3, 1, nz(1, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Zeilenbilanz(18, 1, 10, 2, 3, 1, nz(1, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Zeilenbilanz(0, -1, 1, 0, 0, 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Zeilenbilanz(19, 10, 2, 3, 1, nz(1, 1, 1))
                .withAbgewiesen(-1));
    }
}
