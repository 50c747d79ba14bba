package de.ozg.core.validation.constraints;


import static de.ozg.core.validation.constraints.Validatoren.beschreibe;
import static de.ozg.core.validation.constraints.Validatoren.englisch;
import static de.ozg.core.validation.constraints.Validatoren.genauEine;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.ozg.core.model.Onlinedienst;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Nachnutzungsmodell;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnlinedienstConstraintsTest {

    private static final String ST = "150000000000";
    private static final String SN = "140000000000";
    private static final String HALLE = "150020000000";
    private static final String EIGEN = "names the developing Land itself; a Land does not reuse its own development";

    /** A user's bean holding services, validated in cascade. */
    static final class Uebersicht {
        List<@Valid Onlinedienst> dienste = new ArrayList<>();
    }

    private static List<String> check(Testdienste dienst) {
        return beschreibe(englisch().validate(dienst.build()));
    }

    @Test
    void developingLandAmongItsNachnutzerIsReportedAtTheEntry() {
        Set<ConstraintViolation<Onlinedienst>> v = englisch().validate(Testdienste.efa()
                .entwickeltVon(Bundesland.SACHSEN_ANHALT).nachgenutztVon(SN, HALLE, ST).build());
        genauEine(v, "nachnutzungen[2].nachnutzer", "KeineEigenNachnutzung.message", EIGEN);
        Iterator<Path.Node> pfad = v.iterator().next().getPropertyPath().iterator();
        Path.Node liste = pfad.next();
        assertEquals("nachnutzungen", liste.getName());
        Path.Node eintrag = pfad.next();
        assertEquals("nachnutzer", eintrag.getName());
        assertEquals(Integer.valueOf(2), eintrag.getIndex());
        assertEquals(true, eintrag.isInIterable());
    }

    @Test
    void onlyTheOffendingEntryIsReported() {
        assertEquals(List.of(
                "nachnutzungen[0].nachnutzer {de.ozg.core.model.KeineEigenNachnutzung.message} " + EIGEN),
                check(Testdienste.efa().entwickeltVon(Bundesland.SACHSEN_ANHALT).nachgenutztVon(ST, SN, HALLE)));
    }

    @Test
    void kommunenOfTheDevelopingLandAndOtherLaenderAreReuse() {
        assertEquals(List.of(), check(Testdienste.efa().entwickeltVon(Bundesland.SACHSEN_ANHALT)
                .nachgenutztVon(SN, HALLE, "150810030030")));
        assertEquals(List.of(), check(Testdienste.efa().entwickeltVon(Bundesland.SACHSEN).nachgenutztVon(ST)));
    }

    @Test
    void unknownDeveloperIsNotGuessed() {
        assertEquals(List.of(), check(Testdienste.efa().ohneEntwickler().nachgenutztVon(ST, SN)));
    }

    @Test
    void stadtstaatLandKeyIsTheLandItself() {
        assertEquals(List.of("nachnutzungen[0].nachnutzer {de.ozg.core.model.KeineEigenNachnutzung.message} " + EIGEN),
                check(Testdienste.efa().entwickeltVon(Bundesland.HAMBURG).nachgenutztVon("020000000000")));
    }

    @Test
    void ruleHoldsForEveryNachnutzungsmodell() {
        for (Nachnutzungsmodell m : Nachnutzungsmodell.values()) {
            assertEquals(1, check(Testdienste.efa().modell(m).entwickeltVon(Bundesland.BAYERN)
                    .nachgenutztVon("090000000000")).size(), m::name);
        }
    }

    @Test
    void reifegradAndTargetOfDifferentModelsAreReportedAtTheTarget() {
        assertEquals(List.of("zielReifegrad {de.ozg.core.model.EinheitlichesReifegradModell.message} must be of the "
                + "same Reifegrad model as the Reifegrad; levels of the models 1.x and 2.0 cannot be compared"),
                check(Testdienste.efa().reifegrad("V1:3").ziel("V2:5")));
        assertEquals(1, check(Testdienste.efa().reifegrad("V2:0").ziel("V1:4")).size());
    }

    @Test
    void reifegradAndTargetOfOneModelOrMissingArePlausible() {
        assertEquals(List.of(), check(Testdienste.efa().reifegrad("V1:3").ziel("V1:4")));
        assertEquals(List.of(), check(Testdienste.efa().reifegrad("V2:6").ziel("V2:2")));
        assertEquals(List.of(), check(Testdienste.efa().reifegrad("V1:1")));
        assertEquals(List.of(), check(Testdienste.efa().ziel("V2:7")));
    }

    @Test
    void ozgKonformReportedBelowLevelThreeIsReported() {
        assertEquals(List.of("ozgKonformGemeldet {de.ozg.core.model.OzgKonformBelegt.message.REIFEGRAD_ZU_NIEDRIG} "
                + "is reported as OZG-konform, but the Reifegrad is below level 3 of model 1.x"),
                check(Testdienste.efa().ozgKonformGemeldet().reifegrad("V1:2")));
        assertEquals(1, check(Testdienste.efa().ozgKonformGemeldet().reifegrad("V1:0")).size());
    }

    @Test
    void ozgKonformReportedWithoutReifegradIsReported() {
        assertEquals(List.of("ozgKonformGemeldet {de.ozg.core.model.OzgKonformBelegt.message.OHNE_REIFEGRAD} "
                + "is reported as OZG-konform, but no Reifegrad is given (model 1.x: level 3 or higher)"),
                check(Testdienste.efa().ozgKonformGemeldet().ziel("V1:4")));
    }

    @Test
    void ozgKonformBackedByTheReifegradOrUndecidableIsAccepted() {
        assertEquals(List.of(), check(Testdienste.efa().ozgKonformGemeldet().reifegrad("V1:3")));
        assertEquals(List.of(), check(Testdienste.efa().ozgKonformGemeldet().reifegrad("V1:4")));
        for (int stufe = 0; stufe <= 7; stufe++) {
            assertEquals(List.of(), check(Testdienste.efa().ozgKonformGemeldet().reifegrad("V2:" + stufe)),
                    "model 2.0 publishes no threshold, level " + stufe);
        }
        assertEquals(List.of(), check(Testdienste.efa().reifegrad("V1:0")), "not reported, nothing to back");
    }

    @Test
    void allRulesReportTogetherAndInCascade() {
        Uebersicht u = new Uebersicht();
        u.dienste.add(Testdienste.efa().build());
        u.dienste.add(Testdienste.efa().entwickeltVon(Bundesland.SACHSEN_ANHALT).nachgenutztVon(SN, ST)
                .ozgKonformGemeldet().reifegrad("V1:2").ziel("V2:6").build());
        assertEquals(List.of(
                "dienste[1].nachnutzungen[1].nachnutzer {de.ozg.core.model.KeineEigenNachnutzung.message} " + EIGEN,
                "dienste[1].ozgKonformGemeldet {de.ozg.core.model.OzgKonformBelegt.message.REIFEGRAD_ZU_NIEDRIG} "
                        + "is reported as OZG-konform, but the Reifegrad is below level 3 of model 1.x",
                "dienste[1].zielReifegrad {de.ozg.core.model.EinheitlichesReifegradModell.message} must be of the "
                        + "same Reifegrad model as the Reifegrad; levels of the models 1.x and 2.0 cannot be compared"),
                beschreibe(englisch().validate(u)));
    }

    @Test
    void firesWithThePlainDefaultFactoryInGerman() {
        Locale vorher = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertEquals(List.of(
                    "nachnutzungen[0].nachnutzer {de.ozg.core.model.KeineEigenNachnutzung.message} nennt das "
                            + "entwickelnde Land selbst; ein Land nutzt seine eigene Entwicklung nicht nach",
                    "ozgKonformGemeldet {de.ozg.core.model.OzgKonformBelegt.message.OHNE_REIFEGRAD} ist als "
                            + "OZG-konform gemeldet, es ist aber kein Reifegrad angegeben (Modell 1.x: Stufe 3 oder höher)"),
                    beschreibe(factory.getValidator().validate(Testdienste.efa().entwickeltVon(Bundesland.BREMEN)
                            .nachgenutztVon("040000000000").ozgKonformGemeldet().build())));
        } finally {
            Locale.setDefault(vorher);
        }
    }
}
