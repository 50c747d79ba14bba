package de.ozg.core.validation.katalog;

import static de.ozg.core.SafeText.quote;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.internal.LongIntMap;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Kontext;
import de.ozg.core.validation.Pruefung;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The catalogue rules that need state across rows. Each class is the state of one run of one rule;
 * the state grows with the number of distinct keys (OZG-IDs, LeiKa keys, Lebenslagen), never with
 * anything larger than the catalogue itself.
 */
final class Querpruefungen {

    /**
     * The keys a cross-row map is made for: a catalogue has some thousand rows (the 2019 one 5,223),
     * and growing from a small map rehashes every key several times.
     */
    static final int ERWARTET = 6144;
    /** The OZG-IDs a map of bundles is made for: the programme has 575. */
    static final int ERWARTET_BUENDEL = 1024;

    /**
     * A map of LeiKa keys or row hashes for one pass, filled to three quarters before it grows: a
     * pass holds three or four of them, and at half fill they no longer fit the second-level cache
     * together, so that the probes of each row miss it.
     */
    static LongIntMap karte() {
        return new LongIntMap(ERWARTET, 12);
    }

    private Querpruefungen() {
    }

    private static String zeileText(long zeile) {
        return "Zeile " + zeile;
    }

    private static String lineText(long zeile) {
        return "line " + zeile;
    }

    private static String zeileText(Fundstelle f) {
        return f.line().isPresent() ? "Zeile " + f.line().getAsLong() : "einem früheren Datensatz";
    }

    private static String lineText(Fundstelle f) {
        return f.line().isPresent() ? "line " + f.line().getAsLong() : "an earlier record";
    }

    /** KATALOG-THEMENFELD-SCHREIBWEISE: once per variant spelling. */
    static final class Schreibweise implements Pruefung<TableRow<Katalogspalte>> {
        private final Set<String> gemeldet = new HashSet<>();
        private final Zellen.Zugang zugang = new Zellen.Zugang();

        @Override
        public void check(TableRow<Katalogspalte> z, Kontext k) {
            String roh = z.rawCell(Katalogspalte.THEMENFELD);
            Themenfeld t = zugang.zeile(z).themenfeld();
            if (t == null || t.bezeichnung().equals(roh) || !gemeldet.add(roh)) {
                return;
            }
            String spalte = z.columnName(Katalogspalte.THEMENFELD);
            k.befund().fundstelle(z.fundstelle(Katalogspalte.THEMENFELD)).gegenstand(t.bezeichnung()).wert(roh).report(
                    "„" + spalte + "“ schreibt " + quote(roh) + " für das Themenfeld „" + t.bezeichnung()
                            + "“ (gemeldet nur beim ersten Vorkommen dieser Schreibweise)",
                    "'" + spalte + "' spells " + quote(roh) + " for the Themenfeld '" + t.bezeichnung()
                            + "' (reported at the first occurrence of this spelling only)");
        }
    }

    /** KATALOG-LEIKA-MEHRFACH: a key in a second bundle, reported once per key and bundle. */
    static final class Mehrfach implements Pruefung<TableRow<Katalogspalte>> {
        /** Per key, the line and OZG-ID of its first row; shared with the pass's other users. */
        private final Schluesselindex index = Schluesselindex.fuerPass();
        private final int bit = index.teilnehmer();
        private final Set<String> gemeldet = new HashSet<>();
        private final Zellen.Zugang zugang = new Zellen.Zugang();

