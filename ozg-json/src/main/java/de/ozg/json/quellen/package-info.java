/**
 * Readers for the CSV files the OZG sources publish, each checking while it reads: the
 * OZG-Umsetzungskatalog ({@link de.ozg.json.quellen.UmsetzungskatalogCsv}) and the Destatis
 * Gemeindeverzeichnis ({@link de.ozg.json.quellen.GemeindeverzeichnisCsv}).
 *
 * <p>A reader turns each CSV record into the raw row type of its format in ozg-core
 * ({@link de.ozg.core.validation.katalog.Katalogzeile}, {@link de.ozg.core.validation.gebiet.Gebietszeile})
 * and streams it into the format's check session; the result holds the model built from the usable
 * rows (an {@link de.ozg.core.model.OzgKatalog}, a {@link de.ozg.core.model.Gebietsverzeichnis}), the
 * complete {@link de.ozg.core.validation.Pruefbericht} and the number of rows left out. Reading never
 * throws for bad data: every problem — of the CSV file or of the data in it — is a finding with the
 * physical line, the column as written in the header and the source name; a file that cannot be read
 * at all (missing, undecodable in the chosen charset) is a technical failure with the verdict
 * "nicht prüfbar".
 *
 * <p>{@link de.ozg.json.quellen.CsvBefunde} maps the problems of the generic CSV layer
 * ({@link de.ozg.json.csv.CsvProblem}) onto findings with stable rule ids ({@code CSV-…}). Where the
 * format's rule set checks the same thing (a missing required column, the cell count of a row), the
 * readers leave it to the rule set, so that each defect is reported once, under the format's rule
 * id, with a severity the user can adjust in the {@link de.ozg.core.validation.Regelwerk}.
 */
package de.ozg.json.quellen;
