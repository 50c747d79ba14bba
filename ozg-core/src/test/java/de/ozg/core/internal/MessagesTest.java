package de.ozg.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Messages TEXTE = Messages.of("de.ozg.core.internal.testtexte", MessagesTest.class);

    @Test
    void germanForEveryGermanLocaleWithGermanNumberGrouping() {
        assertEquals("Hallo Halle, 4.797 Zeilen", TEXTE.format(Locale.GERMANY, "gruss", "Halle", 4797));
        assertEquals("Hallo Halle, 4.797 Zeilen", TEXTE.format(new Locale("de", "AT"), "gruss", "Halle", 4797));
    }

    @Test
    void englishForEveryOtherLocaleWhateverTheJvmDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Hello Halle, 4,797 rows", TEXTE.format(Locale.FRANCE, "gruss", "Halle", 4797));
            assertEquals("Hello Halle, 4,797 rows", TEXTE.english("gruss", "Halle", 4797));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void withoutArgumentsThePatternIsStillAMessageFormat() {
        assertEquals("ohne Argumente, mit 'Apostroph'", TEXTE.german("nur"));
    }

    @Test
    void aMissingKeyOrBundleFailsLoudly() {
        assertThrows(MissingResourceException.class, () -> TEXTE.german("fehlt"));
        assertThrows(MissingResourceException.class, () -> Messages.of("de.ozg.core.internal.gibtsnicht", MessagesTest.class));
    }

    @Test
    void bothLanguagesHoldTheSameKeys() {
        assertEquals(TEXTE.keysGerman(), TEXTE.keysEnglish());
    }
}