        @Override
        public void check(TableRow<Katalogspalte> z, Kontext k) {
            Zellen.Zeile m = zugang.zeile(z);
            Leistungsschluessel s = m.schluessel();
            OzgId id = m.ozgId();
            if (s == null || id == null) {
                return;
            }
            int e = index.eintrag(bit, s.longValue(), id.intValue(), z);
            if (index.isNeu() || index.ozgId(e) == id.intValue() || !gemeldet.add(s.longValue() + "/" + id.intValue())) {
                return;
            }
            OzgId erstesId = OzgId.of(index.ozgId(e));
            long erste = index.zeile(e);
            k.befund().fundstelle(z.fundstelle(Katalogspalte.LEIKA_SCHLUESSEL)).gegenstand(s.toString())
                    .wert(z.rawCell(Katalogspalte.LEIKA_SCHLUESSEL)).report(
                            "Der LeiKa-Schlüssel " + s + " steht hier unter OZG-ID " + id + ", aber schon in "
                                    + zeileText(erste) + " unter OZG-ID " + erstesId
                                    + "; eine Leistung gehört zu genau einer OZG-Leistung",
                            "The LeiKa key " + s + " is listed here under OZG-ID " + id + ", but already in "
                                    + lineText(erste) + " under OZG-ID " + erstesId
                                    + "; a service belongs to exactly one OZG-Leistung");
        }
    }

    /** The content of a row's LeiKa service as the model compares it. */
    static String leikaInhalt(Zellen.Zeile m) {
        Set<Typisierung> typ = m.typisierung();
        StringBuilder sb = new StringBuilder(128);
        sb.append(m.text(Katalogspalte.LEIKA_BEZEICHNUNG)).append('\u001F')
                .append(typ == null ? m.roh(Katalogspalte.LEIKA_TYP) : Typisierung.formatMenge(typ)).append('\u001F')
                .append(m.text(Katalogspalte.RECHTSGRUNDLAGEN)).append('\u001F')
                .append(m.text(Katalogspalte.GESETZE)).append('\u001F')
                .append(m.text(Katalogspalte.GESETZESKUERZEL)).append('\u001F')
                .append(m.sdg(Katalogspalte.SDG1)).append('\u001F').append(m.sdg(Katalogspalte.SDG2));
        return sb.toString();
    }

    /**
     * KATALOG-LEIKA-DOPPELT: the same key twice in one bundle with different content. The content of
     * a row is only put together when its key repeats in the same bundle, which is rare; the first
     * rows are kept for that, no more than the catalogue itself.
     */
    static final class Doppelt implements Pruefung<TableRow<Katalogspalte>> {
        /** Per key, the OZG-ID and the first row; shared with the pass's other users. */
        private final Schluesselindex index = Schluesselindex.fuerPass();
        private final int bit = index.teilnehmer();
        private final Map<Integer, String> inhalte = new HashMap<>();
        private final Zellen.Zugang zugang = new Zellen.Zugang();

        Doppelt() {
            index.merkeZeilen();
        }

        @Override
        public void check(TableRow<Katalogspalte> z, Kontext k) {
            Zellen.Zeile m = zugang.zeile(z);
            Leistungsschluessel s = m.schluessel();
            OzgId id = m.ozgId();
            if (s == null || id == null) {
                return;
            }
            int e = index.eintrag(bit, s.longValue(), id.intValue(), z);
            if (index.isNeu() || index.ozgId(e) != id.intValue()) {
                return;
            }
            TableRow<Katalogspalte> vorher = index.ersteZeile(e);
            // the earlier row is read through a memo of its own: the thread's memo holds this row
            String erstInhalt = inhalte.computeIfAbsent(e, i -> leikaInhalt(Zellen.einzeln(vorher)));
            if (erstInhalt.equals(leikaInhalt(m))) {
                return;
            }
            k.befund().fundstelle(z.fundstelle(Katalogspalte.LEIKA_SCHLUESSEL)).gegenstand(s.toString())
                    .wert(z.rawCell(Katalogspalte.LEIKA_SCHLUESSEL)).report(
                            "Die OZG-Leistung " + id + " führt den LeiKa-Schlüssel " + s + " schon in "
                                    + zeileText(vorher.line()) + " mit anderem Inhalt (Bezeichnung, Typ,"
                                    + " Rechtsgrundlage oder SDG); verwendet wird die erste Zeile",
                            "The OZG-Leistung " + id + " already lists the LeiKa key " + s + " in "
                                    + lineText(vorher.line()) + " with different content (name, type, legal basis"
                                    + " or SDG); the first row is used");
        }
    }

