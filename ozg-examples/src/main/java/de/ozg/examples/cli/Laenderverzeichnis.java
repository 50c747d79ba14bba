package de.ozg.examples.cli;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.ref.Bundesland;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory used when no Gemeindeverzeichnis is given: the 16 Länder only. Figures per Land
 * still work for Land-level rows; rows of Kreise and Gemeinden are then counted as not assigned,
 * never dropped.
 *
 * <p>The figures count status rows per Gemeinde, so each Land also stands in as its own single
 * Gemeinde under the Land's ARS, as the city-states Berlin and Hamburg do in the real directory. A
 * Land-level row then lands on that one Gemeinde: online for it means online in the whole Land.
 */
final class Laenderverzeichnis {

    private Laenderverzeichnis() {
    }

    static Gebietsverzeichnis nurLaender() {
        List<Gebiet> laender = new ArrayList<>();
        for (Bundesland l : Bundesland.values()) {
            laender.add(Gebiet.of(Ars.of(l), ArsEbene.LAND, l.bezeichnung()));
            laender.add(Gebiet.of(Ars.of(l), ArsEbene.GEMEINDE, l.bezeichnung()));
        }
        return Gebietsverzeichnis.of(LocalDate.of(1990, 10, 3), laender);
    }
}
