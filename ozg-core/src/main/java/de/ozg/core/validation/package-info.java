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
 * make the verdict {@link de.ozg.core.validation.Verdict#NOT_CHECKABLE}.
 *
 * <p>A {@link de.ozg.core.validation.Regel} creates a fresh {@link de.ozg.core.validation.Pruefung}
 * per run, which sees the records one by one and may report at the end, so per-record and
 * cross-record rules both work in streaming fashion. Users switch rules off, change their severity
 * and add their own; a run ({@link de.ozg.core.validation.Pruefer}) survives rules that throw.
 *
 * <p><b>Bean Validation or rule set?</b> The third level, Jakarta Bean Validation, lives in {@link
 * de.ozg.core.validation.constraints}: field constraints for the identifiers users keep as
 * strings in their own beans ({@code @ValidOzgId}, {@code @ValidLeistungsschluessel}, {@code @ValidArs},
 * {@code @ValidAgs}) and class-level constraints on {@link de.ozg.core.model.Onlinedienst} for the
 * rules that concern one service alone: no Nachnutzung by the developing Land, Reifegrad and
 * Ziel-Reifegrad of one model, an OZG-konform report backed by the Reifegrad. A rule becomes a
 * constraint only when it can be decided from a single object graph, because that is what Bean
 * Validation sees: one object in the users' application, validated at a boundary (a form, a REST
 * call, an entity being saved), with a property path as location.
 *
 * <p>Everything else belongs to a {@link de.ozg.core.validation.Regelwerk}: consistency across
 * records (duplicate OZG-IDs, a LeiKa key in two bundles, an ARS unknown to the Gebietsverzeichnis
 * at the Stichtag), file-level checks (headers, encoding, line structure), and counts (575 bundles,
 * 14 Themenfelder). These need state across many records, must stream through files of millions of
 * rows in bounded memory, report file lines and JSON Pointers rather than property paths, carry
 * rule ids and severities that users switch and tune, and produce a complete report with German
 * and English messages; Bean Validation offers none of that. A rule wanted on both levels (the
 * class-level rules also make sense when a whole Nachnutzung overview is checked) is written once
 * as domain logic in {@link de.ozg.core.id}, {@link de.ozg.core.ref} or the model and called from
 * both, so the two levels cannot disagree.
 */
package de.ozg.core.validation;