    /** KATALOG-OZG-WIDERSPRUCH: one OZG-ID, different bundle data. */
    static final class Widerspruch implements Pruefung<TableRow<Katalogspalte>> {
        private static final class Buendel {
            final long zeile;
            final String name;
            final Themenfeld themenfeld;
            final String themenfeldRoh;
            final String lebenslage;

            Buendel(Zellen.Zeile m) {
                this.zeile = m.row().line();
                this.name = m.text(Katalogspalte.OZG_LEISTUNG);
                this.themenfeld = m.themenfeld();
                this.themenfeldRoh = m.text(Katalogspalte.THEMENFELD);
                this.lebenslage = m.text(Katalogspalte.LEBENSLAGE);
            }
        }

        private final LongIntMap index = new LongIntMap(ERWARTET_BUENDEL);
        private final List<Buendel> erste = new ArrayList<>();
        private final Zellen.Zugang zugang = new Zellen.Zugang();
        /** The bundle of the previous row: rows come grouped by bundle, so most rows skip the lookup. */
        private int letzteId = -1;
        private Buendel letztes;

        @Override
        public void check(TableRow<Katalogspalte> z, Kontext k) {
            Zellen.Zeile m = zugang.zeile(z);
            OzgId id = m.ozgId();
            if (id == null) {
                return;
            }
            if (id.intValue() != letzteId) {
                int i = index.putIfAbsent(id.intValue(), erste.size());
                letzteId = id.intValue();
                if (i == LongIntMap.ABSENT) {
                    letztes = new Buendel(m);
                    erste.add(letztes);
                    return;
                }
                letztes = erste.get(i);
            }
            Buendel b = letztes;
            compare(z, k, id, b, Katalogspalte.OZG_LEISTUNG, b.name, m.text(Katalogspalte.OZG_LEISTUNG));
            Themenfeld t = m.themenfeld();
            if (t != null && b.themenfeld != null) {
                if (t != b.themenfeld) {
                    report(z, k, id, b, Katalogspalte.THEMENFELD, b.themenfeld.bezeichnung());
                }
            } else {
                compare(z, k, id, b, Katalogspalte.THEMENFELD, b.themenfeldRoh, m.text(Katalogspalte.THEMENFELD));
            }
            compare(z, k, id, b, Katalogspalte.LEBENSLAGE, b.lebenslage, m.text(Katalogspalte.LEBENSLAGE));
        }

        private static void compare(TableRow<Katalogspalte> z, Kontext k, OzgId id, Buendel b, Katalogspalte s, String erst,
                String jetzt) {
            if (erst != null && jetzt != null && !erst.equals(jetzt)) {
                report(z, k, id, b, s, erst);
            }
        }

        private static void report(TableRow<Katalogspalte> z, Kontext k, OzgId id, Buendel b, Katalogspalte s, String erst) {
            String spalte = z.columnName(s);
            String roh = z.rawCell(s);
            k.befund().fundstelle(z.fundstelle(s)).gegenstand(id.toString()).wert(roh).report(
                    "OZG-ID " + id + " hat hier „" + spalte + "“ " + quote(roh) + ", in " + zeileText(b.zeile)
                            + " aber " + quote(erst) + "; verwendet wird die erste Angabe",
                    "OZG-ID " + id + " has '" + spalte + "' " + quote(roh) + " here, but " + quote(erst) + " in "
                            + lineText(b.zeile) + "; the first is used");
        }
    }

