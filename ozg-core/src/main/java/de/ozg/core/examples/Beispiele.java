package de.ozg.core.examples;

import de.ozg.core.id.Aenderung;
import de.ozg.core.id.AenderungsArt;
import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.FimArt;
import de.ozg.core.id.FimId;
import de.ozg.core.id.IdFormatViolation;
import de.ozg.core.id.IdTyp;
import de.ozg.core.id.LeikaTyp;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
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
import de.ozg.core.model.Programm;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import de.ozg.core.model.EinheitlichesReifegradModell;
import de.ozg.core.model.KeineEigenNachnutzung;
import de.ozg.core.model.OzgKonformBelegt;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Deterministic example values of every identifier, reference value and entity of the library,
 * for downstream test suites – in the spirit of libphonenumber's example numbers, but drawn at
 * random from the real structure: OZG-IDs mostly in 10000–10999, LeiKa keys of all three
 * LeiKa-Typen with Bund prefix {@code 99} and some regional ones, ARS and AGS of every level and
 * all 16 Länder (Regierungsbezirke only where the Land has them), catalogues over all Themenfelder
 * with unique keys, Gebietsverzeichnisse with Kreise, Gemeindeverbände and Gemeinden, status
 * rows with dashboard-like shares, and the reuse side of EfA: Onlinedienste with their
 * Nachnutzungen and Länder's Nachnutzungsübersichten. Every valid value satisfies the invariants of
 * its type and, for Onlinedienste, every Bean Validation constraint of
 * {@code de.ozg.core.validation.constraints}; the {@code ungueltig…}, {@code reparierbar…},
 * {@code modellVerstoss…} and {@code onlinedienstVerstoss…} methods give values that break exactly
 * one rule.
 *
 * <pre>{@code
 * Beispiele beispiele = Beispiele.ofSeed(42);
 * OzgKatalog katalog = beispiele.katalog(50);
 * }</pre>
 *
 * <p><b>Determinism.</b> With the same library version, the same seed gives the same sequence of
 * values, on every JDK: {@link #ofSeed(long)} uses {@link SplittableRandom}, whose algorithm
 * (SplitMix64) is specified, and all drawing goes through {@link RandomGenerator#nextLong()} only,
 * never through the JDK's bounded helpers. A new library version may change the sequence (new
 * fields, better shares); pin the version when tests compare against stored values. With
 * {@link #of(RandomGenerator)} the sequence is as stable as the generator passed in: prefer named
 * algorithms such as {@code RandomGeneratorFactory.of("L64X128MixRandom").create(seed)} over
 * {@code RandomGenerator.getDefault()}, whose algorithm may change between JDKs.
 *
 * <p><b>Not thread-safe.</b> A {@code Beispiele} advances its generator with every call, like the
 * generator itself; give each thread (and each property-test sample) its own instance. The order of
 * calls matters: inserting a call changes all later values. The values it returns are immutable and
 * thread-safe; so are the streams of {@link #umsetzungsstaende(OzgKatalog, Gebietsverzeichnis,
 * LocalDate)}, which take a seed when they are created and then run independently.
 *
 * <p>The library wraps no test framework: a jqwik arbitrary, a QuickTheories {@code Gen} or a plain
 * JUnit loop maps a seed to {@code Beispiele.ofSeed(seed).x()}. Each entity type is one method
 * here, built from the identifier and reference methods, so a further entity is one more method of
 * that kind; an invariant it enforces becomes one more case of
 * {@link #modellVerstoss(ModellViolation)} and one more entry of {@link #modellViolationen()}.
 */
public final class Beispiele {

    private static final LocalDate FRUEHESTER_STAND = LocalDate.of(2019, 1, 1);
    private static final int STAND_TAGE = (int) ChronoUnit.DAYS.between(FRUEHESTER_STAND, LocalDate.of(2026, 1, 1));
    private static final int MAX_KATALOG = 1000;
    private static final long LAND = 10_000_000_000L;
    private static final long RB = 1_000_000_000L;
    private static final long KREIS = 10_000_000L;
    private static final long GV = 1000L;

    /**
     * Every invariant but {@code DATE_ORDER}: no entity of this version compares two of its dates,
     * so no build can break it.
     */
    private static final Set<ModellViolation> MODELL_VIOLATIONEN = Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(ModellViolation.DATE_ORDER)));

    private static final List<Class<? extends Annotation>> ONLINEDIENST_CONSTRAINTS = List.of(
            KeineEigenNachnutzung.class, EinheitlichesReifegradModell.class, OzgKonformBelegt.class);

    private final Zufall z;

    private Beispiele(RandomGenerator generator) {
        this.z = new Zufall(generator);
    }

    /**
     * Examples from a {@link SplittableRandom} with the given seed: the same seed gives the same
     * values with the same library version, on every JDK.
     *
     * @param seed the seed
     * @return a fresh, not thread-safe instance
     */
    public static Beispiele ofSeed(long seed) {
        return new Beispiele(new SplittableRandom(seed));
    }

    /**
     * Examples drawn from the given generator, which this instance advances (and shares with any
     * other user of it). Only {@link RandomGenerator#nextLong()} is called.
     *
     * @param generator the generator
     * @return a fresh, not thread-safe instance
     */
    public static Beispiele of(RandomGenerator generator) {
        return new Beispiele(generator);
    }

    /**
     * {@code n} values of one kind, such as {@code beispiele.liste(1000, Beispiele::ars)}.
     *
     * @param <T>      the value type
     * @param n        how many, at least 0
     * @param erzeuger the method that makes one value
     * @return an unmodifiable list
     */
    public <T> List<T> liste(int n, Function<Beispiele, T> erzeuger) {
        pruefeBereich("n", n, 0, Integer.MAX_VALUE);
        List<T> werte = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            werte.add(erzeuger.apply(this));
        }
        return Collections.unmodifiableList(werte);
    }

    // --- reference values --------------------------------------------------------------------

    /** @return one of the 16 Länder, each equally likely */
    public Bundesland bundesland() {
        return z.eines(Bundesland.values());
    }

    /** @return one of the 14 Themenfelder, each equally likely */
    public Themenfeld themenfeld() {
        return z.eines(Themenfeld.values());
    }

    /**
     * One Typisierung code, weighted roughly as in real catalogues: {@code 2/3} most often, then
     * {@code 1}; every one of the 21 codes occurs.
     *
     * @return the code
     */
    public Typisierung typisierung() {
        Typisierung[] t = Typisierung.values();
        // weights in code-list order: 1, 2, 2a, 2b, 3, 3a, 3b, 2/3, 2/3a, 2/3b, 4, 4a, 4b, 5, 6, 7, 8, 9, 10, 11, 12
        return t[z.gewichtet(15, 4, 3, 3, 2, 2, 2, 25, 5, 5, 8, 3, 3, 5, 2, 1, 1, 1, 2, 1, 1)];
    }

    /**
     * The Typisierung cell of a LeiKa service: usually one code, sometimes two or three
     * ({@code "1, 2/3"}), occasionally none (an empty cell).
     *
     * @return an unmodifiable set in code-list order
     */
    public Set<Typisierung> typisierungen() {
        int n = new int[] {0, 1, 2, 3}[z.gewichtet(5, 75, 17, 3)];
        EnumSet<Typisierung> menge = EnumSet.noneOf(Typisierung.class);
        while (menge.size() < n) {
            menge.add(typisierung());
        }
        return Collections.unmodifiableSet(menge);
    }

    /** @return a Reifegrad of model V1 (mostly) or V2 */
    public Reifegrad reifegrad() {
        return reifegrad(z.prozent(80) ? ReifegradModell.V1 : ReifegradModell.V2);
    }

    /**
     * @param modell the model
     * @return a level of that model, each equally likely
     */
    public Reifegrad reifegrad(ReifegradModell modell) {
        return z.eines(modell.stufen());
    }

    /** @return a Nachnutzungsmodell, EfA most often */
    public Nachnutzungsmodell nachnutzungsmodell() {
        return Nachnutzungsmodell.values()[z.gewichtet(60, 25, 15)];
    }

    /** @return a Priorisierung, each equally likely */
    public Priorisierung priorisierung() {
        return z.eines(Priorisierung.values());
    }

    /** @return a Flächendeckung class, each equally likely */
    public Flaechendeckung flaechendeckung() {
        return z.eines(Flaechendeckung.values());
    }

    /** @return a LeiKa-Typ, {@code lov} most often */
    public LeikaTyp leikaTyp() {
        return LeikaTyp.values()[z.gewichtet(20, 65, 15)];
    }

    /** @return a FIM building-block kind, each equally likely */
    public FimArt fimArt() {
        return z.eines(FimArt.values());
    }

    /** @return an ARS level, Gemeinde most often, Bund rarely */
    public ArsEbene arsEbene() {
        return ArsEbene.values()[z.gewichtet(2, 8, 5, 20, 15, 50)];
    }

    // --- identifiers -------------------------------------------------------------------------

    /**
     * An OZG-ID, in 95 % of the draws in the usual range 10000–10999, else anywhere in 00000–99999
     * (well-formed but suspicious).
     *
     * @return the OZG-ID
     */
    public OzgId ozgId() {
        return OzgId.of(z.prozent(95) ? 10_000 + z.zahl(1000) : z.zahl(100_000));
    }

    /** @return a Leistungsschlüssel of a random LeiKa-Typ, Bund prefix {@code 99} in 85 % of the draws */
    public Leistungsschluessel leistungsschluessel() {
        return leistungsschluessel(leikaTyp());
    }

    /**
     * A Leistungsschlüssel of the given LeiKa-Typ: Bund prefix {@code 99} in 85 % of the draws, else
     * a regional key (the generator uses a Land code 01–16 as prefix).
     *
     * @param typ the LeiKa-Typ the key must have
     * @return the key
     */
    public Leistungsschluessel leistungsschluessel(LeikaTyp typ) {
        Objects.requireNonNull(typ, "typ");
        long lo = leistungsobjekt();
        switch (typ) {
            case LO: return schluessel(lo, 0, 0);
            case LOV: return schluessel(lo, z.zahl(1, 120), 0);
            default: return schluessel(lo, z.zahl(1, 120), z.zahl(1, 20));
        }
    }

    private long leistungsobjekt() {
        long praefix = z.prozent(85) ? 99 : z.zahl(1, 16);
        return praefix * 1_000_000L + z.zahl(1, 150) * 1000L + z.zahl(1, 999);
    }

    private static Leistungsschluessel schluessel(long leistungsobjekt, int verrichtung, int detail) {
        return Leistungsschluessel.of(leistungsobjekt * 1_000_000L + verrichtung * 1000L + detail);
    }

    /** @return an ARS of a random level (see {@link #arsEbene()}) */
    public Ars ars() {
        return ars(arsEbene());
    }

    /**
     * An ARS whose {@link Ars#ebene()} is the given level: {@link Ars#BUND} for the Bund, else a key
     * of a random Land – for Regierungsbezirke one of the Länder that have them.
     *
     * @param ebene the level
     * @return the key
     */
    public Ars ars(ArsEbene ebene) {
        switch (ebene) {
            case BUND:
                return Ars.BUND;
            case REGIERUNGSBEZIRK:
                return ars(z.eines(new Bundesland[] {Bundesland.NIEDERSACHSEN, Bundesland.NORDRHEIN_WESTFALEN,
                    Bundesland.HESSEN, Bundesland.RHEINLAND_PFALZ, Bundesland.BADEN_WUERTTEMBERG, Bundesland.BAYERN,
                    Bundesland.SACHSEN}), ebene);
            default:
                return ars(bundesland(), ebene);
        }
    }

    /**
     * An ARS in the given Land whose {@link Ars#ebene()} is the given level. The Regierungsbezirk
     * digit follows the Land's real Regierungsbezirke (NI, NW, HE, RP, BW, BY, SN) and is 0
     * elsewhere – except for level {@code REGIERUNGSBEZIRK} itself, which always gets a digit: the
     * key is well-formed, whether it exists is a question for a Gebietsverzeichnis. Kreise are
     * kreisfreie Städte (01–20) or Landkreise (51–99); Gemeinden lie in a Gemeindeverband
     * (5001–5099) or are verbandsfrei (Gemeindeverband digits {@code 0} + Gemeinde number), as in
     * the Destatis directory.
     *
     * @param land  the Land
     * @param ebene the level, not {@code BUND}
     * @return the key
     * @throws IllegalArgumentException for {@code BUND}
     */
    public Ars ars(Bundesland land, ArsEbene ebene) {
        Objects.requireNonNull(land, "land");
        if (ebene == ArsEbene.BUND) {
            throw new IllegalArgumentException("the Bund key belongs to no Land; use ars(ArsEbene.BUND)");
        }
        long key = land.nummer() * LAND;
        if (ebene == ArsEbene.LAND) {
            return Ars.of(key);
        }
        int[] rbs = regierungsbezirke(land);
        int rb = rbs.length == 0 ? 0 : rbs[z.zahl(rbs.length)];
        if (ebene == ArsEbene.REGIERUNGSBEZIRK) {
            return Ars.of(key + (rb == 0 ? z.zahl(1, 9) : rb) * RB);
        }
        key += rb * RB + (z.prozent(40) ? z.zahl(1, 20) : z.zahl(51, 99)) * KREIS;
        if (ebene == ArsEbene.KREIS) {
            return Ars.of(key);
        }
        if (ebene == ArsEbene.GEMEINDEVERBAND) {
            return Ars.of(key + (z.prozent(50) ? z.zahl(5001, 5099) : z.zahl(1, 999)) * GV);
        }
        int gemeinde = z.zahl(1, 999);
        return Ars.of(key + (z.prozent(50) ? z.zahl(5001, 5099) : gemeinde) * GV + gemeinde);
    }

    /**
     * The Regierungsbezirk digits of the Länder whose keys carry one, as in the Destatis
     * Gemeindeverzeichnis (Gebietsstand 31.12.2020): the Regierungsbezirke of NW, HE, BW and BY and
     * the former ones of NI, RP and SN, which live on as statistical regions.
     */
    private static int[] regierungsbezirke(Bundesland land) {
        switch (land) {
            case NIEDERSACHSEN: return new int[] {1, 2, 3, 4};
            case NORDRHEIN_WESTFALEN: return new int[] {1, 3, 5, 7, 9};
            case HESSEN: return new int[] {4, 5, 6};
            case RHEINLAND_PFALZ: return new int[] {1, 2, 3};
            case BADEN_WUERTTEMBERG: return new int[] {1, 2, 3, 4};
            case BAYERN: return new int[] {1, 2, 3, 4, 5, 6, 7};
            case SACHSEN: return new int[] {5, 6, 7};
            default: return new int[0];
        }
    }

    /** @return an AGS of level Land, Regierungsbezirk, Kreis or (mostly) Gemeinde */
    public Ags ags() {
        return ags(new ArsEbene[] {ArsEbene.LAND, ArsEbene.REGIERUNGSBEZIRK, ArsEbene.KREIS,
            ArsEbene.GEMEINDE}[z.gewichtet(10, 5, 25, 60)]);
    }

    /**
     * An AGS whose {@link Ags#ebene()} is the given level.
     *
     * @param ebene {@code LAND}, {@code REGIERUNGSBEZIRK}, {@code KREIS} or {@code GEMEINDE}
     * @return the key
     * @throws IllegalArgumentException for {@code BUND} and {@code GEMEINDEVERBAND}, which have no AGS
     */
    public Ags ags(ArsEbene ebene) {
        if (ebene == ArsEbene.BUND || ebene == ArsEbene.GEMEINDEVERBAND) {
            throw new IllegalArgumentException("there is no AGS of level " + ebene);
        }
        return ars(ebene).toAgs().orElseThrow();
    }

    /** @return a FIM-ID of a random kind, with a version in 60 % of the draws */
    public FimId fimId() {
        return fimId(fimArt());
    }

    /**
     * @param art the kind
     * @return a FIM-ID of that kind, with a version ({@code 1}, {@code 1.2} or {@code 2.0.3}) in 60 %
     *         of the draws
     */
    public FimId fimId(FimArt art) {
        int nummer = z.prozent(50) ? z.zahl(1, 99_999) : 60_000_000 + z.zahl(0, 99_999);
        FimId id = FimId.of(art, nummer);
        if (!z.prozent(60)) {
            return id;
        }
        int teile = 1 + z.gewichtet(20, 70, 10);
        StringJoiner version = new StringJoiner(".");
        version.add(String.valueOf(z.zahl(1, 3)));
        for (int i = 1; i < teile; i++) {
            version.add(String.valueOf(z.zahl(0, 12)));
        }
        return id.withVersion(version.toString());
    }

    // --- entities ----------------------------------------------------------------------------

    /** @return a Lebens- or Unternehmenslage of a random Themenfeld */
    public Lebenslage lebenslage() {
        return lebenslage(themenfeld());
    }

    /**
     * @param themenfeld the Themenfeld
     * @return a Lage of it; its type is known for most names and open for some, consistently per name
     */
    public Lebenslage lebenslage(Themenfeld themenfeld) {
        Namen.Lage lage = z.eines(Namen.lagen(themenfeld));
        return lage.typ() == null ? Lebenslage.of(lage.name(), themenfeld)
                : Lebenslage.of(lage.name(), themenfeld, lage.typ());
    }

    /** @return a LeiKa service with a key */
    public LeikaLeistung leikaLeistung() {
        return leikaLeistung(leistungsname(), leistungsschluessel(), typisierungen());
    }

    /** @return a LeiKa service "nicht im LeiKa": without key */
    public LeikaLeistung leikaLeistungOhneSchluessel() {
        return leikaLeistung(leistungsname(), null, typisierungen());
    }

    private LeikaLeistung leikaLeistung(String stamm, Leistungsschluessel key, Set<Typisierung> typ) {
        LeikaLeistung.Builder b = LeikaLeistung.builder();
        String name;
        if (key == null) {
            name = stamm + " " + z.eines(Namen.VERRICHTUNG);
        } else {
            b.schluessel(key);
            name = stamm;
            if (key.verrichtung() != 0) {
                name += " " + Namen.VERRICHTUNG[key.verrichtung() % Namen.VERRICHTUNG.length];
            }
            if (key.verrichtungsdetail() != 0) {
                name += " " + Namen.VERRICHTUNGSDETAIL[key.verrichtungsdetail() % Namen.VERRICHTUNGSDETAIL.length];
            }
        }
        String kuerzel = stamm.substring(0, Math.min(3, stamm.length())).toUpperCase(Locale.ROOT) + "G";
        if (z.prozent(60)) {
            b.rechtsgrundlage("§ " + z.zahl(1, 120) + " " + kuerzel);
        }
        if (z.prozent(60)) {
            b.gesetze(stamm + "gesetz").gesetzeskuerzel(kuerzel);
        }
        return b.bezeichnung(name).typisierung(typ).sdg1(z.prozent(10)).sdg2(z.prozent(5)).build();
    }

    private String leistungsname() {
        return z.eines(Namen.LEISTUNG_STAMM) + z.eines(Namen.LEISTUNG_ENDUNG);
    }

    /** @return an OZG-Leistung of a random Themenfeld (see {@link #ozgLeistung(Themenfeld)}) */
    public OzgLeistung ozgLeistung() {
        return ozgLeistung(themenfeld());
    }

    /**
     * A bundle of one to three Leistungsobjekte with one to four services each (all keys distinct,
     * keys of one Leistungsobjekt sharing their first eight digits), sometimes with a service "nicht
     * im LeiKa"; programme Bund when every service is purely Typ 1, else föderal, sometimes unknown.
     *
     * @param themenfeld the Themenfeld
     * @return the bundle
     */
    public OzgLeistung ozgLeistung(Themenfeld themenfeld) {
        return ozgLeistung(ozgId(), themenfeld, new HashSet<>());
    }

    private OzgLeistung ozgLeistung(OzgId id, Themenfeld themenfeld, Set<Long> vergebeneObjekte) {
        String name = leistungsname();
        Set<Typisierung> basis = typisierungen();
        List<LeikaLeistung> leistungen = new ArrayList<>();
        int objekte = z.prozent(75) ? 1 : z.zahl(2, 3);
        for (int o = 0; o < objekte; o++) {
            long lo = leistungsobjekt();
            while (!vergebeneObjekte.add(lo)) {
                lo = leistungsobjekt();
            }
            String stamm = o == 0 ? name : leistungsname();
            int n = z.zahl(1, 4);
            int start = z.zahl(1, 60);
            int schritt = z.zahl(1, 5);
            for (int i = 0; i < n; i++) {
                Leistungsschluessel key;
                if (i == 0 && z.prozent(25)) {
                    key = schluessel(lo, 0, 0);
                } else {
                    key = schluessel(lo, start + i * schritt, z.prozent(15) ? z.zahl(1, 20) : 0);
                }
                leistungen.add(leikaLeistung(stamm, key, z.prozent(80) ? basis : typisierungen()));
            }
        }
        if (z.prozent(8)) {
            leistungen.add(leikaLeistung(name, null, basis));
        }
        OzgLeistung.Builder b = OzgLeistung.builder().ozgId(id).bezeichnung(name).themenfeld(themenfeld)
                .lebenslage(lebenslage(themenfeld)).leistungen(leistungen);
        if (z.prozent(90)) {
            boolean nurBund = leistungen.stream().allMatch(l -> l.typisierung().equals(Set.of(Typisierung.TYP_1)));
            b.programm(nurBund ? Programm.BUND : Programm.FOEDERAL);
        }
        return b.build();
    }

    /**
     * A catalogue of {@code n} bundles with distinct OZG-IDs in 10000–10999 and distinct LeiKa keys;
     * with 14 or more bundles every Themenfeld has at least one.
     *
     * @param n the number of bundles, 1 to 1000
     * @return the catalogue
     * @throws IllegalArgumentException outside 1 to 1000
     */
    public OzgKatalog katalog(int n) {
        pruefeBereich("n", n, 1, MAX_KATALOG);
        int[] ids = new int[MAX_KATALOG];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 10_000 + i;
        }
        Themenfeld[] felder = Themenfeld.values();
        Set<Long> vergebeneObjekte = new HashSet<>();
        List<OzgLeistung> leistungen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int j = i + z.zahl(ids.length - i);
            int id = ids[j];
            ids[j] = ids[i];
            Themenfeld feld = n >= felder.length && i < felder.length ? felder[i] : themenfeld();
            leistungen.add(ozgLeistung(OzgId.of(id), feld, vergebeneObjekte));
        }
        LocalDate stand = datum();
        OzgKatalog.Builder b = OzgKatalog.builder().stand(stand).addAllLeistungen(leistungen);
        if (z.prozent(50)) {
            b.version(String.format(Locale.ROOT, "%d-%02d", stand.getYear(), stand.getMonthValue()));
        }
        return b.build();
    }

    /** @return a date from 2019-01-01 to 2025-12-31, each equally likely */
    public LocalDate datum() {
        return FRUEHESTER_STAND.plusDays(z.zahl(STAND_TAGE));
    }

    /** @return a Gebiet of a random level other than the Bund */
    public Gebiet gebiet() {
        ArsEbene e = arsEbene();
        return gebiet(e == ArsEbene.BUND ? ArsEbene.GEMEINDE : e);
    }

    /**
     * A single Gebiet of the given level with an invented name, its AGS (for the levels that have
     * one) in most draws, a Destatis Textkennzeichen and a population in some.
     *
     * @param ebene the level, not {@code BUND}
     * @return the Gebiet
     */
    public Gebiet gebiet(ArsEbene ebene) {
        Bundesland land = bundesland();
        if (ebene == ArsEbene.REGIERUNGSBEZIRK) {
            land = z.eines(new Bundesland[] {Bundesland.NORDRHEIN_WESTFALEN, Bundesland.HESSEN,
                Bundesland.BADEN_WUERTTEMBERG, Bundesland.BAYERN});
        }
        Ars ars = ars(land, ebene);
        String name;
        String tk = null;
        switch (ebene) {
            case LAND:
                name = land.bezeichnung();
                break;
            case REGIERUNGSBEZIRK:
                name = "Regierungsbezirk " + ort();
                break;
            case KREIS:
                boolean kreisfrei = ars.longValue() / KREIS % 100 < 51;
                name = kreisfrei ? ort() + ", Stadt" : "Landkreis " + ort();
                tk = kreisfrei ? "41" : "44";
                break;
            case GEMEINDEVERBAND:
                Verband v = verband(land);
                boolean verbandsfrei = v == null || ars.longValue() / GV % 10_000 < 5000;
                name = verbandsfrei ? ort() : v.wort + " " + ort();
                tk = verbandsfrei ? "50" : v.textkennzeichen;
                break;
            default:
                name = ort();
                tk = z.prozent(20) ? "63" : "64";
        }
        Gebiet.Builder b = Gebiet.builder().ars(ars).ebene(ebene).name(name);
        if (ebene != ArsEbene.GEMEINDEVERBAND && z.prozent(80)) {
            b.ags(ars.toAgs());
        }
        if (tk != null && z.prozent(70)) {
            b.textkennzeichen(tk);
        }
        if (ebene != ArsEbene.GEMEINDEVERBAND && z.prozent(70)) {
            b.bevoelkerung(einwohner());
        }
        return b.build();
    }

    private String ort() {
        String ort = z.eines(Namen.ORT_STAMM) + z.eines(Namen.ORT_ENDUNG);
        return z.prozent(20) ? z.eines(Namen.ORT_ZUSATZ) + " " + ort : ort;
    }

    private long einwohner() {
        // roughly log-uniform from 200 to 400,000: many small Gemeinden, few large ones
        return (200L << z.zahl(0, 10)) * (100 + z.zahl(0, 99)) / 100;
    }

    /** The kind of Gemeindeverband a Land uses, with its Destatis Textkennzeichen. */
    private static final class Verband {
        final String textkennzeichen;
        final String wort;

        Verband(String textkennzeichen, String wort) {
            this.textkennzeichen = textkennzeichen;
            this.wort = wort;
        }
    }

    private static Verband verband(Bundesland land) {
        switch (land) {
            case SCHLESWIG_HOLSTEIN:
            case MECKLENBURG_VORPOMMERN:
            case BRANDENBURG:
                return new Verband("51", "Amt");
            case NIEDERSACHSEN:
                return new Verband("52", "Samtgemeinde");
            case RHEINLAND_PFALZ:
            case SACHSEN_ANHALT:
                return new Verband("53", "Verbandsgemeinde");
            case BAYERN:
            case SACHSEN:
            case THUERINGEN:
                return new Verband("54", "Verwaltungsgemeinschaft");
            case BADEN_WUERTTEMBERG:
                return new Verband("56", "Gemeindeverwaltungsverband");
            default:
                return null;
        }
    }

    /**
     * A small Gebietsverzeichnis: 4 Kreise per Flächenland with 8 Gemeinden per Landkreis (see
     * {@link #gebietsverzeichnis(int, int)}), about 400 Gemeinden.
     *
     * @return the directory
     */
    public Gebietsverzeichnis gebietsverzeichnis() {
        return gebietsverzeichnis(4, 8);
    }

    /**
     * A generated territorial hierarchy with the shape of the Destatis directory: all 16 Länder;
     * Regierungsbezirke in NI, NW, HE, RP, BW, BY and SN; Hamburg and Berlin as one city that is Kreis,
     * Gemeindeverband and Gemeinde under the Land key, Bremen as two kreisfreie Städte; in the
     * 13 Flächenländer {@code kreiseProLand} Kreise, about a quarter of them kreisfreie Städte
     * (Kreis, Gemeindeverband and Gemeinde under one key), the others Landkreise with
     * {@code gemeindenProKreis} Gemeinden – verbandsfrei (their own Gemeindeverband) or grouped
     * into Ämter, Samtgemeinden, Verbandsgemeinden or Verwaltungsgemeinschaften as the Land has
     * them. About one Landkreis in six of the Länder that have them in reality (NI, HE, RP, BW, BY
     * and the coastal SH, MV, SL: Destatis, 210 gemeindefreie Gebiete at the Gebietsstand
     * 31.12.2020) also holds one or two gemeindefreie Gebiete (Textkennzeichen 65 or 66, a forest or a
     * lake with Gemeindeverband digits 9451…, as Destatis keys them): Gemeinde-level Gebiete that
     * are no Kommunen, beyond {@code gemeindenProKreis}. Every ARS and AGS is consistent with its
     * parents; populations add up from the Gemeinden.
     *
     * <p>The size is about {@code 13 × kreiseProLand × 0.75 × gemeindenProKreis} Gemeinden: (4, 8)
     * gives some 300, (30, 25) some 7,500 – close to the real 10,800 with (30, 35).
     *
     * @param kreiseProLand     Kreise per Flächenland, 1 to 49
     * @param gemeindenProKreis Gemeinden per Landkreis, 1 to 999
     * @return the directory
     * @throws IllegalArgumentException outside these bounds
     */
    public Gebietsverzeichnis gebietsverzeichnis(int kreiseProLand, int gemeindenProKreis) {
        pruefeBereich("kreiseProLand", kreiseProLand, 1, 49);
        pruefeBereich("gemeindenProKreis", gemeindenProKreis, 1, 999);
        LocalDate stand = datum();
        List<Gebiet> gebiete = new ArrayList<>();
        for (Bundesland land : Bundesland.values()) {
            long landKey = land.nummer() * LAND;
            long einwohner;
            switch (land) {
                case HAMBURG:
                    einwohner = stadt(gebiete, landKey, "Hamburg, Freie und Hansestadt", z.zahl(1_500_000, 2_000_000));
                    break;
                case BERLIN:
                    einwohner = stadt(gebiete, landKey, "Berlin, Stadt", z.zahl(3_000_000, 4_000_000));
                    break;
                case BREMEN:
                    einwohner = stadt(gebiete, landKey + 11 * KREIS, "Bremen, Stadt", z.zahl(400_000, 700_000))
                            + stadt(gebiete, landKey + 12 * KREIS, "Bremerhaven, Stadt", z.zahl(80_000, 150_000));
                    break;
                default:
                    einwohner = flaechenland(gebiete, land, kreiseProLand, gemeindenProKreis);
            }
            gebiete.add(gebiet(Ars.of(land), ArsEbene.LAND, land.bezeichnung(), null, einwohner));
        }
        return Gebietsverzeichnis.of(stand, gebiete);
    }

    private long flaechenland(List<Gebiet> gebiete, Bundesland land, int kreise, int gemeindenProKreis) {
        long landKey = land.nummer() * LAND;
        int[] rbs = regierungsbezirke(land);
        int anzahlRb = Math.max(1, rbs.length);
        long[] rbEinwohner = new long[anzahlRb];
        int[] kreisfreie = new int[anzahlRb];
        int[] landkreise = new int[anzahlRb];
        long summe = 0;
        for (int k = 0; k < kreise; k++) {
            int r = k % anzahlRb;
            long rbKey = landKey + (rbs.length == 0 ? 0 : rbs[r]) * RB;
            long e;
            if (kreise > 1 && z.prozent(25) && kreisfreie[r] < 49) {
                e = stadt(gebiete, rbKey + (++kreisfreie[r]) * KREIS, ort() + ", Stadt", z.zahl(50_000, 600_000));
            } else {
                e = landkreis(gebiete, land, rbKey + (51 + landkreise[r]++) * KREIS, gemeindenProKreis);
            }
            rbEinwohner[r] += e;
            summe += e;
        }
        for (int r = 0; r < rbs.length; r++) {
            gebiete.add(gebiet(Ars.of(landKey + rbs[r] * RB), ArsEbene.REGIERUNGSBEZIRK,
                    "Regierungsbezirk " + ort(), null, rbEinwohner[r]));
        }
        return summe;
    }

    /** A kreisfreie Stadt: Kreis, Gemeindeverband and Gemeinde under one key. */
    private long stadt(List<Gebiet> gebiete, long key, String name, long einwohner) {
        Ars ars = Ars.of(key);
        gebiete.add(gebiet(ars, ArsEbene.KREIS, name, "41", einwohner));
        gebiete.add(gebiet(ars, ArsEbene.GEMEINDEVERBAND, name, "50", -1));
        gebiete.add(gebiet(ars, ArsEbene.GEMEINDE, name, "61", einwohner));
        return einwohner;
    }

    private long landkreis(List<Gebiet> gebiete, Bundesland land, long kreisKey, int anzahl) {
        Verband verband = verband(land);
        long summe = 0;
        int gemeinde = 0;
        int verbaende = 0;
        while (gemeinde < anzahl) {
            int rest = anzahl - gemeinde;
            if (verband != null && rest >= 2 && z.prozent(55)) {
                long gvKey = kreisKey + (5001 + verbaende++) * GV;
                gebiete.add(gebiet(Ars.of(gvKey), ArsEbene.GEMEINDEVERBAND, verband.wort + " " + ort(),
                        verband.textkennzeichen, -1));
                int groesse = Math.min(rest, z.zahl(2, 5));
                for (int i = 0; i < groesse; i++) {
                    summe += gemeinde(gebiete, gvKey + ++gemeinde, ort());
                }
            } else {
                gemeinde++;
                long gvKey = kreisKey + gemeinde * GV;
                String name = ort();
                gebiete.add(gebiet(Ars.of(gvKey), ArsEbene.GEMEINDEVERBAND, name, "50", -1));
                summe += gemeinde(gebiete, gvKey + gemeinde, name);
            }
        }
        if (hatGemeindefreieGebiete(land) && z.prozent(17)) {
            int anzahlFrei = z.zahl(1, 2);
            for (int i = 0; i < anzahlFrei; i++) {
                summe += gemeindefreiesGebiet(gebiete, kreisKey + (9451 + i) * GV + 451 + i);
            }
        }
        gebiete.add(gebiet(Ars.of(kreisKey), ArsEbene.KREIS, "Landkreis " + ort(), "44", summe));
        return summe;
    }

    /** The Länder whose Gemeindeverzeichnis lists gemeindefreie Gebiete (Gebietsstand 31.12.2020). */
    private static boolean hatGemeindefreieGebiete(Bundesland land) {
        switch (land) {
            case SCHLESWIG_HOLSTEIN:
            case NIEDERSACHSEN:
            case HESSEN:
            case RHEINLAND_PFALZ:
            case BADEN_WUERTTEMBERG:
            case BAYERN:
            case SAARLAND:
            case MECKLENBURG_VORPOMMERN:
                return true;
            default:
                return false;
        }
    }

    /**
     * A gemeindefreies Gebiet with its own Gemeindeverband, as Destatis lists it: mostly unbewohnt
     * (Textkennzeichen 66, no inhabitants), rarely bewohnt (65, a few hundred).
     */
    private long gemeindefreiesGebiet(List<Gebiet> gebiete, long key) {
        boolean bewohnt = z.prozent(10);
        String name = ort() + (z.prozent(60) ? "er Forst" : "er See");
        long einwohner = bewohnt ? z.zahl(100, 3000) : 0;
        gebiete.add(gebiet(Ars.of(key / 1000 * 1000), ArsEbene.GEMEINDEVERBAND, name, "50", -1));
        gebiete.add(gebiet(Ars.of(key), ArsEbene.GEMEINDE, name + ", gemfr. Gebiet", bewohnt ? "65" : "66",
                einwohner));
        return einwohner;
    }

    private long gemeinde(List<Gebiet> gebiete, long key, String name) {
        boolean stadt = z.prozent(20);
        long einwohner = einwohner();
        gebiete.add(gebiet(Ars.of(key), ArsEbene.GEMEINDE, stadt ? name + ", Stadt" : name, stadt ? "63" : "64",
                einwohner));
        return einwohner;
    }

    /** A Gebiet of a directory: AGS wherever Destatis gives one (not for Gemeindeverbände). */
    private static Gebiet gebiet(Ars ars, ArsEbene ebene, String name, String textkennzeichen, long einwohner) {
        Gebiet.Builder b = Gebiet.builder().ars(ars).ebene(ebene).name(name);
        if (ebene != ArsEbene.GEMEINDEVERBAND) {
            b.ags(ars.toAgs());
        }
        if (textkennzeichen != null) {
            b.textkennzeichen(textkennzeichen);
        }
        if (einwohner >= 0) {
            b.bevoelkerung(einwohner);
        }
        return b.build();
    }

    // --- status rows -------------------------------------------------------------------------

    /** A keyed LeiKa service of a catalogue with the bundle it is counted for. */
    private record Dienst(Leistungsschluessel schluessel, OzgId ozgId, Set<Typisierung> typisierung) {
        boolean isBundesleistung() {
            return typisierung.contains(Typisierung.TYP_1);
        }
    }

    private record Paar(long schluessel, long ars) {
    }

    private static List<Dienst> dienste(OzgKatalog katalog) {
        Map<Leistungsschluessel, Dienst> dienste = new LinkedHashMap<>();
        for (OzgLeistung o : katalog.leistungen()) {
            for (LeikaLeistung l : o.leistungen()) {
                l.schluessel().ifPresent(k -> dienste.putIfAbsent(k, new Dienst(k, o.ozgId(), l.typisierung())));
            }
        }
        return new ArrayList<>(dienste.values());
    }

    /**
     * One status row of a random key in a random Gebiet, with the shares described at
     * {@link #umsetzungsstaende(OzgKatalog, Gebietsverzeichnis, LocalDate, int)}.
     *
     * @return the row
     */
    public Umsetzungsstand umsetzungsstand() {
        ArsEbene e = arsEbene();
        Dienst d = new Dienst(leistungsschluessel(), ozgId(), typisierungen());
        return zeile(z, d, ars(e), e, datum());
    }

    /**
     * {@code n} status rows at one Stichtag, each for a distinct pair of a keyed LeiKa service of
     * the catalogue and an ARS: about 78 % Gemeinde rows (Kommunen only: a gemeindefreies Gebiet
     * offers no service), 12 % Kreis rows, 7 % Land rows and – for
     * services of Typ 1 – 3 % Bund rows ({@code 000000000000}). Reifegrad mostly of model V1 (levels
     * 0–4, about a third below 2 and so offline), some of V2, some missing; about 5 % of the rows
     * inactive; URLs under {@code .example}; the Flächendeckung class follows the level, or
     * "nicht in Auswertung berücksichtigt" for inactive and offline rows.
     *
     * @param katalog     the catalogue whose keys to use; it needs at least one keyed service
     * @param verzeichnis the Gebiete to use
     * @param stichtag    the Stichtag of every row
     * @param n           the number of rows, at least 0
     * @return an unmodifiable list
     * @throws IllegalArgumentException when {@code n} exceeds half of the distinct (key, Gebiet) pairs
     *                                  of catalogue and directory – for more, use the Stichtag stream
     */
    public List<Umsetzungsstand> umsetzungsstaende(OzgKatalog katalog, Gebietsverzeichnis verzeichnis,
            LocalDate stichtag, int n) {
        pruefeBereich("n", n, 0, Integer.MAX_VALUE);
        Objects.requireNonNull(stichtag, "stichtag");
        List<Dienst> dienste = dienste(katalog);
        if (dienste.isEmpty() && n > 0) {
            throw new IllegalArgumentException("the catalogue has no keyed LeiKa service to report on");
        }
        // a gemeindefreies Gebiet offers no service: Gemeinde rows name Kommunen only
        List<Gebiet> gemeinden = verzeichnis.gemeinden().stream().filter(Gebiet::isKommune).toList();
        List<Gebiet> kreise = verzeichnis.gebiete(ArsEbene.KREIS);
        List<Gebiet> laender = verzeichnis.gebiete(ArsEbene.LAND);
        long moeglich = (long) dienste.size() * (gemeinden.size() + kreise.size() + laender.size())
                + dienste.stream().filter(Dienst::isBundesleistung).count();
        if (n > moeglich / 2) {
            throw new IllegalArgumentException("cannot draw " + n + " distinct rows from " + dienste.size()
                    + " keys and " + verzeichnis.gebiete().size() + " Gebiete: at most half of the " + moeglich
                    + " pairs are drawn");
        }
        Set<Paar> vergeben = new HashSet<>();
        List<Umsetzungsstand> zeilen = new ArrayList<>(n);
        long versuche = 0;
        while (zeilen.size() < n) {
            if (++versuche > 50L * n + 1000) {
                throw new IllegalArgumentException("cannot draw " + n + " distinct rows from " + dienste.size()
                        + " keys and " + verzeichnis.gebiete().size() + " Gebiete, got " + zeilen.size());
            }
            Dienst d = z.eines(dienste);
            int stufe = z.gewichtet(78, 12, 7, 3);
            List<Gebiet> pool = stufe == 0 ? gemeinden : stufe == 1 ? kreise : laender;
            Ars ars;
            ArsEbene ebene;
            if (stufe == 3 && d.isBundesleistung() || pool.isEmpty()) {
                ars = Ars.BUND;
                ebene = ArsEbene.BUND;
            } else {
                Gebiet g = z.eines(pool);
                ars = g.ars();
                ebene = g.ebene();
            }
            if (vergeben.add(new Paar(d.schluessel().longValue(), ars.longValue()))) {
                zeilen.add(zeile(z, d, ars, ebene, stichtag));
            }
        }
        return Collections.unmodifiableList(zeilen);
    }

    /**
     * A whole Stichtag as the dashboard would publish it: for every distinct keyed service of the
     * catalogue, in key order, either one Bund row (for most services of Typ 1) or, per Land, a
     * Land row (about 20 %), rows for about half of the Land's Kreise (15 %), rows for about a third
     * of its Gemeinden (40 %) or nothing (25 %). Row contents as for
     * {@link #umsetzungsstaende(OzgKatalog, Gebietsverzeichnis, LocalDate, int)}; every (key, ARS)
     * pair occurs once.
     *
     * <p>The stream is lazy – a large catalogue over a full directory gives millions of rows in
     * bounded memory. It takes one seed from this instance when called and derives the rows of each
     * service from that seed and the service's position alone, so it is the same when consumed
     * sequentially or in parallel, and later calls on this instance do not change it.
     *
     * @param katalog     the catalogue
     * @param verzeichnis the Gebiete
     * @param stichtag    the Stichtag of every row
     * @return a lazy, ordered stream
     */
    public Stream<Umsetzungsstand> umsetzungsstaende(OzgKatalog katalog, Gebietsverzeichnis verzeichnis,
            LocalDate stichtag) {
        Objects.requireNonNull(stichtag, "stichtag");
        long seed = z.naechsterLong();
        List<Dienst> dienste = dienste(katalog);
        Collections.sort(dienste, (a, b) -> a.schluessel().compareTo(b.schluessel()));
        List<Gebiet> laender = verzeichnis.gebiete(ArsEbene.LAND);
        Map<Ars, List<Gebiet>> kreiseNachLand = new HashMap<>();
        for (Gebiet k : verzeichnis.gebiete(ArsEbene.KREIS)) {
            kreiseNachLand.computeIfAbsent(k.ars().truncatedTo(ArsEbene.LAND), x -> new ArrayList<>()).add(k);
        }
        Map<Ars, List<Gebiet>> gemeindenNachLand = laender.stream().collect(Collectors.toMap(Gebiet::ars,
                l -> verzeichnis.gemeindenUnter(l.ars()).stream().filter(Gebiet::isKommune).toList(), (a, b) -> a));
        return IntStream.range(0, dienste.size()).boxed().flatMap(i -> {
            Zufall r = new Zufall(new SplittableRandom(mix(seed + i * 0x9E3779B97F4A7C15L)));
            Dienst d = dienste.get(i);
            List<Umsetzungsstand> zeilen = new ArrayList<>();
            if (d.isBundesleistung() && r.prozent(60)) {
                zeilen.add(zeile(r, d, Ars.BUND, ArsEbene.BUND, stichtag));
                return zeilen.stream();
            }
            for (Gebiet land : laender) {
                switch (r.gewichtet(20, 15, 40, 25)) {
                    case 0:
                        zeilen.add(zeile(r, d, land.ars(), ArsEbene.LAND, stichtag));
                        break;
                    case 1:
                        for (Gebiet k : kreiseNachLand.getOrDefault(land.ars(), List.of())) {
                            if (r.prozent(50)) {
                                zeilen.add(zeile(r, d, k.ars(), ArsEbene.KREIS, stichtag));
                            }
                        }
                        break;
                    case 2:
                        for (Gebiet g : gemeindenNachLand.get(land.ars())) {
                            if (r.prozent(35)) {
                                zeilen.add(zeile(r, d, g.ars(), ArsEbene.GEMEINDE, stichtag));
                            }
                        }
                        break;
                    default:
                        break;
                }
            }
            return zeilen.stream();
        });
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: spreads consecutive seeds apart. */
    private static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    private static Umsetzungsstand zeile(Zufall r, Dienst d, Ars ars, ArsEbene ebene, LocalDate stichtag) {
        boolean aktiv = r.prozent(95);
        Reifegrad reifegrad;
        switch (r.gewichtet(4, 5, 91)) {
            case 0:
                reifegrad = null;
                break;
            case 1:
                reifegrad = r.eines(ReifegradModell.V2.stufen());
                break;
            default:
                reifegrad = Reifegrad.of(ReifegradModell.V1, r.gewichtet(15, 20, 25, 25, 15));
        }
        boolean online = reifegrad == null ? r.prozent(50) : reifegrad.stufe() >= 2;
        Umsetzungsstand.Builder b = Umsetzungsstand.builder().schluessel(d.schluessel()).ars(ars).stichtag(stichtag)
                .online(online).aktiv(aktiv).reifegrad(reifegrad);
        if (online && r.prozent(90)) {
            String wo = ars.land().map(l -> l.kuerzel().toLowerCase(Locale.ROOT)).orElse("bund");
            b.url("https://" + wo + ".verwaltung.example/leistungen/" + d.schluessel() + "?ars=" + ars);
        }
        if (!r.prozent(5)) {
            b.flaechendeckung(!aktiv || !online ? Flaechendeckung.NICHT_BERUECKSICHTIGT : klasse(ebene));
        }
        if (r.prozent(90)) {
            b.ozgId(d.ozgId());
        }
        return b.build();
    }

    private static Flaechendeckung klasse(ArsEbene ebene) {
        switch (ebene) {
            case BUND: return Flaechendeckung.BUNDESWEIT;
            case LAND: return Flaechendeckung.LANDESWEIT;
            case REGIERUNGSBEZIRK:
            case KREIS: return Flaechendeckung.KREISWEIT;
            default: return Flaechendeckung.MIND_EINE_KOMMUNE;
        }
    }

    // --- reuse: Onlinedienste, Nachnutzungen, Nachnutzungsübersichten ------------------------

    private static final String[][] EIGENE_KATEGORIEN = {{"landesportal", "Landesportal"},
        {"landeseigene_loesung", "Landeseigene Lösung"}, {"kommunale_loesung", "Kommunale Lösung"},
        {"eigenentwicklung_ohne_fim", "Eigenentwicklung ohne FIM"}};
    private static final String[][] EIGENE_PHASEN = {{"konzeption", "Konzeption"},
        {"ausschreibung", "Ausschreibung"}, {"pilotbetrieb", "Pilotbetrieb"}};

    /** @return a Nachnutzung status, {@code angebunden} most often */
    public NachnutzungsStatus nachnutzungsStatus() {
        return NachnutzungsStatus.values()[z.gewichtet(25, 25, 50)];
    }

    /**
     * A category of a Nachnutzungsübersicht: one of the {@linkplain Nachnutzungskategorie#bekannte()
     * known categories} in 85 % of the draws, else a Land's own one such as "Landesportal".
     *
     * @return the category
     */
    public Nachnutzungskategorie nachnutzungskategorie() {
        if (z.prozent(85)) {
            return z.eines(Nachnutzungskategorie.bekannte());
        }
        String[] k = z.eines(EIGENE_KATEGORIEN);
        return Nachnutzungskategorie.of(k[0], k[1]);
    }

    /**
     * A phase of a Nachnutzungsübersicht: one of the {@linkplain Phase#bekannte() known phases} in
     * 85 % of the draws, else a Land's own one such as "Pilotbetrieb".
     *
     * @return the phase
     */
    public Phase phase() {
        if (z.prozent(85)) {
            return z.eines(Phase.bekannte());
        }
        String[] p = z.eines(EIGENE_PHASEN);
        return Phase.of(p[0], p[1]);
    }

    /**
     * A Nachnutzung by a whole Land (half of the draws), a Kreis or a Gemeinde, with a random status
     * and, in 60 % of the draws, a date.
     *
     * @return the Nachnutzung; never by the Bund key
     */
    public Nachnutzung nachnutzung() {
        return nachnutzung(nachnutzer(bundesland()));
    }

    private Ars nachnutzer(Bundesland land) {
        return ars(land, new ArsEbene[] {ArsEbene.LAND, ArsEbene.KREIS, ArsEbene.GEMEINDE}[z.gewichtet(50, 20, 30)]);
    }

    private Nachnutzung nachnutzung(Ars nachnutzer) {
        Nachnutzung.Builder b = Nachnutzung.builder().nachnutzer(nachnutzer).status(nachnutzungsStatus());
        if (z.prozent(60)) {
            b.datum(datum());
        }
        return b.build();
    }

    /**
     * An Onlinedienst of a random Nachnutzungsmodell (see {@link #onlinedienst(Nachnutzungsmodell)})
     * for one to four random LeiKa services.
     *
     * @return the service
     */
    public Onlinedienst onlinedienst() {
        return onlinedienst(nachnutzungsmodell());
    }

    /**
     * An Onlinedienst of the given Nachnutzungsmodell for one to four LeiKa services (mostly
     * Verrichtungen of one Leistungsobjekt), naming zero to two OZG-IDs. It is valid under every
     * model invariant and every Bean Validation constraint of {@code de.ozg.core.validation}:
     * an EfA service always has its developing Land (other models in 70 % of the draws), and its
     * id starts with the Land's Kürzel ({@code ST-0412}), else with a source ({@code FIT-01234});
     * a Reifegrad in 80 % of the draws and a target Reifegrad in half, of the same model and not
     * below the current one; "OZG-konform" is reported only when the Reifegrad backs it (model 1.x
     * from level 3); a URL under {@code .example} in 80 %; Nachnutzungen by other Länder (by their
     * Land key, never the developing Land's own) and by a few Kommunen of any Land, each Nachnutzer
     * once.
     *
     * @param modell the Nachnutzungsmodell
     * @return the service
     */
    public Onlinedienst onlinedienst(Nachnutzungsmodell modell) {
        Objects.requireNonNull(modell, "modell");
        int anzahl = 1 + z.gewichtet(55, 25, 12, 8);
        Set<Leistungsschluessel> schluessel = new TreeSet<>();
        long lo = leistungsobjekt();
        while (schluessel.size() < anzahl) {
            schluessel.add(z.prozent(70) ? schluessel(lo, z.zahl(1, 120), 0) : leistungsschluessel());
        }
        Set<OzgId> ozgIds = new TreeSet<>();
        int ids = z.gewichtet(30, 60, 10);
        while (ozgIds.size() < ids) {
            ozgIds.add(ozgId());
        }
        return dienst(modell, false, schluessel, ozgIds, new HashSet<>());
    }

    /**
     * An Onlinedienst for one to four of the keyed LeiKa services of a bundle, naming the bundle's
     * OZG-ID; otherwise as {@link #onlinedienst(Nachnutzungsmodell)} with a random model.
     *
     * @param leistung the bundle, with at least one keyed LeiKa service
     * @return the service
     * @throws IllegalArgumentException when every service of the bundle is "nicht im LeiKa"
     */
    public Onlinedienst onlinedienst(OzgLeistung leistung) {
        return dienstFuer(leistung, new HashSet<>());
    }

    private Onlinedienst dienstFuer(OzgLeistung leistung, Set<String> vergebeneIds) {
        List<Leistungsschluessel> alle = schluesselVon(leistung);
        if (alle.isEmpty()) {
            throw new IllegalArgumentException("OZG-Leistung " + leistung.ozgId() + " has no keyed LeiKa service");
        }
        mische(alle);
        Set<Leistungsschluessel> schluessel = new TreeSet<>(alle.subList(0, Math.min(alle.size(), z.zahl(1, 4))));
        return dienst(nachnutzungsmodell(), false, schluessel, Set.of(leistung.ozgId()), vergebeneIds);
    }

    /**
     * {@code n} Onlinedienste for {@code n} distinct bundles of a catalogue (see
     * {@link #onlinedienst(OzgLeistung)}), with distinct ids: the services to pass to
     * {@link #nachnutzungsuebersicht(Bundesland, OzgKatalog, List)}.
     *
     * @param katalog the catalogue
     * @param n       how many, 0 to the number of bundles with a keyed LeiKa service
     * @return an unmodifiable list
     * @throws IllegalArgumentException outside these bounds
     */
    public List<Onlinedienst> onlinedienste(OzgKatalog katalog, int n) {
        List<OzgLeistung> buendel = new ArrayList<>();
        for (OzgLeistung l : katalog.leistungen()) {
            if (!schluesselVon(l).isEmpty()) {
                buendel.add(l);
            }
        }
        pruefeBereich("n", n, 0, buendel.size());
        mische(buendel);
        Set<String> vergebeneIds = new HashSet<>();
        List<Onlinedienst> dienste = new ArrayList<>(n);
        for (OzgLeistung l : buendel.subList(0, n)) {
            dienste.add(dienstFuer(l, vergebeneIds));
        }
        return Collections.unmodifiableList(dienste);
    }

    private static List<Leistungsschluessel> schluesselVon(OzgLeistung leistung) {
        Set<Leistungsschluessel> keys = new LinkedHashSet<>();
        leistung.leistungen().forEach(l -> l.schluessel().ifPresent(keys::add));
        return new ArrayList<>(keys);
    }

    /** Fisher–Yates with this instance's generator. */
    private <T> void mische(List<T> liste) {
        for (int i = liste.size() - 1; i > 0; i--) {
            Collections.swap(liste, i, z.zahl(i + 1));
        }
    }

    private Onlinedienst dienst(Nachnutzungsmodell modell, boolean mitLand, Set<Leistungsschluessel> schluessel,
            Set<OzgId> ozgIds, Set<String> vergebeneIds) {
        Bundesland land = modell == Nachnutzungsmodell.EFA || mitLand || z.prozent(70) ? bundesland() : null;
        String id = dienstId(land);
        while (!vergebeneIds.add(id)) {
            id = dienstId(land);
        }
        Onlinedienst.Builder b = Onlinedienst.builder().id(id)
                .bezeichnung(leistungsname() + z.eines(Namen.DIENST_ZUSATZ)).nachnutzungsmodell(modell)
                .leistungsschluessel(schluessel).ozgIds(ozgIds);
        if (land != null) {
            b.entwickelndesLand(land);
        }
        Reifegrad ist = z.prozent(80) ? reifegrad() : null;
        if (ist != null) {
            b.reifegrad(ist);
            // a claim only where the level backs it; model 2.0 publishes no threshold, so never there
            b.isOzgKonformGemeldet(ist.ozgKonform().orElse(false) && z.prozent(70));
        }
        if (z.prozent(50)) {
            ReifegradModell m = ist != null ? ist.modell() : z.prozent(80) ? ReifegradModell.V1 : ReifegradModell.V2;
            b.zielReifegrad(Reifegrad.of(m, z.zahl(ist != null ? ist.stufe() : m.minStufe(), m.maxStufe())));
        }
        if (z.prozent(80)) {
            String wo = land == null ? "dienste" : land.kuerzel().toLowerCase(Locale.ROOT);
            b.url(URI.create("https://" + wo + ".onlinedienste.example/" + id.toLowerCase(Locale.ROOT)));
        }
        return b.nachnutzungen(nachnutzungen(land)).build();
    }

    private String dienstId(Bundesland land) {
        return land != null ? String.format(Locale.ROOT, "%s-%04d", land.kuerzel(), z.zahl(1, 9999))
                : String.format(Locale.ROOT, "%s-%05d", z.eines(Namen.DIENST_QUELLE), z.zahl(1, 99_999));
    }

    /** Other Länder by their Land key, then a few Kommunen of any Land mixed in; each Nachnutzer once. */
    private List<Nachnutzung> nachnutzungen(Bundesland entwickler) {
        List<Bundesland> andere = new ArrayList<>(EnumSet.allOf(Bundesland.class));
        andere.remove(entwickler);
        mische(andere);
        int laender = z.prozent(15) ? 0 : z.zahl(1, andere.size());
        List<Nachnutzung> liste = new ArrayList<>();
        for (Bundesland l : andere.subList(0, laender)) {
            liste.add(nachnutzung(Ars.of(l)));
        }
        Set<Ars> kommunen = new HashSet<>();
        for (int k = z.gewichtet(50, 25, 15, 10); k > 0; k--) {
            Ars ars = ars(bundesland(), z.prozent(30) ? ArsEbene.KREIS : ArsEbene.GEMEINDE);
            if (kommunen.add(ars)) {
                liste.add(z.zahl(liste.size() + 1), nachnutzung(ars));
            }
        }
        return liste;
    }

    /**
     * A single row of a Nachnutzungsübersicht of a random Land, for a random OZG-ID and, in 40 % of
     * the draws, one LeiKa service, with the fields as in
     * {@link #nachnutzungsuebersicht(Bundesland, OzgKatalog, List)}; the Onlinedienst id, when
     * present, names a service that is not generated.
     *
     * @return the row
     */
    public Nachnutzungseintrag nachnutzungseintrag() {
        OzgId id = ozgId();
        Leistungsschluessel k = z.prozent(40) ? leistungsschluessel() : null;
        return eintrag(bundesland(), themenfeld(), id, k, null, z.prozent(8), z.prozent(12));
    }

    /**
     * A Nachnutzungsübersicht of a random Land over a catalogue of 5 to 30 bundles, with
     * Onlinedienste for about half of them.
     *
     * @return the overview
     */
    public Nachnutzungsuebersicht nachnutzungsuebersicht() {
        Bundesland land = bundesland();
        OzgKatalog katalog = katalog(z.zahl(5, 30));
        return nachnutzungsuebersicht(land, katalog,
                onlinedienste(katalog, z.zahl(0, katalog.leistungen().size() / 2 + 1)));
    }

    /**
     * A Land's Nachnutzungsübersicht over a catalogue: per OZG-Leistung one row for the bundle (60 %
     * of the bundles) or one per keyed LeiKa service. A row uses the first of {@code dienste} that
     * names its OZG-ID or one of its keys, and then takes the category from that service — EfA
     * developed by this Land, EfA reused, dezentral reused software, FIM-based own build — and its
     * phase from the Land's Nachnutzung (angebunden: Betrieb; in Anbindung: Umsetzung or Roll-out;
     * geplant: Planung). Other rows get a random category, sometimes with the id of a service the
     * overview does not carry ({@link Nachnutzungsuebersicht#fehlendeOnlinedienstIds()}). Rows of
     * "kein Bedarf" have Priorisierung "kein Bedarf" (or none) and no phase; the others have a
     * Priorisierung hoch, mittel or niedrig in 90 %. The Landesressort (85 %) is an invented but
     * plausible name after the Themenfeld, such as "Ministerium für Inneres und Sport"; about 8 %
     * of the bundles are OZG-Booster and 12 % Fokusleistungen. The overview carries all of
     * {@code dienste}, in their order.
     *
     * @param land    the Land whose overview it is
     * @param katalog the catalogue
     * @param dienste the services the overview carries, with distinct ids, such as
     *                {@link #onlinedienste(OzgKatalog, int)}
     * @return the overview
     * @throws IllegalArgumentException when two services share an id
     */
    public Nachnutzungsuebersicht nachnutzungsuebersicht(Bundesland land, OzgKatalog katalog,
            List<Onlinedienst> dienste) {
        Objects.requireNonNull(land, "land");
        Set<String> ids = new HashSet<>();
        for (Onlinedienst d : dienste) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("two Onlinedienste with id "
                        + de.ozg.core.SafeText.quote(d.id()) + "; an overview carries each id once");
            }
        }
        List<Nachnutzungseintrag> eintraege = new ArrayList<>();
        for (OzgLeistung l : katalog.leistungen()) {
            List<Leistungsschluessel> schluessel = schluesselVon(l);
            boolean booster = z.prozent(8);
            boolean fokus = z.prozent(12);
            if (schluessel.isEmpty() || z.prozent(60)) {
                Onlinedienst d = passend(dienste, l.ozgId(), schluessel);
                eintraege.add(eintrag(land, l.themenfeld(), l.ozgId(), null, d, booster, fokus));
            } else {
                for (Leistungsschluessel k : schluessel) {
                    Onlinedienst d = passend(dienste, l.ozgId(), List.of(k));
                    eintraege.add(eintrag(land, l.themenfeld(), l.ozgId(), k, d, booster, fokus));
                }
            }
        }
        return Nachnutzungsuebersicht.builder().land(land).stand(datum()).eintraege(eintraege)
                .onlinedienste(dienste).build();
    }

    private static Onlinedienst passend(List<Onlinedienst> dienste, OzgId id, List<Leistungsschluessel> keys) {
        for (Onlinedienst d : dienste) {
            if (d.ozgIds().contains(id) || keys.stream().anyMatch(d.leistungsschluessel()::contains)) {
                return d;
            }
        }
        return null;
    }

    private Nachnutzungseintrag eintrag(Bundesland land, Themenfeld feld, OzgId id, Leistungsschluessel k,
            Onlinedienst dienst, boolean booster, boolean fokus) {
        Nachnutzungseintrag.Builder b = Nachnutzungseintrag.builder().ozgId(id);
        if (k != null) {
            b.leistungsschluessel(k);
        }
        Nachnutzungskategorie kategorie;
        Phase phase = null;
        if (dienst != null) {
            kategorie = kategorie(dienst, land);
            phase = phase(dienst, land);
            b.onlinedienstId(dienst.id());
        } else {
            kategorie = nachnutzungskategorie();
            if (kategorie.nachnutzungsmodell().isPresent() && z.prozent(40)) {
                b.onlinedienstId(dienstId(kategorie.equals(Nachnutzungskategorie.EFA_ENTWICKLUNG_DES_LANDES)
                        ? land : z.prozent(70) ? bundesland() : null));
            }
        }
        b.kategorie(kategorie);
        if (kategorie.equals(Nachnutzungskategorie.KEIN_BEDARF)) {
            if (z.prozent(80)) {
                b.priorisierung(Priorisierung.KEIN_BEDARF);
            }
        } else {
            if (z.prozent(90)) {
                b.priorisierung(Priorisierung.values()[z.gewichtet(35, 40, 25)]);
            }
            if (phase == null && z.prozent(85)) {
                phase = phase();
            }
            if (phase != null) {
                b.phase(phase);
            }
            b.isOzgBooster(booster).isFokusleistung(fokus);
        }
        if (z.prozent(85)) {
            b.landesressort(Namen.landesressort(land, feld));
        }
        return b.build();
    }

    private static Nachnutzungskategorie kategorie(Onlinedienst dienst, Bundesland land) {
        switch (dienst.nachnutzungsmodell()) {
            case EFA:
                return dienst.entwickelndesLand().orElse(null) == land
                        ? Nachnutzungskategorie.EFA_ENTWICKLUNG_DES_LANDES : Nachnutzungskategorie.EFA_NACHNUTZUNG;
            case NACHNUTZBARE_SOFTWARE_DEZENTRAL:
                return Nachnutzungskategorie.DEZENTRAL_NACHGENUTZTE_SOFTWARE;
            default:
                return Nachnutzungskategorie.FIM_BASIERTE_EIGENENTWICKLUNG;
        }
    }

    /** The phase the service's data implies for the Land, or null when it implies none. */
    private Phase phase(Onlinedienst dienst, Bundesland land) {
        if (dienst.entwickelndesLand().orElse(null) == land) {
            return dienst.reifegrad().map(r -> r.online().orElse(false)).orElse(false) ? Phase.BETRIEB : Phase.UMSETZUNG;
        }
        Optional<Nachnutzung> n = dienst.nachnutzung(Ars.of(land));
        if (n.isEmpty()) {
            return null;
        }
        switch (n.get().status()) {
            case ANGEBUNDEN: return Phase.BETRIEB;
            case IN_ANBINDUNG: return z.prozent(50) ? Phase.UMSETZUNG : Phase.ROLL_OUT;
            default: return Phase.PLANUNG;
        }
    }

    // --- invalid and repairable values -------------------------------------------------------

    /**
     * A random text that strict parsing of the identifier type rejects with exactly the given
     * violation, made from a random valid value (a digit dropped, a letter {@code O} for a zero, a
     * Land code 17, a lower-case {@code v} in a FIM version …). The fixed, hand-picked examples are
     * in {@link UngueltigeBeispiele}.
     *
     * @param typ       the identifier type
     * @param violation one of {@link UngueltigeBeispiele#violationen(IdTyp)}
     * @return the example
     * @throws IllegalArgumentException when no text can cause that violation for that type
     */
    public UngueltigesBeispiel ungueltig(IdTyp typ, IdFormatViolation violation) {
        if (!UngueltigeBeispiele.violationen(typ).contains(violation)) {
            throw new IllegalArgumentException("no text makes " + typ + " fail with " + violation
                    + "; possible are " + UngueltigeBeispiele.violationen(typ));
        }
        Einstieg parse = Einstieg.parse(typ);
        switch (violation) {
            case NULL:
                return new UngueltigesBeispiel(parse, violation, null, "null statt eines Werts");
            case EMPTY:
                return new UngueltigesBeispiel(parse, violation, z.eines(new String[] {"", " ", "\t", "\u00a0",
                    " \u200b "}), "leer oder nur Leerraum");
            case WRONG_LENGTH:
                return falscheLaenge(parse);
            case NON_DIGIT:
                return keineZiffer(parse);
            case PLACEHOLDER:
                return new UngueltigesBeispiel(parse, violation, z.eines(new String[] {"nicht im LeiKa",
                    "Nicht im LeiKa", "NICHT IM LEIKA", " nicht im LeiKa ", "nicht\u00a0im\u00a0LeiKa",
                    "nicht  im LeiKa"}), "Platzhalter für eine Leistung ohne Schlüssel");
            case INVALID_STRUCTURE:
                long lo = leistungsobjekt();
                return new UngueltigesBeispiel(parse, violation,
                        String.format(Locale.ROOT, "%014d", lo * 1_000_000L + z.zahl(1, 999)),
                        "Verrichtungsdetail ohne Verrichtung");
            case INVALID_URN:
                return new UngueltigesBeispiel(Einstieg.LEISTUNGSSCHLUESSEL_URN, violation,
                        z.eines(new String[] {"urn:de:fim:leika:leistungen:", "urn:de:fim:leika:",
                            "urn:de:leika:leistung:", "", "leika:", "urn:de:fim:leika:leistung",
                            "url:de:fim:leika:leistung:"}) + leistungsschluessel(),
                        "falsches oder fehlendes URN-Präfix");
            case INVALID_LAND:
                return ungueltigesLand(parse);
            case INVALID_FIM_TYPE:
                String id = fimId().toString();
                return new UngueltigesBeispiel(parse, violation,
                        z.eines(new String[] {"A", "B", "E", "X", "Z", "s", "g", "f", "r", "c", "d", "0", "_"})
                                + id.substring(1), "unbekannter oder kleiner Kennbuchstabe");
            case INVALID_VERSION:
                return new UngueltigesBeispiel(parse, violation, fimId().withoutVersion()
                        + z.eines(new String[] {"v1.1", "V", "V1.", "V.1", "V1..2", "Vx", "V1.1 ", "-1.1", "_V1",
                            " V1.1", "V1,1", "V1.0a"}), "Version nicht in der Form V1.1");
            default:
                return new UngueltigesBeispiel(parse, violation, z.eines(new String[] {"", "l", "lv", "lod",
                    "lovdd", "lo ", " lov", "LO V", "lovd.", "L0"}), "kein LeiKa-Typ (lo, lov, lovd)");
        }
    }

    private String gueltigerText(IdTyp typ) {
        switch (typ) {
            case OZG_ID: return ozgId().toString();
            case LEISTUNGSSCHLUESSEL: return leistungsschluessel().toString();
            case ARS: return ars().toString();
            case AGS: return ags().toString();
            case FIM_ID: return fimId().toString();
            default: throw new IllegalArgumentException("no digit form for " + typ);
        }
    }

    private UngueltigesBeispiel falscheLaenge(Einstieg parse) {
        if (parse.idTyp == IdTyp.FIM_ID) {
            String basis = fimId().withoutVersion().toString();
            if (z.prozent(50)) {
                int p = z.zahl(1, 8);
                return new UngueltigesBeispiel(parse, IdFormatViolation.WRONG_LENGTH,
                        basis.substring(0, p) + basis.substring(p + 1), "eine Ziffer zu wenig");
            }
            String version = z.prozent(50) ? "" : "V1." + z.zahl(0, 9);
            return new UngueltigesBeispiel(parse, IdFormatViolation.WRONG_LENGTH,
                    basis + z.zahl(0, 9) + version, "eine Ziffer zu viel");
        }
        String text = gueltigerText(parse.idTyp);
        int p = z.zahl(0, text.length() - 1);
        if (z.prozent(50)) {
            return new UngueltigesBeispiel(parse, IdFormatViolation.WRONG_LENGTH,
                    text.substring(0, p) + text.substring(p + 1), "eine Ziffer zu wenig");
        }
        return new UngueltigesBeispiel(parse, IdFormatViolation.WRONG_LENGTH,
                text.substring(0, p) + z.zahl(0, 9) + text.substring(p), "eine Ziffer zu viel");
    }

    private static final String[] KEINE_ZIFFERN = {"O", "o", "l", " ", "\u00a0", "-", ".", ",", "x", "\u200b",
        "\uff11", "\t"};

    private UngueltigesBeispiel keineZiffer(Einstieg parse) {
        String zeichen = z.eines(KEINE_ZIFFERN);
        String beschreibung = "Zeichen " + de.ozg.core.SafeText.quote(zeichen) + " statt einer Ziffer";
        if (parse.idTyp == IdTyp.FIM_ID) {
            String id = fimId().toString();
            int p = z.zahl(1, 8);
            return new UngueltigesBeispiel(parse, IdFormatViolation.NON_DIGIT,
                    id.substring(0, p) + zeichen + id.substring(p + 1), beschreibung);
        }
        String text = gueltigerText(parse.idTyp);
        int p = z.zahl(0, text.length());
        if (z.prozent(50) && p < text.length()) {
            return new UngueltigesBeispiel(parse, IdFormatViolation.NON_DIGIT,
                    text.substring(0, p) + zeichen + text.substring(p + 1), beschreibung);
        }
        return new UngueltigesBeispiel(parse, IdFormatViolation.NON_DIGIT,
                text.substring(0, p) + zeichen + text.substring(p), "zusätzliches " + beschreibung);
    }

    private UngueltigesBeispiel ungueltigesLand(Einstieg parse) {
        boolean null0 = z.prozent(30);
        String land = null0 ? "00" : String.valueOf(z.zahl(17, 99));
        String text;
        if (parse.idTyp == IdTyp.ARS) {
            // the Land digits 00 are valid for the Bund key 000000000000, so keep a finer digit set
            text = ars(ArsEbene.values()[z.zahl(null0 ? 2 : 1, 5)]).toString();
        } else {
            text = ags().toString();
        }
        return new UngueltigesBeispiel(parse, IdFormatViolation.INVALID_LAND, land + text.substring(2),
                "Landesschlüssel " + land + " gibt es nicht");
    }

    private static final String[] RAND = {" ", " ", "\t", "\n", "\u00a0", "\u202f", "\u2007", "\u200b", "\ufeff"};
    private static final String[] NULLBREIT = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"};

    /**
     * A random valid identifier written with harmless defects that lenient normalisation repairs:
     * blanks, NBSP and zero-width characters at the ends, zero-width characters inside, full-width
     * digits, and – for ARS and AGS of the Länder 01–09 – the leading zero lost in a spreadsheet.
     *
     * @param typ any identifier type with a {@code normalize} method (not {@code LEIKA_TYP})
     * @return the example, with the canonical text and the exact list of repairs to expect
     * @throws IllegalArgumentException for {@code LEIKA_TYP}
     */
    public ReparierbaresBeispiel reparierbar(IdTyp typ) {
        if (typ == IdTyp.LEIKA_TYP) {
            throw new IllegalArgumentException("LeikaTyp has no lenient normalisation");
        }
        String kanon = gueltigerText(typ);
        Map<AenderungsArt, Integer> anzahl = new EnumMap<>(AenderungsArt.class);
        StringBuilder kern = new StringBuilder(kanon);
        // the Bund key 000000000000 lost no zero: normalisation rightly leaves 11 zeros ambiguous
        if ((typ == IdTyp.ARS || typ == IdTyp.AGS) && kanon.charAt(0) == '0' && kanon.charAt(1) != '0'
                && z.prozent(40)) {
            kern.deleteCharAt(0);
            anzahl.put(AenderungsArt.RESTORED_LEADING_ZERO, 1);
        }
        if (z.prozent(35)) {
            for (int k = z.zahl(1, 3); k > 0; k--) {
                int p = z.zahl(0, kern.length() - 1);
                char c = kern.charAt(p);
                if (c >= '0' && c <= '9') {
                    kern.setCharAt(p, (char) (c - '0' + '\uff10'));
                    anzahl.merge(AenderungsArt.CONVERTED_FULLWIDTH_DIGITS, 1, Integer::sum);
                }
            }
        }
        if (z.prozent(30)) {
            for (int k = z.zahl(1, 2); k > 0; k--) {
                kern.insert(z.zahl(1, kern.length() - 1), z.eines(NULLBREIT));
                anzahl.merge(AenderungsArt.REMOVED_ZERO_WIDTH, 1, Integer::sum);
            }
        }
        int vorne = z.zahl(0, 2);
        int hinten = z.zahl(0, 2);
        if (vorne + hinten == 0 && anzahl.isEmpty()) {
            hinten = 1;
        }
        for (int i = 0; i < vorne + hinten; i++) {
            String c = z.eines(RAND);
            if (i < vorne) {
                kern.insert(0, c);
            } else {
                kern.append(c);
            }
            AenderungsArt art = c.charAt(0) == '\u00a0' || c.charAt(0) == '\u202f' || c.charAt(0) == '\u2007'
                    ? AenderungsArt.REMOVED_NBSP
                    : c.charAt(0) == '\u200b' || c.charAt(0) == '\ufeff' ? AenderungsArt.REMOVED_ZERO_WIDTH
                    : AenderungsArt.STRIPPED_BLANKS;
            anzahl.merge(art, 1, Integer::sum);
        }
        List<Aenderung> aenderungen = new ArrayList<>();
        anzahl.forEach((art, n) -> aenderungen.add(Aenderung.of(art, n)));
        String beschreibung = aenderungen.stream().map(Aenderung::beschreibungDe).collect(Collectors.joining("; "));
        return new ReparierbaresBeispiel(Einstieg.parse(typ), kern.toString(), kanon, aenderungen, beschreibung);
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
                OzgLeistung l = ozgLeistung();
                Themenfeld anderes = Themenfeld.values()[(l.themenfeld().ordinal() + z.zahl(1, 13)) % 14];
                Lebenslage fremd = lebenslage(anderes);
                return new ModellVerstoss(violation, "Lebenslage '" + fremd.bezeichnung() + "' aus "
                        + anderes.bezeichnung() + " für eine Leistung aus " + l.themenfeld().bezeichnung(),
                        () -> OzgLeistung.builder().from(l).build(),
                        () -> OzgLeistung.builder().from(l).lebenslage(fremd).build());
            }
            case DUPLICATE_LEIKA_KEY: {
                OzgLeistung l = ozgLeistung();
                LeikaLeistung erste = l.leistungen().get(0);
                LeikaLeistung doppelt = LeikaLeistung.builder().from(erste)
                        .bezeichnung(erste.bezeichnung() + " (zweite Fassung)").build();
                return new ModellVerstoss(violation, "Schlüssel " + erste.schluessel().orElseThrow()
                        + " zweimal mit verschiedenen Bezeichnungen",
                        () -> OzgLeistung.builder().from(l).build(),
                        () -> OzgLeistung.builder().from(l).addLeistungen(doppelt).build());
            }
            case CONTRADICTING_OZG_LEISTUNG: {
                OzgLeistung l = ozgLeistung();
                OzgLeistung anders = OzgLeistung.builder().from(l).bezeichnung(l.bezeichnung() + " neu").build();
                LocalDate stand = datum();
                return new ModellVerstoss(violation, "OZG-ID " + l.ozgId() + " zweimal mit verschiedenen Namen",
                        () -> OzgKatalog.of(stand, List.of(l, l)),
                        () -> OzgKatalog.of(stand, List.of(l, anders)));
            }
            case CONTRADICTING_GEBIET: {
                Gebiet g = gebiet(ArsEbene.GEMEINDE);
                Gebiet anders = Gebiet.builder().from(g).name(g.name() + "-Neu").build();
                LocalDate stand = datum();
                return new ModellVerstoss(violation, "ARS " + g.ars() + " zweimal als Gemeinde mit verschiedenen Namen",
                        () -> Gebietsverzeichnis.of(stand, List.of(g, g)),
                        () -> Gebietsverzeichnis.of(stand, List.of(g, anders)));
            }
            case GEBIET_EBENE_MISMATCH: {
                Ars kreis = ars(ArsEbene.KREIS);
                Ars gemeinde = Ars.of(kreis.longValue() + z.zahl(5001, 5099) * GV + z.zahl(1, 999));
                String name = "Landkreis " + ort();
                return new ModellVerstoss(violation, "Kreis mit dem Gemeindeschlüssel " + gemeinde,
                        () -> Gebiet.of(kreis, ArsEbene.KREIS, name),
                        () -> Gebiet.of(gemeinde, ArsEbene.KREIS, name));
            }
            case GEBIET_AGS_MISMATCH: {
                Ars ars = ars(ArsEbene.GEMEINDE);
                Ags richtig = ars.toAgs().orElseThrow();
                Ags falsch = Ags.of(richtig.intValue() / 1000 * 1000 + (richtig.intValue() % 1000 % 999) + 1);
                String name = ort();
                return new ModellVerstoss(violation, "AGS " + falsch + " passt nicht zum ARS " + ars,
                        () -> Gebiet.builder().ars(ars).ebene(ArsEbene.GEMEINDE).name(name).ags(richtig).build(),
                        () -> Gebiet.builder().ars(ars).ebene(ArsEbene.GEMEINDE).name(name).ags(falsch).build());
            }
            case OUT_OF_RANGE:
                return ausserhalb();
            case INVALID_ID: {
                String ort = z.eines(new String[] {" ", "\u00a0", "\t", "\u200b", "\u2060"});
                String wie = "Zeichen " + de.ozg.core.SafeText.quote(ort) + " in der Id";
                if (z.prozent(50)) {
                    Onlinedienst d = onlinedienst();
                    String falsch = einfuegen(d.id(), ort);
                    return new ModellVerstoss(violation, wie + " eines Onlinedienstes: " + quote(falsch),
                            () -> Onlinedienst.builder().from(d).build(),
                            () -> Onlinedienst.builder().from(d).id(falsch).build());
                }
                Nachnutzungseintrag e = Nachnutzungseintrag.builder().from(nachnutzungseintrag())
                        .onlinedienstId(dienstId(bundesland())).build();
                String falsch = einfuegen(e.onlinedienstId().orElseThrow(), ort);
                return new ModellVerstoss(violation, wie + " eines Eintrags: " + quote(falsch),
                        () -> Nachnutzungseintrag.builder().from(e).build(),
                        () -> Nachnutzungseintrag.builder().from(e).onlinedienstId(falsch).build());
            }
            case INVALID_CODE: {
                boolean kategorie = z.prozent(50);
                String[] paar = z.eines(kategorie ? EIGENE_KATEGORIEN : EIGENE_PHASEN);
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
                Onlinedienst d = onlinedienst(Nachnutzungsmodell.EFA);
                return new ModellVerstoss(violation, "EfA-Onlinedienst " + d.id() + " ohne entwickelndes Land",
                        () -> Onlinedienst.builder().from(d).build(),
                        () -> Onlinedienst.builder().from(d).entwickelndesLand(Optional.empty()).build());
            }
            case MISSING_LEISTUNGSSCHLUESSEL: {
                Onlinedienst d = onlinedienst();
                return new ModellVerstoss(violation, "Onlinedienst " + d.id() + " ohne Leistungsschlüssel",
                        () -> Onlinedienst.builder().from(d).build(),
                        () -> Onlinedienst.builder().from(d).leistungsschluessel(Set.<Leistungsschluessel>of())
                                .build());
            }
            case INVALID_URL: {
                Onlinedienst d = onlinedienst();
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
                Nachnutzung n = nachnutzung();
                return new ModellVerstoss(violation, "Bundesschlüssel statt " + n.nachnutzer() + " als Nachnutzer",
                        () -> Nachnutzung.builder().from(n).build(),
                        () -> Nachnutzung.builder().from(n).nachnutzer(Ars.BUND).build());
            }
            case DUPLICATE_NACHNUTZER: {
                Onlinedienst d = onlinedienst();
                Ars ars = nachnutzer(bundesland());
                while (d.nachnutzung(ars).isPresent() || d.entwickelndesLand().map(Ars::of).equals(Optional.of(ars))) {
                    ars = nachnutzer(bundesland());
                }
                Nachnutzung erste = nachnutzung(ars);
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
                NachnutzungsStatus s = nachnutzungsStatus();
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
        String wie = "leerer Name " + de.ozg.core.SafeText.quote(leer);
        switch (z.zahl(6)) {
            case 0: {
                Lebenslage l = lebenslage();
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, wie + " einer Lebenslage",
                        () -> Lebenslage.of(l.bezeichnung(), l.themenfeld()),
                        () -> Lebenslage.of(leer, l.themenfeld()));
            }
            case 1: {
                LeikaLeistung l = leikaLeistung();
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, wie + " einer LeiKa-Leistung",
                        () -> LeikaLeistung.builder().from(l).build(),
                        () -> LeikaLeistung.builder().from(l).bezeichnung(leer).build());
            }
            case 2: {
                OzgLeistung l = ozgLeistung();
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, wie + " einer OZG-Leistung",
                        () -> OzgLeistung.builder().from(l).build(),
                        () -> OzgLeistung.builder().from(l).bezeichnung(leer).build());
            }
            case 3: {
                Onlinedienst d = onlinedienst();
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, wie + " eines Onlinedienstes",
                        () -> Onlinedienst.builder().from(d).build(),
                        () -> Onlinedienst.builder().from(d).bezeichnung(leer).build());
            }
            case 4: {
                Nachnutzungseintrag e = nachnutzungseintrag();
                String ressort = Namen.landesressort(bundesland(), themenfeld());
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, "leeres Landesressort "
                        + de.ozg.core.SafeText.quote(leer) + " eines Nachnutzungseintrags",
                        () -> Nachnutzungseintrag.builder().from(e).landesressort(ressort).build(),
                        () -> Nachnutzungseintrag.builder().from(e).landesressort(leer).build());
            }
            default: {
                Gebiet g = gebiet();
                return new ModellVerstoss(ModellViolation.BLANK_TEXT, wie + " eines Gebiets",
                        () -> Gebiet.builder().from(g).build(),
                        () -> Gebiet.builder().from(g).name(leer).build());
            }
        }
    }

    private ModellVerstoss ausserhalb() {
        if (z.prozent(50)) {
            Gebiet g = gebiet(z.eines(new ArsEbene[] {ArsEbene.LAND, ArsEbene.KREIS, ArsEbene.GEMEINDE}));
            long n = einwohner();
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
        OzgKatalog katalog = katalog(z.zahl(2, 5));
        return nachnutzungsuebersicht(bundesland(), katalog,
                onlinedienste(katalog, z.zahl(1, katalog.leistungen().size())));
    }

    private String einfuegen(String text, String zeichen) {
        int p = z.zahl(0, text.length());
        return text.substring(0, p) + zeichen + text.substring(p);
    }

    private static String quote(String text) {
        return de.ozg.core.SafeText.quote(text);
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
            Onlinedienst d = dienst(nachnutzungsmodell(), true, Set.of(leistungsschluessel()), Set.of(),
                    new HashSet<>());
            Bundesland land = d.entwickelndesLand().orElseThrow();
            List<Nachnutzung> liste = new ArrayList<>(d.nachnutzungen());
            int i = z.zahl(0, liste.size());
            liste.add(i, nachnutzung(Ars.of(land)));
            return new OnlinedienstVerstoss(constraint, land.bezeichnung() + " als Nachnutzer seiner eigenen Entwicklung "
                    + d.id(), "nachnutzungen[" + i + "].nachnutzer", d,
                    Onlinedienst.builder().from(d).nachnutzungen(liste).build());
        }
        if (constraint == EinheitlichesReifegradModell.class) {
            Onlinedienst d = onlinedienst();
            Reifegrad ist = d.reifegrad().orElseGet(this::reifegrad);
            ReifegradModell anderes = ist.modell() == ReifegradModell.V1 ? ReifegradModell.V2 : ReifegradModell.V1;
            Reifegrad ziel = d.zielReifegrad().filter(r -> r.modell() == ist.modell() && r.stufe() >= ist.stufe())
                    .orElseGet(() -> Reifegrad.of(ist.modell(), z.zahl(ist.stufe(), ist.modell().maxStufe())));
            Reifegrad fremd = reifegrad(anderes);
            Onlinedienst gueltig = Onlinedienst.builder().from(d).reifegrad(ist).zielReifegrad(ziel).build();
            return new OnlinedienstVerstoss(constraint, "Reifegrad " + ist + ", Ziel " + fremd + " eines anderen Modells",
                    "zielReifegrad", gueltig, Onlinedienst.builder().from(gueltig).zielReifegrad(fremd).build());
        }
        if (constraint == OzgKonformBelegt.class) {
            Onlinedienst d = onlinedienst();
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

    private static void pruefeBereich(String name, int wert, int von, int bis) {
        if (wert < von || wert > bis) {
            throw new IllegalArgumentException(name + " must be from " + von + " to " + bis + ", was " + wert);
        }
    }
}
