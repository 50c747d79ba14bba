package de.ozg.examples.erste;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.ref.Federfuehrung;
import de.ozg.core.ref.Themenfeld;
import java.time.LocalDate;

/**
 * The usage example shown in README.md: parse identifiers strictly, ask them about their structure,
 * and look up who led a Themenfeld on a given date. Kept here so that the README example compiles.
 */
public final class ErsteSchritte {

    private ErsteSchritte() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README example start
        Leistungsschluessel elterngeld = Leistungsschluessel.parse("99041006013000");
        System.out.println(elterngeld.leikaTyp() + " " + elterngeld.toUrn());   // LOV urn:de:fim:leika:leistung:99041006013000

        Ars halle = Ars.parse("150020000000");
        System.out.println(halle.ebene() + " in " + halle.land().orElseThrow().bezeichnung()); // KREIS in Sachsen-Anhalt

        Federfuehrung mobilitaet = Federfuehrung.of(Themenfeld.parse("Mobilität und Reisen"), LocalDate.of(2022, 1, 1));
        mobilitaet.ressorts().forEach(r -> System.out.println(r.kuerzel() + " " + r.bezeichnung()));
        // BMDV Bundesministerium für Digitales und Verkehr
        mobilitaet.laender().forEach(land -> System.out.println(land.bezeichnung()));  // Hessen, Baden-Württemberg
        // README example end
    }
}
