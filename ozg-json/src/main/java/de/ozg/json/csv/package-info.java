/**
 * CSV as the OZG sources publish it: the options of reading and the Excel-friendly writer.
 *
 * <p>OZG data travels as spreadsheet exports: the Umsetzungskatalog, the Destatis
 * Gemeindeverzeichnis, the dashboard's status rows, and files KITU vendors and Länder hand in. They
 * come with {@code ,}, {@code ;} or TAB, with or without a UTF-8 byte order mark, with CRLF or LF,
 * sometimes in Windows-1252, with header names spelled in many ways and with hand-made defects.
 * The library reads them all with one table reader, configured here:
 * <ul>
 * <li>{@link de.ozg.json.csv.CsvReadOptions}: the charset of files without byte order mark (the
 * reader never guesses and never replaces undecodable bytes), a fixed delimiter instead of
 * detection, and the {@link de.ozg.json.csv.TableLimits} — characters per cell, cells and characters
 * per record — that bound the reader's memory whatever the file;</li>
 * <li>{@link de.ozg.json.csv.CsvDialect}: how a file was found to be written;</li>
 * <li>{@link de.ozg.json.csv.CsvWriter}: Excel-friendly files (byte order mark, {@code ;}, CRLF, key
 * columns quoted, formula injection neutralised) or plain RFC 4180.</li>
 * </ul>
 * The sources themselves are read through {@link de.ozg.json.quellen.CsvSource} and
 * {@link de.ozg.json.UmsetzungsstandReader#csv}. Line numbers are physical: the header is line 1,
 * and a quoted cell with line breaks makes the next record start further down, exactly as a text
 * editor shows it.
 *
 * <p>The reader itself lives in {@code de.ozg.json.csv.internal}, which is <strong>not API</strong>:
 * its types are public only so that the readers of the other packages of ozg-json can share them,
 * may change in any release, and will not be exported once the library ships a module descriptor.
 */
package de.ozg.json.csv;
