package de.ozg.core.examples;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.ref.Bundesland;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gebiete and Gebietsverzeichnisse with Kreise, Gemeindeverbände, Gemeinden and gemeindefreie Gebiete
 * where the Land has them.
 *
 * <p>Obtained from {@link Beispiele#gebiete()}; draws from the generator of that {@link Beispiele}, so
 * the order of calls across all its areas determines the values. Not thread-safe; the values are
 * immutable.
 */
public final class Gebietsbeispiele {

    static final long LAND = 10_000_000_000L;
    static final long RB = 1_000_000_000L;
    static final long KREIS = 10_000_000L;
    static final long GV = 1000L;

    private final Zufall z;
    private final Beispiele beispiele;

    Gebietsbeispiele(Zufall z, Beispiele beispiele) {
        this.z = z;
        this.beispiele = beispiele;
    }

    /** @return a Gebiet of a random level other than the Bund */
    public Gebiet gebiet() {
        ArsEbene e = beispiele.kennungen().arsEbene();
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
        Bundesland land = beispiele.kennungen().bundesland();
        if (ebene == ArsEbene.REGIERUNGSBEZIRK) {
            land = z.eines(new Bundesland[] {Bundesland.NORDRHEIN_WESTFALEN, Bundesland.HESSEN,
                Bundesland.BADEN_WUERTTEMBERG, Bundesland.BAYERN});
        }
        Ars ars = beispiele.kennungen().ars(land, ebene);
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

    String ort() {
        String ort = z.eines(Namen.ORT_STAMM) + z.eines(Namen.ORT_ENDUNG);
        return z.prozent(20) ? z.eines(Namen.ORT_ZUSATZ) + " " + ort : ort;
    }

    long einwohner() {
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
        return switch (land) {
            case SCHLESWIG_HOLSTEIN, MECKLENBURG_VORPOMMERN, BRANDENBURG -> new Verband("51", "Amt");
            case NIEDERSACHSEN -> new Verband("52", "Samtgemeinde");
            case RHEINLAND_PFALZ, SACHSEN_ANHALT -> new Verband("53", "Verbandsgemeinde");
            case BAYERN, SACHSEN, THUERINGEN -> new Verband("54", "Verwaltungsgemeinschaft");
            case BADEN_WUERTTEMBERG -> new Verband("56", "Gemeindeverwaltungsverband");
            default -> null;
        };
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
        Beispiele.pruefeBereich("kreiseProLand", kreiseProLand, 1, 49);
        Beispiele.pruefeBereich("gemeindenProKreis", gemeindenProKreis, 1, 999);
        LocalDate stand = beispiele.kennungen().datum();
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
        int[] rbs = Kennungsbeispiele.regierungsbezirke(land);
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
    static Gebiet gebiet(Ars ars, ArsEbene ebene, String name, String textkennzeichen, long einwohner) {
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
}
