package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Lebenslage;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-made catalogue and Gebietsverzeichnis whose figures can be computed by hand.
 *
 * <p>Gebiete: Sachsen-Anhalt (15) with Kreis 15001 of 100 Gemeinden and Kreis 15002 of 3;
 * Schleswig-Holstein (01) with the kreisfreie Stadt Flensburg 01001 (1 Gemeinde) and Kreis 01002 of
 * 2 — 106 Gemeinden. Catalogue: 10000 Elterngeld (Familie &amp; Kind) with A (2/3b) and B (4a);
 * 10001 Wohngeld with C (2/3), 10002 Bauantrag with D (no Typisierung), both Bauen &amp; Wohnen;
 * 10003 Steuer (Steuern &amp; Zoll) with E (1).
 */
final class Fixtur {

    static final LocalDate STICHTAG = LocalDate.of(2024, 6, 30);

    static final Leistungsschluessel A = schluessel(1);
    static final Leistungsschluessel B = schluessel(2);
    static final Leistungsschluessel C = schluessel(3);
    static final Leistungsschluessel D = schluessel(4);
    static final Leistungsschluessel E = schluessel(5);
    static final Leistungsschluessel UNBEKANNT = schluessel(99);

    static final Ars BUND = Ars.BUND;
    static final Ars ST = Ars.parse("150000000000");
    static final Ars KREIS_15001 = Ars.parse("150010000000");
    static final Ars KREIS_15002 = Ars.parse("150020000000");
    static final Ars SH = Ars.parse("010000000000");
    static final Ars FLENSBURG = Ars.parse("010010000000");
    static final Ars KREIS_01002 = Ars.parse("010020000000");
    static final Ars THUERINGEN = Ars.parse("160000000000");

    private Fixtur() {
    }

    static Leistungsschluessel schluessel(int i) {
        return Leistungsschluessel.parse(String.format("99%06d001000", i));
    }

    static Ars gemeinde15001(int i) {
        return Ars.parse(String.format("150010000%03d", i));
    }

    static Ars gemeinde15002(int i) {
        return Ars.parse(String.format("150020000%03d", i));
    }

    static Ars gemeinde01002(int i) {
        return Ars.parse(String.format("010020000%03d", i));
    }

    static Gebietsverzeichnis verzeichnis() {
        List<Gebiet> g = new ArrayList<>();
        g.add(Gebiet.of(ST, ArsEbene.LAND, "Sachsen-Anhalt"));
        g.add(Gebiet.of(KREIS_15001, ArsEbene.KREIS, "Kreis Eins"));
        for (int i = 1; i <= 100; i++) {
            g.add(Gebiet.of(gemeinde15001(i), ArsEbene.GEMEINDE, "Gemeinde 15001-" + i));
        }
        g.add(Gebiet.of(KREIS_15002, ArsEbene.KREIS, "Kreis Zwei"));
        for (int i = 1; i <= 3; i++) {
            g.add(Gebiet.of(gemeinde15002(i), ArsEbene.GEMEINDE, "Gemeinde 15002-" + i));
        }
        g.add(Gebiet.of(SH, ArsEbene.LAND, "Schleswig-Holstein"));
        g.add(Gebiet.of(FLENSBURG, ArsEbene.KREIS, "Flensburg, Stadt"));
        g.add(Gebiet.of(FLENSBURG, ArsEbene.GEMEINDE, "Flensburg, Stadt"));
        g.add(Gebiet.of(KREIS_01002, ArsEbene.KREIS, "Kreis Drei"));
        for (int i = 1; i <= 2; i++) {
            g.add(Gebiet.of(gemeinde01002(i), ArsEbene.GEMEINDE, "Gemeinde 01002-" + i));
        }
        return Gebietsverzeichnis.of(LocalDate.of(2020, 12, 31), g);
    }

    static LeikaLeistung leika(Leistungsschluessel k, String name, String typen) {
        return LeikaLeistung.builder().schluessel(k).bezeichnung(name).addAllTypisierung(Typisierung.parseMenge(typen))
                .build();
    }

    static OzgLeistung buendel(int id, String name, Themenfeld t, LeikaLeistung... leistungen) {
        return OzgLeistung.builder().ozgId(OzgId.of(id)).bezeichnung(name).themenfeld(t)
                .lebenslage(Lebenslage.of("Lage " + t.nummer(), t)).addLeistungen(leistungen).build();
    }

    static OzgKatalog katalog() {
        return OzgKatalog.of(LocalDate.of(2024, 1, 1), List.of(
                buendel(10000, "Elterngeld", Themenfeld.FAMILIE_KIND, leika(A, "Elterngeld A", "2/3b"),
                        leika(B, "Elterngeld B", "4a")),
                buendel(10001, "Wohngeld", Themenfeld.BAUEN_WOHNEN, leika(C, "Wohngeld", "2/3")),
                buendel(10002, "Bauantrag", Themenfeld.BAUEN_WOHNEN, leika(D, "Bauantrag", "")),
                buendel(10003, "Steuer", Themenfeld.STEUERN_ZOLL, leika(E, "Steuer", "1"))));
    }

    /** An active row, online_status ok, at the Stichtag. */
    static Umsetzungsstand zeile(Leistungsschluessel k, Ars ars, int stufe) {
        return Umsetzungsstand.builder().schluessel(k).ars(ars).stichtag(STICHTAG).online(true)
                .reifegrad(Reifegrad.of(ReifegradModell.V1, stufe)).build();
    }

    /** An active row without Reifegrad. */
    static Umsetzungsstand ohneReifegrad(Leistungsschluessel k, Ars ars, boolean ok) {
        return Umsetzungsstand.of(k, ars, STICHTAG, ok);
    }
}
