package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.examples.Beispiele;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.GebietTestdaten;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.KatalogTestdaten;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 300,000 generated status rows over the real 2019 catalogue keys and the real Gemeindeverzeichnis
 * (Gemeinde, Kreis, Land and Bund rows), aggregated by {@link Umsetzungsmatrix} under the dashboard
 * rule and checked against a plain recount in this test: string prefixes of the ARS, hash maps and
 * boolean arrays, no code of the aggregation package. The recount knows the Kommunen from the
 * Textkennzeichen column alone: the gemeindefreie Gebiete (65, 66) are no Kommunen. Skipped when the
 * shared data is missing.
 */
class UmsetzungsmatrixRealDataTest {

    private static final int ZEILEN = 300_000;
    private static final LocalDate STICHTAG = LocalDate.of(2024, 6, 30);

    /** The significant prefix of an ARS: trailing all-zero groups (Land 2, RB 1, Kreis 2, Verband 4, Gemeinde 3) removed. */
    static String praefix(String ars) {
        int[] grenzen = {0, 2, 3, 5, 9, 12};
        int ende = 12;
        for (int g = grenzen.length - 2; g >= 0; g--) {
            if (ars.substring(grenzen[g], ende).chars().allMatch(c -> c == '0')) {
                ende = grenzen[g];
            } else {
                break;
            }
        }
        return ars.substring(0, ende);
    }

    /** Best-level combination as the dashboard reads it: 0 none, 1 without level, 2 + level; a level beats none. */
    static int besser(int a, int b) {
        if (a == 0 || a == 1 && b != 0) {
            return b;
        }
        if (b <= 1) {
            return a;
        }
        return Math.max(a, b);
    }