    /**
     * KATALOG-LEBENSLAGE-THEMENFELD: a Lebenslage name under several Themenfelder. The assignment
     * with the most OZG-Leistungen (on a tie: the one seen first) counts as right, each other one is
     * reported once at its first row. Decided at the end so that an early wrong row does not make
     * every right row look wrong.
     */
    static final class LebenslageThemenfeld implements Pruefung<TableRow<Katalogspalte>> {
        private static final class Paar {
            final Fundstelle fundstelle;
            final String roh;
            final long reihenfolge;
            final Set<OzgId> buendel = new HashSet<>();

            Paar(Fundstelle fundstelle, String roh, long reihenfolge) {
                this.fundstelle = fundstelle;
                this.roh = roh;
                this.reihenfolge = reihenfolge;
            }
        }

        private final Map<String, Map<Themenfeld, Paar>> lagen = new LinkedHashMap<>();
        private long zaehler;
        private final Zellen.Zugang zugang = new Zellen.Zugang();
        /** What the previous row added: rows come grouped by bundle, and a repeat adds nothing. */
        private String letzteLage;
        private Themenfeld letztesThemenfeld;
        private OzgId letzteId;

        @Override
        public void check(TableRow<Katalogspalte> z, Kontext k) {
            Zellen.Zeile m = zugang.zeile(z);
            String lage = m.text(Katalogspalte.LEBENSLAGE);
            Themenfeld t = m.themenfeld();
            OzgId id = m.ozgId();
            if (lage == null || t == null || id == null
                    || t == letztesThemenfeld && id.equals(letzteId) && lage.equals(letzteLage)) {
                return;
            }
            letzteLage = lage;
            letztesThemenfeld = t;
            letzteId = id;
            Map<Themenfeld, Paar> paare = lagen.computeIfAbsent(lage, x -> new EnumMap<>(Themenfeld.class));
            Paar p = paare.get(t);
            if (p == null) {
                p = new Paar(z.fundstelle(Katalogspalte.LEBENSLAGE), z.rawCell(Katalogspalte.LEBENSLAGE), zaehler++);
                paare.put(t, p);
            }
            p.buendel.add(id);
        }

        @Override
        public void finish(Kontext k) {
            for (Map.Entry<String, Map<Themenfeld, Paar>> e : lagen.entrySet()) {
                Map<Themenfeld, Paar> paare = e.getValue();
                if (paare.size() < 2) {
                    continue;
                }
                Themenfeld richtig = null;
                Paar best = null;
                for (Map.Entry<Themenfeld, Paar> p : paare.entrySet()) {
                    Paar q = p.getValue();
                    if (best == null || q.buendel.size() > best.buendel.size()
                            || (q.buendel.size() == best.buendel.size() && q.reihenfolge < best.reihenfolge)) {
                        best = q;
                        richtig = p.getKey();
                    }
                }
                List<Map.Entry<Themenfeld, Paar>> andere = new ArrayList<>(paare.entrySet());
                andere.sort((a, b) -> Long.compare(a.getValue().reihenfolge, b.getValue().reihenfolge));
                for (Map.Entry<Themenfeld, Paar> p : andere) {
                    if (p.getKey() == richtig) {
                        continue;
                    }
                    Paar q = p.getValue();
                    String lage = e.getKey();
                    k.befund().fundstelle(q.fundstelle).gegenstand(lage).wert(q.roh).report(
                            "Die Lebenslage " + quote(lage) + " steht hier unter dem Themenfeld „"
                                    + p.getKey().bezeichnung() + "“ (" + q.buendel.size() + " OZG-Leistung(en)), sonst"
                                    + " unter „" + richtig.bezeichnung() + "“ (" + best.buendel.size()
                                    + " OZG-Leistung(en), erstmals in " + zeileText(best.fundstelle) + ")",
                            "The Lebenslage " + quote(lage) + " is listed here under the Themenfeld '"
                                    + p.getKey().bezeichnung() + "' (" + q.buendel.size() + " OZG-Leistung(en)),"
                                    + " elsewhere under '" + richtig.bezeichnung() + "' (" + best.buendel.size()
                                    + " OZG-Leistung(en), first in " + lineText(best.fundstelle) + ")");
                }
            }
        }
    }

