package de.ozg.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.internal.Messages;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TableRulesTest {

    @Test
    void bothLanguagesHoldTheSameTexts() {
        Messages m = TableRules.messages();
        assertEquals(m.keysGerman(), m.keysEnglish());
        for (String id : TableRules.ids()) {
            assertTrue(m.keysGerman().contains("regel." + id), id);
        }
    }

    @Test
    void everyTableRuleIsPartOfTheRuleSetAndAdjustable() {
        List<Regel<TableRow<Testspalte>>> regeln = TableRules.regeln(Severity.ERROR);
        assertEquals(List.copyOf(TableRules.ids()), regeln.stream().map(Regel::id).toList());
        Regelwerk<TableRow<Testspalte>> r = Regelwerk.of(regeln);
        assertEquals(Severity.ERROR, r.severity(TableRules.ZU_WENIGE_ZELLEN));
        assertEquals(Severity.INFO, r.severity(TableRules.SPALTE_UNBEKANNT));
        assertTrue(!r.without(TableRules.SPALTE_UNBEKANNT).isEnabled(TableRules.SPALTE_UNBEKANNT));
        assertEquals(Severity.WARNING, r.withSeverity(TableRules.ZELLE_ZU_LANG, Severity.WARNING)
                .severity(TableRules.ZELLE_ZU_LANG));
        assertEquals("Jede Zeile hat so viele Zellen wie die Kopfzeile", regeln.get(10).beschreibung(Locale.GERMAN));
    }

    @Test
    void standardSeveritiesAreDocumentedAndUnknownIdsRefused() {
        assertEquals(Severity.ERROR, TableRules.standardSeverity(TableRules.OFFENES_ANFUEHRUNGSZEICHEN));
        assertEquals(Severity.WARNING, TableRules.standardSeverity(TableRules.ZU_WENIGE_ZELLEN));
        assertThrows(IllegalArgumentException.class, () -> TableRules.standardSeverity("KATALOG-DUPLIKAT"));
    }

    @Test
    void theRowRulesRunInAPass() {
        TableHeader<Testspalte> kopf = TableHeader.standard(Testspalte.class);
        TableResult<Long> r = TableCheck.of(Regelwerk.of(TableRules.<Testspalte>regeln(Severity.WARNING)),
                new Zaehler()).checkAll(List.of(kopf.row(2, "10000"), kopf.row(3, "10000", "Umwelt", "Abfall", "x"),
                        kopf.row(4, "10000", "Umwelt", "Abfall")));
        assertEquals(3L, r.model());
        assertEquals(1, r.bericht().befundeZuRegel(TableRules.ZU_WENIGE_ZELLEN).size());
        assertEquals(1, r.bericht().befundeZuRegel(TableRules.ZU_VIELE_ZELLEN).size());
        assertEquals(3, r.bericht().datensaetze());
        assertEquals(0, r.uebersprungeneZeilen());
    }

    /** Counts the rows: the smallest model. */
    static final class Zaehler implements TableModel<Testspalte, Long> {
        private long n;

        @Override
        public void add(TableRow<Testspalte> row) {
            n++;
        }

        @Override
        public Long build(java.util.function.Consumer<de.ozg.core.validation.Befund> findings) {
            return n;
        }

        @Override
        public long skipped() {
            return 0;
        }
    }
}
