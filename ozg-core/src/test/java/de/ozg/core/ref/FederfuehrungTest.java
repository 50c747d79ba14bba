package de.ozg.core.ref;

import static de.ozg.core.ref.Bundesland.BADEN_WUERTTEMBERG;
import static de.ozg.core.ref.Bundesland.HESSEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FederfuehrungTest {

    private static final LocalDate D2021 = LocalDate.of(2021, 6, 1);
    private static final LocalDate LETZTER_TAG_2021 = LocalDate.of(2021, 12, 7);
    private static final LocalDate ERSTER_TAG_2021 = LocalDate.of(2021, 12, 8);
    private static final LocalDate D2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate LETZTER_TAG_2025 = LocalDate.of(2025, 5, 5);
    private static final LocalDate ERSTER_TAG_2025 = LocalDate.of(2025, 5, 6);
    private static final LocalDate D2025 = LocalDate.of(2025, 6, 1);

    private static Set<String> kuerzel(Federfuehrung f) {
        return f.ressorts().stream().map(Bundesressort::kuerzel).collect(Collectors.toSet());
    }

    @Test
    void mobilitaetFollowsTheBmviIdentity() {
        assertEquals(Set.of("BMVI"), kuerzel(Federfuehrung.of(Themenfeld.MOBILITAET_REISEN, D2021)));
        assertEquals(Set.of("BMVI"), kuerzel(Federfuehrung.of(Themenfeld.MOBILITAET_REISEN, LETZTER_TAG_2021)));
        assertEquals(Set.of("BMDV"), kuerzel(Federfuehrung.of(Themenfeld.MOBILITAET_REISEN, ERSTER_TAG_2021)));
        assertEquals(Set.of("BMDV"), kuerzel(Federfuehrung.of(Themenfeld.MOBILITAET_REISEN, LETZTER_TAG_2025)));
        assertEquals(Set.of("BMV"), kuerzel(Federfuehrung.of(Themenfeld.MOBILITAET_REISEN, ERSTER_TAG_2025)));
        Federfuehrung f = Federfuehrung.of(Themenfeld.MOBILITAET_REISEN, D2025);
        assertEquals(Set.of(BADEN_WUERTTEMBERG, HESSEN), f.laender(), "several Länder lead as a tandem");
        assertTrue(f.isRessortsBekannt());
        assertTrue(f.isLaenderBekannt());
        assertTrue(f.isGesichert());
    }

    @Test
    void bauenWohnenMovesFromBmiToBmwsb() {
        Federfuehrung vorher = Federfuehrung.of(Themenfeld.BAUEN_WOHNEN, LETZTER_TAG_2021);
        Federfuehrung nachher = Federfuehrung.of(Themenfeld.BAUEN_WOHNEN, ERSTER_TAG_2021);
        assertEquals(Set.of("BMI"), kuerzel(vorher));
        assertEquals(Set.of("BMWSB"), kuerzel(nachher));
        assertEquals(Set.of("BMWSB"), kuerzel(Federfuehrung.of(Themenfeld.BAUEN_WOHNEN, D2025)),
                "the BMI's successor does not inherit a responsibility it gave away");
        assertEquals(Set.of(Bundesland.MECKLENBURG_VORPOMMERN), nachher.laender());
    }

    @Test
    void rechtUndOrdnungHasTwoRessortsThroughAllRenamings() {
        assertEquals(Set.of("BMI", "BMJV"), kuerzel(Federfuehrung.of(Themenfeld.RECHT_ORDNUNG, D2021)));
        assertEquals(Set.of("BMI", "BMJ"), kuerzel(Federfuehrung.of(Themenfeld.RECHT_ORDNUNG, D2022)));
        Federfuehrung f2025 = Federfuehrung.of(Themenfeld.RECHT_ORDNUNG, D2025);
        assertEquals(Set.of("BMI", "BMJV"), kuerzel(f2025));
        assertNotEquals(Federfuehrung.of(Themenfeld.RECHT_ORDNUNG, D2021).ressorts(), f2025.ressorts(),
                "the BMJV of 2025 is another identity than the BMJV of 2021");
        assertEquals(Set.of(Bundesland.SACHSEN), f2025.laender());
    }

    @Test
    void wirtschaftsThemenfelderFollowBmwi() {
        for (Themenfeld t : List.of(Themenfeld.FORSCHUNG_FOERDERUNG, Themenfeld.UNTERNEHMENSFUEHRUNG_ENTWICKLUNG)) {
            assertEquals(Set.of("BMWi"), kuerzel(Federfuehrung.of(t, D2021)), t.name());
            assertEquals(Set.of("BMWK"), kuerzel(Federfuehrung.of(t, D2022)), t.name());
            assertEquals(Set.of("BMWE"), kuerzel(Federfuehrung.of(t, D2025)), t.name());
        }
        assertEquals(Set.of(Bundesland.BAYERN), Federfuehrung.of(Themenfeld.FORSCHUNG_FOERDERUNG, D2022).laender());
        assertEquals(Set.of(Bundesland.HAMBURG),
                Federfuehrung.of(Themenfeld.UNTERNEHMENSFUEHRUNG_ENTWICKLUNG, D2022).laender());
    }

    @Test
    void umweltAndFamilie() {
        assertEquals(Set.of("BMU"), kuerzel(Federfuehrung.of(Themenfeld.UMWELT, D2021)));
        assertEquals(Set.of("BMUV"), kuerzel(Federfuehrung.of(Themenfeld.UMWELT, D2022)));
        assertEquals(Set.of("BMUKN"), kuerzel(Federfuehrung.of(Themenfeld.UMWELT, D2025)));
        assertEquals(Set.of(Bundesland.RHEINLAND_PFALZ, Bundesland.SCHLESWIG_HOLSTEIN),
                Federfuehrung.of(Themenfeld.UMWELT, D2022).laender());
        assertEquals(Set.of("BMFSFJ"), kuerzel(Federfuehrung.of(Themenfeld.FAMILIE_KIND, D2022)));
        assertEquals(Set.of("BMBFSFJ"), kuerzel(Federfuehrung.of(Themenfeld.FAMILIE_KIND, D2025)));
        assertEquals(Set.of(Bundesland.BREMEN), Federfuehrung.of(Themenfeld.FAMILIE_KIND, D2025).laender());
        assertEquals(Set.of("AA", "BMI"), kuerzel(Federfuehrung.of(Themenfeld.EIN_AUSWANDERUNG, D2022)));
    }

    @Test
    void querschnittHasNoKnownLead() {
        for (LocalDate d : List.of(D2021, D2022, D2025)) {
            Federfuehrung f = Federfuehrung.of(Themenfeld.QUERSCHNITT, d);
            assertFalse(f.isRessortsBekannt());
            assertFalse(f.isLaenderBekannt());
            assertTrue(f.ressorts().isEmpty());
            assertTrue(f.laender().isEmpty());
            assertFalse(f.isGesichert());
            assertEquals("Federfuehrung[Querschnitt am " + d + ": unbekannt; unbekannt]", f.toString());
        }
    }

    /** Documented on the Themenfeld pages of digitale-verwaltung.de ("Auf einen Blick"). */
    @Test
    void bildungAndGesundheitAreCertain() {
        Federfuehrung bildung = Federfuehrung.of(Themenfeld.BILDUNG, D2022);
        assertEquals(Set.of("BMBF"), kuerzel(bildung));
        assertEquals(Set.of(Bundesland.SACHSEN_ANHALT), bildung.laender());
        assertTrue(bildung.isGesichert(), bildung.toString());
        assertTrue(bildung.quellen().stream().anyMatch(q -> q.contains("digitale-verwaltung.de")), bildung.quellen()
                .toString());

        Federfuehrung gesundheit = Federfuehrung.of(Themenfeld.GESUNDHEIT, D2022);
        assertEquals(Set.of(Bundesland.NIEDERSACHSEN), gesundheit.laender());
        assertTrue(gesundheit.unsichereLaender().isEmpty());
        assertTrue(gesundheit.isGesichert(), gesundheit.toString());
        assertEquals("Federfuehrung[Gesundheit am 2022-01-01: BMG; NI]", gesundheit.toString());
    }

    @Test
    void unsureEntriesAreMarked() {
        Federfuehrung steuern = Federfuehrung.of(Themenfeld.STEUERN_ZOLL, D2022);
        assertEquals(Set.of("BMF"), kuerzel(steuern.unsichereRessorts()));
        assertTrue(steuern.isRessortsBekannt(), "recorded, though not documented");
        assertEquals(Set.of(HESSEN), steuern.laender());
        assertFalse(steuern.isGesichert());
        assertTrue(steuern.toString().contains("BMF (unsicher)"), steuern.toString());

        Federfuehrung bauen2018 = Federfuehrung.of(Themenfeld.BAUEN_WOHNEN, LocalDate.of(2018, 1, 1));
        assertEquals(Set.of("BMUB"), kuerzel(bauen2018.unsichereRessorts()), bauen2018.toString());
        assertFalse(bauen2018.isGesichert());

        assertTrue(Federfuehrung.of(Themenfeld.ARBEIT_RUHESTAND, D2022).isGesichert());
    }

    /** The kommunale Spitzenverbände lead Engagement & Hobby beside the BMI and Nordrhein-Westfalen. */
    @Test
    void engagementUndHobbyHasACoLeadThatIsNeitherRessortNorLand() {
        Federfuehrung f = Federfuehrung.of(Themenfeld.ENGAGEMENT_HOBBY, D2022);
        assertEquals(Set.of("BMI"), kuerzel(f));
        assertEquals(Set.of(Bundesland.NORDRHEIN_WESTFALEN), f.laender());
        assertEquals(List.of("Kommunale Spitzenverbände"), List.copyOf(f.weitereFederfuehrende()));
        assertTrue(f.unsichereWeitereFederfuehrende().isEmpty());
        assertTrue(f.isGesichert());
        assertEquals("Federfuehrung[Engagement & Hobby am 2022-01-01: BMI; NW; Kommunale Spitzenverbände]",
                f.toString());
        assertThrows(UnsupportedOperationException.class, () -> f.weitereFederfuehrende().clear());
        assertTrue(Federfuehrung.of(Themenfeld.FAMILIE_KIND, D2022).weitereFederfuehrende().isEmpty());
    }

    private static Set<String> kuerzel(Set<Bundesressort> ressorts) {
        return ressorts.stream().map(Bundesressort::kuerzel).collect(Collectors.toSet());
    }

    @Test
    void bildungAfter2025IsTheBmbfsfjButUnsure() {
        Federfuehrung f = Federfuehrung.of(Themenfeld.BILDUNG, D2025);
        assertEquals(Set.of("BMBFSFJ"), kuerzel(f));
        assertEquals(f.ressorts(), f.unsichereRessorts());
        assertEquals(Set.of("BMBF"), kuerzel(Federfuehrung.of(Themenfeld.BILDUNG, LETZTER_TAG_2025)));
    }

    /** Before the renaming of 2018-03-14 the BMI was the "Bundesministerium des Innern". */
    @Test
    void beforeTheReorganisationOf2018TheLeadsAreThoseOfTheTime() {
        LocalDate vor2018 = LocalDate.of(2018, 1, 1);
        Federfuehrung f = Federfuehrung.of(Themenfeld.EIN_AUSWANDERUNG, vor2018);
        assertEquals(Set.of("AA", "BMI"), kuerzel(f));
        assertTrue(f.isRessortsBekannt());
        assertTrue(f.ressorts().stream().anyMatch(r -> r.bezeichnung().equals("Bundesministerium des Innern")),
                f.ressorts().toString());
        assertEquals("Federfuehrung[Ein- & Auswanderung am 2018-01-01: AA, BMI; BB]", f.toString());

        assertEquals(Set.of("BMUB"), kuerzel(Federfuehrung.of(Themenfeld.UMWELT, vor2018)));
        assertEquals(Set.of("BMU"), kuerzel(Federfuehrung.of(Themenfeld.UMWELT, LocalDate.of(2018, 3, 14))));
        assertEquals(Set.of("BMI"), kuerzel(Federfuehrung.of(Themenfeld.BAUEN_WOHNEN, LocalDate.of(2018, 3, 14))));
    }

    @Test
    void aLeadOlderThanItsRessortIsUnknownNotWrong() {
        LocalDate vor2013 = LocalDate.of(2013, 1, 1);
        Federfuehrung f = Federfuehrung.of(Themenfeld.UMWELT, vor2013);
        assertTrue(f.ressorts().isEmpty(), "the BMUB of the table begins 2013-12-17");
        assertFalse(f.isRessortsBekannt());
        assertTrue(f.toString().contains(": unbekannt;"), f.toString());
        assertTrue(Federfuehrung.of(Themenfeld.UMWELT, LocalDate.of(2013, 12, 17)).isRessortsBekannt());
    }

    @Test
    void alleAmGivesFourteenInOrder() {
        List<Federfuehrung> alle = Federfuehrung.alleAm(D2022);
        assertEquals(14, alle.size());
        for (int i = 0; i < 14; i++) {
            assertEquals(Themenfeld.ofNummer(i + 1), alle.get(i).themenfeld());
            assertEquals(D2022, alle.get(i).stichtag());
            assertEquals(alle.get(i), Federfuehrung.of(alle.get(i).themenfeld(), D2022));
            assertEquals(alle.get(i).hashCode(), Federfuehrung.of(alle.get(i).themenfeld(), D2022).hashCode());
        }
        assertEquals(13, alle.stream().filter(Federfuehrung::isRessortsBekannt).count());
    }

    @Test
    void resultIsImmutableAndReadable() {
        Federfuehrung f = Federfuehrung.of(Themenfeld.MOBILITAET_REISEN, D2022);
        assertThrows(UnsupportedOperationException.class, () -> f.ressorts().clear());
        assertThrows(UnsupportedOperationException.class, () -> f.laender().add(Bundesland.BAYERN));
        assertThrows(UnsupportedOperationException.class, () -> f.unsichereRessorts().clear());
        assertThrows(UnsupportedOperationException.class, () -> f.unsichereLaender().clear());
        assertEquals("Federfuehrung[Mobilität & Reisen am 2022-01-01: BMDV; HE, BW]", f.toString());
        assertNotEquals(f, Federfuehrung.of(Themenfeld.MOBILITAET_REISEN, D2025));
    }

    @Test
    void nullArgumentsAreProgrammingErrors() {
        assertThrows(NullPointerException.class, () -> Federfuehrung.of(null, D2022));
        assertThrows(NullPointerException.class, () -> Federfuehrung.of(Themenfeld.BILDUNG, null));
    }
}
