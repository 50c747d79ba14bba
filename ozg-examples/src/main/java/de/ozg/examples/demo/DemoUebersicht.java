package de.ozg.examples.demo;

import de.ozg.core.id.Ars;
import de.ozg.core.model.Nachnutzungseintrag;
import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Phase;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sachsen-Anhalt's Nachnutzungsübersicht in the demo world: one entry per OZG-Leistung of the demo
 * catalogue, the way the Land publishes it — Priorisierung, Phase, Umsetzungsmodell, the responsible
 * Landesressort and the Onlinedienst used. The categories follow from the demo's EfA services (reused
 * from another Land, or developed by Sachsen-Anhalt itself) and from the bundle's Typisierung; the
 * phase is spread deterministically.
 */
final class DemoUebersicht {

    private static final Bundesland LAND = Bundesland.SACHSEN_ANHALT;

    private static final Map<Themenfeld, String> RESSORTS = new EnumMap<>(Map.ofEntries(
            Map.entry(Themenfeld.ARBEIT_RUHESTAND, "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung"),
            Map.entry(Themenfeld.BAUEN_WOHNEN, "Ministerium für Infrastruktur und Digitales"),
            Map.entry(Themenfeld.BILDUNG, "Ministerium für Bildung"),
            Map.entry(Themenfeld.EIN_AUSWANDERUNG, "Ministerium für Inneres und Sport"),
            Map.entry(Themenfeld.ENGAGEMENT_HOBBY, "Ministerium für Inneres und Sport"),
            Map.entry(Themenfeld.FAMILIE_KIND, "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung"),
            Map.entry(Themenfeld.FORSCHUNG_FOERDERUNG, "Ministerium für Wissenschaft, Energie, Klimaschutz und Umwelt"),
            Map.entry(Themenfeld.GESUNDHEIT, "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung"),
            Map.entry(Themenfeld.MOBILITAET_REISEN, "Ministerium für Infrastruktur und Digitales"),
            Map.entry(Themenfeld.QUERSCHNITT, "Ministerium für Infrastruktur und Digitales"),
            Map.entry(Themenfeld.RECHT_ORDNUNG, "Ministerium für Justiz und Verbraucherschutz"),
            Map.entry(Themenfeld.STEUERN_ZOLL, "Ministerium der Finanzen"),
            Map.entry(Themenfeld.UMWELT, "Ministerium für Wissenschaft, Energie, Klimaschutz und Umwelt"),
            Map.entry(Themenfeld.UNTERNEHMENSFUEHRUNG_ENTWICKLUNG, "Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten")));

    private static final List<Phase> PHASEN = List.of(Phase.PLANUNG, Phase.UMSETZUNG, Phase.ROLL_OUT, Phase.BETRIEB);

    private DemoUebersicht() {
    }

    static Nachnutzungsuebersicht fuer(OzgKatalog katalog, List<Onlinedienst> dienste, LocalDate stand) {
        Nachnutzungsuebersicht.Builder builder = Nachnutzungsuebersicht.builder().land(LAND).stand(stand)
                .addAllOnlinedienste(dienste);
        for (OzgLeistung l : katalog.leistungen()) {
            Optional<Onlinedienst> dienst = dienste.stream()
                    .filter(d -> d.ozgIds().contains(l.ozgId())).findFirst();
            int h = Math.floorMod(l.ozgId().intValue() * 31 + l.bezeichnung().length(), 97);
            Nachnutzungskategorie kategorie;
            Priorisierung prio;
            Phase phase;
            if (dienst.isPresent() && dienst.get().entwickelndesLand().orElse(null) == LAND) {
                kategorie = Nachnutzungskategorie.EFA_ENTWICKLUNG_DES_LANDES;
                prio = Priorisierung.HOCH;
                phase = Phase.BETRIEB;
            } else if (dienst.isPresent() && dienst.get().nachnutzung(Ars.of(LAND)).isPresent()) {
                kategorie = Nachnutzungskategorie.EFA_NACHNUTZUNG;
                prio = Priorisierung.HOCH;
                phase = dienst.get().angebundeneLaender().contains(LAND) ? Phase.BETRIEB : Phase.ROLL_OUT;
            } else if (l.typisierung().equals(java.util.Set.of(Typisierung.TYP_1))) {
                kategorie = Nachnutzungskategorie.BUNDESLOESUNG;
                prio = Priorisierung.MITTEL;
                phase = PHASEN.get(h % PHASEN.size());
            } else if (h % 11 == 0) {
                kategorie = Nachnutzungskategorie.KEIN_BEDARF;
                prio = Priorisierung.KEIN_BEDARF;
                phase = null;
            } else {
                kategorie = h % 2 == 0 ? Nachnutzungskategorie.DEZENTRAL_NACHGENUTZTE_SOFTWARE
                        : Nachnutzungskategorie.FIM_BASIERTE_EIGENENTWICKLUNG;
                prio = Priorisierung.ofStufe(1 + h % 3);
                phase = PHASEN.get(h / 2 % PHASEN.size());
            }
            Nachnutzungseintrag.Builder e = Nachnutzungseintrag.builder().ozgId(l.ozgId()).kategorie(kategorie)
                    .priorisierung(prio).landesressort(RESSORTS.get(l.themenfeld()))
                    .isOzgBooster(dienst.isPresent() && h % 3 == 0).isFokusleistung(h % 5 == 0);
            if (phase != null) {
                e.phase(phase);
            }
            dienst.ifPresent(d -> e.onlinedienstId(d.id()));
            builder.addEintraege(e.build());
        }
        return builder.build();
    }
}