    @Test
    void perThemenfeldAndPerLandFiguresEqualAPlainRecount() {
        OzgKatalog katalog = KatalogTestdaten.katalog();
        Gebietsverzeichnis verzeichnis = GebietTestdaten.verzeichnis();
        List<Umsetzungsstand> zeilen = Beispiele.ofSeed(20240630L).status().umsetzungsstaende(katalog, verzeichnis, STICHTAG,
                ZEILEN);

        Umsetzungsbild bild = Umsetzungsmatrix.zero(katalog, verzeichnis, Zaehlregel.DASHBOARD_ONLINE).addAll(zeilen)
                .result();
        assertEquals(bild, zeilen.parallelStream()
                .collect(Umsetzungsmatrix.collector(katalog, verzeichnis, Zaehlregel.DASHBOARD_ONLINE)));

        // --- the plain recount ----------------------------------------------------------------
        List<String> gemeinden = new ArrayList<>();
        List<String> alleGemeinden = new ArrayList<>();
        for (Gebiet g : verzeichnis.gebiete()) {
            if (g.ebene() == ArsEbene.GEMEINDE) {
                alleGemeinden.add(g.ars().toString());
                String tk = g.textkennzeichen().orElse("");
                if (!tk.equals("65") && !tk.equals("66")) {
                    gemeinden.add(g.ars().toString());
                }
            }
        }
        assertEquals(11_004 - 210, gemeinden.size());
        int anzahl = gemeinden.size();
        Map<String, List<Integer>> unterPraefix = new HashMap<>();
        for (int i = 0; i < anzahl; i++) {
            String s = gemeinden.get(i);
            for (int laenge : new int[] {0, 2, 3, 5, 9, 12}) {
                unterPraefix.computeIfAbsent(s.substring(0, laenge), x -> new ArrayList<>()).add(i);
            }
        }
        // a row whose ARS names only gemeindefreie Gebiete is placed (it is no ARS_UNBEKANNT), but covers no Kommune
        Set<String> bekanntePraefixe = new HashSet<>();
        for (String s : alleGemeinden) {
            for (int laenge : new int[] {0, 2, 3, 5, 9, 12}) {
                bekanntePraefixe.add(s.substring(0, laenge));
            }
        }
        Set<Leistungsschluessel> alleSchluessel = new HashSet<>();
        for (OzgLeistung l : katalog.leistungen()) {
            alleSchluessel.addAll(l.schluessel());
        }
        Map<Leistungsschluessel, boolean[]> online = new HashMap<>();
        Map<Leistungsschluessel, int[]> stufen = new HashMap<>();
        long nOnline = 0;
        long nOffline = 0;
        long nInaktiv = 0;
        long nNichtOk = 0;
        long nSchluesselUnbekannt = 0;
        long nArsUnbekannt = 0;
        long nAnderesModell = 0;
        long kreisOderLand = 0;
        for (Umsetzungsstand z : zeilen) {
            String p = praefix(z.ars().toString());
            if (p.length() <= 5) {
                kreisOderLand++;
            }
            if (!alleSchluessel.contains(z.schluessel())) {
                nSchluesselUnbekannt++;
                continue;
            }
            List<Integer> gedeckt = unterPraefix.getOrDefault(p, List.of());
            if (!bekanntePraefixe.contains(p)) {
                nArsUnbekannt++;
                continue;
            }
            Reifegrad r = z.reifegradOrNull();
            boolean istOnline;
            if (!z.isAktiv()) {
                nInaktiv++;
                continue;
            } else if (!z.isOnline()) {
                nNichtOk++;
                continue;
            } else if (r == null) {
                istOnline = true;
            } else if (r.modell() != ReifegradModell.V1) {
                nAnderesModell++;
                continue;
            } else {
                istOnline = r.stufe() >= 2;
            }
            if (istOnline) {
                nOnline++;
                boolean[] b = online.computeIfAbsent(z.schluessel(), k -> new boolean[anzahl]);
                for (int i : gedeckt) {
                    b[i] = true;
                }
            } else {
                nOffline++;
            }
            int slot = p.isEmpty() ? 0 : Integer.parseInt(p.substring(0, 2));
            int[] s = stufen.computeIfAbsent(z.schluessel(), k -> new int[17]);
            s[slot] = besser(s[slot], r == null ? 1 : 2 + r.stufe());
        }
        assertTrue(kreisOderLand > ZEILEN / 10, "Kreis, Land and Bund rows: " + kreisOderLand);

        Zeilenbilanz bilanz = bild.zeilenbilanz();
        assertEquals(ZEILEN, bilanz.gesamt());
        assertEquals(nOnline, bilanz.online());
        assertEquals(nOffline, bilanz.offline());
        assertEquals(nInaktiv, bilanz.inaktiv());
        assertEquals(nNichtOk, bilanz.nichtOk());
        assertEquals(nSchluesselUnbekannt, bilanz.nichtZugeordnet(NichtZugeordnet.Grund.SCHLUESSEL_UNBEKANNT).zeilen());
        assertEquals(nArsUnbekannt, bilanz.nichtZugeordnet(NichtZugeordnet.Grund.ARS_UNBEKANNT).zeilen());
        assertEquals(nAnderesModell, bilanz.nichtZugeordnet(NichtZugeordnet.Grund.REIFEGRAD_ANDERES_MODELL).zeilen());
        assertTrue(nAnderesModell > 0, "rows of Reifegrad model V2 are expected in the sample");

        for (Themenfeld t : Themenfeld.values()) {
            List<OzgLeistung> buendel = new ArrayList<>();
            for (OzgLeistung l : katalog.leistungen()) {
                if (l.themenfeld() == t) {
                    buendel.add(l);
                }
            }
            if (buendel.isEmpty()) {
                assertTrue(!bild.proThemenfeld().containsKey(t), t.toString());
                continue;
            }
            assertEquals(erwartet(String.valueOf(t.nummer()), t.bezeichnung(), buendel, 0, anzahl, gemeinden, "",
                    online, stufen), bild.proThemenfeld().get(t), t.toString());
        }
        for (Bundesland land : Bundesland.values()) {
            assertEquals(erwartet(land.code(), land.bezeichnung(), katalog.leistungen(), land.nummer(), anzahl,
                    gemeinden, land.code(), online, stufen), bild.proLand().get(land), land.toString());
        }

        List<Leistungsschluessel> stichprobe = new ArrayList<>(online.keySet());
        stichprobe.sort(null);
        List<String> gebiete = List.of("000000000000", "150000000000", "091620000000", "010010000000",
                gemeinden.get(anzahl / 2));
        for (Leistungsschluessel k : stichprobe.subList(0, 8)) {
            for (String g : gebiete) {
                int relevant = 0;
                int gedeckt = 0;
                for (int i = 0; i < anzahl; i++) {
                    if (gemeinden.get(i).startsWith(praefix(g))) {
                        relevant++;
                        gedeckt += online.get(k)[i] ? 1 : 0;
                    }
                }
                Flaechendeckungswert w = bild.flaechendeckung(k, Ars.parse(g)).orElseThrow();
                assertEquals(relevant, w.relevanteGemeinden(), k + " " + g);
                assertEquals(gedeckt, w.abgedeckteGemeinden(), k + " " + g);
                assertEquals(relevant > 0 && gedeckt == relevant, w.flaechendeckend(), k + " " + g);
            }
        }
    }

