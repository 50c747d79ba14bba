/**
 * The generic CSV layer the OZG source formats are read and written with.
 *
 * <p>OZG data travels as spreadsheet exports: the Umsetzungskatalog, the Destatis
 * Gemeindeverzeichnis, the dashboard's status rows, and files KITU vendors and Länder hand in. They
 * come with {@code ,}, {@code ;} or TAB, with or without a UTF-8 byte order mark, with CRLF or LF,
 * sometimes in Windows-1252, with header names spelled in many ways and with hand-made defects.
 * This package turns them into records without ever crashing and without losing data:
 * <ul>
 * <li>{@link de.ozg.json.csv.CsvReader} detects the {@link de.ozg.json.csv.CsvDialect} from the first
 * bytes, decodes strictly (invalid bytes are reported with their line and a hint to the charset option
 * of {@link de.ozg.json.csv.CsvReadOptions}, never replaced), and streams
 * {@link de.ozg.json.csv.CsvRecord}s with their physical start line in constant memory, built on
 * Jackson's {@code CsvParser}. Every cell is a string: {@code 01001000} stays {@code 01001000}.</li>
 * <li>A format declares its columns as a {@link de.ozg.json.csv.Spaltenschema} of
 * {@link de.ozg.json.csv.Spalte}n with aliases; header cells are compared through
 * {@link de.ozg.json.csv.Spaltenname#normalize}, so {@code LeiKa-Schlüssel} = {@code leika_schluessel}.
 * The {@link de.ozg.json.csv.Spaltenzuordnung} keeps unknown columns and reports missing ones.</li>
 * <li>Every defect is a {@link de.ozg.json.csv.CsvProblem}: kind, physical line, column, value and
 * messages in German and English, ready to be turned into findings of a validation report.</li>
 * <li>{@link de.ozg.json.csv.CsvWriter} writes Excel-friendly files (byte order mark, {@code ;}, CRLF,
 * key columns quoted, formula injection neutralised) or plain RFC 4180.</li>
 * </ul>
 * Line numbers are physical: the header is line 1, and a quoted cell with line breaks makes the next
 * record start further down, exactly as a text editor shows it.
 */
package de.ozg.json.csv;
