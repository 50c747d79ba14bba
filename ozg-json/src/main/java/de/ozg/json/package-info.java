/**
 * JSON binding of the OZG model: the Jackson module, the document formats with their JSON Schemas,
 * and streaming readers and writers for status data of any size.
 *
 * <p>OZG data is exchanged between Bund, Länder, Kommunen and their IT vendors; identifiers such as
 * the ARS {@code 010010000000} must survive every hop with their leading zeros, so every identifier
 * is a JSON string and a JSON number in its place is an error. {@link de.ozg.json.OzgModule} binds
 * the types of ozg-core for Jackson 2 and {@link de.ozg.json.jackson3.OzgModule} for Jackson 3, both
 * from one description of each type's form; Spring Boot 3 and 4 register them with no code
 * ({@code de.ozg.json.spring}). {@link de.ozg.json.OzgJson} provides a mapper
 * with safety limits and whole-document reading with {@link de.ozg.json.OzgJsonException}, and
 * {@link de.ozg.json.UmsetzungsstandReader} / {@link de.ozg.json.UmsetzungsstandWriter} stream
 * status rows as JSON Lines, JSON arrays, status documents or the dashboard's CSV
 * ({@link de.ozg.json.UmsetzungsstandCsv}), reporting bad rows as findings of the status rule set
 * ({@link de.ozg.core.validation.status.StatusRules}).
 *
 * <h2>JSON forms</h2>
 * <table>
 * <caption>Java type and JSON form (the same table is in {@code ozg-json/JSON-FORMAT.md})</caption>
 * <tr><th>Java type</th><th>JSON form</th></tr>
 * <tr><td>{@code OzgId}</td><td>string, 5 digits: {@code "10000"}</td></tr>
 * <tr><td>{@code Leistungsschluessel}</td><td>string, 14 digits: {@code "99041006013000"}</td></tr>
 * <tr><td>{@code Ars}</td><td>string, 12 digits: {@code "150020000000"}; Bund {@code "000000000000"}</td></tr>
 * <tr><td>{@code Ags}</td><td>string, 8 digits: {@code "15002000"}</td></tr>
 * <tr><td>{@code FimId}</td><td>string: {@code "S00000092V1.1"}</td></tr>
 * <tr><td>{@code Bundesland}</td><td>string, code {@code "01"}..{@code "16"}; read also Kürzel
 * ({@code "ST"}), ISO code ({@code "DE-ST"}) and name</td></tr>
 * <tr><td>{@code Themenfeld}</td><td>string, canonical name {@code "Familie & Kind"}; read also the FIM
 * code {@code "familie_kind"} and tolerant spellings ({@code "Familie und Kind"})</td></tr>
 * <tr><td>{@code Typisierung}</td><td>string code: {@code "2/3b"}</td></tr>
 * <tr><td>{@code Reifegrad}</td><td>string {@code "<model>:<level>"}: {@code "V1:3"}</td></tr>
 * <tr><td>{@code Nachnutzungsmodell}</td><td>string: {@code "efa"}, {@code "nachnutzbare_software_dezentral"},
 * {@code "fim_basierte_eigenentwicklung"}; read also names</td></tr>
 * <tr><td>{@code Priorisierung}</td><td>number, the Stufe 1..4; read also text such as {@code "1 - hoch"}</td></tr>
 * <tr><td>{@code Flaechendeckung}</td><td>string code: {@code "landesweit_flaechendeckend"}; read also the
 * dashboard text</td></tr>
 * <tr><td>{@code Bundesressort}</td><td>string, the identity id: {@code "BMDV-2021"}</td></tr>
 * <tr><td>{@code ArsEbene}, {@code Lagetyp}, {@code Programm}</td><td>string, lower-case constant:
 * {@code "gemeinde"}, {@code "lebenslage"}, {@code "foederal"}</td></tr>
 * <tr><td>{@code Lebenslage}</td><td>{@code {"bezeichnung", "themenfeld", "typ"?}}</td></tr>
 * <tr><td>{@code LeikaLeistung}</td><td>{@code {"schluessel"?, "bezeichnung", "typisierung": [..],
 * "rechtsgrundlage"?, "gesetze"?, "gesetzeskuerzel"?, "sdg1", "sdg2"}}; no {@code schluessel} =
 * "nicht im LeiKa"</td></tr>
 * <tr><td>{@code OzgLeistung}</td><td>{@code {"ozgId", "bezeichnung", "themenfeld", "lebenslage": {..},
 * "leistungen": [..], "programm"?}}</td></tr>
 * <tr><td>{@code OzgKatalog}</td><td>the catalogue document {@code {"format": "ozg-katalog", "version": 1,
 * "stand", "katalogVersion"?, "leistungen": [..]}}</td></tr>
 * <tr><td>{@code Gebiet}</td><td>{@code {"ars", "ebene", "name", "ags"?, "textkennzeichen"?,
 * "bevoelkerung"?}} ({@code bevoelkerung} a number)</td></tr>
 * <tr><td>{@code Gebietsverzeichnis}</td><td>{@code {"gebietsstand", "gebiete": [..]}}</td></tr>
 * <tr><td>{@code Umsetzungsstand}</td><td>{@code {"schluessel", "ars", "stichtag", "online", "aktiv"?,
 * "reifegrad"?, "url"?, "flaechendeckung"?, "ozgId"?}} ({@code online}, {@code aktiv} booleans;
 * {@code aktiv} defaults to true)</td></tr>
 * <tr><td>{@code NachnutzungsStatus}</td><td>string, lower-case constant: {@code "geplant"},
 * {@code "in_anbindung"}, {@code "angebunden"}; read also names ({@code "in Anbindung"},
 * {@code "angeschlossen"})</td></tr>
 * <tr><td>{@code Nachnutzungskategorie}, {@code Phase}</td><td>a known value under its standard name: string
 * code {@code "efa_nachnutzung"}, {@code "roll_out"}; any other: {@code {"code", "bezeichnung"}}, so a Land's
 * own name survives; a string is read tolerantly ({@code "EfA-Nachnutzung"}, {@code "Betrieb/online"}, or a
 * Land's own wording, which becomes a new value)</td></tr>
 * <tr><td>{@code Nachnutzung}</td><td>{@code {"nachnutzer", "status", "datum"?}} ({@code nachnutzer} an
 * ARS of a Land or Kommune)</td></tr>
 * <tr><td>{@code Onlinedienst}</td><td>{@code {"id", "bezeichnung", "entwickelndesLand"?, "nachnutzungsmodell",
 * "reifegrad"?, "zielReifegrad"?, "ozgKonformGemeldet", "leistungsschluessel": [..], "ozgIds": [..], "url"?,
 * "nachnutzungen": [..]}}; {@code ozgKonformGemeldet} (default false), {@code ozgIds} and
 * {@code nachnutzungen} (default empty) may be left out on input</td></tr>
 * <tr><td>{@code Nachnutzungseintrag}</td><td>{@code {"ozgId", "leistungsschluessel"?, "priorisierung"?,
 * "phase"?, "kategorie", "landesressort"?, "ozgBooster", "fokusleistung", "onlinedienstId"?}}
 * ({@code priorisierung} the Stufe 1..4; the flags default to false)</td></tr>
 * <tr><td>{@code Nachnutzungsuebersicht}</td><td>the document {@code {"format": "ozg-nachnutzungsuebersicht",
 * "version": 1, "land", "stand", "eintraege": [..], "onlinedienste"?: [..]}}</td></tr>
 * <tr><td>{@link de.ozg.json.Onlinedienstverzeichnis}</td><td>the document {@code {"format":
 * "ozg-onlinedienste", "version": 1, "stand", "onlinedienste": [..]}}</td></tr>
 * <tr><td>{@code LocalDate} fields</td><td>ISO-8601 string {@code "2023-05-31"}</td></tr>
 * <tr><td>{@code Befund}, {@code Pruefbericht}, {@code Zusammenfassung}, {@code Federfuehrung},
 * {@code Umsetzungsbild}, {@link de.ozg.json.Umsetzungsbericht} and the figures</td><td>the forms
 * {@code ozg validate --json} and {@code ozg report --json} print, listed in {@code JSON-FORMAT.md};
 * results are written, not read</td></tr>
 * </table>
 * Fields marked {@code ?} are optional: they are left out when empty, and {@code null} reads as
 * absent. Unknown fields, duplicate fields and numbers for keys are errors under any mapper; a
 * public type of the library without a form is refused by name.
 *
 * <h2>Documents and schemas</h2>
 * JSON Schemas (draft 2020-12) ship as resources under {@code de/ozg/json/schema/}:
 * {@code ozg-katalog.schema.json}, {@code ozg-umsetzungsstand.schema.json} (the status document
 * {@code {"format": "ozg-umsetzungsstand", "version": 1, "stichtag", "zeilen": [..]}}) and
 * {@code ozg-umsetzungsstand-zeile.schema.json} (one JSON Lines row), {@code ozg-onlinedienste.schema.json}
 * and {@code ozg-nachnutzungsuebersicht.schema.json}. The schemas describe the
 * canonical form this library writes; the Java readers also accept the tolerant spellings listed
 * above, and additionally check rules no schema can express (a Lebenslage of the bundle's
 * Themenfeld, one content per OZG-ID, one Onlinedienst per id, one Nachnutzung per Nachnutzer, one
 * entry per OZG-ID and Leistungsschlüssel, no duplicate field names).
 */
package de.ozg.json;
