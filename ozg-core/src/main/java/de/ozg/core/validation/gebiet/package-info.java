/**
 * Checking rows of the Destatis Gemeindeverzeichnis (GV-ISys "Auszug") and reading them into a
 * {@link de.ozg.core.model.Gebietsverzeichnis}: every problem at once, with line, column, value and
 * a German and English message.
 *
 * <p>The Gemeindeverzeichnis is a table of the {@link de.ozg.core.table generic table model}: its
 * columns are the {@link de.ozg.core.validation.gebiet.Gebietsspalte}n, each record a
 * {@link de.ozg.core.table.TableRow} (raw cells), checked and assembled by the pass of
 * {@link de.ozg.core.validation.gebiet.Gebietsregeln#check}; the result is a
 * {@link de.ozg.core.table.TableResult} of the {@link de.ozg.core.model.Gebietsverzeichnis}.
 * Satzart 10 becomes a Land, 20 a
 * Regierungsbezirk, 40 a Kreis, 50 a Gemeindeverband, 60 a Gemeinde (gemeindefreie Gebiete
 * included); Satzart 30 (the planning Regions of Baden-Württemberg) is checked but has no ARS level
 * and is not part of the directory. The first row of a key and level wins.
 *
 * <h2>Rules of {@link de.ozg.core.validation.gebiet.Gebietsregeln#standard()}</h2>
 * <table>
 * <caption>Gebiet rules</caption>
 * <tr><th>Id</th><th>Severity</th><th>Deutsch</th><th>English</th></tr>
 * <tr><td>CSV-…</td><td>see {@link de.ozg.core.table.TableRules}</td><td>Die Regeln aller Tabellen:
 * Syntax der Datei, Kopfzeile, Zellenzahl einer Zeile ({@code CSV-ZU-WENIGE-ZELLEN} ist hier ein
 * ERROR)</td><td>The rules of every table: file syntax, header, a row's cell count
 * ({@code CSV-ZU-WENIGE-ZELLEN} is an ERROR here)</td></tr>
 * <tr><td>GEBIET-SATZART-UNBEKANNT</td><td>ERROR</td><td>Satzart nicht 10, 20, 30, 40, 50 oder 60</td>
 * <td>Satzart not 10, 20, 30, 40, 50 or 60</td></tr>
 * <tr><td>GEBIET-SCHLUESSEL-FORMAT</td><td>ERROR</td><td>Schlüsselteil mit falscher Stellenzahl, Land
 * nicht 01-16, oder unterhalb der Ebene nicht leer</td><td>Key part with wrong digits, Land not
 * 01-16, or not empty below the level</td></tr>
 * <tr><td>GEBIET-NAME-FEHLT</td><td>ERROR</td><td>Name leer</td><td>Name empty</td></tr>
 * <tr><td>GEBIET-TEXTKENNZEICHEN-FORMAT</td><td>WARNING</td><td>Textkennzeichen nicht 2 Ziffern</td>
 * <td>Textkennzeichen not 2 digits</td></tr>
 * <tr><td>GEBIET-BEVOELKERUNG-FORMAT</td><td>WARNING</td><td>Bevölkerung keine Zahl im deutschen Format
 * („90 164“, „90.164“); bleibt unbekannt</td><td>Population not a number in German format; stays
 * unknown</td></tr>
 * <tr><td>GEBIET-PLZ-FORMAT</td><td>WARNING</td><td>Postleitzahl nicht 5 Ziffern</td><td>Postcode not 5
 * digits</td></tr>
 * <tr><td>GEBIET-DOPPELT</td><td>ERROR</td><td>Schlüssel zweimal unter derselben Satzart; nennt die
 * erste Zeile</td><td>Key twice at the same Satzart; names the first line</td></tr>
 * <tr><td>GEBIET-HIERARCHIE</td><td>ERROR</td><td>Land, Regierungsbezirk, Kreis oder Gemeindeverband
 * eines Gebiets nicht aufgeführt (am Ende geprüft, unabhängig von der Reihenfolge; Verbände nur, wenn
 * die Datei Satzart 50 enthält)</td><td>Land, Regierungsbezirk, Kreis or Gemeindeverband of a Gebiet
 * not listed (checked at the end, order-independent; Verbände only when the file has Satzart 50)</td></tr>
 * <tr><td>GEBIET-OHNE-KREIS</td><td>INFO</td><td>Gemeinde oder Verband mit Kreisteil 00 ohne Kreis-Satz 00
 * des Landes, direkt unter dem Land (am Ende entschieden)</td><td>Gemeinde or Verband with Kreis part 00
 * and no Kreis row 00 of its Land, directly under the Land (decided at the end)</td></tr>
 * </table>
 *
 * <p>Regierungsbezirk 0 means "none" (Länder without Regierungsbezirke) and is not looked up. A
 * Kreis part 00 is legal: the Stadtstaaten Hamburg and Berlin list themselves as Kreis 00 (Satzart 40)
 * with their one Gemeinde under it; without such a Kreis row, a Gemeinde or Verband with Kreis 00 lies
 * directly under its Land, as the gemeindefreie Gebiete "Gemeinsames deutsch-luxemburgisches
 * Hoheitsgebiet" (07 0 00 9999 999) and the Küstengewässer of Mecklenburg-Vorpommern do in the real
 * file (rule GEBIET-OHNE-KREIS, an INFO).
 */
package de.ozg.core.validation.gebiet;
