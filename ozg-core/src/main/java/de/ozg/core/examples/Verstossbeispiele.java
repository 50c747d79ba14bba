package de.ozg.core.examples;

import static de.ozg.core.SafeText.quote;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Lebenslage;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.ModellViolation;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Nachnutzungseintrag;
import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Phase;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.model.EinheitlichesReifegradModell;
import de.ozg.core.model.KeineEigenNachnutzung;
import de.ozg.core.model.OzgKonformBelegt;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pairs of builds that break exactly one model invariant, and Onlinedienste that break exactly one
 * class-level Bean Validation constraint.
 *
 * <p>Obtained from {@link Beispiele#verstoesse()}; draws from the generator of that {@link Beispiele}, so
 * the order of calls across all its areas determines the values. Not thread-safe; the values are
 * immutable.
 */
public final class Verstossbeispiele {

    static final long LAND = 10_000_000_000L;
    static final long KREIS = 10_000_000L;
    static final long GV = 1000L;
    static final Set<ModellViolation> MODELL_VIOLATIONEN = Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(ModellViolation.DATE_ORDER)));
    static final List<Class<? extends Annotation>> ONLINEDIENST_CONSTRAINTS = List.of(
            KeineEigenNachnutzung.class, EinheitlichesReifegradModell.class, OzgKonformBelegt.class);

    private final Zufall z;
    private final Beispiele beispiele;

    Verstossbeispiele(Zufall z, Beispiele beispiele) {
        this.z = z;
        this.beispiele = beispiele;
    }

    // --- broken model invariants -------------------------------------------------------------

    /**
     * The model invariants that entities of this library version enforce at construction, for which
     * {@link #modellVerstoss(ModellViolation)} gives examples.
     *
     * @return an unmodifiable set
     */
    public static Set<ModellViolation> modellViolationen() {
        return MODELL_VIOLATIONEN;
    }

    /**
     * One example per enforced invariant, in {@link ModellViolation} order.
     *
     * @return an unmodifiable list
     */
    public List<ModellVerstoss> modellVerstoesse() {
        List<ModellVerstoss> liste = new ArrayList<>();
        for (ModellViolation v : MODELL_VIOLATIONEN) {
            liste.add(modellVerstoss(v));
        }
        return Collections.unmodifiableList(liste);
    }

    /**
     * A pair of builds from random valid entities that differ in one respect, the second breaking
     * the given invariant (see {@link ModellVerstoss}).
     *
     * @param violation one of {@link #modellViolationen()}
     * @return the example
     * @throws IllegalArgumentException for an invariant no entity enforces yet
     */
    public ModellVerstoss modellVerstoss(ModellViolation violation) {
        switch (violation) {
            case BLANK_TEXT:
                return leererText();
            case LEBENSLAGE_THEMENFELD_MISMATCH: {
                OzgLeistung l = beispiele.katalog().ozgLeistung();
                Themenfeld anderes = Themenfeld.values()[(l.themenfeld().ordinal() + z.zahl(1, 13)) % 14];
                Lebenslage fremd = beispiele.katalog().lebenslage(anderes);
                return new ModellVerstoss(violation, "Lebenslage '" + fremd.bezeichnung() + "' aus "
                        + anderes.bezeichnung() + " für eine Leistung aus " + l.themenfeld().bezeichnung(),
                        () -> OzgLeistung.builder().from(l).build(),
                        () -> OzgLeistung.builder().from(l).lebenslage(fremd).build());
            }
            case DUPLICATE_LEIKA_KEY: {
                OzgLeistung l = beispiele.katalog().ozgLeistung();
                LeikaLeistung erste = l.leistungen().get(0);
                LeikaLeistung doppelt = LeikaLeistung.builder().from(erste)
                        .bezeichnung(erste.bezeichnung() + " (zweite Fassung)").build();
                return new ModellVerstoss(violation, "Schlüssel " + erste.schluessel().orElseThrow()
                        + " zweimal mit verschiedenen Bezeichnungen",
                        () -> OzgLeistung.builder().from(l).build(),
                        () -> OzgLeistung.builder().from(l).addLeistungen(doppelt).build());
            }
            case CONTRADICTING_OZG_LEISTUNG: {
                OzgLeistung l = beispiele.katalog().ozgLeistung();
                OzgLeistung anders = OzgLeistung.builder().from(l).bezeichnung(l.bezeichnung() + " neu").build();
                LocalDate stand = beispiele.kennungen().datum();
                return new ModellVerstoss(violation, "OZG-ID " + l.ozgId() + " zweimal mit verschiedenen Namen",
                        () -> OzgKatalog.of(stand, List.of(l, l)),
                        () -> OzgKatalog.of(stand, List.of(l, anders)));
            }
            case CONTRADICTING_GEBIET: {
                Gebiet g = beispiele.gebiete().gebiet(ArsEbene.GEMEINDE);
                Gebiet anders = Gebiet.builder().from(g).name(g.name() + "-Neu").build();
                LocalDate stand = beispiele.kennungen().datum();
                return new ModellVerstoss(violation, "ARS " + g.ars() + " zweimal als Gemeinde mit verschiedenen Namen",
                        () -> Gebietsverzeichnis.of(stand, List.of(g, g)),
                        () -> Gebietsverzeichnis.of(stand, List.of(g, anders)));
            }
            case GEBIET_EBENE_MISMATCH: {
                Ars kreis = beispiele.kennungen().ars(ArsEbene.KREIS);
                Ars gemeinde = Ars.of(kreis.longValue() + z.zahl(5001, 5099) * GV + z.zahl(1, 999));
                String name = "Landkreis " + beispiele.gebiete().ort();
                return new ModellVerstoss(violation, "Kreis mit dem Gemeindeschlüssel " + gemeinde,
                        () -> Gebiet.of(kreis, ArsEbene.KREIS, name),
                        () -> Gebiet.of(gemeinde, ArsEbene.KREIS, name));
            }
            case GEBIET_AGS_MISMATCH: {
                Ars ars = beispiele.kennungen().ars(ArsEbene.GEMEINDE);
                Ags richtig = ars.toAgs().orElseThrow();
                Ags falsch = Ags.of(richtig.intValue() / 1000 * 1000 + (richtig.intValue() % 1000 % 999) + 1);
                String name = beispiele.gebiete().ort();
                return new ModellVerstoss(violation, "AGS " + falsch + " passt nicht zum ARS " + ars,
                        () -> Gebiet.builder().ars(ars).ebene(ArsEbene.GEMEINDE).name(name).ags(richtig).build(),
                        () -> Gebiet.builder().ars(ars).ebene(ArsEbene.GEMEINDE).name(name).ags(falsch).build());
            }
            case OUT_OF_RANGE:
                return ausserhalb();
            case INVALID_ID: {
                String ort = z.eines(new String[] {" ", "\u00a0", "\t", "\u200b", "\u2060"});
                String wie = "Zeichen " + quote(ort) + " in der Id";
                if (z.prozent(50)) {
                    Onlinedienst d = beispiele.nachnutzung().onlinedienst();
                    String falsch = einfuegen(d.id(), ort);
                    return new ModellVerstoss(violation, wie + " eines Onlinedienstes: " + quote(falsch),
                            () -> Onlinedienst.builder().from(d).build(),
                            () -> Onlinedienst.builder().from(d).id(falsch).build());
                }
                Nachnutzungseintrag e = Nachnutzungseintrag.builder().from(beispiele.nachnutzung().nachnutzungseintrag())
                        .onlinedienstId(beispiele.nachnutzung().dienstId(beispiele.kennungen().bundesland())).build();
                String falsch = einfuegen(e.onlinedienstId().orElseThrow(), ort);
                return new ModellVerstoss(violation, wie + " eines Eintrags: " + quote(falsch),
                        () -> Nachnutzungseintrag.builder().from(e).build(),
                        () -> Nachnutzungseintrag.builder().from(e).onlinedienstId(falsch).build());
            }
            case INVALID_CODE: {
                boolean kategorie = z.prozent(50);
                String[] paar = z.eines(kategorie ? Nachnutzungsbeispiele.EIGENE_KATEGORIEN : Nachnutzungsbeispiele.EIGENE_PHASEN);
                String code = paar[0];
                String name = paar[1];
                String falsch = z.eines(new String[] {name, code.toUpperCase(Locale.ROOT), "neu-" + code,
                    "_" + code, code + "_", code + "__neu", code + " ", "neu." + code});
                String wie = "Code " + quote(falsch) + " nicht in snake_case";
                if (kategorie) {
                    return new ModellVerstoss(violation, wie + " (Nachnutzungskategorie)",
                            () -> Nachnutzungskategorie.of(code, name), () -> Nachnutzungskategorie.of(falsch, name));
                }
                return new ModellVerstoss(violation, wie + " (Phase)",
                        () -> Phase.of(code, name), () -> Phase.of(falsch, name));
            }
            case MISSING_ENTWICKELNDES_LAND: {
                Onlinedienst d = beispiele.nachnutzung().onlinedienst(Nachnutzungsmodell.EFA);
                return new ModellVerstoss(violation, "EfA-Onlinedienst " + d.id() + " ohne entwickelndes Land",
                        () -> Onlinedienst.builder().from(d).build(),
                        () -> Onlinedienst.builder().from(d).entwickelndesLand(Optional.empty()).build());
            }
            case MISSING_LEISTUNGSSCHLUESSEL: {
                Onlinedienst d = beispiele.nachnutzung().onlinedienst();
                return new ModellVerstoss(violation, "Onlinedienst " + d.id() + " ohne Leistungsschlüssel",
                        () -> Onlinedienst.builder().from(d).build(),
                        () -> Onlinedienst.builder().from(d).leistungsschluessel(Set.<Leistungsschluessel>of())
                                .build());
            }
            case INVALID_URL: {
                Onlinedienst d = beispiele.nachnutzung().onlinedienst();
                String pfad = d.id().toLowerCase(Locale.ROOT);
                URI gut = URI.create("https://onlinedienste.example/" + pfad);
                URI falsch = URI.create(z.eines(new String[] {"ftp://onlinedienste.example/", "/",
                    "onlinedienste.example/", "https:///", "file:///srv/", "mailto:service@onlinedienste.example?subject=",
                    "javascript:void(0)//"}) + pfad);
                return new ModellVerstoss(violation, "URL " + quote(falsch.toString())
                        + " ist keine absolute http(s)-Adresse mit Host",
                        () -> Onlinedienst.builder().from(d).url(gut).build(),
                        () -> Onlinedienst.builder().from(d).url(falsch).build());
            }
            case INVALID_NACHNUTZER: {
                Nachnutzung n = beispiele.nachnutzung().nachnutzung();
                return new ModellVerstoss(violation, "Bundesschlüssel statt " + n.nachnutzer() + " als Nachnutzer",
                        () -> Nachnutzung.builder().from(n).build(),
                        () -> Nachnutzung.builder().from(n).nachnutzer(Ars.BUND).build());
            }
            case DUPLICATE_NACHNUTZER: {
                Onlinedienst d = beispiele.nachnutzung().onlinedienst();
                Ars ars = beispiele.nachnutzung().nachnutzer(beispiele.kennungen().bundesland());
                while (d.nachnutzung(ars).isPresent() || d.entwickelndesLand().map(Ars::of).equals(Optional.of(ars))) {
                    ars = beispiele.nachnutzung().nachnutzer(beispiele.kennungen().bundesland());
                }
                Nachnutzung erste = beispiele.nachnutzung().nachnutzung(ars);
                NachnutzungsStatus anders = NachnutzungsStatus.values()[(erste.status().ordinal() + z.zahl(1, 2)) % 3];
                Nachnutzung zweite = Nachnutzung.of(ars, anders);
                return new ModellVerstoss(violation, "Nachnutzer " + ars + " zweimal, als '"
                        + erste.status().bezeichnung() + "' und als '" + anders.bezeichnung() + "'",
                        () -> Onlinedienst.builder().from(d).addNachnutzungen(erste).build(),
                        () -> Onlinedienst.builder().from(d).addNachnutzungen(erste, zweite).build());
            }
            case DUPLICATE_EINTRAG: {
                Nachnutzungsuebersicht u = kleineUebersicht();
                Nachnutzungseintrag e = z.eines(u.eintraege());
                Nachnutzungseintrag doppelt = Nachnutzungseintrag.builder().from(e)
                        .isFokusleistung(!e.isFokusleistung()).build();
                return new ModellVerstoss(violation, "Eintrag " + e.ozgId()
                        + e.leistungsschluessel().map(k -> "/" + k).orElse("") + " zweimal",
                        () -> Nachnutzungsuebersicht.builder().from(u).build(),
                        () -> Nachnutzungsuebersicht.builder().from(u).addEintraege(doppelt).build());
            }
            case DUPLICATE_ONLINEDIENST: {
                Nachnutzungsuebersicht u = kleineUebersicht();
                Onlinedienst d = z.eines(u.onlinedienste());
                Onlinedienst doppelt = Onlinedienst.builder().from(d).bezeichnung(d.bezeichnung() + " (alt)").build();
                return new ModellVerstoss(violation, "Onlinedienst " + d.id() + " zweimal mit verschiedenen Namen",
                        () -> Nachnutzungsuebersicht.builder().from(u).build(),
                        () -> Nachnutzungsuebersicht.builder().from(u).addOnlinedienste(doppelt).build());
            }
            case UNKNOWN_NACHNUTZUNGSSTATUS: {
                NachnutzungsStatus s = beispiele.nachnutzung().nachnutzungsStatus();
                String gut = z.eines(new String[] {s.bezeichnung(), s.bezeichnung().toUpperCase(Locale.ROOT),
                    s.name(), " " + s.bezeichnung() + " ", s.name().toLowerCase(Locale.ROOT).replace('_', '-')});
                String falsch;
                if (z.prozent(60)) {
                    int p = z.zahl(s.bezeichnung().length());
                    falsch = s.bezeichnung().substring(0, p) + s.bezeichnung().substring(p + 1);
                } else {
                    falsch = z.eines(new String[] {"", "-", "ja", "abgelehnt", "in Planung", "teilweise angebunden",
                        "n/a"});
                }
                return new ModellVerstoss(violation, "Status " + quote(falsch) + " statt " + quote(gut),
                        () -> NachnutzungsStatus.parse(gut), () -> NachnutzungsStatus.parse(falsch));
            }
            default:
                throw new IllegalArgumentException("no entity of this library version enforces " + violation
                        + "; examples exist for " + MODELL_VIOLATIONEN);
        }
    }

    private ModellVerstoss leererText() {
        String leer = z.eines(new String[] {"", " ", "\t", "  \n"});
        String wie = "leerer Name " + quote(leer);
        switch (z.zahl(6)) {
            case 0: {
                Lebenslage l = beispiele.katalog().lebenslage();
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, wie + " einer Lebenslage",
                        () -> Lebenslage.of(l.bezeichnung(), l.themenfeld()),
                        () -> Lebenslage.of(leer, l.themenfeld()));
            }
            case 1: {
                LeikaLeistung l = beispiele.katalog().leikaLeistung();
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, wie + " einer LeiKa-Leistung",
                        () -> LeikaLeistung.builder().from(l).build(),
                        () -> LeikaLeistung.builder().from(l).bezeichnung(leer).build());
            }
            case 2: {
                OzgLeistung l = beispiele.katalog().ozgLeistung();
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, wie + " einer OZG-Leistung",
                        () -> OzgLeistung.builder().from(l).build(),
                        () -> OzgLeistung.builder().from(l).bezeichnung(leer).build());
            }
            case 3: {
                Onlinedienst d = beispiele.nachnutzung().onlinedienst();
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, wie + " eines Onlinedienstes",
                        () -> Onlinedienst.builder().from(d).build(),
                        () -> Onlinedienst.builder().from(d).bezeichnung(leer).build());
            }
            case 4: {
                Nachnutzungseintrag e = beispiele.nachnutzung().nachnutzungseintrag();
                String ressort = Namen.landesressort(beispiele.kennungen().bundesland(), beispiele.kennungen().themenfeld());
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, "leeres Landesressort "
                        + quote(leer) + " eines Nachnutzungseintrags",
                        () -> Nachnutzungseintrag.builder().from(e).landesressort(ressort).build(),
                        () -> Nachnutzungseintrag.builder().from(e).landesressort(leer).build());
            }
            default: {
                Gebiet g = beispiele.gebiete().gebiet();
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, wie + " eines Gebiets",
                        () -> Gebiet.builder().from(g).build(),
                        () -> Gebiet.builder().from(g).name(leer).build());
            }
        }
    }

    private ModellVerstoss ausserhalb() {
        if (z.prozent(50)) {
            Gebiet g = beispiele.gebiete().gebiet(z.eines(new ArsEbene[] {ArsEbene.LAND, ArsEbene.KREIS, ArsEbene.GEMEINDE}));
            long n = beispiele.gebiete().einwohner();
            return new ModellVerstoss(ModellViolation.OUT_OF_RANGE, "negative Bevölkerung -" + n + " eines Gebiets",
                    () -> Gebiet.builder().from(g).bevoelkerung(n).build(),
                    () -> Gebiet.builder().from(g).bevoelkerung(-n).build());
        }
        int von = z.zahl(0, 10_000);
        int bis = von + z.zahl(0, 500);
        if (z.prozent(50)) {
            int falsch = -z.zahl(1, 100);
            return new ModellVerstoss(ModellViolation.OUT_OF_RANGE, "Gemeindebereich beginnt bei " + falsch,
                    () -> new Gebietsverzeichnis.Bereich(von, bis), () -> new Gebietsverzeichnis.Bereich(falsch, bis));
        }
        int falsch = von - z.zahl(1, 100);
        return new ModellVerstoss(ModellViolation.OUT_OF_RANGE, "Gemeindebereich endet vor seinem Anfang",
                () -> new Gebietsverzeichnis.Bereich(von, bis), () -> new Gebietsverzeichnis.Bereich(von, falsch));
    }

    /** An overview of two to five bundles with at least one Onlinedienst. */
    private Nachnutzungsuebersicht kleineUebersicht() {
        OzgKatalog katalog = beispiele.katalog().katalog(z.zahl(2, 5));
        return beispiele.nachnutzung().nachnutzungsuebersicht(beispiele.kennungen().bundesland(), katalog,
                beispiele.nachnutzung().onlinedienste(katalog, z.zahl(1, katalog.leistungen().size())));
    }

    private String einfuegen(String text, String zeichen) {
        int p = z.zahl(0, text.length());
        return text.substring(0, p) + zeichen + text.substring(p);
    }

    // --- broken Bean Validation rules -------------------------------------------------------

    /**
     * The class-level Bean Validation constraints of {@link Onlinedienst} – rules, not invariants,
     * which {@link #onlinedienstVerstoss(Class)} gives examples for.
     *
     * @return {@code KeineEigenNachnutzung}, {@code EinheitlichesReifegradModell},
     *         {@code OzgKonformBelegt}
     */
    public static List<Class<? extends Annotation>> onlinedienstConstraints() {
        return ONLINEDIENST_CONSTRAINTS;
    }

    /**
     * One example per constraint of {@link #onlinedienstConstraints()}, in that order.
     *
     * @return an unmodifiable list
     */
    public List<OnlinedienstVerstoss> onlinedienstVerstoesse() {
        List<OnlinedienstVerstoss> liste = new ArrayList<>();
        for (Class<? extends Annotation> c : ONLINEDIENST_CONSTRAINTS) {
            liste.add(onlinedienstVerstoss(c));
        }
        return Collections.unmodifiableList(liste);
    }

    /**
     * A random valid Onlinedienst and the same service with one change that breaks exactly the
     * given constraint: its developing Land inserted among its Nachnutzer
     * ({@code KeineEigenNachnutzung}); a target Reifegrad of the other model
     * ({@code EinheitlichesReifegradModell}); "OZG-konform" reported at a model 1.x level below 3
     * or without any Reifegrad ({@code OzgKonformBelegt}).
     *
     * @param constraint one of {@link #onlinedienstConstraints()}
     * @return the example
     * @throws IllegalArgumentException for another annotation
     */
    public OnlinedienstVerstoss onlinedienstVerstoss(Class<? extends Annotation> constraint) {
        if (constraint == KeineEigenNachnutzung.class) {
            Onlinedienst d = beispiele.nachnutzung().dienst(beispiele.kennungen().nachnutzungsmodell(), true, Set.of(beispiele.kennungen().leistungsschluessel()), Set.of(),
                    new HashSet<>());
            Bundesland land = d.entwickelndesLand().orElseThrow();
            List<Nachnutzung> liste = new ArrayList<>(d.nachnutzungen());
            int i = z.zahl(0, liste.size());
            liste.add(i, beispiele.nachnutzung().nachnutzung(Ars.of(land)));
            return new OnlinedienstVerstoss(constraint, land.bezeichnung() + " als Nachnutzer seiner eigenen Entwicklung "
                    + d.id(), "nachnutzungen[" + i + "].nachnutzer", d,
                    Onlinedienst.builder().from(d).nachnutzungen(liste).build());
        }
        if (constraint == EinheitlichesReifegradModell.class) {
            Onlinedienst d = beispiele.nachnutzung().onlinedienst();
            Reifegrad ist = d.reifegrad().orElseGet(beispiele.kennungen()::reifegrad);
            ReifegradModell anderes = ist.modell() == ReifegradModell.V1 ? ReifegradModell.V2 : ReifegradModell.V1;
            Reifegrad ziel = d.zielReifegrad().filter(r -> r.modell() == ist.modell() && r.stufe() >= ist.stufe())
                    .orElseGet(() -> Reifegrad.of(ist.modell(), z.zahl(ist.stufe(), ist.modell().maxStufe())));
            Reifegrad fremd = beispiele.kennungen().reifegrad(anderes);
            Onlinedienst gueltig = Onlinedienst.builder().from(d).reifegrad(ist).zielReifegrad(ziel).build();
            return new OnlinedienstVerstoss(constraint, "Reifegrad " + ist + ", Ziel " + fremd + " eines anderen Modells",
                    "zielReifegrad", gueltig, Onlinedienst.builder().from(gueltig).zielReifegrad(fremd).build());
        }
        if (constraint == OzgKonformBelegt.class) {
            Onlinedienst d = beispiele.nachnutzung().onlinedienst();
            Onlinedienst gueltig;
            String wie;
            if (z.prozent(50)) {
                ReifegradModell v1 = ReifegradModell.V1;
                Reifegrad niedrig = Reifegrad.of(v1, z.zahl(v1.minStufe(), v1.ozgKonformAb().orElseThrow().stufe() - 1));
                gueltig = Onlinedienst.builder().from(d).reifegrad(niedrig)
                        .zielReifegrad(d.zielReifegrad().filter(r -> r.modell() == v1))
                        .isOzgKonformGemeldet(false).build();
                wie = "als OZG-konform gemeldet, aber nur Reifegrad " + niedrig;
            } else {
                gueltig = Onlinedienst.builder().from(d).reifegrad(Optional.empty()).isOzgKonformGemeldet(false)
                        .build();
                wie = "als OZG-konform gemeldet, aber ohne Reifegrad";
            }
            return new OnlinedienstVerstoss(constraint, wie, "ozgKonformGemeldet", gueltig,
                    Onlinedienst.builder().from(gueltig).isOzgKonformGemeldet(true).build());
        }
        throw new IllegalArgumentException("no example for " + (constraint == null ? null : "@"
                + constraint.getSimpleName()) + "; examples exist for " + ONLINEDIENST_CONSTRAINTS.stream()
                        .map(c -> "@" + c.getSimpleName()).collect(Collectors.joining(", ")));
    }

    /**
     * Just the invalid service of {@link #onlinedienstVerstoss(Class)}.
     *
     * @param constraint one of {@link #onlinedienstConstraints()}
     * @return a service that breaks exactly that constraint, once
     */
    public Onlinedienst onlinedienstMitVerstoss(Class<? extends Annotation> constraint) {
        return onlinedienstVerstoss(constraint).ungueltig();
    }
}
