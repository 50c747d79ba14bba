package de.ozg.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuchschluesselTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Landesweit flächendeckend|landesweit_flaechendeckend",
        "  LANDESWEIT - FLÄCHENDECKEND  |landesweit_flaechendeckend",
        "in mind. einer Kommune verfügbar|in_mind_einer_kommune_verfuegbar",
        "Straße & Öl|strasse_oel",
        "__a__b__|a_b",
        "Über|ueber",
        "'   '|''",
        "1 - hoch|1_hoch",
        "Roll-out|roll_out",
        "Betrieb / Online|betrieb_online",
        "EfA – Nachnutzung|efa_nachnutzung",
        "Café|caf"})
    void folds(String text, String erwartet) {
        assertEquals(erwartet, Suchschluessel.von(text));
    }
}
