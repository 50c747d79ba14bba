package de.ozg.core.examples;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Nachnutzungseintrag;
import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Phase;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reuse side of EfA: Onlinedienste with their Nachnutzungen and the Länder's Nachnutzungsübersichten.
 * Every Onlinedienst satisfies the class-level Bean Validation constraints of the model.
 *
 * <p>Obtained from {@link Beispiele#nachnutzung()}; draws from the generator of that {@link Beispiele}, so
 * the order of calls across all its areas determines the values. Not thread-safe; the values are
 * immutable.
 */
public final class Nachnutzungsbeispiele {

    static final long LAND = 10_000_000_000L;
    static final long KREIS = 10_000_000L;

    private final Zufall z;
    private final Beispiele beispiele;

    Nachnutzungsbeispiele(Zufall z, Beispiele beispiele) {
        this.z = z;
        this.beispiele = beispiele;
    }

    // --- reuse: Onlinedienste, Nachnutzungen, Nachnutzungsübersichten ------------------------

    static final String[][] EIGENE_KATEGORIEN = {{"landesportal", "Landesportal"},
        {"landeseigene_loesung", "Landeseigene Lösung"}, {"kommunale_loesung", "Kommunale Lösung"},
        {"eigenentwicklung_ohne_fim", "Eigenentwicklung ohne FIM"}};
    static final String[][] EIGENE_PHASEN = {{"konzeption", "Konzeption"},
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
        return nachnutzung(nachnutzer(beispiele.kennungen().bundesland()));
    }

    Ars nachnutzer(Bundesland land) {
        return beispiele.kennungen().ars(land, new ArsEbene[] {ArsEbene.LAND, ArsEbene.KREIS, ArsEbene.GEMEINDE}[z.gewichtet(50, 20, 30)]);
    }

    Nachnutzung nachnutzung(Ars nachnutzer) {
        Nachnutzung.Builder b = Nachnutzung.builder().nachnutzer(nachnutzer).status(nachnutzungsStatus());
        if (z.prozent(60)) {
            b.datum(beispiele.kennungen().datum());
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
        return onlinedienst(beispiele.kennungen().nachnutzungsmodell());
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
        long lo = beispiele.kennungen().leistungsobjekt();
        while (schluessel.size() < anzahl) {
            schluessel.add(z.prozent(70) ? Kennungsbeispiele.schluessel(lo, z.zahl(1, 120), 0) : beispiele.kennungen().leistungsschluessel());
        }
        Set<OzgId> ozgIds = new TreeSet<>();
        int ids = z.gewichtet(30, 60, 10);
        while (ozgIds.size() < ids) {
            ozgIds.add(beispiele.kennungen().ozgId());
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
        return dienst(beispiele.kennungen().nachnutzungsmodell(), false, schluessel, Set.of(leistung.ozgId()), vergebeneIds);
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
        Beispiele.pruefeBereich("n", n, 0, buendel.size());
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

    Onlinedienst dienst(Nachnutzungsmodell modell, boolean mitLand, Set<Leistungsschluessel> schluessel,
            Set<OzgId> ozgIds, Set<String> vergebeneIds) {
        Bundesland land = modell == Nachnutzungsmodell.EFA || mitLand || z.prozent(70) ? beispiele.kennungen().bundesland() : null;
        String id = dienstId(land);
        while (!vergebeneIds.add(id)) {
            id = dienstId(land);
        }
        Onlinedienst.Builder b = Onlinedienst.builder().id(id)
                .bezeichnung(beispiele.katalog().leistungsname() + z.eines(Namen.DIENST_ZUSATZ)).nachnutzungsmodell(modell)
                .leistungsschluessel(schluessel).ozgIds(ozgIds);
        if (land != null) {
            b.entwickelndesLand(land);
        }
        Reifegrad ist = z.prozent(80) ? beispiele.kennungen().reifegrad() : null;
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

    String dienstId(Bundesland land) {
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
            Ars ars = beispiele.kennungen().ars(beispiele.kennungen().bundesland(), z.prozent(30) ? ArsEbene.KREIS : ArsEbene.GEMEINDE);
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
        OzgId id = beispiele.kennungen().ozgId();
        Leistungsschluessel k = z.prozent(40) ? beispiele.kennungen().leistungsschluessel() : null;
        return eintrag(beispiele.kennungen().bundesland(), beispiele.kennungen().themenfeld(), id, k, null, z.prozent(8), z.prozent(12));
    }

    /**
     * A Nachnutzungsübersicht of a random Land over a catalogue of 5 to 30 bundles, with
     * Onlinedienste for about half of them.
     *
     * @return the overview
     */
    public Nachnutzungsuebersicht nachnutzungsuebersicht() {
        Bundesland land = beispiele.kennungen().bundesland();
        OzgKatalog katalog = beispiele.katalog().katalog(z.zahl(5, 30));
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
        return Nachnutzungsuebersicht.builder().land(land).stand(beispiele.kennungen().datum()).eintraege(eintraege)
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
                        ? land : z.prozent(70) ? beispiele.kennungen().bundesland() : null));
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
}
