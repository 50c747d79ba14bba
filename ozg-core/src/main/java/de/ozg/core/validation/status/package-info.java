/**
 * Checking status rows — the OZG-Dashboard's LeiKa × ARS records — as a rule set, whatever format
 * they come in. Readers of JSON Lines, JSON arrays, status documents and the dashboard's CSV export
 * fill a reused {@link de.ozg.core.validation.status.MutableStatusRow} per record and hand it to a
 * {@link de.ozg.core.validation.status.StatusCheck}, which runs the
 * {@link de.ozg.core.validation.status.StatusRules}, streams the findings to the caller and says
 * whether the record becomes an {@link de.ozg.core.model.Umsetzungsstand}. Readers report only
 * what they see in the bytes (syntax, encoding, limits, as a
 * {@link de.ozg.core.validation.status.StatusDefect}); every finding comes from a rule, so each
 * can be switched off or re-rated through the {@link de.ozg.core.validation.Regelwerk}.
 *
 * <h2>Rules of {@link de.ozg.core.validation.status.StatusRules#standard()}</h2>
 * <table>
 * <caption>Status rules</caption>
 * <tr><th>Id</th><th>Severity</th><th>Deutsch</th><th>English</th></tr>
 * <tr><td>STATUS-JSON-SYNTAX</td><td>ERROR</td><td>Zeile oder Dokument ist kein wohlgeformtes JSON; in
 * JSON Lines auch: mehr als ein Wert je Zeile, ein Objekt über mehrere Zeilen; in einem Array endet
 * das Lesen</td><td>Row or document is not well-formed JSON; in JSON Lines also: more than one value
 * on a line, an object over several lines; in an array reading stops</td></tr>
 * <tr><td>STATUS-KODIERUNG</td><td>ERROR</td><td>Kein UTF-8 (NUL-Byte, UTF-16/32, ungültige
 * Bytefolge)</td><td>Not UTF-8 (NUL byte, UTF-16/32, invalid byte sequence)</td></tr>
 * <tr><td>STATUS-GRENZE</td><td>ERROR</td><td>Sicherheitsgrenze überschritten: Zeile, Zeichenkette,
 * Zahl, Feldname zu lang, zu tief verschachtelt</td><td>Safety limit exceeded: line, string, number or
 * field name too long, nested too deep</td></tr>
 * <tr><td>STATUS-DOKUMENT-FORMAT</td><td>ERROR</td><td>Kein Statusdokument: format, version,
 * stichtag oder zeilen fehlen oder sind falsch; das Lesen endet</td><td>Not a status document:
 * format, version, stichtag or zeilen missing or wrong; reading stops</td></tr>
 * <tr><td>STATUS-ZEILE-KEIN-OBJEKT</td><td>ERROR</td><td>Die Zeile ist kein JSON-Objekt</td><td>The
 * row is not a JSON object</td></tr>
 * <tr><td>CSV-…</td><td>as in {@link de.ozg.core.table.TableRules}; CSV-ZU-WENIGE-ZELLEN a
 * WARNING</td><td>Die Regeln jeder CSV-Quelle: Syntax, Grenzen, Kopfzeile, Zellenzahl</td><td>The
 * rules of every CSV source: syntax, limits, header, cell count</td></tr>
 * <tr><td>STATUS-FELD-FEHLT</td><td>ERROR</td><td>Schlüssel, ARS, Stichtag oder Online-Status fehlt
 * (CSV: Zelle leer)</td><td>Key, ARS, Stichtag or online status missing (CSV: blank cell)</td></tr>
 * <tr><td>STATUS-FELD-TYP</td><td>ERROR</td><td>Falscher JSON-Typ, etwa eine Zahl als Schlüssel</td>
 * <td>Wrong JSON type, such as a number for a key</td></tr>
 * <tr><td>STATUS-FELD-UNBEKANNT</td><td>ERROR</td><td>Feld gehört nicht zum Format (Zeile oder
 * Dokumentkopf)</td><td>Field not part of the format (row or document header)</td></tr>
 * <tr><td>STATUS-FELD-DOPPELT</td><td>ERROR</td><td>Feld mehrfach in einer Zeile oder im
 * Dokumentkopf</td><td>Field twice in a row or in the document header</td></tr>
 * <tr><td>STATUS-SCHLUESSEL-FORMAT</td><td>ERROR</td><td>LeiKa-Schlüssel nicht 14 Ziffern gültiger
 * Struktur</td><td>LeiKa key not 14 digits of valid structure</td></tr>
 * <tr><td>STATUS-ARS-FORMAT</td><td>ERROR</td><td>ARS nicht 12 Ziffern mit Landesschlüssel 01–16
 * (oder Bund)</td><td>ARS not 12 digits with a Land code 01–16 (or the Bund)</td></tr>
 * <tr><td>STATUS-OZGID-FORMAT</td><td>ERROR</td><td>OZG-ID nicht 5 Ziffern</td><td>OZG-ID not 5
 * digits</td></tr>
 * <tr><td>STATUS-STICHTAG-FORMAT</td><td>ERROR</td><td>Stichtag kein Datum JJJJ-MM-TT (CSV auch
 * TT.MM.JJJJ)</td><td>Stichtag not a date yyyy-mm-dd (CSV also dd.mm.yyyy)</td></tr>
 * <tr><td>STATUS-REIFEGRAD-UNBEKANNT</td><td>ERROR</td><td>Reifegrad nicht V1:0–V1:4 oder
 * V2:0–V2:7</td><td>Reifegrad not V1:0–V1:4 or V2:0–V2:7</td></tr>
 * <tr><td>STATUS-FLAECHENDECKUNG-UNBEKANNT</td><td>ERROR</td><td>Keine Klasse des Dashboards</td>
 * <td>Not a class of the dashboard</td></tr>
 * <tr><td>STATUS-ONLINE-WERT</td><td>ERROR</td><td>CSV online_status nicht ok oder nicht ok</td><td>CSV
 * online_status not ok or nicht ok</td></tr>
 * <tr><td>STATUS-AKTIV-WERT</td><td>ERROR</td><td>CSV aktiv nicht ja, nein, true, false oder
 * leer</td><td>CSV aktiv not ja, nein, true, false or empty</td></tr>
 * <tr><td>STATUS-BUNDESLAND-ABWEICHEND</td><td>WARNING</td><td>CSV bundesland nennt ein anderes Land
 * als der ARS (die Zeile bleibt)</td><td>CSV bundesland names another Land than the ARS (the row is
 * kept)</td></tr>
 * </table>
 *
 * <p><b>Cost.</b> A record without a problem costs no rule call and no object beyond the
 * {@code Umsetzungsstand}: identifiers are shared per distinct text through caches keyed by their
 * digits packed into a long, dates parsed once per distinct text; the findings of bad records are
 * built only for them.
 */
package de.ozg.core.validation.status;
