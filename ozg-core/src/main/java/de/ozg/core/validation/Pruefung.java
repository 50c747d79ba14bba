package de.ozg.core.validation;

/**
 * The state of one {@link Regel} during one run: {@link Regel#start()} creates a fresh instance
 * for every run, the run hands it each record in turn and finally calls {@link #finish}.
 * A per-record rule reports from {@link #check}; a cross-record rule (a LeiKa key in two
 * different OZG-Leistungen, duplicate rows) remembers what it needs while records stream past and
 * reports from {@link #check} when the conflict shows, or from {@link #finish} when only
 * the whole data can tell.
 *
 * <p>Instances are mutable and used by one thread only. Keep the state bounded by the number of
 * distinct keys, not of records, and remember the {@link Fundstelle} of earlier records when a
 * finding should point there. A stateless check can be written as a lambda.
 *
 * @param <T> the type of the records
 */
@FunctionalInterface
public interface Pruefung<T> {

    /**
     * Checks one record and reports findings through the context.
     *
     * @param datensatz the record, not null
     * @param kontext   the context: location of the record and {@link Kontext#report(String, String)}
     */
    void check(T datensatz, Kontext kontext);

    /**
     * Called once after the last record; reports findings that only the whole data can show. The
     * context's location is {@link Fundstelle#unbekannt()}: give a finding its own location with
     * {@link Kontext#befund()}. Does nothing by default.
     *
     * @param kontext the context
     */
    default void finish(Kontext kontext) {
    }

    /**
     * A check that looks at no record and reports nothing, for a rule whose findings all come from
     * elsewhere, such as a reader's syntax findings handed to {@link Pruefer#report(Befund)}: the
     * rule can be switched off and re-rated like any other, and a run does not call its check for
     * every record.
     *
     * @param <T> the type of the records
     * @return the shared empty check
     */
    @SuppressWarnings("unchecked")
    static <T> Pruefung<T> empty() {
        return (Pruefung<T>) LeerePruefung.INSTANCE;
    }
}
