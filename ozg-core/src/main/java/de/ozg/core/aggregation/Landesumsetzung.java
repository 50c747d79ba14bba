package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.Nachnutzungseintrag;
import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Phase;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.Themenfeld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A Land's implementation state as its Nachnutzungsübersicht states it: per Themenfeld (from the
 * catalogue) and per Nachnutzungskategorie how many OZG-Leistungen are in which Phase and with
 * which Priorisierung, and which EfA services of other Länder the Land reuses. Where the official
 * dashboard counts status rows, this is the Land's own plan and progress, so both can be put side
 * by side.
 *
 * <p>Counting: every row of the overview is placed by the Themenfeld of its OZG-ID in the
 * catalogue; a row whose OZG-ID the catalogue does not know is not assigned, and counted in
 * {@link #nichtZugeordneteEintraege()} with its OZG-ID in {@link #unbekannteOzgIds()}. Figures count
 * distinct OZG-Leistungen; a bundle with rows for several of its LeiKa services that differ in
 * phase or category is counted in each cell it has a row in (see {@link Umsetzungszelle}).
 *
 * <p>Order is deterministic: Themenfelder by number; the known categories in their order, then the
 * Land's own by code; the known phases in order of progress, then the Land's own by code, then rows
 * without phase; Priorisierung 1 to 4, then without. Immutable and thread-safe.
 *
 * @param land                      the Land
 * @param stand                     the overview's Stand
 * @param zellen                    every non-empty cell in the order above
 * @param proThemenfeld             the spread per Themenfeld with rows, by number
 * @param proKategorie              the spread per category with rows, in the order above
 * @param gesamt                    the spread over all assigned rows
 * @param nichtZugeordneteEintraege rows whose OZG-ID is not in the catalogue
 * @param unbekannteOzgIds          those OZG-IDs, in order
 * @param nachgenutzteEfaDienste    the EfA services of other Länder the rows use, by id
 * @param fehlendeOnlinedienste     ids the rows name that the overview does not carry, so whether
 *                                  they are reused EfA services cannot be told
 */
public record Landesumsetzung(Bundesland land, LocalDate stand, List<Umsetzungszelle> zellen,
        Map<Themenfeld, Umsetzungsverteilung> proThemenfeld, Map<Nachnutzungskategorie, Umsetzungsverteilung> proKategorie,
        Umsetzungsverteilung gesamt, int nichtZugeordneteEintraege, SortedSet<OzgId> unbekannteOzgIds,
        List<NachgenutzterDienst> nachgenutzteEfaDienste, SortedSet<String> fehlendeOnlinedienste) {

    private static final Comparator<Nachnutzungskategorie> KATEGORIE_ORDNUNG = Comparator
            .comparingInt((Nachnutzungskategorie k) -> rang(Nachnutzungskategorie.bekannte(), k))
            .thenComparing(Nachnutzungskategorie::code);
    private static final Comparator<Phase> PHASE_ORDNUNG = Comparator
            .comparingInt((Phase p) -> rang(Phase.bekannte(), p)).thenComparing(Phase::code);
    private static final Comparator<Optional<Phase>> OPTIONAL_PHASE = Comparator
            .comparing((Optional<Phase> p) -> p.orElse(null), Comparator.nullsLast(PHASE_ORDNUNG));
    private static final Comparator<Optional<Priorisierung>> OPTIONAL_PRIORISIERUNG = Comparator
            .comparing((Optional<Priorisierung> p) -> p.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

    /** Validates and copies. */
    public Landesumsetzung {
        Objects.requireNonNull(land, "land");
        Objects.requireNonNull(stand, "stand");
        Objects.requireNonNull(gesamt, "gesamt");
        zellen = List.copyOf(zellen);
        proThemenfeld = Collections.unmodifiableMap(new EnumMap<>(proThemenfeld));
        proKategorie = Collections.unmodifiableMap(new LinkedHashMap<>(proKategorie));
        unbekannteOzgIds = Collections.unmodifiableSortedSet(new TreeSet<>(unbekannteOzgIds));
        nachgenutzteEfaDienste = List.copyOf(nachgenutzteEfaDienste);
        fehlendeOnlinedienste = Collections.unmodifiableSortedSet(new TreeSet<>(fehlendeOnlinedienste));
    }

    /** A cell's coordinates. */
    private record Zelle(Themenfeld themenfeld, Nachnutzungskategorie kategorie, Optional<Phase> phase,
            Optional<Priorisierung> priorisierung) {
    }

    private static final Comparator<Zelle> ZELLEN_ORDNUNG = Comparator.comparing(Zelle::themenfeld)
            .thenComparing(Zelle::kategorie, KATEGORIE_ORDNUNG).thenComparing(Zelle::phase, OPTIONAL_PHASE)
            .thenComparing(Zelle::priorisierung, OPTIONAL_PRIORISIERUNG);

    /** Distinct OZG-IDs and rows of one group, per phase and per Priorisierung. */
    private static final class Zaehler {
        final Set<OzgId> alle = new HashSet<>();
        int eintraege;
        final Map<Phase, Set<OzgId>> proPhase = new TreeMap<>(PHASE_ORDNUNG);
        final Set<OzgId> ohnePhase = new HashSet<>();
        final Map<Priorisierung, Set<OzgId>> proPriorisierung = new EnumMap<>(Priorisierung.class);
        final Set<OzgId> ohnePriorisierung = new HashSet<>();

        void add(Nachnutzungseintrag e) {
            alle.add(e.ozgId());
            eintraege++;
            e.phase().ifPresentOrElse(p -> proPhase.computeIfAbsent(p, x -> new HashSet<>()).add(e.ozgId()),
                    () -> ohnePhase.add(e.ozgId()));
            e.priorisierung().ifPresentOrElse(
                    p -> proPriorisierung.computeIfAbsent(p, x -> new HashSet<>()).add(e.ozgId()),
                    () -> ohnePriorisierung.add(e.ozgId()));
        }

        Umsetzungsverteilung verteilung() {
            Map<Phase, Integer> phasen = new LinkedHashMap<>();
            Phase.bekannte().forEach(p -> phasen.put(p, 0));
            proPhase.forEach((p, ids) -> phasen.put(p, ids.size()));
            Map<Priorisierung, Integer> prio = new EnumMap<>(Priorisierung.class);
            proPriorisierung.forEach((p, ids) -> prio.put(p, ids.size()));
            return new Umsetzungsverteilung(alle.size(), eintraege, phasen, ohnePhase.size(), prio,
                    ohnePriorisierung.size());
        }
    }

    /**
     * Evaluates a Land's overview against a catalogue.
     *
     * @param uebersicht the Land's Nachnutzungsübersicht
     * @param katalog    the catalogue that gives each OZG-ID its Themenfeld
     * @return the state
     */
    public static Landesumsetzung of(Nachnutzungsuebersicht uebersicht, OzgKatalog katalog) {
        Objects.requireNonNull(uebersicht, "uebersicht");
        Objects.requireNonNull(katalog, "katalog");
        Map<Zelle, Set<OzgId>> zellenIds = new TreeMap<>(ZELLEN_ORDNUNG);
        Map<Zelle, Integer> zellenZeilen = new TreeMap<>(ZELLEN_ORDNUNG);
        Map<Themenfeld, Zaehler> themen = new EnumMap<>(Themenfeld.class);
        Map<Nachnutzungskategorie, Zaehler> kategorien = new TreeMap<>(KATEGORIE_ORDNUNG);
        Zaehler gesamt = new Zaehler();
        int nichtZugeordnet = 0;
        SortedSet<OzgId> unbekannt = new TreeSet<>();
        Map<String, SortedSet<OzgId>> nachDienst = new TreeMap<>();
        for (Nachnutzungseintrag e : uebersicht.eintraege()) {
            e.onlinedienstId().ifPresent(id -> nachDienst.computeIfAbsent(id, x -> new TreeSet<>()).add(e.ozgId()));
            Optional<OzgLeistung> leistung = katalog.leistung(e.ozgId());
            if (leistung.isEmpty()) {
                nichtZugeordnet++;
                unbekannt.add(e.ozgId());
                continue;
            }
            Themenfeld t = leistung.get().themenfeld();
            Zelle z = new Zelle(t, e.kategorie(), e.phase(), e.priorisierung());
            zellenIds.computeIfAbsent(z, x -> new HashSet<>()).add(e.ozgId());
            zellenZeilen.merge(z, 1, Integer::sum);
            themen.computeIfAbsent(t, x -> new Zaehler()).add(e);
            kategorien.computeIfAbsent(e.kategorie(), x -> new Zaehler()).add(e);
            gesamt.add(e);
        }
        List<Umsetzungszelle> zellen = new ArrayList<>();
        zellenIds.forEach((z, ids) -> zellen.add(new Umsetzungszelle(z.themenfeld(), z.kategorie(), z.phase(),
                z.priorisierung(), ids.size(), zellenZeilen.get(z))));
        List<NachgenutzterDienst> dienste = new ArrayList<>();
        Ars landSchluessel = Ars.of(uebersicht.land());
        for (Onlinedienst d : uebersicht.nachgenutzteEfaDienste()) {
            dienste.add(new NachgenutzterDienst(d.id(), d.bezeichnung(), d.entwickelndesLand().orElseThrow(),
                    d.nachnutzung(landSchluessel).map(Nachnutzung::status),
                    nachDienst.getOrDefault(d.id(), new TreeSet<>())));
        }
        dienste.sort(Comparator.comparing(NachgenutzterDienst::id));
        return new Landesumsetzung(uebersicht.land(), uebersicht.stand(), zellen, verteilungen(themen),
                verteilungen(kategorien), gesamt.verteilung(), nichtZugeordnet, unbekannt, dienste,
                new TreeSet<>(uebersicht.fehlendeOnlinedienstIds()));
    }

    private static <K> Map<K, Umsetzungsverteilung> verteilungen(Map<K, Zaehler> zaehler) {
        Map<K, Umsetzungsverteilung> r = new LinkedHashMap<>();
        zaehler.forEach((k, z) -> r.put(k, z.verteilung()));
        return r;
    }

    private static <T> int rang(List<T> bekannte, T wert) {
        int i = bekannte.indexOf(wert);
        return i < 0 ? bekannte.size() : i;
    }

    /**
     * The cells as a table: Themenfeld, category, phase, Priorisierung, OZG-Leistungen and rows; a
     * last row gives the rows whose OZG-ID is not in the catalogue.
     *
     * @return the table
     */
    public Tabelle toTabelle() {
        List<List<String>> z = new ArrayList<>();
        for (Umsetzungszelle c : zellen) {
            z.add(List.of(c.themenfeld().nummer() + " " + c.themenfeld().bezeichnung(), c.kategorie().bezeichnung(),
                    c.phase().map(Phase::bezeichnung).orElse("ohne Phase"),
                    c.priorisierung().map(p -> p.stufe() + " " + p.bezeichnung()).orElse("ohne Priorisierung"),
                    Integer.toString(c.ozgLeistungen()), Integer.toString(c.eintraege())));
        }
        z.add(List.of("nicht zugeordnet: OZG-ID nicht im Katalog", "", "", "", Integer.toString(unbekannteOzgIds.size()),
                Integer.toString(nichtZugeordneteEintraege)));
        return new Tabelle("Umsetzungsstand " + land.bezeichnung() + ", Stand " + stand, List.of("Themenfeld",
                "Kategorie", "Phase", "Priorisierung", "OZG-Leistungen", "Eintraege"), z);
    }

    /**
     * The reused EfA services as a table: id, name, developing Land, status, OZG-Leistungen.
     *
     * @return the table
     */
    public Tabelle toDienstTabelle() {
        Function<NachgenutzterDienst, List<String>> zeile = d -> List.of(d.id(), d.bezeichnung(),
                d.entwickelndesLand().kuerzel(), d.status().map(s -> s.bezeichnung()).orElse("keine Nachnutzung"),
                d.ozgIds().toString());
        return new Tabelle("Nachgenutzte EfA-Dienste " + land.bezeichnung() + ", Stand " + stand,
                List.of("Id", "Bezeichnung", "entwickelt", "Status", "OZG-Leistungen"),
                nachgenutzteEfaDienste.stream().map(zeile).toList());
    }
}
