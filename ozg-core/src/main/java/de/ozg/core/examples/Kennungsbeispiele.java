package de.ozg.core.examples;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.FimArt;
import de.ozg.core.id.FimId;
import de.ozg.core.id.LeikaTyp;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Identifiers and reference values: OZG-IDs, Leistungsschlüssel of every LeiKa-Typ, ARS and AGS of every
 * level and Land, FIM-IDs, the reference enums and open classifications, dates.
 *
 * <p>Obtained from {@link Beispiele#kennungen()}; draws from the generator of that {@link Beispiele}, so
 * the order of calls across all its areas determines the values. Not thread-safe; the values are
 * immutable.
 */
public final class Kennungsbeispiele {

    static final LocalDate FRUEHESTER_STAND = LocalDate.of(2019, 1, 1);
    static final int STAND_TAGE = (int) ChronoUnit.DAYS.between(FRUEHESTER_STAND, LocalDate.of(2026, 1, 1));
    static final long LAND = 10_000_000_000L;
    static final long RB = 1_000_000_000L;
    static final long KREIS = 10_000_000L;
    static final long GV = 1000L;

    private final Zufall z;

    Kennungsbeispiele(Zufall z) {
        this.z = z;
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

    long leistungsobjekt() {
        long praefix = z.prozent(85) ? 99 : z.zahl(1, 16);
        return praefix * 1_000_000L + z.zahl(1, 150) * 1000L + z.zahl(1, 999);
    }

    static Leistungsschluessel schluessel(long leistungsobjekt, int verrichtung, int detail) {
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
    static int[] regierungsbezirke(Bundesland land) {
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


    /** @return a date from 2019-01-01 to 2025-12-31, each equally likely */
    public LocalDate datum() {
        return FRUEHESTER_STAND.plusDays(z.zahl(STAND_TAGE));
    }
}
