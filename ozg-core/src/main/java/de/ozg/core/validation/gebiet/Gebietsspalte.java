package de.ozg.core.validation.gebiet;

import de.ozg.core.table.TableColumn;

/**
 * The columns of the Destatis Gemeindeverzeichnis (GV-ISys "Auszug"): the Satzart (the level of
 * the row), the Textkennzeichen, the five parts of the Regionalschlüssel (Land, Regierungsbezirk,
 * Kreis, Gemeindeverband, Gemeinde), the name, the population and the postcode, which the library
 * reads; then area, population by sex and density, coordinates, Reisegebiet and Verstädterung, which
 * it knows but does not read, so that a complete Destatis file has no unknown column. A row needs
 * the Satzart, Textkennzeichen, key parts and name ({@link #isRequired()}).
 *
 * <p>Each constant carries the column name of the Destatis CSV export ({@link #bezeichnung()}, such
 * as "gemeindename") and the German titles of its spreadsheet ({@link #aliases()}: "Satzart", "RB",
 * "VB", "Gem", "Bevölkerung insgesamt", "Postleitzahl" …); header cells are compared by
 * {@link TableColumn#key(CharSequence)}. Findings name the column as it appeared in the file's
 * header. Immutable and thread-safe.
 */
public enum Gebietsspalte implements TableColumn {
    /** "satzart": 10 Land, 20 Regierungsbezirk, 30 Region, 40 Kreis, 50 Gemeindeverband, 60 Gemeinde. */
    @Declared(value = "satzart", pflicht = true, aliases = "Satz-art") SATZART,
    /** "textkennzeichen": two digits such as 41 "Kreisfreie Stadt" or 63 "Gemeinde". */
    @Declared(value = "textkennzeichen", pflicht = true, aliases = "Text-kenn-zeichen") TEXTKENNZEICHEN,
    /** "land": the Land code, two digits 01-16. */
    @Declared(value = "land", pflicht = true) LAND,
    /** "rb" (also "Regierungsbezirk"): the Regierungsbezirk, one digit (0 where a Land has none). */
    @Declared(value = "rb", pflicht = true, aliases = {"Regierungsbezirk", "Reg.-Bez."}) RB,
    /** "kreis": the Kreis, two digits (one digit in Satzart 30, the Region). */
    @Declared(value = "kreis", pflicht = true) KREIS,
    /** "vb" (also "Gemeindeverband"): the Gemeindeverband, four digits. */
    @Declared(value = "vb", pflicht = true, aliases = "Gemeindeverband") VB,
    /** "gemeinde" (also "Gem"): the Gemeinde, three digits. */
    @Declared(value = "gemeinde", pflicht = true, aliases = "Gem") GEMEINDE,
    /** "gemeindename" (also "Amtlicher Gemeindename", "Name"): the name of the Gebiet, whatever its level. */
    @Declared(value = "gemeindename", pflicht = true, aliases = {"Amtlicher Gemeindename", "Name"}) NAME,
    /** "bevoelkerung" (also "Bevölkerung insgesamt", "Einwohner"): the population in German number format. */
    @Declared(value = "bevoelkerung", aliases = {"Bevölkerung insgesamt", "Einwohner"}) BEVOELKERUNG,
    /** "postleitzahl" (also "PLZ"): the postcode of the administration's seat, five digits. */
    @Declared(value = "postleitzahl", aliases = "PLZ") PLZ,
    /** "flaeche" (also "Fläche km2"): the area in km², not read. */
    @Declared(value = "flaeche", aliases = "Fläche km2") FLAECHE,
    /** "maennlich": the male population, not read. */
    @Declared("maennlich") MAENNLICH,
    /** "weiblich": the female population, not read. */
    @Declared("weiblich") WEIBLICH,
    /** "jekm2" (also "Bevölkerung je km2"): the population density, not read. */
    @Declared(value = "jekm2", aliases = "Bevölkerung je km2") JE_KM2,
    /** "laengengrad": the longitude, not read. */
    @Declared("laengengrad") LAENGENGRAD,
    /** "breitengrad": the latitude, not read. */
    @Declared("breitengrad") BREITENGRAD,
    /** "schluessel" (also "Reisegebiet Schlüssel"): the key of the Reisegebiet, not read. */
    @Declared(value = "schluessel", aliases = "Reisegebiet Schlüssel") REISEGEBIET_SCHLUESSEL,
    /** "bezeichnung" (also "Reisegebiet Bezeichnung"): the name of the Reisegebiet, not read. */
    @Declared(value = "bezeichnung", aliases = "Reisegebiet Bezeichnung") REISEGEBIET_BEZEICHNUNG,
    /** "verstaedterungschluessel" (also "Verstädterung Schlüssel"): the degree of urbanisation, not read. */
    @Declared(value = "verstaedterungschluessel", aliases = "Verstädterung Schlüssel") VERSTAEDTERUNG_SCHLUESSEL,
    /** "verstaedterungbezeichnung" (also "Verstädterung Bezeichnung"): its name, not read. */
    @Declared(value = "verstaedterungbezeichnung", aliases = "Verstädterung Bezeichnung") VERSTAEDTERUNG_BEZEICHNUNG
}
