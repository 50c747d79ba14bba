/**
 * Reference data of the OZG domain as types: the 16 {@link de.ozg.core.ref.Bundesland Länder},
 * the 14 {@link de.ozg.core.ref.Themenfeld Themenfelder}, the
 * {@link de.ozg.core.ref.Bundesressort Bundesressorts} and the
 * {@link de.ozg.core.ref.Federfuehrung Federführung} of each Themenfeld.
 *
 * <p>What the Grundgesetz or the programme fixes is a closed enum (Länder, Themenfelder). What
 * changes with governments lives in versioned table resources: a Bundesressort is an identity with
 * a validity period and a successor, because ministries were re-cut and renamed on 2021-12-08 and
 * 2025-05-06 (the BMVI became the BMDV and then the BMV; the abbreviation BMJV even returned for a
 * new identity). A Federführung names identities, so a lead follows its ressort through renamings,
 * while a real move of a responsibility is a dated row of data. Facts the public record does not
 * show stay unknown, and undocumented ones are marked as unsure; nothing is guessed.
 *
 * <p>Each table carries its version, Stand and Quelle, available at run time through
 * {@link de.ozg.core.ref.Referenzdaten#versionen()}, and every row of a table names its own source.
 * Tables are read on first use, never while a class is being loaded.
 *
 * <p><b>One tolerance for every lookup.</b> The {@code find}/{@code parse} methods of
 * {@link de.ozg.core.ref.Bundesland}, {@link de.ozg.core.ref.Themenfeld},
 * {@link de.ozg.core.ref.Bundesressort}, {@link de.ozg.core.ref.Flaechendeckung},
 * {@link de.ozg.core.ref.Nachnutzungsmodell} and {@link de.ozg.core.ref.Priorisierung} (and the
 * counting-rule presets of {@code de.ozg.core.aggregation}) fold their input the same way: any
 * case; blanks of any kind (every Unicode space separator: NBSP, U+2009, U+202F, U+3000 …),
 * hyphens, dashes and punctuation as one separator ("Sachsen Anhalt" = "Sachsen-Anhalt");
 * invisible characters (zero-width space, soft hyphen, BOM) dropped; umlauts as ae/oe/ue and ß as
 * ss, also when decomposed. On top, each type accepts its own documented variants ("und" for
 * "&amp;" in Themenfeld names, "NRW" for Nordrhein-Westfalen) and nothing looser: words are not
 * completed and numbers are not guessed. Codes with a fixed form have strict {@code of…}
 * factories, and the Typisierung codes are matched exactly.
 *
 * <p>The exceptions' texts come from resource bundles in German and English
 * ({@link de.ozg.core.ref.UnknownReferenceException#message(java.util.Locale)}). Everything here is
 * immutable and thread-safe.
 */
package de.ozg.core.ref;
