package de.ozg.core.validation.gebiet;

import de.ozg.core.table.TableColumn;
import java.util.List;

/**
 * The columns of the Destatis Gemeindeverzeichnis (GV-ISys "Auszug"): the Satzart (the level of
 * the row), the Textkennzeichen, the five parts of the Regionalschlüssel (Land, Regierungsbezirk,
 * Kreis, Gemeindeverband, Gemeinde), the name, the population and the postcode, which the library
 * reads; then area, population by sex and density, coordinates, Reisegebiet and Verstädterung, which
 * it knows but does not read, so that a complete Destatis file has no unknown column.
 *
 * <p>Each constant carries the column name of the Destatis CSV export and the German titles of its
 * spreadsheet ("Satzart", "RB", "VB", "Gem", "Bevölkerung insgesamt", "Postleitzahl" …); header
 * cells are compared by {@link TableColumn#key(CharSequence)}. Findings name the column as it
 * appeared in the file's header. Immutable and thread-safe.
 */
public enum Gebietsspalte implements TableColumn {
    /** "satzart": 10 Land, 20 Regierungsbezirk, 30 Region, 40 Kreis, 50 Gemeindeverband, 60 Gemeinde. */
    SATZART("satzart", true, "Satz-art"),
    /** "textkennzeichen": two digits such as 41 "Kreisfreie Stadt" or 63 "Gemeinde". */
    TEXTKENNZEICHEN("textkennzeichen", true, "Text-kenn-zeichen"),
    /** "land": the Land code, two digits 01-16. */
    LAND("land", true),
    /** "rb" (also "Regierungsbezirk"): the Regierungsbezirk, one digit (0 where a Land has none). */
    RB("rb", true, "Regierungsbezirk", "Reg.-Bez."),
    /** "kreis": the Kreis, two digits (one digit in Satzart 30, the Region). */
    KREIS("kreis", true),
    /** "vb" (also "Gemeindeverband"): the Gemeindeverband, four digits. */
    VB("vb", true, "Gemeindeverband"),
    /** "gemeinde" (also "Gem"): the Gemeinde, three digits. */
    GEMEINDE("gemeinde", true, "Gem"),
    /** "gemeindename" (also "Amtlicher Gemeindename", "Name"): the name of the Gebiet, whatever its level. */
    NAME("gemeindename", true, "Amtlicher Gemeindename", "Name"),
    /** "bevoelkerung" (also "Bevölkerung insgesamt", "Einwohner"): the population in German number format. */
    BEVOELKERUNG("bevoelkerung", false, "Bevölkerung insgesamt", "Einwohner"),
    /** "postleitzahl" (also "PLZ"): the postcode of the administration's seat, five digits. */
    PLZ("postleitzahl", false, "PLZ"),
    /** "flaeche" (also "Fläche km2"): the area in km², not read. */
    FLAECHE("flaeche", false, "Fläche km2"),
    /** "maennlich": the male population, not read. */
    MAENNLICH("maennlich", false),
    /** "weiblich": the female population, not read. */
    WEIBLICH("weiblich", false),
    /** "jekm2" (also "Bevölkerung je km2"): the population density, not read. */
    JE_KM2("jekm2", false, "Bevölkerung je km2"),
    /** "laengengrad": the longitude, not read. */
    LAENGENGRAD("laengengrad", false),
    /** "breitengrad": the latitude, not read. */
    BREITENGRAD("breitengrad", false),
    /** "schluessel" (also "Reisegebiet Schlüssel"): the key of the Reisegebiet, not read. */
    REISEGEBIET_SCHLUESSEL("schluessel", false, "Reisegebiet Schlüssel"),
    /** "bezeichnung" (also "Reisegebiet Bezeichnung"): the name of the Reisegebiet, not read. */
    REISEGEBIET_BEZEICHNUNG("bezeichnung", false, "Reisegebiet Bezeichnung"),
    /** "verstaedterungschluessel" (also "Verstädterung Schlüssel"): the degree of urbanisation, not read. */
    VERSTAEDTERUNG_SCHLUESSEL("verstaedterungschluessel", false, "Verstädterung Schlüssel"),
    /** "verstaedterungbezeichnung" (also "Verstädterung Bezeichnung"): its name, not read. */
    VERSTAEDTERUNG_BEZEICHNUNG("verstaedterungbezeichnung", false, "Verstädterung Bezeichnung");

    private final String bezeichnung;
    private final boolean pflicht;
    private final List<String> aliases;

    Gebietsspalte(String bezeichnung, boolean pflicht, String... aliases) {
        this.bezeichnung = bezeichnung;
        this.pflicht = pflicht;
        this.aliases = List.of(aliases);
    }

    /**
     * The column name of the Destatis export, such as "gemeindename".
     *
     * @return the name
     */
    @Override
    public String bezeichnung() {
        return bezeichnung;
    }

    /** @return the other names of the column, such as the spreadsheet's titles, unmodifiable */
    @Override
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Whether a row needs this column: the Satzart, Textkennzeichen, key parts and name.
     *
     * @return true for the first eight columns
     */
    @Override
    public boolean isPflicht() {
        return pflicht;
    }
}
