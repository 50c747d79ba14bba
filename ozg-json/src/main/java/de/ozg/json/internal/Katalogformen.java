package de.ozg.json.internal;

import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Lebenslage;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Typisierung;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The object forms of the catalogue, the areas and the status rows of {@code de.ozg.core.model}.
 * Each table lists the fields in the order written; the function after it builds the value through
 * ozg-core's public factories and builders.
 */
final class Katalogformen {

    /** The value of {@code format} in a catalogue document. */
    static final String FORMAT_KATALOG = "ozg-katalog";

    private Katalogformen() {
    }

    static final Objektform<Lebenslage> LEBENSLAGE = Objektform.von(Lebenslage.class, "Lebenslage")
            .pflicht("bezeichnung", Skalare.TEXT, Lebenslage::bezeichnung)
            .pflicht("themenfeld", Kennungsformen.THEMENFELD, Lebenslage::themenfeld)
            .optional("typ", Kennungsformen.LAGETYP, l -> l.typ().orElse(null))
            .liest(w -> w.hat("typ")
                    ? Lebenslage.of(w.get("bezeichnung"), w.get("themenfeld"), w.get("typ"))
                    : Lebenslage.of(w.get("bezeichnung"), w.get("themenfeld")));

    static final Objektform<LeikaLeistung> LEIKA_LEISTUNG = Objektform.von(LeikaLeistung.class, "LeikaLeistung")
            .optional("schluessel", Kennungsformen.LEISTUNGSSCHLUESSEL, l -> l.schluessel().orElse(null))
            .pflicht("bezeichnung", Skalare.TEXT, LeikaLeistung::bezeichnung)
            .vorgabe("typisierung", new Listenform<>(Kennungsformen.TYPISIERUNG),
                    l -> new ArrayList<>(l.typisierung()))
            .optional("rechtsgrundlage", Skalare.TEXT, l -> l.rechtsgrundlage().orElse(null))
            .optional("gesetze", Skalare.TEXT, l -> l.gesetze().orElse(null))
            .optional("gesetzeskuerzel", Skalare.TEXT, l -> l.gesetzeskuerzel().orElse(null))
            .vorgabe("sdg1", Skalare.WAHR, LeikaLeistung::sdg1)
            .vorgabe("sdg2", Skalare.WAHR, LeikaLeistung::sdg2)
            .liest(w -> {
                LeikaLeistung.Builder b = LeikaLeistung.builder().bezeichnung(w.get("bezeichnung"))
                        .rechtsgrundlage(Optional.ofNullable(w.get("rechtsgrundlage")))
                        .gesetze(Optional.ofNullable(w.get("gesetze")))
                        .gesetzeskuerzel(Optional.ofNullable(w.get("gesetzeskuerzel")))
                        .sdg1(w.get("sdg1", false)).sdg2(w.get("sdg2", false));
                if (w.hat("schluessel")) {
                    b.schluessel(w.<de.ozg.core.id.Leistungsschluessel>get("schluessel"));
                }
                for (Typisierung t : w.<List<Typisierung>>get("typisierung", List.of())) {
                    b.addTypisierung(t);
                }
                return b.build();
            });

    static final Objektform<OzgLeistung> OZG_LEISTUNG = Objektform.von(OzgLeistung.class, "OzgLeistung")
            .pflicht("ozgId", Kennungsformen.OZG_ID, OzgLeistung::ozgId)
            .pflicht("bezeichnung", Skalare.TEXT, OzgLeistung::bezeichnung)
            .pflicht("themenfeld", Kennungsformen.THEMENFELD, OzgLeistung::themenfeld)
            .pflicht("lebenslage", LEBENSLAGE, OzgLeistung::lebenslage)
            .vorgabe("leistungen", new Listenform<>(LEIKA_LEISTUNG), OzgLeistung::leistungen)
            .optional("programm", Kennungsformen.PROGRAMM, l -> l.programm().orElse(null))
            .liest(w -> {
                OzgLeistung.Builder b = OzgLeistung.builder().ozgId(w.get("ozgId")).bezeichnung(w.get("bezeichnung"))
                        .themenfeld(w.get("themenfeld")).lebenslage(w.get("lebenslage"))
                        .addAllLeistungen(w.<List<LeikaLeistung>>get("leistungen", List.of()));
                if (w.hat("programm")) {
                    b.programm(w.<de.ozg.core.model.Programm>get("programm"));
                }
                return b.build();
            });

