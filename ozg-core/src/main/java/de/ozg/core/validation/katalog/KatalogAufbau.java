package de.ozg.core.validation.katalog;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Lebenslage;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.ModellException;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import de.ozg.core.table.TableModel;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects the usable rows of a catalogue into an {@link OzgKatalog}, independently of which rules
 * are active: a row is used when every cell the model needs converts (OZG-ID and LeiKa key strictly
 * or after harmless repair, known Themenfeld, non-blank names, known Typisierung codes, SDG 0/1).
 * Contradictions are resolved by first occurrence: a bundle's name, Themenfeld and Lebenslage come
 * from its first row, a LeiKa key stays with the first bundle that lists it, and a key repeated in
 * one bundle keeps its first row. Names are stripped of blanks at the ends. An OZG-Leistung none of
 * whose rows is usable is left out. Mutable, one thread.
 */
final class KatalogAufbau implements TableModel<Katalogspalte, OzgKatalog> {

    /** Rule id of the safety net that turns a model invariant broken at assembly into a finding. */
    static final String AUFBAU = "KATALOG-AUFBAU";

    private static final class Buendel {
        final OzgId id;
        final String name;
        final Lebenslage lage;
        final Fundstelle fundstelle;
        final List<LeikaLeistung> leistungen = new ArrayList<>();
        final Set<LeikaLeistung> ohneSchluessel = new HashSet<>();

        Buendel(OzgId id, String name, Lebenslage lage, Fundstelle fundstelle) {
            this.id = id;
            this.name = name;
            this.lage = lage;
            this.fundstelle = fundstelle;
        }
    }

    private final LocalDate stand;
    private final Map<OzgId, Buendel> buendel = new LinkedHashMap<>();
    /** The pass's LeiKa keys, shared with the cross-row rules that look up the same keys. */
    private final Schluesselindex index = new Schluesselindex();
    private final int bit = index.teilnehmer();
    /** Per entry of {@link #index}, whether a usable row took the key (a bundle owns it). */
    private boolean[] vergeben = new boolean[64];
    private final Map<Themenfeld, Map<String, Lebenslage>> lagen = new HashMap<>();
    private long uebersprungen;
    /** The bundle of the last usable row. */
    private Buendel letztes;
    private final Zellen.Zugang zugang = new Zellen.Zugang();
    /**
     * One builder for all rows: it copies its values into each service it builds, and every
     * attribute is set anew for every row, the absent ones as empty.
     */
    private final LeikaLeistung.Builder lb = LeikaLeistung.builder();

    KatalogAufbau(LocalDate stand) {
        this.stand = Objects.requireNonNull(stand, "stand");
    }

    /** Takes a row when its service can become part of the catalogue, and counts it otherwise. */
    @Override
    public void add(TableRow<Katalogspalte> z) {
        if (!nutze(z)) {
            uebersprungen++;
        }
    }

    private boolean nutze(TableRow<Katalogspalte> z) {
        Zellen.Zeile m = zugang.zeile(z);
        OzgId id = m.ozgId();
        Themenfeld tf = m.themenfeld();
        String lage = m.text(Katalogspalte.LEBENSLAGE);
        String name = m.text(Katalogspalte.OZG_LEISTUNG);
        String bezeichnung = m.text(Katalogspalte.LEIKA_BEZEICHNUNG);
        boolean platzhalter = m.isPlatzhalter();
        Leistungsschluessel schluessel = platzhalter ? null : m.schluessel();
        Set<Typisierung> typ = m.typisierung();
        Boolean sdg1 = m.sdg(Katalogspalte.SDG1);
        Boolean sdg2 = m.sdg(Katalogspalte.SDG2);
        if (id == null || tf == null || lage == null || name == null || bezeichnung == null
                || (!platzhalter && schluessel == null) || typ == null || sdg1 == null || sdg2 == null) {
            return false;
        }
        // rows come grouped by bundle: most rows find theirs without hashing the OZG-ID
        Buendel b = letztes != null && letztes.id.intValue() == id.intValue() ? letztes : buendel.get(id);
        if (b == null) {
            Lebenslage l = lagen.computeIfAbsent(tf, x -> new HashMap<>()).computeIfAbsent(lage,
                    x -> Lebenslage.of(x, tf));
            b = new Buendel(id, name, l, z.fundstelle());
            buendel.put(id, b);
        }
        letztes = b;
        // taken already: by another bundle, or by this one in an earlier row
        if (schluessel != null) {
            int e = index.eintrag(bit, schluessel.longValue(), id.intValue(), z);
            if (e >= vergeben.length) {
                vergeben = Arrays.copyOf(vergeben, Math.max(e + 1, vergeben.length * 2));
            }
            if (vergeben[e]) {
                return false;
            }
            vergeben[e] = true;
        }
        LeikaLeistung leistung = (schluessel == null ? lb.schluessel(Optional.empty()) : lb.schluessel(schluessel))
                .bezeichnung(bezeichnung)
                .typisierung(typ).sdg1(sdg1).sdg2(sdg2)
                .rechtsgrundlage(Optional.ofNullable(m.text(Katalogspalte.RECHTSGRUNDLAGEN)))
                .gesetze(Optional.ofNullable(m.text(Katalogspalte.GESETZE)))
                .gesetzeskuerzel(Optional.ofNullable(m.text(Katalogspalte.GESETZESKUERZEL))).build();
        if (schluessel == null && !b.ohneSchluessel.add(leistung)) {
            return false;
        }
        b.leistungen.add(leistung);
        return true;
    }

    /** The key index of this pass, for the rules created with it ({@link Schluesselindex#teile}). */
    Schluesselindex index() {
        return index;
    }

    /** The number of rows not taken. */
    @Override
    public long skipped() {
        return uebersprungen;
    }

    /** Builds the catalogue; a bundle that breaks a model invariant is left out and reported. */
    @Override
    public OzgKatalog build(Consumer<Befund> melder) {
        Zellen.vergiss();
        List<OzgLeistung> leistungen = new ArrayList<>(buendel.size());
        for (Buendel b : buendel.values()) {
            if (b.leistungen.isEmpty()) {
                continue;
            }
            try {
                leistungen.add(OzgLeistung.builder().ozgId(b.id).bezeichnung(b.name).themenfeld(b.lage.themenfeld())
                        .lebenslage(b.lage).addAllLeistungen(b.leistungen).build());
            } catch (ModellException e) {
                uebersprungen += b.leistungen.size();
                melder.accept(Befund.builder().regelId(AUFBAU).severity(Severity.ERROR).fundstelle(b.fundstelle)
                        .gegenstand(b.id.toString())
                        .meldung("Die OZG-Leistung " + b.id + " konnte nicht übernommen werden: " + e.getMessage(),
                                "The OZG-Leistung " + b.id + " could not be taken over: " + e.getMessage())
                        .build());
            }
        }
        return OzgKatalog.of(stand, leistungen);
    }
}
