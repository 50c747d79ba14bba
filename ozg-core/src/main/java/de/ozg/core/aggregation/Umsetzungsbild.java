package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The coverage of one Stichtag under one counting rule, read from an {@link Umsetzungsmatrix}:
 * the figures per Land, per Themenfeld and per OZG-Leistung, the Flächendeckung of any service in
 * any area, and the {@link Zeilenbilanz} that accounts for every row. Groups come in a fixed order
 * — Länder by code, Themenfelder by number, OZG-Leistungen by OZG-ID — so two runs over the same
 * rows print the same tables.
 *
 * <p>Every count of Gemeinden here is a count of Kommunen: gemeindefreie Gebiete are neither among
 * the Gemeinden where a service is online nor in a denominator, unless the rule
 * {@linkplain Zaehlregel#isGemeindefreieGebieteZaehlen() counts them}.
 *
 * <p>Figures are computed on request from the frozen bitsets (a full per-Land table over 5,000
 * services and 11,000 Gemeinden counts about a million words). Immutable and thread-safe.
 */
public final class Umsetzungsbild {

    /** How the figures are grouped in a table. */
    public enum Gliederung {
        /** One row per Land, by code. */
        LAND,
        /** One row per Themenfeld of the catalogue, by number. */
        THEMENFELD,
        /** One row per OZG-Leistung, by OZG-ID. */
        OZG_LEISTUNG
    }

    private final Rahmen rahmen;
    private final long[][] abgedeckt;
    private final byte[] stufen;
    private final Zeilenbilanz bilanz;

    Umsetzungsbild(Rahmen rahmen, long[][] abgedeckt, byte[] stufen, Zeilenbilanz bilanz) {
        this.rahmen = rahmen;
        this.abgedeckt = abgedeckt;
        this.stufen = stufen;
        this.bilanz = bilanz;
    }

    /** @return the counting rule of the figures */
    public Zaehlregel regel() {
        return rahmen.regel;
    }

    /** @return the catalogue the figures count over */
    public OzgKatalog katalog() {
        return rahmen.katalog;
    }

    /** @return the Gebiete the figures count over */
    public Gebietsverzeichnis verzeichnis() {
        return rahmen.verzeichnis;
    }

    /** @return where every row went */
    public Zeilenbilanz zeilenbilanz() {
        return bilanz;
    }

    /** @return the figures for all of Germany, group {@code "DE"} */
    public Kennzahlen gesamt() {
        return kennzahlen("DE", "Deutschland", rahmen.alleSchluessel(), rahmen.alleBuendel(), 0, rahmen.gemeinden,
                -1);
    }

    /** @return the figures per Land, in Land-code order, all 16 Länder */
    public Map<Bundesland, Kennzahlen> proLand() {
        Map<Bundesland, Kennzahlen> r = new EnumMap<>(Bundesland.class);
        int[] alle = rahmen.alleSchluessel();
        List<Integer> buendel = rahmen.alleBuendel();
        for (Bundesland land : Bundesland.values()) {
            int n = land.nummer();
            r.put(land, kennzahlen(land.code(), land.bezeichnung(), alle, buendel, rahmen.landVon[n],
                    rahmen.landBis[n], n));
        }
        return Collections.unmodifiableMap(r);
    }

    /** @return the figures per Themenfeld of the catalogue, in Themenfeld order, nationwide */
    public Map<Themenfeld, Kennzahlen> proThemenfeld() {
        Map<Themenfeld, List<Integer>> buendel = new EnumMap<>(Themenfeld.class);
        for (int b = 0; b < rahmen.buendel.length; b++) {
            buendel.computeIfAbsent(rahmen.buendel[b].themenfeld(), x -> new ArrayList<>()).add(b);
        }
        Map<Themenfeld, Kennzahlen> r = new EnumMap<>(Themenfeld.class);
        buendel.forEach((t, bs) -> r.put(t, kennzahlen(String.valueOf(t.nummer()), t.bezeichnung(),
                rahmen.schluesselVon(bs), bs, 0, rahmen.gemeinden, -1)));
        return Collections.unmodifiableMap(r);
    }

    /** @return the figures per OZG-Leistung, in OZG-ID order, nationwide */
    public SortedMap<OzgId, Kennzahlen> proOzgLeistung() {
        SortedMap<OzgId, Kennzahlen> r = new TreeMap<>();
        for (int b = 0; b < rahmen.buendel.length; b++) {
            OzgLeistung l = rahmen.buendel[b];
            r.put(l.ozgId(), kennzahlen(l.ozgId().toString(), l.bezeichnung(), rahmen.buendelSchluessel[b],
                    List.of(b), 0, rahmen.gemeinden, -1));
        }
        return Collections.unmodifiableSortedMap(r);
    }

    /**
     * The figures of one OZG-Leistung.
     *
     * @param ozgId the OZG-ID
     * @return the figures, or empty when the catalogue has no such bundle
     */
    public Optional<Kennzahlen> ozgLeistung(OzgId ozgId) {
        for (int b = 0; b < rahmen.buendel.length; b++) {
            OzgLeistung l = rahmen.buendel[b];
            if (l.ozgId().equals(ozgId)) {
                return Optional.of(kennzahlen(l.ozgId().toString(), l.bezeichnung(), rahmen.buendelSchluessel[b],
                        List.of(b), 0, rahmen.gemeinden, -1));
            }
        }
        return Optional.empty();
    }

    /**
     * The Flächendeckung of one service in one area.
     *
     * @param schluessel a LeiKa key of the catalogue
     * @param praefix    the area: the Bund key, a Land, Kreis or any ARS prefix
     * @return the value, or empty when the catalogue does not list the key
     */
    public Optional<Flaechendeckungswert> flaechendeckung(Leistungsschluessel schluessel, Ars praefix) {
        int k = rahmen.indexOf(schluessel.longValue());
        return k < 0 ? Optional.empty() : Optional.of(wert(k, praefix));
    }

    /**
     * The Flächendeckung of every catalogue service in every area of one level: the Bund, the 16
     * Länder, or the Gebiete of that level in the Gebietsverzeichnis. Ordered by key, then ARS;
     * computed lazily (5,000 services × 400 Kreise are two million values).
     *
     * @param ebene the level of the areas
     * @return the values
     */
    public Stream<Flaechendeckungswert> flaechendeckung(ArsEbene ebene) {
        List<Ars> gebiete = gebiete(ebene);
        return IntStream.range(0, rahmen.anzahlSchluessel()).boxed()
                .flatMap(k -> gebiete.stream().map(a -> wert(k, a)));
    }

    /**
     * How many relevant services are flächendeckend in an area, as the dashboard counts per Land.
     *
     * @param praefix the area
     * @return the count
     */
    public int anzahlFlaechendeckend(Ars praefix) {
        Gebietsverzeichnis.Bereich b = rahmen.verzeichnis.gemeindeBereich(praefix);
        int n = 0;
        for (int k = 0; k < abgedeckt.length; k++) {
            if (isFlaechendeckend(k, b.start(), b.end())) {
                n++;
            }
        }
        return n;
    }

    private List<Ars> gebiete(ArsEbene ebene) {
        if (ebene == ArsEbene.BUND) {
            return List.of(Ars.BUND);
        }
        if (ebene == ArsEbene.LAND) {
            return Arrays.stream(Bundesland.values()).map(Ars::of).toList();
        }
        return rahmen.verzeichnis.gebiete(ebene).stream().map(Gebiet::ars).distinct().toList();
    }

    private boolean isFlaechendeckend(int k, int von, int bis) {
        return rahmen.relevant[k]
                && rahmen.regel.isFlaechendeckend(Bits.anzahl(abgedeckt[k], von, bis),
                        rahmen.relevanteGemeinden(von, bis));
    }

    private boolean isFlaechendeckend(int k, Ars praefix) {
        Gebietsverzeichnis.Bereich b = rahmen.verzeichnis.gemeindeBereich(praefix);
        return isFlaechendeckend(k, b.start(), b.end());
    }

    private Flaechendeckungswert wert(int k, Ars praefix) {
        Gebietsverzeichnis.Bereich b = rahmen.verzeichnis.gemeindeBereich(praefix);
        Leistungsschluessel s = Leistungsschluessel.of(rahmen.schluessel[k]);
        int abgedeckteGemeinden = Bits.anzahl(abgedeckt[k], b.start(), b.end());
        if (!rahmen.relevant[k]) {
            return new Flaechendeckungswert(s, praefix, 0, 0, false,
                    Optional.of(Flaechendeckung.NICHT_BERUECKSICHTIGT));
        }
        int relevanteGemeinden = rahmen.relevanteGemeinden(b.start(), b.end());
        boolean fd = rahmen.regel.isFlaechendeckend(abgedeckteGemeinden, relevanteGemeinden);
        Flaechendeckung klasse = null;
        if (isFlaechendeckend(k, Ars.BUND)) {
            klasse = Flaechendeckung.BUNDESWEIT;
        } else if (praefix.ebene() != ArsEbene.BUND && isFlaechendeckend(k, praefix.truncatedTo(ArsEbene.LAND))) {
            klasse = Flaechendeckung.LANDESWEIT;
        } else if (praefix.ebene().compareTo(ArsEbene.KREIS) >= 0
                && isFlaechendeckend(k, praefix.truncatedTo(ArsEbene.KREIS))) {
            klasse = Flaechendeckung.KREISWEIT;
        } else if (abgedeckteGemeinden > 0) {
            klasse = Flaechendeckung.MIND_EINE_KOMMUNE;
        }
        return new Flaechendeckungswert(s, praefix, relevanteGemeinden, abgedeckteGemeinden, fd,
                Optional.ofNullable(klasse));
    }

    /**
     * @param land the Land number whose slot (with the Bund slot) gives the levels, or -1 for all
     */
    private Kennzahlen kennzahlen(String gruppe, String bezeichnung, int[] schluessel, List<Integer> buendel,
            int von, int bis, int land) {
        ReifegradModell modell = rahmen.regel.modell();
        long[] proStufe = new long[modell.maxStufe() + 1];
        long ohne = 0;
        int gemeldet = 0;
        int onlineZahl = 0;
        int relevantZahl = 0;
        int fd = 0;
        long zellen = 0;
        long relevanteZellen = 0;
        boolean[] istOnline = new boolean[rahmen.anzahlSchluessel()];
        boolean schlechtester = rahmen.schlechtester;
        int breite = rahmen.relevanteGemeinden(von, bis);
        for (int k : schluessel) {
            int code = stufe(k, land, schlechtester);
            if (code != 0) {
                gemeldet++;
                if (code == 1) {
                    ohne++;
                } else {
                    proStufe[code - 2]++;
                }
            }
            int anzahl = Bits.anzahl(abgedeckt[k], von, bis);
            if (anzahl > 0) {
                onlineZahl++;
                istOnline[k] = true;
            }
            if (rahmen.relevant[k] && breite > 0) {
                relevantZahl++;
                zellen += anzahl;
                relevanteZellen += breite;
                if (rahmen.regel.isFlaechendeckend(anzahl, breite)) {
                    fd++;
                }
            }
        }
        int ozgOnline = 0;
        for (int b : buendel) {
            for (int k : rahmen.buendelSchluessel[b]) {
                if (istOnline[k]) {
                    ozgOnline++;
                    break;
                }
            }
        }
        List<Long> verteilung = Arrays.stream(proStufe).boxed().toList();
        return new Kennzahlen(gruppe, bezeichnung, schluessel.length, gemeldet, onlineZahl, relevantZahl, fd,
                buendel.size(), ozgOnline, new Reifegradverteilung(modell, verteilung, ohne), zellen, relevanteZellen);
    }

    private int stufe(int k, int land, boolean schlechtester) {
        int basis = k * Rahmen.SLOTS;
        if (land >= 0) {
            return Umsetzungsmatrix.kombiniere(stufen[basis], stufen[basis + land], schlechtester);
        }
        int c = 0;
        for (int i = 0; i < Rahmen.SLOTS; i++) {
            c = Umsetzungsmatrix.kombiniere(c, stufen[basis + i], schlechtester);
        }
        return c;
    }

    /**
     * The figures of one grouping as a table, titled with the counting rule. Columns: group, name,
     * LeiKa services, reported, online, relevant, flächendeckend, OZG-Leistungen, OZG online,
     * coverage of cells, then the services per Reifegrad and without level.
     *
     * @param gliederung the grouping
     * @return the table
     */
    public Tabelle toTabelle(Gliederung gliederung) {
        Iterable<Kennzahlen> gruppen;
        switch (gliederung) {
            case LAND:
                gruppen = proLand().values();
                break;
            case THEMENFELD:
                gruppen = proThemenfeld().values();
                break;
            default:
                gruppen = proOzgLeistung().values();
                break;
        }
        ReifegradModell modell = rahmen.regel.modell();
        List<String> spalten = new ArrayList<>(List.of("Gruppe", "Bezeichnung", "LeiKa", "gemeldet", "online",
                "relevant", "flaechendeckend", "OZG", "OZG online", "Abdeckung"));
        for (int s = 0; s <= modell.maxStufe(); s++) {
            spalten.add(modell.name() + ":" + s);
        }
        spalten.add("ohne RG");
        List<List<String>> zeilen = new ArrayList<>();
        for (Kennzahlen z : gruppen) {
            List<String> zeile = new ArrayList<>(List.of(z.gruppe(), z.bezeichnung(), Integer.toString(z.leika()),
                    Integer.toString(z.leikaGemeldet()), Integer.toString(z.leikaOnline()),
                    Integer.toString(z.leikaRelevant()), Integer.toString(z.leikaFlaechendeckend()),
                    Integer.toString(z.ozgLeistungen()), Integer.toString(z.ozgLeistungenOnline()),
                    Tabelle.prozent(z.abgedeckteZellen(), z.relevanteZellen())));
            z.verteilung().proStufe().forEach(n -> zeile.add(Long.toString(n)));
            zeile.add(Long.toString(z.verteilung().ohneReifegrad()));
            zeilen.add(zeile);
        }
        return new Tabelle(rahmen.regel.toString(), spalten, zeilen);
    }

    /**
     * Equal when both count over equal setups and hold the same coverage, levels and balance: what a
     * sequential and a parallel run over the same rows must give.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Umsetzungsbild)) {
            return false;
        }
        Umsetzungsbild b = (Umsetzungsbild) o;
        return rahmen.isVertraeglich(b.rahmen) && bilanz.equals(b.bilanz) && Arrays.equals(stufen, b.stufen)
                && Arrays.deepEquals(abgedeckt, b.abgedeckt);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * bilanz.hashCode() + Arrays.hashCode(stufen)) + Arrays.deepHashCode(abgedeckt);
    }

    @Override
    public String toString() {
        Kennzahlen g = gesamt();
        return "Umsetzungsbild{" + rahmen.regel.name() + ", " + bilanz.gesamt() + " Zeilen, " + g.leikaOnline()
                + " von " + g.leika() + " LeiKa-Leistungen online, " + g.ozgLeistungenOnline() + " von "
                + g.ozgLeistungen() + " OZG-Leistungen online}";
    }
}
