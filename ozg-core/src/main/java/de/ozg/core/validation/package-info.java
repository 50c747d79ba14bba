/**
 * Validation of OZG data: findings, reports and configurable rule sets.
 *
 * <p>The library validates on two levels. <b>Invariants</b> (an OZG-ID has five digits, a LeiKa key
 * fourteen, a name is not blank) are enforced when a value is constructed and throw an
 * {@link de.ozg.core.OzgException}: a value that exists is well-formed. <b>Rules</b> (consistency
 * within a catalogue, across records, against the Gebietsverzeichnis, programme rules such as "a
 * Land does not reuse its own EfA development") are checked by a {@link
 * de.ozg.core.validation.Regelwerk} and produce a complete, immutable {@link
 * de.ozg.core.validation.Pruefbericht}: every problem at once, never an exception, never
 * first-error-only. A reader that meets a malformed cell turns the invariant's exception into a
 * {@link de.ozg.core.validation.Befund} and goes on.
 *
 * <p>A {@link de.ozg.core.validation.Befund} (finding) carries a stable rule id, a {@link
 * de.ozg.core.validation.Severity}, the subject, the offending value as given, a {@link
 * de.ozg.core.validation.Fundstelle} (file line and column for CSV, JSON Pointer for JSON) and a
 * message in German and English. Failures that keep data from being checked at all (unreadable
 * file, broken encoding) are {@link de.ozg.core.validation.TechnischerFehler}s, kept apart, and
 * make the verdict {@link de.ozg.core.validation.Urteil#NICHT_PRUEFBAR}.
 *
 * <p>A {@link de.ozg.core.validation.Regel} creates a fresh {@link de.ozg.core.validation.Pruefung}
 * per run, which sees the records one by one and may report at the end, so per-record and
 * cross-record rules both work in streaming fashion. Users switch rules off, change their severity
 * and add their own; a run ({@link de.ozg.core.validation.Pruefer}) survives rules that throw.
 *
 * <p>Bean Validation constraints for users' own fields and model classes (the third level) will
 * live in this package as well.
 */
package de.ozg.core.validation;
