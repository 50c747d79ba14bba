package de.ozg.core.ref;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Federführung of a Themenfeld on a Stichtag: the Bundesressorts and Länder that lead it as a
 * tandem. The programme rule is "at least one Bundesressort and one Land", and several of each
 * occur (Mobilität &amp; Reisen: Baden-Württemberg and Hessen). A co-lead that is neither a
 * Bundesressort nor a Land is held by name in {@link #weitereFederfuehrende()}: Engagement &amp;
 * Hobby is led by the BMI and Nordrhein-Westfalen together with the kommunale Spitzenverbände
 * (digitale-verwaltung.de, Themenfeld page "Auf einen Blick", checked 2026-12).
 *
 * <p>Leads are time-aware. A ressort's lead follows its identity through renamings (the BMVI's
 * lead on Mobilität &amp; Reisen is the BMDV's from 2021-12-08 and the BMV's from 2025-05-06); a
 * real move of a responsibility is a change in the data (Bauen &amp; Wohnen passed from the BMI to
 * the new BMWSB on 2021-12-08). What the public record does not show stays unknown: Querschnitt has
 * no known lead, and {@link #isRessortsBekannt()} says so instead of a guess. Entries that are
 * recorded but not documented are listed in {@link #unsichereRessorts()} and
 * {@link #unsichereLaender()}.
 *
 * <p>The data is the versioned resource {@code federfuehrung.tsv} (state 2021–2023, ressorts carried
 * forward over the reorganisations of 2018, 2021 and 2025, so that every day since the OZG came
 * into force in August 2017 has an answer), read on first use. Every row names its source;
 * {@link #quellen()} lists the sources of one Federführung. Immutable and thread-safe.
 */
public final class Federfuehrung {

    private static final String RESOURCE = "federfuehrung.tsv";

    private final Themenfeld themenfeld;
    private final LocalDate stichtag;
    private final Set<Bundesressort> ressorts;
    private final Set<Bundesland> laender;
    private final boolean ressortsBekannt;
    private final boolean laenderBekannt;
    private final Set<Bundesressort> unsichereRessorts;
    private final Set<Bundesland> unsichereLaender;
    private final Set<String> weitere;
    private final Set<String> unsichereWeitere;
    private final Set<String> quellen;

    private Federfuehrung(Themenfeld themenfeld, LocalDate stichtag, Set<Bundesressort> ressorts,
            Set<Bundesland> laender, boolean ressortsBekannt, boolean laenderBekannt,
            Set<Bundesressort> unsichereRessorts, Set<Bundesland> unsichereLaender, Set<String> weitere,
            Set<String> unsichereWeitere, Set<String> quellen) {
        this.themenfeld = themenfeld;
        this.stichtag = stichtag;
        this.ressorts = ressorts;
        this.laender = laender;
        this.ressortsBekannt = ressortsBekannt;
        this.laenderBekannt = laenderBekannt;
        this.unsichereRessorts = unsichereRessorts;
        this.unsichereLaender = unsichereLaender;
        this.weitere = weitere;
        this.unsichereWeitere = unsichereWeitere;
        this.quellen = quellen;
    }

    /**
     * The Federführung of a Themenfeld on a day. Never throws for a valid Themenfeld and day: a
     * lead the data does not know, or a ressort that did not exist yet on that day, makes the
     * result {@linkplain #isRessortsBekannt() unknown} rather than wrong.
     *
     * @param themenfeld the Themenfeld
     * @param stichtag   the day
     * @return the Federführung on that day
     */
    public static Federfuehrung of(Themenfeld themenfeld, LocalDate stichtag) {
        Objects.requireNonNull(themenfeld, "themenfeld");
        Objects.requireNonNull(stichtag, "stichtag");
        Set<Bundesressort> ressorts = new LinkedHashSet<>();
        Set<Bundesressort> unsichereRessorts = new LinkedHashSet<>();
        EnumSet<Bundesland> laender = EnumSet.noneOf(Bundesland.class);
        EnumSet<Bundesland> unsichereLaender = EnumSet.noneOf(Bundesland.class);
        Set<String> weitere = new LinkedHashSet<>();
        Set<String> unsichereWeitere = new LinkedHashSet<>();
        Set<String> quellen = new LinkedHashSet<>();
        boolean ressortLuecke = false;
        boolean landLuecke = false;
        for (Eintrag e : Tabelle.INSTANCE.nachThemenfeld.get(themenfeld)) {
            if (!e.isGueltigAm(stichtag)) {
                continue;
            }
            quellen.add(e.quelle);
            if (e.weitere != null) {
                weitere.add(e.weitere);
                if (!e.gesichert) {
                    unsichereWeitere.add(e.weitere);
                }
            } else if (e.isRessort()) {
                Bundesressort traeger = e.ressort == null ? null : e.ressort.traegerAm(stichtag).orElse(null);
                if (traeger == null) {
                    ressortLuecke = true;
                } else {
                    ressorts.add(traeger);
                    if (!e.gesichert) {
                        unsichereRessorts.add(traeger);
                    }
                }
            } else if (e.land == null) {
                landLuecke = true;
            } else {
                laender.add(e.land);
                if (!e.gesichert) {
                    unsichereLaender.add(e.land);
                }
            }
        }
        return new Federfuehrung(themenfeld, stichtag,
                Collections.unmodifiableSet(ressorts), Collections.unmodifiableSet(laender),
                !ressortLuecke && !ressorts.isEmpty(), !landLuecke && !laender.isEmpty(),
                Collections.unmodifiableSet(unsichereRessorts), Collections.unmodifiableSet(unsichereLaender),
                Collections.unmodifiableSet(weitere), Collections.unmodifiableSet(unsichereWeitere),
                Collections.unmodifiableSet(quellen));
    }

    /**
     * The Federführung of all 14 Themenfelder on a day, in Themenfeld order.
     *
     * @param stichtag the day
     * @return an immutable list of 14 entries
     */
    public static List<Federfuehrung> alleAm(LocalDate stichtag) {
        List<Federfuehrung> list = new ArrayList<>();
        for (Themenfeld t : Themenfeld.values()) {
            list.add(of(t, stichtag));
        }
        return List.copyOf(list);
    }

    /**
     * The Themenfeld.
     *
     * @return the Themenfeld
     */
    public Themenfeld themenfeld() {
        return themenfeld;
    }

    /**
     * The day this Federführung describes.
     *
     * @return the Stichtag
     */
    public LocalDate stichtag() {
        return stichtag;
    }

    /**
     * The leading Bundesressorts known on the Stichtag, each valid on that day, in table order.
     * Complete only when {@link #isRessortsBekannt()}; otherwise the known part (possibly empty).
     *
     * @return an immutable set
     */
    public Set<Bundesressort> ressorts() {
        return ressorts;
    }

    /**
     * The leading Länder known on the Stichtag, in Land-code order. Complete only when
     * {@link #isLaenderBekannt()}; otherwise the known part (possibly empty).
     *
     * @return an immutable set
     */
    public Set<Bundesland> laender() {
        return laender;
    }

    /**
     * Whether the leading ressorts on the Stichtag are all known: false when the data records the
     * lead as unknown, or when a recorded ressort did not exist on that day.
     *
     * @return true when {@link #ressorts()} is the complete, non-empty set
     */
    public boolean isRessortsBekannt() {
        return ressortsBekannt;
    }

    /**
     * Whether the leading Länder on the Stichtag are all known.
     *
     * @return true when {@link #laender()} is the complete, non-empty set
     */
    public boolean isLaenderBekannt() {
        return laenderBekannt;
    }

    /**
     * The co-leads that are neither a Bundesressort nor a Land, by name as the source writes them,
     * such as {@code "Kommunale Spitzenverbände"} for Engagement &amp; Hobby; usually empty.
     *
     * @return an immutable set in table order
     */
    public Set<String> weitereFederfuehrende() {
        return weitere;
    }

    /**
     * The entries of {@link #weitereFederfuehrende()} that are recorded but not documented.
     *
     * @return an immutable subset of {@link #weitereFederfuehrende()}
     */
    public Set<String> unsichereWeitereFederfuehrende() {
        return unsichereWeitere;
    }

    /**
     * The sources of the table rows this Federführung is made of, such as the Themenfeld page of
     * digitale-verwaltung.de or an Organisationserlass, in table order.
     *
     * @return an immutable set, empty only when the table has no row for the Stichtag
     */
    public Set<String> quellen() {
        return quellen;
    }

    /**
     * The ressorts of {@link #ressorts()} whose lead is recorded but not documented, such as the
     * BMBFSFJ for Bildung from 2025.
     *
     * @return an immutable subset of {@link #ressorts()}
     */
    public Set<Bundesressort> unsichereRessorts() {
        return unsichereRessorts;
    }

    /**
     * The Länder of {@link #laender()} whose lead is recorded but not documented; empty for every
     * Themenfeld whose Länder are known.
     *
     * @return an immutable subset of {@link #laender()}
     */
    public Set<Bundesland> unsichereLaender() {
        return unsichereLaender;
    }

    /**
     * Whether both sides of the tandem are completely known and every entry is documented.
     *
     * @return true when nothing about this Federführung is unknown or unsure
     */
    public boolean isGesichert() {
        return ressortsBekannt && laenderBekannt && unsichereRessorts.isEmpty() && unsichereLaender.isEmpty()
                && unsichereWeitere.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Federfuehrung f)) {
            return false;
        }
        return themenfeld == f.themenfeld && stichtag.equals(f.stichtag) && ressorts.equals(f.ressorts)
                && laender.equals(f.laender) && ressortsBekannt == f.ressortsBekannt
                && laenderBekannt == f.laenderBekannt && unsichereRessorts.equals(f.unsichereRessorts)
                && unsichereLaender.equals(f.unsichereLaender) && weitere.equals(f.weitere)
                && unsichereWeitere.equals(f.unsichereWeitere) && quellen.equals(f.quellen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(themenfeld, stichtag, ressorts, laender, ressortsBekannt, laenderBekannt,
                unsichereRessorts, unsichereLaender, weitere, unsichereWeitere);
    }

    /**
     * A readable summary such as
     * {@code "Federfuehrung[Mobilität & Reisen am 2022-01-01: BMDV; HE, BW]"}, with unknown and
     * unsure parts marked and further co-leads after a second semicolon
     * ({@code "…: BMI; NW; Kommunale Spitzenverbände]"}).
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Federfuehrung[").append(themenfeld.bezeichnung()).append(" am ")
                .append(stichtag).append(": ");
        List<String> r = new ArrayList<>();
        for (Bundesressort b : ressorts) {
            r.add(b.kuerzel() + (unsichereRessorts.contains(b) ? " (unsicher)" : ""));
        }
        if (!ressortsBekannt) {
            r.add("unbekannt");
        }
        List<String> l = new ArrayList<>();
        for (Bundesland b : laender) {
            l.add(b.kuerzel() + (unsichereLaender.contains(b) ? " (unsicher)" : ""));
        }
        if (!laenderBekannt) {
            l.add("unbekannt");
        }
        sb.append(String.join(", ", r)).append("; ").append(String.join(", ", l));
        if (!weitere.isEmpty()) {
            List<String> w = new ArrayList<>();
            for (String name : weitere) {
                w.add(name + (unsichereWeitere.contains(name) ? " (unsicher)" : ""));
            }
            sb.append("; ").append(String.join(", ", w));
        }
        return sb.append(']').toString();
    }

    /** The rows of the table, for the table's self-tests. */
    static List<Eintrag> eintraege() {
        return Tabelle.INSTANCE.alle;
    }

    /** One row of {@code federfuehrung.tsv}: one leading ressort, Land or further co-lead, or an unknown lead. */
    static final class Eintrag {
        final Themenfeld themenfeld;
        final boolean ressortSeite;
        /** The ressort identity, or null for a Land row or an unknown lead. */
        final Bundesressort ressort;
        /** The Land, or null for a ressort row or an unknown lead. */
        final Bundesland land;
        /** The name of a co-lead that is neither ressort nor Land, else null. */
        final String weitere;
        final LocalDate ab;
        final LocalDate bis;
        final boolean gesichert;
        final String quelle;

        Eintrag(Themenfeld themenfeld, boolean ressortSeite, Bundesressort ressort, Bundesland land, String weitere,
                LocalDate ab, LocalDate bis, boolean gesichert, String quelle) {
            this.themenfeld = themenfeld;
            this.ressortSeite = ressortSeite;
            this.ressort = ressort;
            this.land = land;
            this.weitere = weitere;
            this.ab = ab;
            this.bis = bis;
            this.gesichert = gesichert;
            this.quelle = quelle;
        }

        boolean isRessort() {
            return ressortSeite;
        }

        boolean isUnbekannt() {
            return ressort == null && land == null && weitere == null;
        }

        boolean isGueltigAm(LocalDate d) {
            return (ab == null || !d.isBefore(ab)) && (bis == null || !d.isAfter(bis));
        }

        @Override
        public String toString() {
            String art = weitere != null ? "weitere " : ressortSeite ? "ressort " : "land ";
            String wer = isUnbekannt() ? "unbekannt"
                    : weitere != null ? weitere : ressortSeite ? ressort.id() : land.code();
            return themenfeld.fimCode() + " " + art + wer
                    + " " + (ab == null ? "" : ab) + ".." + (bis == null ? "" : bis);
        }
    }

    /** The table, read on first use. */
    private static final class Tabelle {
        static final Tabelle INSTANCE = new Tabelle(Referenztabelle.lade(RESOURCE));

        final List<Eintrag> alle;
        final Map<Themenfeld, List<Eintrag>> nachThemenfeld;

        private Tabelle(Referenztabelle t) {
            List<Eintrag> list = new ArrayList<>();
            Map<Themenfeld, List<Eintrag>> map = new EnumMap<>(Themenfeld.class);
            for (Themenfeld tf : Themenfeld.values()) {
                map.put(tf, new ArrayList<>());
            }
            for (String[] z : t.zeilen()) {
                Eintrag e = eintrag(t, z);
                list.add(e);
                map.get(e.themenfeld).add(e);
            }
            for (Map.Entry<Themenfeld, List<Eintrag>> m : map.entrySet()) {
                m.setValue(List.copyOf(m.getValue()));
            }
            this.alle = List.copyOf(list);
            this.nachThemenfeld = Collections.unmodifiableMap(map);
        }

        private static Eintrag eintrag(Referenztabelle t, String[] z) {
            String zeile = String.join("|", z);
            Themenfeld tf;
            try {
                tf = Themenfeld.ofFimCode(t.wert(z, "themenfeld"));
            } catch (UnknownReferenceException e) {
                throw kaputt("unknown Themenfeld FIM code in row " + zeile);
            }
            String art = t.wert(z, "art");
            String eintrag = t.wert(z, "eintrag");
            boolean unbekannt = "unbekannt".equals(eintrag);
            Bundesressort ressort = null;
            Bundesland land = null;
            String weitere = null;
            boolean ressortSeite;
            if ("ressort".equals(art)) {
                ressortSeite = true;
                if (!unbekannt) {
                    ressort = Bundesressort.findById(eintrag)
                            .orElseThrow(() -> kaputt("unknown ressort id in row " + zeile));
                }
            } else if ("land".equals(art)) {
                ressortSeite = false;
                if (!unbekannt) {
                    land = Bundesland.findByCode(eintrag).orElseThrow(() -> kaputt("unknown Land code in row " + zeile));
                }
            } else if ("weitere".equals(art)) {
                ressortSeite = false;
                if (unbekannt || eintrag.isEmpty()) {
                    throw kaputt("a 'weitere' row names its co-lead in row " + zeile);
                }
                weitere = eintrag;
            } else {
                throw kaputt("art must be ressort, land or weitere in row " + zeile);
            }
            LocalDate ab = datum(t.wert(z, "ab"), zeile);
            LocalDate bis = datum(t.wert(z, "bis"), zeile);
            if (ab != null && bis != null && bis.isBefore(ab)) {
                throw kaputt("row ends before it begins: " + zeile);
            }
            boolean gesichert;
            switch (t.wert(z, "gesichert").toLowerCase(Locale.ROOT)) {
                case "ja": gesichert = true; break;
                case "nein": gesichert = false; break;
                default: throw kaputt("gesichert must be ja or nein in row " + zeile);
            }
            String quelle = t.wert(z, "quelle");
            if (quelle.isEmpty()) {
                throw kaputt("empty quelle in row " + zeile);
            }
            return new Eintrag(tf, ressortSeite, ressort, land, weitere, ab, bis, gesichert, quelle);
        }

        private static LocalDate datum(String v, String zeile) {
            try {
                return v.isEmpty() ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw kaputt("bad date " + v + " in row " + zeile);
            }
        }

        private static UnknownReferenceException kaputt(String why) {
            return new UnknownReferenceException(ReferenceViolation.BROKEN_RESOURCE, RESOURCE + ": " + why,
                    Text.of("form.tabelle"));
        }
    }
}