    static final Objektform<OzgKatalog> OZG_KATALOG = Objektform.von(OzgKatalog.class, "OzgKatalog")
            .pflicht("format", Dokumentkopf.format(FORMAT_KATALOG), k -> FORMAT_KATALOG)
            .pflicht("version", Dokumentkopf.VERSION_FORM, k -> Dokumentkopf.VERSION)
            .pflicht("stand", Skalare.DATUM, OzgKatalog::stand)
            .optional("katalogVersion", Skalare.TEXT, k -> k.version().orElse(null))
            .pflicht("leistungen", new Listenform<>(OZG_LEISTUNG), OzgKatalog::leistungen)
            .liest(w -> OzgKatalog.builder().stand(w.get("stand"))
                    .version(Optional.ofNullable(w.get("katalogVersion")))
                    .addAllLeistungen(w.<List<OzgLeistung>>get("leistungen")).build());

    static final Objektform<Gebiet> GEBIET = Objektform.von(Gebiet.class, "Gebiet")
            .pflicht("ars", Kennungsformen.ARS, Gebiet::ars)
            .pflicht("ebene", Kennungsformen.ARS_EBENE, Gebiet::ebene)
            .pflicht("name", Skalare.TEXT, Gebiet::name)
            .optional("ags", Kennungsformen.AGS, g -> g.ags().orElse(null))
            .optional("textkennzeichen", Skalare.TEXT, g -> g.textkennzeichen().orElse(null))
            .optional("bevoelkerung", Skalare.ANZAHL,
                    g -> g.bevoelkerung().isPresent() ? g.bevoelkerung().getAsLong() : null)
            .liest(w -> {
                Gebiet.Builder b = Gebiet.builder().ars(w.get("ars")).ebene(w.get("ebene")).name(w.get("name"))
                        .textkennzeichen(Optional.ofNullable(w.get("textkennzeichen")));
                if (w.hat("ags")) {
                    b.ags(w.<de.ozg.core.id.Ags>get("ags"));
                }
                if (w.hat("bevoelkerung")) {
                    b.bevoelkerung(w.<Long>get("bevoelkerung"));
                }
                return b.build();
            });

    static final Objektform<Gebietsverzeichnis> GEBIETSVERZEICHNIS = Objektform.von(Gebietsverzeichnis.class,
            "Gebietsverzeichnis")
            .pflicht("gebietsstand", Skalare.DATUM, Gebietsverzeichnis::gebietsstand)
            .pflicht("gebiete", new Listenform<>(GEBIET), Gebietsverzeichnis::gebiete)
            .liest(w -> Gebietsverzeichnis.of(w.get("gebietsstand"), w.<List<Gebiet>>get("gebiete")));

    /**
     * A status row as a single value, in the form the streaming readers and writers use
     * ({@code Zeilenformat}, which stays hand-written for speed and reports every problem of a row
     * instead of failing on the first); a test holds the two to the same bytes.
     */
    static final Objektform<Umsetzungsstand> UMSETZUNGSSTAND = Objektform.von(Umsetzungsstand.class,
            "Umsetzungsstand")
            .pflicht("schluessel", Kennungsformen.LEISTUNGSSCHLUESSEL, Umsetzungsstand::schluessel)
            .pflicht("ars", Kennungsformen.ARS, Umsetzungsstand::ars)
            .pflicht("stichtag", Skalare.DATUM, Umsetzungsstand::stichtag)
            .pflicht("online", Skalare.WAHR, Umsetzungsstand::isOnline)
            .vorgabe("aktiv", Skalare.WAHR, Umsetzungsstand::isAktiv)
            .optional("reifegrad", Kennungsformen.REIFEGRAD, Umsetzungsstand::reifegradOrNull)
            .optional("url", Skalare.TEXT, s -> s.url().orElse(null))
            .optional("flaechendeckung", Kennungsformen.FLAECHENDECKUNG, s -> s.flaechendeckung().orElse(null))
            .optional("ozgId", Kennungsformen.OZG_ID, s -> s.ozgId().orElse(null))
            .liest(w -> Umsetzungsstand.builder().schluessel(w.get("schluessel")).ars(w.get("ars"))
                    .stichtag(w.get("stichtag")).online(w.<Boolean>get("online")).aktiv(w.get("aktiv", true))
                    .reifegrad(w.get("reifegrad")).url(w.get("url")).flaechendeckung(w.get("flaechendeckung"))
                    .ozgId(w.get("ozgId")).build());

    static final List<Objektform<?>> ALLE = List.of(LEBENSLAGE, LEIKA_LEISTUNG, OZG_LEISTUNG, OZG_KATALOG, GEBIET,
            GEBIETSVERZEICHNIS, UMSETZUNGSSTAND);
}
