/**
 * Checking an OZG-Umsetzungskatalog delivery row by row and reading it into an
 * {@link de.ozg.core.model.OzgKatalog}: every problem at once, each with line, column (as named in
 * the file's header), value and a German and English message.
 *
 * <p>The catalogue is a table of the {@link de.ozg.core.table generic table model}: its columns are
 * the {@link de.ozg.core.validation.katalog.Katalogspalte}n (with the aliases real exports use), a
 * reader of any format turns each record into a {@link de.ozg.core.table.TableRow} (raw cells,
 * nothing trimmed, a blank cell absent), and the pass of
 * {@link de.ozg.core.validation.katalog.Katalogregeln#check} runs the rules and assembles the
 * catalogue at the same time; the result is a {@link de.ozg.core.table.TableResult} of the
 * {@link de.ozg.core.model.OzgKatalog}:
 * <pre>{@code
 * TableResult<OzgKatalog> r = Katalogregeln.check(Katalogregeln.standard(), stand).checkAll(rows);
 * }</pre>
 *
 * <h2>Rules of {@link de.ozg.core.validation.katalog.Katalogregeln#standard()}</h2>
 * <table>
 * <caption>Catalogue rules</caption>
 * <tr><th>Id</th><th>Severity</th><th>Deutsch</th><th>English</th></tr>
 * <tr><td>CSV-…</td><td>see {@link de.ozg.core.table.TableRules}</td><td>Die Regeln aller Tabellen:
 * Syntax der Datei, Kopfzeile (fehlende Pflichtspalte, doppelte, unbekannte, namenlose Spalte),
 * Zellenzahl einer Zeile ({@code CSV-ZU-WENIGE-ZELLEN} ist hier ein ERROR)</td><td>The rules of every
 * table: file syntax, header (missing required, repeated, unknown or unnamed column), a row's cell
 * count ({@code CSV-ZU-WENIGE-ZELLEN} is an ERROR here)</td></tr>
 * <tr><td>KATALOG-PFLICHTFELD</td><td>ERROR</td><td>Themenfeld, Lebenslage, OZG-ID, OZG-Leistung,
 * LeiKa-Schlüssel oder LeiKa-Bezeichnung leer</td><td>A required cell is empty</td></tr>
 * <tr><td>KATALOG-LEERZEICHEN</td><td>WARNING</td><td>Lebenslage, OZG-Leistung oder LeiKa-Bezeichnung
 * mit Leerzeichen am Rand (übernommen ohne sie)</td><td>Blanks at the ends of a name (taken without
 * them)</td></tr>
 * <tr><td>KATALOG-OZG-ID-FORMAT</td><td>ERROR</td><td>OZG-ID nicht 5 Ziffern, auch nicht nach
 * Bereinigung</td><td>OZG-ID not 5 digits, not even after repair</td></tr>
 * <tr><td>KATALOG-OZG-ID-BEREINIGT</td><td>WARNING</td><td>OZG-ID erst nach Bereinigung gültig; nennt
 * die Bereinigung</td><td>OZG-ID valid only after repair; says what was repaired</td></tr>
 * <tr><td>KATALOG-OZG-ID-BEREICH</td><td>WARNING</td><td>OZG-ID außerhalb 10000-10999</td><td>OZG-ID
 * outside 10000-10999</td></tr>
 * <tr><td>KATALOG-LEIKA-FORMAT</td><td>ERROR</td><td>LeiKa-Schlüssel nicht 14 Ziffern gültiger
 * Struktur und nicht „nicht im LeiKa“</td><td>LeiKa key not 14 digits of valid structure and not the
 * placeholder</td></tr>
 * <tr><td>KATALOG-LEIKA-BEREINIGT</td><td>WARNING</td><td>LeiKa-Schlüssel erst nach Bereinigung
 * gültig</td><td>LeiKa key valid only after repair</td></tr>
 * <tr><td>KATALOG-LEIKA-PLATZHALTER</td><td>INFO</td><td>„nicht im LeiKa“: Leistung ohne Schlüssel,
 * einmal je Zeile gezählt</td><td>"nicht im LeiKa": service without key, counted once per row</td></tr>
 * <tr><td>KATALOG-LEIKA-REGIONAL</td><td>INFO</td><td>LeiKa-Schlüssel beginnt nicht mit 99</td>
 * <td>LeiKa key does not start with 99</td></tr>
 * <tr><td>KATALOG-THEMENFELD-UNBEKANNT</td><td>ERROR</td><td>Kein bekanntes Themenfeld</td><td>No
 * known Themenfeld</td></tr>
 * <tr><td>KATALOG-THEMENFELD-SCHREIBWEISE</td><td>INFO</td><td>Themenfeld anders als kanonisch
 * geschrieben, einmal je Schreibweise</td><td>Themenfeld spelled differently, once per spelling</td></tr>
 * <tr><td>KATALOG-TYPISIERUNG-UNBEKANNT</td><td>ERROR</td><td>LeiKa-Typ mit unbekanntem
 * Typisierungs-Code</td><td>LeiKa-Typ with an unknown Typisierung code</td></tr>
 * <tr><td>KATALOG-TYPISIERUNG-LEER</td><td>WARNING</td><td>LeiKa-Typ leer</td><td>LeiKa-Typ empty</td></tr>
 * <tr><td>KATALOG-SDG-FORMAT</td><td>ERROR</td><td>SDG-Relevanz nicht 0, 1 oder leer</td><td>SDG flag
 * not 0, 1 or empty</td></tr>
 * <tr><td>KATALOG-LEIKA-MEHRFACH</td><td>ERROR</td><td>LeiKa-Schlüssel in einer zweiten OZG-Leistung;
 * gemeldet beim zweiten Vorkommen mit Zeile und OZG-ID des ersten</td><td>LeiKa key in a second
 * OZG-Leistung; reported at the second occurrence naming line and OZG-ID of the first</td></tr>
 * <tr><td>KATALOG-LEIKA-DOPPELT</td><td>ERROR</td><td>LeiKa-Schlüssel zweimal in einer OZG-Leistung
 * mit anderem Inhalt</td><td>LeiKa key twice in one OZG-Leistung with different content</td></tr>
 * <tr><td>KATALOG-OZG-WIDERSPRUCH</td><td>ERROR</td><td>Eine OZG-ID mit anderer OZG-Leistung, anderem
 * Themenfeld oder anderer Lebenslage als in ihrer ersten Zeile (genannt)</td><td>One OZG-ID with
 * another name, Themenfeld or Lebenslage than in its first row (named)</td></tr>
 * <tr><td>KATALOG-LEBENSLAGE-THEMENFELD</td><td>WARNING</td><td>Lebenslage unter einem zweiten
 * Themenfeld; die seltenere Zuordnung wird gemeldet</td><td>Lebenslage under a second Themenfeld; the
 * rarer assignment is reported</td></tr>
 * <tr><td>KATALOG-DUPLIKAT</td><td>WARNING</td><td>Zeile wiederholt eine frühere (genannte) Zeile
 * genau</td><td>Row repeats an earlier (named) row exactly</td></tr>
 * <tr><td>KATALOG-KENNZAHLEN</td><td>INFO</td><td>Anzahl OZG-Leistungen oder Themenfelder weicht vom
 * Programm ab (575 / 14), am Ende gemeldet</td><td>Number of OZG-Leistungen or Themenfelder differs
 * from the programme (575 / 14), reported at the end</td></tr>
 * </table>
 *
 * <p><b>Why a Lebenslage under a second Themenfeld is a warning.</b> The model identifies a
 * Lebenslage by name <em>and</em> Themenfeld, so such a row still yields a consistent catalogue; and
 * the real 2019 catalogue has no Lebenslage name under two Themenfelder (55 names, 55 pairs in the
 * catalogue rows; 58 in its Lebenslagen table, also without a repeated name), so a repetition is
 * suspicious but not provably wrong. Which assignment is "wrong" is decided at the end: the one with
 * fewer OZG-Leistungen (on a tie, the later one) is reported, not merely the later one.
 *
 * <p><b>Assembly.</b> A row enters the catalogue when every cell the model needs converts: OZG-ID
 * and LeiKa key strictly or after harmless repair (or the placeholder), a known Themenfeld, non-blank
 * names (taken without blanks at their ends), known Typisierung codes, SDG 0/1/empty. This does not
 * depend on the rule set. Contradictions are resolved by first occurrence: an OZG-Leistung takes
 * name, Themenfeld and Lebenslage from its first row (later rows still add their services to it); a
 * LeiKa key stays with the first OZG-Leistung that lists it; a key repeated within one OZG-Leistung,
 * and an exact repetition of an unkeyed service, keep the first row; an OZG-Leistung none of whose rows
 * is usable is left out. Rows left out are counted in
 * {@link de.ozg.core.table.TableResult#uebersprungeneZeilen()}; records the reader rejected as
 * broken in {@link de.ozg.core.table.TableResult#abgewieseneZeilen()}.
 *
 * <p><b>Cost.</b> No regular expressions; state grows with the distinct OZG-IDs, LeiKa keys and
 * Lebenslagen, and the exact-duplicate rule keeps one string per distinct row.
 */
package de.ozg.core.validation.katalog;
