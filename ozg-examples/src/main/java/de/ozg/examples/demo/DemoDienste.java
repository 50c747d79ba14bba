package de.ozg.examples.demo;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The EfA Onlinedienste of the demo world, written out by hand so the demo tells a plausible story:
 * a few services, each developed by one Land and reused by others at different stages, one of them
 * also by single Kommunen. The bundles are looked up by name in the demo catalogue, so the services
 * serve real keys of that catalogue.
 */
final class DemoDienste {

    private DemoDienste() {
    }

    static List<Onlinedienst> fuer(OzgKatalog katalog, Gebietsverzeichnis verzeichnis) {
        List<Onlinedienst> dienste = new ArrayList<>();
        dienste.add(dienst(katalog, "efa-elterngeld", "Elterngeld digital", Bundesland.BREMEN, 4, "Elterngeld",
                laender(NachnutzungsStatus.ANGEBUNDEN, Bundesland.SACHSEN_ANHALT, Bundesland.BERLIN,
                        Bundesland.HAMBURG, Bundesland.SAARLAND, Bundesland.SACHSEN),
                laender(NachnutzungsStatus.IN_ANBINDUNG, Bundesland.BAYERN, Bundesland.HESSEN)));
        dienste.add(dienst(katalog, "efa-wohngeld", "Wohngeld-Antrag online", Bundesland.SCHLESWIG_HOLSTEIN, 3,
                "Wohngeld",
                laender(NachnutzungsStatus.ANGEBUNDEN, Bundesland.SACHSEN_ANHALT, Bundesland.NIEDERSACHSEN,
                        Bundesland.THUERINGEN),
                laender(NachnutzungsStatus.GEPLANT, Bundesland.BADEN_WUERTTEMBERG)));
        dienste.add(dienst(katalog, "efa-fahrzeug", "Fahrzeugzulassung (i-Kfz)", Bundesland.HESSEN, 3,
                "Fahrzeugzulassung",
                laender(NachnutzungsStatus.ANGEBUNDEN, Bundesland.RHEINLAND_PFALZ, Bundesland.SAARLAND),
                laender(NachnutzungsStatus.IN_ANBINDUNG, Bundesland.SACHSEN_ANHALT)));
        dienste.add(dienst(katalog, "efa-gewerbe", "Gewerbeanmeldung digital", Bundesland.SACHSEN_ANHALT, 3,
                "Gewerbeanmeldung",
                laender(NachnutzungsStatus.ANGEBUNDEN, Bundesland.MECKLENBURG_VORPOMMERN,
                        Bundesland.BRANDENBURG),
                laender(NachnutzungsStatus.GEPLANT, Bundesland.NORDRHEIN_WESTFALEN)));
        dienste.add(dienst(katalog, "efa-baugenehmigung", "Digitale Baugenehmigung",
                Bundesland.MECKLENBURG_VORPOMMERN, 2, "Baugenehmigung",
                laender(NachnutzungsStatus.ANGEBUNDEN, Bundesland.SACHSEN_ANHALT),
                kommunen(NachnutzungsStatus.ANGEBUNDEN, ersterKreis(verzeichnis, Bundesland.BAYERN),
                        ersterKreis(verzeichnis, Bundesland.NIEDERSACHSEN))));
        return List.copyOf(dienste);
    }

    private static Onlinedienst dienst(OzgKatalog katalog, String id, String name, Bundesland entwickler, int stufe,
            String leistung, List<Nachnutzung> a, List<Nachnutzung> b) {
        OzgLeistung bundle = katalog.leistungen().stream().filter(l -> l.bezeichnung().equals(leistung)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo catalogue lacks " + leistung));
        Reifegrad reifegrad = Reifegrad.of(ReifegradModell.V1, stufe);
        Onlinedienst.Builder builder = Onlinedienst.builder().id(id).bezeichnung(name).entwickelndesLand(entwickler)
                .nachnutzungsmodell(Nachnutzungsmodell.EFA).reifegrad(reifegrad)
                .zielReifegrad(Reifegrad.of(ReifegradModell.V1, 4))
                .isOzgKonformGemeldet(stufe >= 3)
                .addOzgIds(bundle.ozgId())
                .url(URI.create("https://" + id + ".efa.example/"));
        for (Leistungsschluessel k : bundle.schluessel()) {
            builder.addLeistungsschluessel(k);
        }
        builder.addAllNachnutzungen(a).addAllNachnutzungen(b);
        return builder.build();
    }

    private static List<Nachnutzung> laender(NachnutzungsStatus status, Bundesland... laender) {
        List<Nachnutzung> list = new ArrayList<>();
        for (Bundesland l : laender) {
            list.add(Nachnutzung.builder().nachnutzer(Ars.of(l)).status(status).datum(LocalDate.of(2024, 3, 1))
                    .build());
        }
        return list;
    }

    private static List<Nachnutzung> kommunen(NachnutzungsStatus status, Ars... ars) {
        List<Nachnutzung> list = new ArrayList<>();
        for (Ars a : ars) {
            list.add(Nachnutzung.of(a, status));
        }
        return list;
    }

    /** The first Kreis of a Land in the demo directory: a Kommune that connects on its own. */
    private static Ars ersterKreis(Gebietsverzeichnis verzeichnis, Bundesland land) {
        return verzeichnis.gebiete(ArsEbene.KREIS).stream().map(Gebiet::ars)
                .filter(a -> a.land().orElse(null) == land).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo directory has no Kreis in " + land));
    }
}
