package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenzdatenTest {

    @Test
    void listsEveryTableWithVersionStandAndQuelle() {
        Map<String, Referenzdaten.Tabellenversion> v = Referenzdaten.versionen();
        assertEquals(java.util.List.of("bundesressorts.tsv", "federfuehrung.tsv"), java.util.List.copyOf(v.keySet()));
        for (Map.Entry<String, Referenzdaten.Tabellenversion> e : v.entrySet()) {
            Referenztabelle t = Referenztabelle.lade(e.getKey());
            assertEquals(e.getKey(), e.getValue().resource());
            assertEquals(t.version(), e.getValue().version());
            assertEquals(t.stand(), e.getValue().stand());
            assertEquals(t.quelle(), e.getValue().quelle());
            assertFalse(e.getValue().version().isBlank());
            assertFalse(e.getValue().stand().isBlank());
            assertFalse(e.getValue().quelle().isBlank());
            assertEquals(e.getKey() + " " + t.version() + " (" + t.stand() + ")", e.getValue().toString());
        }
    }

    @Test
    void mapIsImmutableAndStable() {
        Map<String, Referenzdaten.Tabellenversion> v = Referenzdaten.versionen();
        assertThrows(UnsupportedOperationException.class, () -> v.remove("bundesressorts.tsv"));
        assertEquals(v, Referenzdaten.versionen());
        assertEquals(v.hashCode(), Referenzdaten.versionen().hashCode());
    }
}
