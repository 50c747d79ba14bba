package de.ozg.core.validation.status;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefer;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One run of a status {@link Regelwerk} over one input, as a reader drives it: after filling a
 * {@link StatusRow} the reader calls {@link #check(MutableStatusRow)}, which runs the rules, passes their
 * findings on to the consumer at once, counts the record, and says whether the record is accepted.
 * Nothing is kept per record or per finding, so memory does not grow with the input; a consumer
 * that stores findings caps them itself (such as a {@link Pruefer} of a
 * {@linkplain Regelwerk#withMaxBefundeProRegel(int) capped} rule set).
 *
 * <p>Every data record is counted exactly once, accepted or rejected; the frame of a document is
 * not a record. For the rule set as shipped (or any subset, re-rated or not), a record without a
 * problem costs no call of any rule; own rules added with {@link Regelwerk#with(Regel)} run on
 * every record.
 *
 * <p>Mutable and not thread-safe: one run per input and thread.
 */
public final class StatusCheck {

    private final Pruefer<StatusRow> pruefer;
    private final boolean nurEingebaut;
    private long fehler;
    private long datensaetze;
    private long abgewiesen;

    private StatusCheck(Regelwerk<StatusRow> regelwerk, Consumer<? super Befund> befunde) {
        Objects.requireNonNull(befunde, "befunde");
        this.pruefer = regelwerk.start(b -> {
            if (b.severity() == Severity.ERROR) {
                fehler++;
            }
            befunde.accept(b);
        });
        this.nurEingebaut = regelwerk.enabled().stream().allMatch(StatusRules::isEingebaut);
    }

    /**
     * Starts a run.
     *
     * @param regelwerk the rules, e.g. {@link StatusRules#standard()}
     * @param befunde   receives every finding as it is made
     * @return the run
     */
    public static StatusCheck start(Regelwerk<StatusRow> regelwerk, Consumer<? super Befund> befunde) {
        return new StatusCheck(Objects.requireNonNull(regelwerk, "regelwerk"), befunde);
    }

    /**
     * Checks the record or document frame the row holds and counts it.
     *
     * @param row the filled row
     * @return true when it is a data record that becomes a status row: convertible, and no active
     *         rule reported an error for it
     */
    public boolean check(MutableStatusRow row) {
        row.abschliessen();
        boolean datensatz = row.isDatensatz();
        boolean gut;
        if (nurEingebaut && row.probleme() == 0) {
            gut = datensatz;
        } else {
            long vorher = fehler;
            pruefer.check(row, row.fundstelle());
            gut = datensatz && row.isConvertible() && fehler == vorher;
        }
        if (datensatz) {
            datensaetze++;
            if (!gut) {
                abgewiesen++;
            }
        }
        return gut;
    }

    /**
     * The data records checked so far, accepted and rejected.
     *
     * @return the count
     */
    public long datensaetze() {
        return datensaetze;
    }

    /**
     * The data records rejected so far.
     *
     * @return the count
     */
    public long abgewiesen() {
        return abgewiesen;
    }
}
