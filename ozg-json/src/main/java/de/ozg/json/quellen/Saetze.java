package de.ozg.json.quellen;

import de.ozg.json.csv.CsvProblem;
import de.ozg.json.csv.CsvReader;
import de.ozg.json.csv.CsvRecord;
import de.ozg.json.csv.Spaltenzuordnung;

/** What both readers take from a CSV record and header in the same way. */
final class Saetze {

    private Saetze() {
    }

    /** The column name as the user wrote it in the header. */
    static String spaltenname(Spaltenzuordnung zuordnung, int index) {
        return zuordnung.header().get(index).strip();
    }

    /**
     * The cell count the rules compare with the header: surplus cells that are empty (Excel writes
     * {@code ;;} up to the widest row of a sheet) do not count, as in the CSV layer.
     */
    static int anzahl(CsvRecord satz) {
        int n = satz.cellCount();
        int erwartet = satz.expectedCellCount();
        while (n > erwartet && satz.cell(n - 1).isEmpty()) {
            n--;
        }
        return n;
    }

    /** The cell at a file index, or null when the header lacks the column or the row is too short. */
    static String zelle(CsvRecord satz, int index) {
        return index >= 0 && index < satz.cellCount() ? satz.cell(index) : null;
    }

    /**
     * Reports the missing required columns of a file without data rows: the rule set's own header
     * rule sees headers only through rows.
     */
    static void meldeFehlendeSpalten(CsvReader reader, Weitergabe weitergabe) {
        for (CsvProblem p : reader.problems()) {
            if (p.kind() == CsvProblem.Kind.MISSING_REQUIRED_COLUMN) {
                weitergabe.melde(p);
            }
        }
    }
}