    /**
     * KATALOG-DUPLIKAT: exact repetitions of a row. A row with a LeiKa key and an OZG-ID can only
     * repeat an earlier row of the same key, so it is compared with those alone, found through the
     * pass's key index ({@link Schluesselindex}): most rows bring a new key and cost no more than
     * that lookup, which the other key rules make anyway. The other rows (placeholder, bad
     * identifiers) are found by a hash of their cells and then compared cell by cell; rows whose
     * hashes clash move on to the next hash value. The hash takes the identifiers as the other
     * rules parsed them (or their text when they do not parse) and of the other cells only length,
     * ends and middle: hashing every text would cost more than reading it, and two rows that differ
     * only inside a text mostly differ in their key too, or are told apart by the comparison.
     */
    static final class Duplikat implements Pruefung<TableRow<Katalogspalte>> {
        private static final Katalogspalte[] SPALTEN = Katalogspalte.values();

        private final Schluesselindex index = Schluesselindex.fuerPass();
        private final int bit = index.teilnehmer();
        /** Per key entry with more than one distinct row: the rows after the first, in order. */
        private final Map<Integer, List<TableRow<Katalogspalte>>> weitere = new HashMap<>();
        /** The rows without key or OZG-ID, by hash. */
        private final LongIntMap erste = new LongIntMap(64);
        private final List<TableRow<Katalogspalte>> zeilen = new ArrayList<>();
        private final Zellen.Zugang zugang = new Zellen.Zugang();

        Duplikat() {
            index.merkeZeilen();
        }

        @Override
        public void check(TableRow<Katalogspalte> z, Kontext k) {
            Zellen.Zeile m = zugang.zeile(z);
            Leistungsschluessel s = m.schluessel();
            OzgId id = m.ozgId();
            if (s != null && id != null) {
                // equal cells parse to the same key and OZG-ID: an earlier equal row is in the key's entry
                int e = index.eintrag(bit, s.longValue(), id.intValue(), z);
                if (index.isNeu()) {
                    return;
                }
                TableRow<Katalogspalte> vorher = index.ersteZeile(e);
                if (gleich(vorher, z)) {
                    report(z, k, vorher.line());
                    return;
                }
                List<TableRow<Katalogspalte>> andere = weitere.computeIfAbsent(e, x -> new ArrayList<>(2));
                for (TableRow<Katalogspalte> a : andere) {
                    if (gleich(a, z)) {
                        report(z, k, a.line());
                        return;
                    }
                }
                andere.add(z);
                return;
            }
            long h = streuwert(m);
            while (true) {
                int i = erste.putIfAbsent(h, zeilen.size());
                if (i == LongIntMap.ABSENT) {
                    zeilen.add(z);
                    return;
                }
                TableRow<Katalogspalte> e = zeilen.get(i);
                if (gleich(e, z)) {
                    report(z, k, e.line());
                    return;
                }
                h = h + 1 & Long.MAX_VALUE;
            }
        }

        /** A function of the raw cells only, so that equal rows hash alike. */
        private static long streuwert(Zellen.Zeile m) {
            TableRow<Katalogspalte> z = m.row();
            long h = 0;
            for (Katalogspalte s : SPALTEN) {
                String roh = z.rawCell(s);
                long t;
                if (roh == null) {
                    t = 0x2545F491L;
                } else if (s == Katalogspalte.OZG_ID) {
                    t = m.ozgZustand() == Zellen.GUELTIG ? m.ozgId().intValue() : roh.hashCode();
                } else if (s == Katalogspalte.LEIKA_SCHLUESSEL) {
                    t = m.leikaZustand() == Zellen.GUELTIG ? m.schluessel().longValue() : roh.hashCode();
                } else {
                    int n = roh.length();
                    t = n == 0 ? 0x7F4A7C15L : ((long) n << 48) ^ ((long) roh.charAt(0) << 32)
                            ^ ((long) roh.charAt(n / 2) << 16) ^ roh.charAt(n - 1);
                }
                h = (h + t) * 0x9E3779B97F4A7C15L;
            }
            return (h ^ h >>> 29) & Long.MAX_VALUE;
        }

