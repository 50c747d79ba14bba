/**
 * The tabular sources the OZG programme publishes, read from CSV and checked while they are read:
 * {@link de.ozg.json.quellen.CsvSource#umsetzungskatalog()} (the OZG-Umsetzungskatalog) and
 * {@link de.ozg.json.quellen.CsvSource#gemeindeverzeichnis()} (the Destatis Gemeindeverzeichnis).
 *
 * <p>Both are read by the library's one table reader: each record becomes once a
 * {@link de.ozg.core.table.TableRow} of the source's column enum, which the source's rule set checks
 * and the source's model takes up in the same pass. The result, a
 * {@link de.ozg.core.table.TableResult}, holds the model built from the usable rows (an
 * {@link de.ozg.core.model.OzgKatalog}, a {@link de.ozg.core.model.Gebietsverzeichnis}), the
 * complete {@link de.ozg.core.validation.Pruefbericht} and the numbers of rows left out and of
 * records rejected. Reading never throws for bad data: every problem — of the CSV file or of the
 * data in it — is a finding with the physical line, the column as written in the header and the
 * source name, under a rule id the {@link de.ozg.core.validation.Regelwerk} can switch off or
 * re-rate ({@code CSV-…} for the file, see {@link de.ozg.core.table.TableRules}); a file that cannot
 * be read at all (missing, undecodable in the chosen charset) is a technical failure with the
 * verdict "nicht prüfbar".
 */
package de.ozg.json.quellen;
