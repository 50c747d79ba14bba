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
 * {@link de.ozg.core.ref.Referenzdaten#versionen()}. Tables are read on first use, never while a
 * class is being loaded. Lookups from text are tolerant only of typographic variants (case,
 * blanks, "und" for "&amp;", umlaut spellings); codes with a fixed form have strict {@code of…}
 * factories. Everything here is immutable and thread-safe.
 */
@OzgStyle
package de.ozg.core.ref;

import de.ozg.core.OzgStyle;
