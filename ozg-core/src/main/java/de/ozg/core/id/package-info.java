/**
 * The identifiers of the OZG domain as value types. All of them are strings of digits in the wild,
 * never numbers, because leading zeros matter:
 *
 * <ul>
 *   <li>{@link de.ozg.core.id.OzgId} – five digits naming an OZG-Leistung (a bundle) of the
 *       Umsetzungskatalog, such as {@code 10000} Elterngeld;</li>
 *   <li>{@link de.ozg.core.id.Leistungsschluessel} – 14 digits naming a service in the
 *       Leistungskatalog (LeiKa): Leistungsobjekt (8), Verrichtung (3), Verrichtungsdetail (3);
 *       catalogues write "nicht im LeiKa" where a service has no key yet;</li>
 *   <li>{@link de.ozg.core.id.Ars} – the 12-digit Regionalschlüssel of a Land, Regierungsbezirk,
 *       Kreis, Gemeindeverband or Gemeinde ({@code 000000000000} for the Bund), and
 *       {@link de.ozg.core.id.Ags} – the 8-digit Gemeindeschlüssel without the Gemeindeverband;</li>
 *   <li>{@link de.ozg.core.id.FimId} – a FIM building block such as {@code S00000092V1.1}.</li>
 * </ul>
 *
 * <p><b>Strict and lenient.</b> {@code parse} accepts only the canonical form and never changes its
 * input; a failure is an {@link de.ozg.core.id.IdFormatException} whose
 * {@link de.ozg.core.id.IdFormatViolation} says what was wrong. {@code isValid} answers the same
 * question without throwing. Data from spreadsheets often carries harmless defects – blanks of any
 * kind (every Unicode space separator), zero-width characters, full-width digits, lost leading
 * zeros – which the separate {@code normalize} methods repair, reporting every change in a
 * {@link de.ozg.core.id.Normalisierung}. A repair that is possible but not certain is not made: a
 * lost leading zero of an AGS or ARS comes back only when the padded key names an existing Land and
 * Regierungsbezirk, or – with {@code normalize(text, verzeichnis::contains)} – a key the
 * Gebietsverzeichnis lists; otherwise the outcome is ambiguous
 * ({@link de.ozg.core.id.IdFormatViolation#AMBIGUOUS_REPAIR}) and names the candidate.
 *
 * <p><b>Messages.</b> {@link de.ozg.core.id.IdFormatException#getMessage()} is English for logs;
 * {@link de.ozg.core.id.IdFormatException#message(java.util.Locale)} and
 * {@link de.ozg.core.id.Aenderung#beschreibung(java.util.Locale)} give German or English text from
 * the resource bundles {@code de/ozg/core/id/messages_de.properties} and {@code _en}.
 *
 * <p>The types hold their digits as {@code int} or {@code long} and format on {@code toString()},
 * so parsing tens of millions of rows allocates one small object per key and compares keys as
 * numbers. All types are immutable and thread-safe.
 */
package de.ozg.core.id;
