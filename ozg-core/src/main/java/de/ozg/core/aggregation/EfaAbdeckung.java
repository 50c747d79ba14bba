package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.ref.Bundesland;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collector;

/**
 * The reuse coverage of EfA services as a mergeable accumulator over {@link Onlinedienst}: which
 * Länder are connected to each service, how many Gemeinden it reaches, and per Land which services
 * it develops and which it reuses. Its {@link #result()} is an {@link EfaAbdeckungsbild}.
 *
 * <h2>Definition</h2>
 * No official formula exists for EfA reuse coverage, so this one is stated in full:
 * <ol>
 * <li>Only services with Nachnutzungsmodell EfA are evaluated; others are counted in the
 * {@link Nachnutzungsbilanz} with their Nachnutzungen. A service is identified by its id and its
 * developing Land; the same service added twice (for instance from the overviews of two Länder)
 * is one service whose Nachnutzungen are united.
 * <li>A Land never reuses its own development: a Nachnutzung by the developing Land or by one of
 * its Kommunen is ignored (and counted as such).
 * <li>A Nachnutzung by a Land (its Land key, such as {@code 150000000000}) connects that Land and
 * reaches all Gemeinden of the Land; a Nachnutzung by a Kommune (a Kreis, Gemeindeverband or
 * Gemeinde ARS) reaches the Gemeinden under its ARS and does not connect its Land.
 * <li>A Nachnutzer under whose ARS the {@link Gebietsverzeichnis} has no Gemeinde cannot be placed:
 * it is counted as not assigned ({@link NichtZugeordnet.Grund#ARS_UNBEKANNT}, with examples) and
 * neither connects a Land nor reaches a Gemeinde.
 * <li>Each Land and each Gemeinde counts once per service, at the most advanced
 * {@link NachnutzungsStatus} anything reported for it (a Gemeinde whose Kommune is connected while
 * its Land only plans to connect counts as connected).
 * <li>Gemeinden here are Kommunen: the gemeindefreie Gebiete of the Gebietsverzeichnis (forests,
 * lakes, coastal waters; see {@link Zaehlregel} for the definition and its source) are neither
 * reached nor counted, unless a rule given to {@link #zero(Gebietsverzeichnis, Zaehlregel)}
 * {@linkplain Zaehlregel#isGemeindefreieGebieteZaehlen() counts them}.
 * <li>The share of Gemeinden reached has all Kommunen of the Gebietsverzeichnis as denominator.
 * The developing Land's own Kommunen count as reached — the service is available there — but are
 * given apart ({@link EfaDienstabdeckung#eigeneGemeinden()}), so a reader can take them out.
 * </ol>
 *
 * <p>Memory: per service three bitsets of {@code anzahlGemeinden} bits (about 4 kB for 11,000
 * Gemeinden) and three 17-bit Land masks; {@link #merge(EfaAbdeckung)} ORs them and adds counters,
 * so it is commutative and associative with the empty accumulator as identity. Mutable and not
 * thread-safe (see {@link Accumulator}).
 */
public final class EfaAbdeckung implements Accumulator<Onlinedienst, EfaAbdeckung, EfaAbdeckungsbild> {

    private static final int STATUS = NachnutzungsStatus.values().length;

    /** A service: its id and developing Land. */
    private record Schluessel(String id, Bundesland land) {
    }

    /** The mutable state of one service. */
    private static final class Dienst {
        String bezeichnung;
        final int[] laender = new int[STATUS];
        final long[][] gemeinden = new long[STATUS][];

        Dienst(String bezeichnung) {
            this.bezeichnung = bezeichnung;
        }

        void bezeichnung(String andere) {
            if (andere.compareTo(bezeichnung) < 0) {
                bezeichnung = andere;
            }
        }
    }

    private final Gebietsverzeichnis verzeichnis;
    private final boolean gemeindefreieGebieteZaehlen;
    private final int anzahlGemeinden;
    private final Map<Schluessel, Dienst> dienste = new HashMap<>();
    private long anzahlDienste;
    private long nichtEfa;
    private long nachnutzungen;
    private long gezaehlt;
    private long eigeneEntwicklung;
    private long nichtEfaNachnutzungen;
    private long nichtZugeordnet;
    private final Stichprobe beispiele = new Stichprobe();

    private EfaAbdeckung(Gebietsverzeichnis verzeichnis, boolean gemeindefreieGebieteZaehlen) {
        this.verzeichnis = Objects.requireNonNull(verzeichnis, "verzeichnis");
        this.gemeindefreieGebieteZaehlen = gemeindefreieGebieteZaehlen;
        this.anzahlGemeinden = verzeichnis.anzahlGemeinden();
    }

    /**
     * An empty accumulator: the zero. Gemeinden are Kommunen: gemeindefreie Gebiete do not count.
     *
     * @param verzeichnis the Gebiete: the Gemeinden each Nachnutzer reaches, and the denominator
     * @return the zero
     */
    public static EfaAbdeckung zero(Gebietsverzeichnis verzeichnis) {
        return new EfaAbdeckung(verzeichnis, false);
    }

