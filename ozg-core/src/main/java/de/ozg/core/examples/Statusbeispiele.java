package de.ozg.core.examples;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Typisierung;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Status rows (Umsetzungsstände) with dashboard-like shares, as lists or as independent, seeded streams.
 *
 * <p>Obtained from {@link Beispiele#status()}; draws from the generator of that {@link Beispiele}, so
 * the order of calls across all its areas determines the values. Not thread-safe; the values are
 * immutable.
 */
public final class Statusbeispiele {

    static final long LAND = 10_000_000_000L;
    static final long KREIS = 10_000_000L;

    private final Zufall z;
    private final Beispiele beispiele;

    Statusbeispiele(Zufall z, Beispiele beispiele) {
        this.z = z;
        this.beispiele = beispiele;
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
        ArsEbene e = beispiele.kennungen().arsEbene();
        Dienst d = new Dienst(beispiele.kennungen().leistungsschluessel(), beispiele.kennungen().ozgId(), beispiele.kennungen().typisierungen());
        return zeile(z, d, beispiele.kennungen().ars(e), e, beispiele.kennungen().datum());
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
        Beispiele.pruefeBereich("n", n, 0, Integer.MAX_VALUE);
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
}
