package de.ozg.core.validation.constraints;

import de.ozg.core.id.Ars;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Reifegrad;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the model objects the class-level constraint tests validate. The only place in these
 * tests that knows how an {@link Onlinedienst} and a {@link Nachnutzung} are constructed.
 */
final class Testdienste {

    private Nachnutzungsmodell modell = Nachnutzungsmodell.EFA;
    private Bundesland entwickler = Bundesland.BERLIN;
    private Reifegrad reifegrad;
    private Reifegrad zielReifegrad;
    private boolean ozgKonformGemeldet;
    private final List<Ars> nachnutzer = new ArrayList<>();

    private Testdienste() {
    }

    /** An EfA service developed by Berlin (a Land no test uses as Nachnutzer), without Reifegrad or Nachnutzungen. */
    static Testdienste efa() {
        return new Testdienste();
    }

    Testdienste modell(Nachnutzungsmodell m) {
        this.modell = m;
        return this;
    }

    /** A dezentral reused software whose developing Land is unknown (only EfA requires one). */
    Testdienste ohneEntwickler() {
        this.modell = Nachnutzungsmodell.NACHNUTZBARE_SOFTWARE_DEZENTRAL;
        this.entwickler = null;
        return this;
    }

    Testdienste entwickeltVon(Bundesland land) {
        this.entwickler = land;
        return this;
    }

    Testdienste reifegrad(String text) {
        this.reifegrad = Reifegrad.parse(text);
        return this;
    }

    Testdienste ziel(String text) {
        this.zielReifegrad = Reifegrad.parse(text);
        return this;
    }

    Testdienste ozgKonformGemeldet() {
        this.ozgKonformGemeldet = true;
        return this;
    }

    Testdienste nachgenutztVon(String... ars) {
        for (String a : ars) {
            nachnutzer.add(Ars.parse(a));
        }
        return this;
    }

    Onlinedienst build() {
        Onlinedienst.Builder b = Onlinedienst.builder()
                .id("ST-0001")
                .bezeichnung("Wohngeld")
                .nachnutzungsmodell(modell)
                .isOzgKonformGemeldet(ozgKonformGemeldet)
                .addLeistungsschluessel(de.ozg.core.id.Leistungsschluessel.parse("99041006013000"));
        if (entwickler != null) {
            b.entwickelndesLand(entwickler);
        }
        if (reifegrad != null) {
            b.reifegrad(reifegrad);
        }
        if (zielReifegrad != null) {
            b.zielReifegrad(zielReifegrad);
        }
        for (Ars a : nachnutzer) {
            b.addNachnutzungen(Nachnutzung.builder().nachnutzer(a).status(NachnutzungsStatus.ANGEBUNDEN).build());
        }
        return b.build();
    }
}