    /**
     * An empty accumulator whose Kommunen are those of the rule: of a {@link Zaehlregel} only the
     * decision {@link Zaehlregel#isGemeindefreieGebieteZaehlen()} applies to EfA coverage, which has
     * no Reifegrad.
     *
     * @param verzeichnis the Gebiete
     * @param regel       the counting rule
     * @return the zero
     */
    public static EfaAbdeckung zero(Gebietsverzeichnis verzeichnis, Zaehlregel regel) {
        return new EfaAbdeckung(verzeichnis, regel.isGemeindefreieGebieteZaehlen());
    }

    /**
     * Another zero over the same Gebietsverzeichnis and Kommunen.
     *
     * @return the zero
     */
    public EfaAbdeckung zeroLike() {
        return new EfaAbdeckung(verzeichnis, gemeindefreieGebieteZaehlen);
    }

    /**
     * A collector of services into an {@link EfaAbdeckungsbild}; gemeindefreie Gebiete do not count.
     *
     * @param verzeichnis the Gebiete
     * @return the collector
     */
    public static Collector<Onlinedienst, EfaAbdeckung, EfaAbdeckungsbild> collector(Gebietsverzeichnis verzeichnis) {
        Objects.requireNonNull(verzeichnis, "verzeichnis");
        return Accumulator.collector(() -> new EfaAbdeckung(verzeichnis, false));
    }

    /**
     * A collector of services into an {@link EfaAbdeckungsbild} whose Kommunen are those of the
     * rule (see {@link #zero(Gebietsverzeichnis, Zaehlregel)}).
     *
     * @param verzeichnis the Gebiete
     * @param regel       the counting rule
     * @return the collector
     */
    public static Collector<Onlinedienst, EfaAbdeckung, EfaAbdeckungsbild> collector(Gebietsverzeichnis verzeichnis,
            Zaehlregel regel) {
        Objects.requireNonNull(verzeichnis, "verzeichnis");
        boolean gemeindefreie = regel.isGemeindefreieGebieteZaehlen();
        return Accumulator.collector(() -> new EfaAbdeckung(verzeichnis, gemeindefreie));
    }

    @Override
    public void add(Onlinedienst dienst) {
        anzahlDienste++;
        int n = dienst.nachnutzungen().size();
        nachnutzungen += n;
        if (!dienst.isEfa() || dienst.entwickelndesLand().isEmpty()) {
            nichtEfa++;
            nichtEfaNachnutzungen += n;
            return;
        }
        Bundesland entwickelnd = dienst.entwickelndesLand().get();
        Dienst d = dienste.computeIfAbsent(new Schluessel(dienst.id(), entwickelnd), k -> new Dienst(dienst.bezeichnung()));
        d.bezeichnung(dienst.bezeichnung());
        for (Nachnutzung nn : dienst.nachnutzungen()) {
            Ars nachnutzer = nn.nachnutzer();
            if (nachnutzer.landNummer() == entwickelnd.nummer()) {
                eigeneEntwicklung++;
                continue;
            }
            Gebietsverzeichnis.Bereich b = verzeichnis.gemeindeBereich(nachnutzer);
            if (b.isEmpty()) {
                nichtZugeordnet++;
                beispiele.add(nachnutzer.longValue());
                continue;
            }
            gezaehlt++;
            int s = nn.status().ordinal();
            if (nn.isLand()) {
                d.laender[s] |= 1 << nachnutzer.landNummer();
            }
            if (d.gemeinden[s] == null) {
                d.gemeinden[s] = Bits.neu(anzahlGemeinden);
            }
            Bits.setze(d.gemeinden[s], b.start(), b.end());
        }
    }

    /**
     * Adds every service.
     *
     * @param alle the services
     * @return this accumulator
     */
    public EfaAbdeckung addAll(Iterable<Onlinedienst> alle) {
        for (Onlinedienst d : alle) {
            add(d);
        }
        return this;
    }

    @Override
    public EfaAbdeckung merge(EfaAbdeckung other) {
        if (gemeindefreieGebieteZaehlen != other.gemeindefreieGebieteZaehlen) {
            throw new AggregationException(AggregationViolation.INCOMPATIBLE_ACCUMULATORS, "EfaAbdeckung.merge",
                    "gemeindefreie Gebiete " + (other.gemeindefreieGebieteZaehlen ? "counted" : "not counted"),
                    "an EfaAbdeckung that counts gemeindefreie Gebiete the same way");
        }
        if (verzeichnis != other.verzeichnis && !verzeichnis.equals(other.verzeichnis)) {
            throw new AggregationException(AggregationViolation.INCOMPATIBLE_ACCUMULATORS, "EfaAbdeckung.merge",
                    other.verzeichnis.toString(), "an EfaAbdeckung over the same Gebietsverzeichnis (" + verzeichnis
                            + ")");
        }
        other.dienste.forEach((k, o) -> {
            Dienst d = dienste.get(k);
            if (d == null) {
                d = new Dienst(o.bezeichnung);
                dienste.put(k, d);
            }
            d.bezeichnung(o.bezeichnung);
            for (int s = 0; s < STATUS; s++) {
                d.laender[s] |= o.laender[s];
                d.gemeinden[s] = Bits.oder(d.gemeinden[s], o.gemeinden[s]);
            }
        });
        anzahlDienste += other.anzahlDienste;
        nichtEfa += other.nichtEfa;
        nachnutzungen += other.nachnutzungen;
        gezaehlt += other.gezaehlt;
        eigeneEntwicklung += other.eigeneEntwicklung;
        nichtEfaNachnutzungen += other.nichtEfaNachnutzungen;
        nichtZugeordnet += other.nichtZugeordnet;
        beispiele.merge(other.beispiele);
        return this;
    }

