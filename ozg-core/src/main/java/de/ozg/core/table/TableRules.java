package de.ozg.core.table;

import de.ozg.core.internal.Messages;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Kontext;
import de.ozg.core.validation.Pruefung;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The rules every tabular source shares, part of the rule set of each source (such as
 * {@code Katalogregeln.standard()}), so that each of them can be switched off or re-rated there like
 * any other rule: {@code Katalogregeln.standard().without(TableRules.SPALTE_UNBEKANNT)}.
 *
 * <table>
 * <caption>Table rules</caption>
 * <tr><th>Id</th><th>Severity</th><th>Checked by</th><th>What</th></tr>
 * <tr><td>{@value #LEERE_DATEI}</td><td>ERROR</td><td>reader</td><td>the file has no header row</td></tr>
 * <tr><td>{@value #OFFENES_ANFUEHRUNGSZEICHEN}</td><td>ERROR</td><td>reader</td><td>a quote is never
 * closed: everything after it is one cell, so the rest of the file cannot be read</td></tr>
 * <tr><td>{@value #FEHLERHAFTE_ZEILE}</td><td>ERROR</td><td>reader</td><td>text follows the closing
 * quote of a cell; the record is rejected</td></tr>
 * <tr><td>{@value #ZELLE_ZU_LANG}</td><td>ERROR</td><td>reader</td><td>a cell is longer than the
 * reader's limit; the record is rejected</td></tr>
 * <tr><td>{@value #DATENSATZ_ZU_LANG}</td><td>ERROR</td><td>reader</td><td>the cells of a record hold
 * more characters than the reader's limit; the record is rejected</td></tr>
 * <tr><td>{@value #DATENSATZ_ZU_BREIT}</td><td>ERROR</td><td>reader</td><td>a record has more cells than
 * the reader's limit; the record is rejected</td></tr>
 * <tr><td>{@value #PFLICHTSPALTE_FEHLT}</td><td>ERROR</td><td>header</td><td>a required column is
 * missing, once per column</td></tr>
 * <tr><td>{@value #SPALTE_DOPPELT}</td><td>WARNING</td><td>header</td><td>two header cells name the same
 * column; the first one is read</td></tr>
 * <tr><td>{@value #SPALTE_UNBEKANNT}</td><td>INFO</td><td>header</td><td>a header cell names no column
 * of the source; its cells are not read</td></tr>
 * <tr><td>{@value #SPALTE_OHNE_NAMEN}</td><td>INFO</td><td>header</td><td>a header cell is blank</td></tr>
 * <tr><td>{@value #ZU_WENIGE_ZELLEN}</td><td>chosen by the source (ERROR for catalogue and
 * Gemeindeverzeichnis)</td><td>row</td><td>a row has fewer cells than the header; names the columns
 * whose cells are missing</td></tr>
 * <tr><td>{@value #ZU_VIELE_ZELLEN}</td><td>WARNING</td><td>row</td><td>a row has more cells than the
 * header (empty cells beyond its width do not count)</td></tr>
 * </table>
 * A record the reader rejects reaches no other rule; the result of the pass counts it. Bytes that are
 * not valid in the file's charset and input that cannot be read are no findings but a
 * {@link de.ozg.core.validation.TechnischerFehler}: the same file read with the right charset may
 * well be valid.
 *
 * <p>"Checked by reader" rules have no check of their own: their findings come from the reader,
 * which reports them through {@link TableCheck#report(Befund)}, where the rule set's configuration
 * applies. The header rules run once per header ({@link #checkHeader}), the row rules per row.
 *
 * <p>Stateless, thread-safe utility.
 */
public final class TableRules {

    /** The file has no header row. */
    public static final String LEERE_DATEI = "CSV-LEERE-DATEI";
    /** A quote is never closed; nothing after it can be read. */
    public static final String OFFENES_ANFUEHRUNGSZEICHEN = "CSV-OFFENES-ANFUEHRUNGSZEICHEN";
    /** Text follows the closing quote of a cell; the record is rejected. */
    public static final String FEHLERHAFTE_ZEILE = "CSV-FEHLERHAFTE-ZEILE";
    /** A cell is longer than the reader's limit; the record is rejected. */
    public static final String ZELLE_ZU_LANG = "CSV-ZELLE-ZU-LANG";
    /** The cells of a record hold more characters than the reader's limit; the record is rejected. */
    public static final String DATENSATZ_ZU_LANG = "CSV-DATENSATZ-ZU-LANG";
    /** A record has more cells than the reader's limit; the record is rejected. */
    public static final String DATENSATZ_ZU_BREIT = "CSV-DATENSATZ-ZU-BREIT";
    /** A required column is missing from the header row. */
    public static final String PFLICHTSPALTE_FEHLT = "CSV-PFLICHTSPALTE-FEHLT";
    /** Two header cells name the same column; the first is used. */
    public static final String SPALTE_DOPPELT = "CSV-SPALTE-DOPPELT";
    /** A header cell names no column of the source. */
    public static final String SPALTE_UNBEKANNT = "CSV-SPALTE-UNBEKANNT";
    /** A header cell is blank. */
    public static final String SPALTE_OHNE_NAMEN = "CSV-SPALTE-OHNE-NAMEN";
    /** A row has fewer cells than the header. */
    public static final String ZU_WENIGE_ZELLEN = "CSV-ZU-WENIGE-ZELLEN";
    /** A row has more cells than the header. */
    public static final String ZU_VIELE_ZELLEN = "CSV-ZU-VIELE-ZELLEN";

    private static final Map<String, Severity> STANDARD = standard();

    private TableRules() {
    }

    private static Map<String, Severity> standard() {
        Map<String, Severity> m = new LinkedHashMap<>();
        m.put(LEERE_DATEI, Severity.ERROR);
        m.put(OFFENES_ANFUEHRUNGSZEICHEN, Severity.ERROR);
        m.put(FEHLERHAFTE_ZEILE, Severity.ERROR);
        m.put(ZELLE_ZU_LANG, Severity.ERROR);
        m.put(DATENSATZ_ZU_LANG, Severity.ERROR);
        m.put(DATENSATZ_ZU_BREIT, Severity.ERROR);
        m.put(PFLICHTSPALTE_FEHLT, Severity.ERROR);
        m.put(SPALTE_DOPPELT, Severity.WARNING);
        m.put(SPALTE_UNBEKANNT, Severity.INFO);
        m.put(SPALTE_OHNE_NAMEN, Severity.INFO);
        m.put(ZU_WENIGE_ZELLEN, Severity.WARNING);
        m.put(ZU_VIELE_ZELLEN, Severity.WARNING);
        return m;
    }

    /** The texts, loaded on first use. */
    private static final class Texts {
        static final Messages MESSAGES = Messages.of("de.ozg.core.table.messages", TableRules.class);
    }

    static Messages messages() {
        return Texts.MESSAGES;
    }

    /** @return the ids of all table rules, in table order */
    public static Set<String> ids() {
        return STANDARD.keySet();
    }

    /**
     * The standard severity of a table rule, for readers that report outside a rule set. The
     * severity of {@value #ZU_WENIGE_ZELLEN} is chosen by each source; WARNING is the default.
     *
     * @param regelId a table rule id
     * @return its standard severity
     * @throws IllegalArgumentException if the id is not one of {@link #ids()}
     */
    public static Severity standardSeverity(String regelId) {
        Severity s = STANDARD.get(Objects.requireNonNull(regelId, "regelId"));
        if (s == null) {
            throw new IllegalArgumentException("not a table rule: " + regelId + "; one of " + ids());
        }
        return s;
    }

    /**
     * The table rules for the rows of a source, in table order, to be placed first in its rule set.
     *
     * @param <C>            the column enum
     * @param zuWenigeZellen the standard severity of {@value #ZU_WENIGE_ZELLEN} for this source
     * @return the rules
     */
    public static <C extends Enum<C> & TableColumn> List<Regel<TableRow<C>>> regeln(Severity zuWenigeZellen) {
        Objects.requireNonNull(zuWenigeZellen, "zuWenigeZellen");
        List<Regel<TableRow<C>>> r = new ArrayList<>();
        for (String id : STANDARD.keySet()) {
            Severity s = id.equals(ZU_WENIGE_ZELLEN) ? zuWenigeZellen : STANDARD.get(id);
            Supplier<Pruefung<TableRow<C>>> pruefungen;
            if (id.equals(ZU_WENIGE_ZELLEN)) {
                pruefungen = () -> new Zellenzahl<>(true);
            } else if (id.equals(ZU_VIELE_ZELLEN)) {
                pruefungen = () -> new Zellenzahl<>(false);
            } else {
                // reported by the reader: nothing to look at per row
                pruefungen = Pruefung::empty;
            }
            r.add(Regel.of(id, s, messages().german("regel." + id), messages().english("regel." + id), pruefungen));
        }
        return List.copyOf(r);
    }

    /**
     * Checks a header: a finding with the rule's standard severity for each missing required column
     * ({@value #PFLICHTSPALTE_FEHLT}), each repeated ({@value #SPALTE_DOPPELT}), unknown
     * ({@value #SPALTE_UNBEKANNT}) and blank ({@value #SPALTE_OHNE_NAMEN}) header cell, located at the
     * header line and the column as written.
     *
     * @param <C>      the column enum
     * @param header   the header, not null
     * @param findings receives the findings in column order
     */
    public static <C extends Enum<C> & TableColumn> void checkHeader(TableHeader<C> header,
            Consumer<Befund> findings) {
        Fundstelle at = header.fundstelle();
        List<String> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).strip();
            int column = i + 1;
            C named = header.columnAt(i).orElse(null);
            if (named != null && header.position(named).getAsInt() != i) {
                int first = header.position(named).getAsInt() + 1;
                findings.accept(finding(SPALTE_DOPPELT, at.withSpalte(text), text, "kopf.doppelt", column, text,
                        named.bezeichnung(), first, header.columnName(named)));
            } else if (named == null && text.isEmpty()) {
                findings.accept(finding(SPALTE_OHNE_NAMEN, at, null, "kopf.ohneNamen", column));
            } else if (named == null) {
                findings.accept(finding(SPALTE_UNBEKANNT, at.withSpalte(text), text, "kopf.unbekannt", column, text));
            }
        }
        for (C c : header.missingRequired()) {
            String also = c.aliases().isEmpty() ? "" : String.join(", ", c.aliases());
            findings.accept(finding(PFLICHTSPALTE_FEHLT, at.withSpalte(c.bezeichnung()), null,
                    also.isEmpty() ? "kopf.pflichtspalte" : "kopf.pflichtspalte.alias", c.bezeichnung(), also));
        }
    }

    private static Befund finding(String id, Fundstelle at, String wert, String key, Object... args) {
        return Befund.builder().regelId(id).severity(STANDARD.get(id)).fundstelle(at).wert(wert)
                .meldung(messages().german(key, args), messages().english(key, args)).build();
    }

    /**
     * Checks the cell count of a row outside a rule set: a finding of {@value #ZU_WENIGE_ZELLEN} or
     * {@value #ZU_VIELE_ZELLEN} at the row's location, as the rules of {@link #regeln} report it.
     *
     * @param <C>            the column enum
     * @param row            the row, not null
     * @param zuWenigeZellen the severity of a short row
     * @param findings       receives the finding, if any
     */
    public static <C extends Enum<C> & TableColumn> void checkCells(TableRow<C> row, Severity zuWenigeZellen,
            Consumer<Befund> findings) {
        String[] m = cellCount(row);
        if (m != null) {
            boolean wenige = row.cellCount() < row.expectedCellCount();
            findings.accept(Befund.builder().regelId(wenige ? ZU_WENIGE_ZELLEN : ZU_VIELE_ZELLEN)
                    .severity(wenige ? zuWenigeZellen : STANDARD.get(ZU_VIELE_ZELLEN)).fundstelle(row.fundstelle())
                    .wert(Integer.toString(row.cellCount())).meldung(m[0], m[1]).build());
        }
    }

    /**
     * {@value #ZU_WENIGE_ZELLEN} or {@value #ZU_VIELE_ZELLEN} in one run. The message depends only on
     * the header and the cell count, so it is made once per count: a file of a million short rows
     * formats it once, not a million times.
     */
    private static final class Zellenzahl<C extends Enum<C> & TableColumn> implements Pruefung<TableRow<C>> {
        private final boolean wenige;
        private final Map<Integer, String[]> texte = new HashMap<>();
        private TableHeader<C> kopf;

        Zellenzahl(boolean wenige) {
            this.wenige = wenige;
        }

        @Override
        public void check(TableRow<C> row, Kontext k) {
            int ist = row.cellCount();
            if (wenige ? ist >= row.expectedCellCount() : ist <= row.expectedCellCount()) {
                return;
            }
            if (row.header() != kopf) {
                kopf = row.header();
                texte.clear();
            }
            String[] m = texte.computeIfAbsent(ist, x -> cellCount(row));
            k.befund().wert(Integer.toString(ist)).report(m[0], m[1]);
        }
    }

    /** The German and English message about a row's cell count, or null when it is right. */
    private static <C extends Enum<C> & TableColumn> String[] cellCount(TableRow<C> row) {
        int soll = row.expectedCellCount();
        int ist = row.cellCount();
        if (ist == soll) {
            return null;
        }
        Messages m = messages();
        if (ist > soll) {
            return new String[] {m.german("zeile.zuViele", ist, soll), m.english("zeile.zuViele", ist, soll)};
        }
        StringBuilder missing = new StringBuilder();
        for (C c : row.header().columns().getEnumConstants()) {
            if (row.header().has(c) && row.rawCell(c) == null) {
                missing.append(missing.length() == 0 ? "" : ", ").append(row.columnName(c));
            }
        }
        String key = missing.length() == 0 ? "zeile.zuWenige" : "zeile.zuWenige.fehlend";
        return new String[] {m.german(key, ist, soll, missing), m.english(key, ist, soll, missing)};
    }
}
