/**
 * One way to read a table: the columns, header, rows, shared rules and checking pass of every
 * tabular source of the library — the OZG-Umsetzungskatalog ({@code de.ozg.core.validation.katalog}),
 * the Destatis Gemeindeverzeichnis ({@code de.ozg.core.validation.gebiet}) and the dashboard's status
 * export — whatever format the rows come from.
 *
 * <p>A source declares its columns once, as an enum implementing
 * {@link de.ozg.core.table.TableColumn} with one {@link de.ozg.core.table.TableColumn.Declared}
 * per constant (canonical name, aliases, required or not). A reader matches
 * the file's header row onto them ({@link de.ozg.core.table.TableHeader}) and turns each data record
 * into a {@link de.ozg.core.table.TableRow} — read once, cells exactly as written, a blank cell
 * absent — which is the row the rules see. A {@link de.ozg.core.table.TableCheck} runs the source's
 * rule set over the rows and hands the usable ones to the source's
 * {@link de.ozg.core.table.TableModel}; the {@link de.ozg.core.table.TableResult} holds model, report
 * and the counts of rows left out and records rejected.
 *
 * <p>The rules every source shares are {@link de.ozg.core.table.TableRules}: the reader's syntax
 * findings ({@code CSV-…}: unclosed quote, text after a closing quote, a cell or record over the
 * reader's limits), the header checks and the cell count of a row. They are part of each source's
 * rule set, so they are switched off and re-rated like any other rule.
 *
 * <p>Line numbers are physical: the header is line 1, and a quoted cell with line breaks makes the
 * next record start further down, exactly as a text editor shows it.
 */
package de.ozg.core.table;