        private static boolean gleich(TableRow<Katalogspalte> a, TableRow<Katalogspalte> b) {
            for (Katalogspalte s : SPALTEN) {
                if (!Objects.equals(a.rawCell(s), b.rawCell(s))) {
                    return false;
                }
            }
            return true;
        }

        private static void report(TableRow<Katalogspalte> z, Kontext k, long erste) {
            String id = Objects.toString(z.rawCell(Katalogspalte.OZG_ID), "");
            String schluessel = Objects.toString(z.rawCell(Katalogspalte.LEIKA_SCHLUESSEL), "");
            k.befund().fundstelle(z.fundstelle()).gegenstand(Texte.strip(id)).wert(schluessel).report(
                    "Die Zeile wiederholt " + zeileText(erste) + " genau; sie wird nur einmal übernommen",
                    "The row repeats " + lineText(erste) + " exactly; it is taken once");
        }
    }

    /** KATALOG-KENNZAHLEN: the catalogue's figures against the programme's. */
    static final class Kennzahlen implements Pruefung<TableRow<Katalogspalte>> {
        private final int sollLeistungen;
        private final int sollThemenfelder;
        private final BitSet ozgIds = new BitSet(100_000);
        private final Set<Themenfeld> themenfelder = EnumSet.noneOf(Themenfeld.class);
        private String quelle;

        Kennzahlen(int sollLeistungen, int sollThemenfelder) {
            this.sollLeistungen = sollLeistungen;
            this.sollThemenfelder = sollThemenfelder;
        }

        private final Zellen.Zugang zugang = new Zellen.Zugang();

        @Override
        public void check(TableRow<Katalogspalte> z, Kontext k) {
            Zellen.Zeile m = zugang.zeile(z);
            OzgId id = m.ozgId();
            if (id != null) {
                ozgIds.set(id.intValue());
            }
            Themenfeld t = m.themenfeld();
            if (t != null) {
                themenfelder.add(t);
            }
            if (quelle == null) {
                quelle = z.header().quelle().orElse(null);
            }
        }

        @Override
        public void finish(Kontext k) {
            Fundstelle f = quelle == null ? Fundstelle.unbekannt() : Fundstelle.ofQuelle(quelle);
            int leistungen = ozgIds.cardinality();
            if (leistungen != sollLeistungen) {
                k.befund().fundstelle(f).gegenstand("OZG-Leistungen").wert(Integer.toString(leistungen)).report(
                        "Der Katalog enthält " + leistungen + " OZG-Leistungen, das Programm zählt " + sollLeistungen,
                        "The catalogue holds " + leistungen + " OZG-Leistungen, the programme counts "
                                + sollLeistungen);
            }
            if (themenfelder.size() != sollThemenfelder) {
                List<String> fehlend = new ArrayList<>();
                for (Themenfeld t : Themenfeld.values()) {
                    if (!themenfelder.contains(t)) {
                        fehlend.add(t.bezeichnung());
                    }
                }
                String liste = fehlend.isEmpty() ? "" : "; ohne " + String.join(", ", fehlend);
                String list = fehlend.isEmpty() ? "" : "; without " + String.join(", ", fehlend);
                k.befund().fundstelle(f).gegenstand("Themenfelder").wert(Integer.toString(themenfelder.size())).report(
                        "Der Katalog enthält " + themenfelder.size() + " Themenfelder, das Programm zählt "
                                + sollThemenfelder + liste,
                        "The catalogue holds " + themenfelder.size() + " Themenfelder, the programme counts "
                                + sollThemenfelder + list);
            }
        }
    }
}