    /**
     * The figures of a group recounted: {@code land} 0 for all of Germany (levels over every slot),
     * else the Land number (levels of the Bund and the Land slot); the area is the Gemeinden whose
     * ARS starts with {@code bereich}.
     */
    private static Kennzahlen erwartet(String gruppe, String bezeichnung, List<OzgLeistung> buendel, int land,
            int anzahl, List<String> gemeinden, String bereich, Map<Leistungsschluessel, boolean[]> online,
            Map<Leistungsschluessel, int[]> stufen) {
        Set<Leistungsschluessel> schluessel = new HashSet<>();
        for (OzgLeistung l : buendel) {
            schluessel.addAll(l.schluessel());
        }
        List<Integer> flaeche = new ArrayList<>();
        for (int i = 0; i < anzahl; i++) {
            if (gemeinden.get(i).startsWith(bereich)) {
                flaeche.add(i);
            }
        }
        int breite = flaeche.size();
        int gemeldet = 0;
        int onlineZahl = 0;
        int fd = 0;
        long zellen = 0;
        long[] proStufe = new long[ReifegradModell.V1.maxStufe() + 1];
        long ohne = 0;
        Set<Leistungsschluessel> istOnline = new HashSet<>();
        for (Leistungsschluessel k : schluessel) {
            int[] s = stufen.get(k);
            int code = 0;
            if (s != null) {
                if (land == 0) {
                    for (int c : s) {
                        code = besser(code, c);
                    }
                } else {
                    code = besser(s[0], s[land]);
                }
            }
            if (code != 0) {
                gemeldet++;
                if (code == 1) {
                    ohne++;
                } else {
                    proStufe[code - 2]++;
                }
            }
            boolean[] b = online.get(k);
            int n = 0;
            if (b != null) {
                for (int i : flaeche) {
                    n += b[i] ? 1 : 0;
                }
            }
            if (n > 0) {
                onlineZahl++;
                istOnline.add(k);
            }
            zellen += n;
            if (breite > 0 && n == breite) {
                fd++;
            }
        }
        int ozgOnline = 0;
        for (OzgLeistung l : buendel) {
            for (Leistungsschluessel k : l.schluessel()) {
                if (istOnline.contains(k)) {
                    ozgOnline++;
                    break;
                }
            }
        }
        List<Long> verteilung = new ArrayList<>();
        for (long v : proStufe) {
            verteilung.add(v);
        }
        return new Kennzahlen(gruppe, bezeichnung, schluessel.size(), gemeldet, onlineZahl,
                breite > 0 ? schluessel.size() : 0, fd, buendel.size(), ozgOnline,
                new Reifegradverteilung(ReifegradModell.V1, verteilung, ohne), zellen,
                breite > 0 ? (long) schluessel.size() * breite : 0);
    }
}