    @Override
    public EfaAbdeckungsbild result() {
        List<Schluessel> schluessel = new ArrayList<>(dienste.keySet());
        schluessel.sort(Comparator.comparing(Schluessel::id).thenComparing(Schluessel::land));
        // the one place gemeindefreie Gebiete leave the counts: once per result, never per Nachnutzung
        Kommunen kommunen = Kommunen.of(verzeichnis, gemeindefreieGebieteZaehlen);
        int anzahlKommunen = kommunen.anzahl(0, anzahlGemeinden);
        int[] landVon = new int[17];
        int[] landBis = new int[17];
        for (Bundesland l : Bundesland.values()) {
            Gebietsverzeichnis.Bereich b = verzeichnis.gemeindeBereich(Ars.of(l));
            landVon[l.nummer()] = b.start();
            landBis[l.nummer()] = b.end();
        }
        Map<Bundesland, SortedSet<String>> entwickelt = new EnumMap<>(Bundesland.class);
        Map<Bundesland, Map<NachnutzungsStatus, SortedSet<String>>> nachgenutzt = new EnumMap<>(Bundesland.class);
        Map<Bundesland, SortedSet<String>> kommunal = new EnumMap<>(Bundesland.class);
        for (Bundesland l : Bundesland.values()) {
            entwickelt.put(l, new TreeSet<>());
            nachgenutzt.put(l, new EnumMap<>(NachnutzungsStatus.class));
            kommunal.put(l, new TreeSet<>());
        }
        List<EfaDienstabdeckung> ergebnisse = new ArrayList<>(schluessel.size());
        NachnutzungsStatus[] status = NachnutzungsStatus.values();
        for (Schluessel k : schluessel) {
            Dienst d = dienste.get(k);
            entwickelt.get(k.land()).add(k.id());
            Map<NachnutzungsStatus, Set<Bundesland>> laender = new EnumMap<>(NachnutzungsStatus.class);
            Map<NachnutzungsStatus, Integer> gemeinden = new EnumMap<>(NachnutzungsStatus.class);
            int hoehereLaender = 0;
            long[] hoehereGemeinden = Bits.neu(anzahlGemeinden);
            for (int s = STATUS - 1; s >= 0; s--) {
                int maske = d.laender[s] & ~hoehereLaender;
                hoehereLaender |= d.laender[s];
                Set<Bundesland> set = new TreeSet<>();
                for (Bundesland l : Bundesland.values()) {
                    if ((maske & 1 << l.nummer()) != 0) {
                        set.add(l);
                        nachgenutzt.get(l).computeIfAbsent(status[s], x -> new TreeSet<>()).add(k.id());
                    }
                }
                laender.put(status[s], set);
                int anzahl = 0;
                long[] bits = d.gemeinden[s] == null ? null : d.gemeinden[s].clone();
                kommunen.beschraenke(bits);
                if (bits != null) {
                    for (int w = 0; w < bits.length; w++) {
                        anzahl += Long.bitCount(bits[w] & ~hoehereGemeinden[w]);
                        hoehereGemeinden[w] |= bits[w];
                    }
                }
                gemeinden.put(status[s], anzahl);
            }
            for (Bundesland l : Bundesland.values()) {
                int n = l.nummer();
                if ((hoehereLaender & 1 << n) == 0 && Bits.irgendeins(hoehereGemeinden, landVon[n], landBis[n])) {
                    kommunal.get(l).add(k.id());
                }
            }
            int eigene = kommunen.anzahl(landVon[k.land().nummer()], landBis[k.land().nummer()]);
            ergebnisse.add(new EfaDienstabdeckung(k.id(), d.bezeichnung, k.land(), laender, anzahlKommunen, eigene,
                    gemeinden));
        }
        Map<Bundesland, EfaLandabdeckung> proLand = new EnumMap<>(Bundesland.class);
        for (Bundesland l : Bundesland.values()) {
            proLand.put(l, new EfaLandabdeckung(l, entwickelt.get(l), nachgenutzt.get(l), kommunal.get(l)));
        }
        Nachnutzungsbilanz bilanz = new Nachnutzungsbilanz(anzahlDienste, nichtEfa, nachnutzungen, gezaehlt,
                eigeneEntwicklung, nichtEfaNachnutzungen, new NichtZugeordnet(NichtZugeordnet.Grund.ARS_UNBEKANNT,
                        nichtZugeordnet, beispiele.texte(v -> Ars.of(v).toString())));
        return new EfaAbdeckungsbild(anzahlKommunen, ergebnisse, proLand, bilanz);
    }
}
