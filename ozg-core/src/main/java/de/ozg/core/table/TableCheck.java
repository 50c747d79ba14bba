package de.ozg.core.table;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Pruefer;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.TechnischerFehler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One pass over a tabular source that checks its rows and assembles its model at the same time, as
 * a streaming reader drives it: announce the {@link #header(TableHeader) header}, hand over each
 * {@link #check(TableRow) row}, report what the reader itself found ({@link #report(Befund)}, a
 * {@link #reject(Befund) rejected record}, a {@link #report(TechnischerFehler) technical failure}),
 * and finally take the {@link #result()}. For rows held in memory use {@link #checkAll(Iterable)}.
 *
 * <p>Every finding, the reader's included, passes the configuration of the rule set: a finding of
 * a rule that is switched off is dropped, and one of a re-rated rule gets the new severity, so that
 * {@code Katalogregeln.standard().without(TableRules.ZELLE_ZU_LANG)} silences the reader as well.
 * Findings whose rule id the rule set does not know are taken as given. The header is checked once
 * ({@link TableRules#checkHeader}), also when it only arrives with the first row.
 *
 * <p>Memory stays bounded by the rules' and the model's own state plus the stored findings, which
 * {@link Regelwerk#withMaxBefundeProRegel(int)} caps.
 *
 * <p>Mutable and <b>not thread-safe</b>: one pass belongs to one thread.
 *
 * @param <C> the column enum
 * @param <M> the model type
 */
public final class TableCheck<C extends Enum<C> & TableColumn, M> {

    private final Regelwerk<TableRow<C>> regeln;
    private final Set<String> ids = new HashSet<>();
    private final Pruefer<TableRow<C>> pruefer;
    private final TableModel<C, M> model;
    private final Set<TableHeader<C>> headers = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The header checked last: the rows of one file share it, so most rows skip the set. */
    private TableHeader<C> lastHeader;
    private long rejected;
    private TableResult<M> result;

    private TableCheck(Regelwerk<TableRow<C>> regeln, TableModel<C, M> model) {
        this.regeln = Objects.requireNonNull(regeln, "regeln");
        this.model = Objects.requireNonNull(model, "model");
        for (Regel<TableRow<C>> r : regeln.regeln()) {
            ids.add(r.id());
        }
        this.pruefer = regeln.start();
    }

    /**
     * Starts a pass.
     *
     * @param <C>    the column enum
     * @param <M>    the model type
     * @param regeln the rules, such as {@code Katalogregeln.standard()}
     * @param model  a fresh model of the source
     * @return the pass
     */
    public static <C extends Enum<C> & TableColumn, M> TableCheck<C, M> of(Regelwerk<TableRow<C>> regeln,
            TableModel<C, M> model) {
        return new TableCheck<>(regeln, model);
    }

    /**
     * Checks a header once: repeated calls with the same header do nothing.
     *
     * @param header the header
     * @throws IllegalStateException if the result was already taken
     */
    public void header(TableHeader<C> header) {
        open();
        if (header == lastHeader) {
            return;
        }
        if (headers.add(Objects.requireNonNull(header, "header"))) {
            TableRules.checkHeader(header, this::report);
        }
        lastHeader = header;
    }

    /**
     * Checks one row with every active rule and takes it into the model when it is usable; its
     * header is checked first if it was not announced.
     *
     * @param row the row
     * @throws IllegalStateException if the result was already taken
     */
    public void check(TableRow<C> row) {
        header(row.header());
        pruefer.check(row, row.fundstelle());
        model.add(row);
    }

    /**
     * Checks rows held in memory and returns the result.
     *
     * @param rows the rows in file order
     * @return model and report
     * @throws IllegalStateException if the result was already taken
     */
    public TableResult<M> checkAll(Iterable<? extends TableRow<C>> rows) {
        rows.forEach(this::check);
        return result();
    }

    /**
     * Reports a finding the reader made, such as a header without data: dropped when its rule is
     * switched off, re-rated as the rule set says, taken as given when the rule set does not know
     * its rule id.
     *
     * @param befund the finding
     * @throws IllegalStateException if the result was already taken
     */
    public void report(Befund befund) {
        open();
        String id = befund.regelId();
        if (!ids.contains(id)) {
            pruefer.report(befund);
        } else if (regeln.isEnabled(id)) {
            pruefer.report(befund.severity() == regeln.severity(id) ? befund : befund.withSeverity(regeln.severity(id)));
        }
    }

    /**
     * Reports a record the reader rejected as broken (see {@link TableRules}): it is counted among
     * the records read and as rejected, and its finding is reported as by {@link #report(Befund)}.
     *
     * @param befund the finding that says why
     * @throws IllegalStateException if the result was already taken
     */
    public void reject(Befund befund) {
        report(befund);
        rejected++;
    }

    /**
     * Reports that the source could not be read completely; the verdict becomes "nicht prüfbar".
     *
     * @param fehler the failure
     * @throws IllegalStateException if the result was already taken
     */
    public void report(TechnischerFehler fehler) {
        open();
        pruefer.report(fehler);
    }

    /** @return the number of rows checked so far */
    public long rows() {
        return pruefer.datensaetze();
    }

    /** @return the number of records rejected so far */
    public long rejected() {
        return rejected;
    }

    /**
     * Ends the pass: runs the rules' final checks, builds the model and returns both. Further calls
     * return the same result.
     *
     * @return model and report
     */
    public TableResult<M> result() {
        if (result == null) {
            List<Befund> built = new ArrayList<>();
            M m = model.build(built::add);
            built.forEach(pruefer::report);
            Pruefbericht b = pruefer.result();
            Pruefbericht mitAbgewiesenen = rejected == 0 ? b
                    : Pruefbericht.of(b.befunde(), b.technischeFehler(), b.datensaetze() + rejected,
                            b.unterdrueckungen());
            result = new TableResult<>(m, mitAbgewiesenen, model.skipped(), rejected);
        }
        return result;
    }

    private void open() {
        if (result != null) {
            throw new IllegalStateException("The pass is finished: result() was already taken");
        }
    }
}
