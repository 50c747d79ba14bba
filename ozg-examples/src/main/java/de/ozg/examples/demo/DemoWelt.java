package de.ozg.examples.demo;

import de.ozg.core.examples.Beispiele;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.table.TableResult;
import de.ozg.json.quellen.CsvSource;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The built-in demo world of {@code ozg demo}: everything the library works on, made up but
 * realistic, and the same on every run.
 *
 * <ul>
 *   <li>a catalogue of 44 OZG-Leistungen over all 14 Themenfelder, written for the demo in the
 *       Umsetzungskatalog CSV layout and read through the real reader and rule set (it carries two
 *       defects real exports have: a "nicht im LeiKa" placeholder and a key with a trailing blank);</li>
 *   <li>a generated Gebietsverzeichnis of the 16 Länder with Kreise, Gemeindeverbände and
 *       Gemeinden;</li>
 *   <li>two Stichtage of status data, the second grown from the first;</li>
 *   <li>five EfA Onlinedienste with their Nachnutzungen, and Sachsen-Anhalt's
 *       Nachnutzungsübersicht.</li>
 * </ul>
 *
 * @param katalog     the catalogue as read and checked
 * @param verzeichnis the Gebiete
 * @param stichtag1   the first Stichtag
 * @param stand1      its status rows
 * @param stichtag2   the second Stichtag
 * @param stand2      its status rows
 * @param dienste     the EfA Onlinedienste
 * @param uebersicht  Sachsen-Anhalt's Nachnutzungsübersicht
 */
public record DemoWelt(TableResult<OzgKatalog> katalog, Gebietsverzeichnis verzeichnis, LocalDate stichtag1,
        List<Umsetzungsstand> stand1, LocalDate stichtag2, List<Umsetzungsstand> stand2, List<Onlinedienst> dienste,
        Nachnutzungsuebersicht uebersicht) {

    /** The resource holding the demo catalogue. */
    public static final String KATALOG_RESSOURCE = "demo-katalog.csv";

    /**
     * Builds the world.
     *
     * @return the demo world
     */
    public static DemoWelt baue() {
        LocalDate stichtag1 = LocalDate.of(2024, 6, 30);
        LocalDate stichtag2 = LocalDate.of(2024, 12, 31);
        TableResult<OzgKatalog> katalog = CsvSource.umsetzungskatalog().read(katalogCsv(), KATALOG_RESSOURCE, stichtag1);
        Gebietsverzeichnis verzeichnis = Beispiele.ofSeed(2017L).gebiete().gebietsverzeichnis(4, 6);
        List<Umsetzungsstand> stand1 = DemoStichtage.erster(katalog.model(), verzeichnis, stichtag1);
        List<Umsetzungsstand> stand2 = DemoStichtage.zweiter(stand1, katalog.model(), verzeichnis, stichtag2);
        List<Onlinedienst> dienste = DemoDienste.fuer(katalog.model(), verzeichnis);
        Nachnutzungsuebersicht uebersicht = DemoUebersicht.fuer(katalog.model(), dienste, stichtag2);
        return new DemoWelt(katalog, verzeichnis, stichtag1, stand1, stichtag2, stand2, dienste, uebersicht);
    }

    /**
     * The demo catalogue's bytes, as a CSV file would deliver them.
     *
     * @return a fresh stream of the resource
     */
    public static InputStream katalogCsv() {
        InputStream in = DemoWelt.class.getResourceAsStream(KATALOG_RESSOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + KATALOG_RESSOURCE);
        }
        return in;
    }
}
