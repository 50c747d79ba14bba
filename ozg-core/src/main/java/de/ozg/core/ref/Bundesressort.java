package de.ozg.core.ref;

import de.ozg.core.internal.Suchschluessel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Bundesressort (federal ministry, or the Auswärtiges Amt) as an identity with a validity period
 * and a successor. Ministries are cut and renamed with each new government (2018-03-14 the
 * Bundesministerium des Innern became the "…, für Bau und Heimat" and the BMUB the BMU,
 * 2021-12-08 the BMVI became the BMDV, 2025-05-06 the BMDV became the BMV), and an abbreviation may
 * even come back: the BMJV of 2013–2021 and the BMJV from 2025 are two identities with two
 * {@link #id() ids}.
 * Responsibilities such as a {@link Federfuehrung} refer to an identity and pass along the
 * {@link #nachfolger() successor} chain on renaming; see {@link #traegerAm(LocalDate)}.
 *
 * <p>The identities come from the versioned resource {@code bundesressorts.tsv}, read on first use.
 * It is complete from 2013-12-17, so every ressort in office since the OZG came into force (August
 * 2017) is there; each entry names its source ({@link #quelle()}): the Organisationserlasse of the
 * Bundeskanzlerin of 17.12.2013 and 14.03.2018 (BGBl. I S. 374) and of the Bundeskanzler of
 * 08.12.2021 and 06.05.2025.
 * Instances exist only as entries of that table, are immutable and thread-safe; two instances are
 * equal when their ids are.
 */
public final class Bundesressort {

    private static final String RESOURCE = "bundesressorts.tsv";

    private final String id;
    private final String kuerzel;
    private final String bezeichnung;
    private final LocalDate gueltigAb;
    private final LocalDate gueltigBis;
    private final String nachfolgerId;
    private final boolean gesichert;
    private final String quelle;
    private final String suchKuerzel;
    private final String suchBezeichnung;

    private Bundesressort(String id, String kuerzel, String bezeichnung, LocalDate gueltigAb, LocalDate gueltigBis,
            String nachfolgerId, boolean gesichert, String quelle) {
        this.id = id;
        this.kuerzel = kuerzel;
        this.bezeichnung = bezeichnung;
        this.gueltigAb = gueltigAb;
        this.gueltigBis = gueltigBis;
        this.nachfolgerId = nachfolgerId;
        this.gesichert = gesichert;
        this.quelle = quelle;
        this.suchKuerzel = Suchschluessel.von(kuerzel);
        this.suchBezeichnung = Suchschluessel.von(bezeichnung);
    }

    /**
     * The stable id of this identity, such as {@code "BMJV-2013"}. Unlike the Kürzel it is never
     * reused; treat it as opaque (it happens to be the Kürzel plus the starting year, or the bare
     * Kürzel where the start lies before the table's period).
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The official abbreviation, such as {@code "BMDV"}. Not unique over time.
     *
     * @return the Kürzel
     */
    public String kuerzel() {
        return kuerzel;
    }

    /**
     * The full name during this identity's validity, such as
     * {@code "Bundesministerium für Digitales und Verkehr"}.
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * The first day of validity, or empty when it lies before the period the table records (the
     * identity is then treated as valid for all earlier dates).
     *
     * @return the first day, inclusive
     */
    public Optional<LocalDate> gueltigAb() {
        return Optional.ofNullable(gueltigAb);
    }

    /**
     * The last day of validity, or empty while the identity still exists.
     *
     * @return the last day, inclusive
     */
    public Optional<LocalDate> gueltigBis() {
        return Optional.ofNullable(gueltigBis);
    }

    /**
     * The identity that took over this one's responsibilities when it was renamed or re-cut, or
     * empty while it exists or when it ended without a successor.
     *
     * @return the successor
     */
    public Optional<Bundesressort> nachfolger() {
        return nachfolgerId == null ? Optional.empty() : Optional.of(Register.INSTANCE.byId.get(nachfolgerId));
    }

    /**
     * Whether every fact of this entry (name and dates) is documented. Entries marked otherwise
     * are kept as the best available data and should be shown with a caveat.
     *
     * @return true when the entry is documented
     */
    public boolean isGesichert() {
        return gesichert;
    }

    /**
     * Where the name and the dates of this entry come from, such as
     * {@code "Organisationserlass der Bundeskanzlerin vom 14.03.2018 (BGBl. I S. 374)"}.
     *
     * @return the source, never blank
     */
    public String quelle() {
        return quelle;
    }

    /**
     * Whether this identity existed on the given day.
     *
     * @param date the day
     * @return true when {@code gueltigAb <= date <= gueltigBis} (open ends count as met)
     */
    public boolean isGueltigAm(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (gueltigAb == null || !date.isBefore(gueltigAb)) && (gueltigBis == null || !date.isAfter(gueltigBis));
    }

    /**
     * The ressort that carries this identity's responsibilities on the given day: this one while it
     * is valid, afterwards the successor valid on that day (following the chain). Empty before this
     * identity began (predecessors are not searched), after it ended without a successor, or on a
     * day between the end of one identity and the start of its successor.
     *
     * <p>Example: the BMVI on 2022-01-01 is carried by the BMDV, on 2025-06-01 by the BMV.
     *
     * @param date the day
     * @return the carrying ressort, or empty
     */
    public Optional<Bundesressort> traegerAm(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (gueltigAb != null && date.isBefore(gueltigAb)) {
            return Optional.empty();
        }
        Bundesressort r = this;
        while (r.gueltigBis != null && date.isAfter(r.gueltigBis)) {
            if (r.nachfolgerId == null) {
                return Optional.empty();
            }
            r = Register.INSTANCE.byId.get(r.nachfolgerId);
        }
        // A successor that begins only after the day leaves a gap: nobody carried the duties then.
        return r.isGueltigAm(date) ? Optional.of(r) : Optional.empty();
    }

    /**
     * Looks up the ressort that had the given abbreviation (or full name) on the given day, with the
     * tolerance every reference lookup of this library shares (case, blanks of any kind,
     * punctuation, umlaut spellings; see the {@linkplain de.ozg.core.ref package}):
     * {@code find("BMJV", 2020-01-01)} and {@code find("BMJV", 2025-06-01)} are two identities;
     * {@code find("BMDV", 2021-12-07)} is empty; {@code find("BMI", 2018-01-01)} is the
     * Bundesministerium des Innern before its 2018 renaming.
     *
     * @param kuerzel the Kürzel or full name, may be null
     * @param date    the day
     * @return the ressort, or empty
     */
    public static Optional<Bundesressort> find(String kuerzel, LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (kuerzel == null) {
            return Optional.empty();
        }
        String k = Suchschluessel.von(kuerzel);
        for (Bundesressort r : Register.INSTANCE.alle) {
            if (r.heisst(k) && r.isGueltigAm(date)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The ressort that had the given abbreviation (or full name) on the given day, see
     * {@link #find(String, LocalDate)}.
     *
     * @param kuerzel the Kürzel or full name
     * @param date    the day
     * @return the ressort
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_BUNDESRESSORT} if
     *                                   no ressort ever had this Kürzel, or with
     *                                   {@link ReferenceViolation#RESSORT_NOT_VALID_AT_DATE} if none
     *                                   had it on that day
     */
    public static Bundesressort of(String kuerzel, LocalDate date) {
        Optional<Bundesressort> found = find(kuerzel, date);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> perioden = new ArrayList<>();
        String k = kuerzel == null ? "" : Suchschluessel.von(kuerzel);
        for (Bundesressort r : Register.INSTANCE.alle) {
            if (r.heisst(k)) {
                perioden.add(r.kuerzel + " " + r.periode());
            }
        }
        if (perioden.isEmpty()) {
            throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_BUNDESRESSORT, kuerzel,
                    Text.of("form.ressort"));
        }
        throw new UnknownReferenceException(ReferenceViolation.RESSORT_NOT_VALID_AT_DATE, kuerzel,
                Text.of("form.ressort.datum", date, String.join(", ", perioden)));
    }

    /**
     * The identity with the given stable id.
     *
     * @param id an id such as {@code "BMJV-2025"}, may be null
     * @return the ressort, or empty
     */
    public static Optional<Bundesressort> findById(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(Register.INSTANCE.byId.get(id));
    }

    /**
     * Every identity of the table, in table order (grouped by successor chains).
     *
     * @return an immutable list
     */
    public static List<Bundesressort> alle() {
        return Register.INSTANCE.alle;
    }

    /** Whether the folded text is this identity's folded Kürzel or name. */
    private boolean heisst(String gefaltet) {
        return !gefaltet.isEmpty() && (suchKuerzel.equals(gefaltet) || suchBezeichnung.equals(gefaltet));
    }

    private String periode() {
        return (gueltigAb == null ? "" : gueltigAb.toString()) + ".." + (gueltigBis == null ? "" : gueltigBis.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bundesressort && ((Bundesressort) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * The Kürzel, the name and the period, such as
     * {@code "BMDV (Bundesministerium für Digitales und Verkehr, 2021-12-08..2025-05-05)"}.
     */
    @Override
    public String toString() {
        return kuerzel + " (" + bezeichnung + ", " + periode() + ")";
    }

    /** The table, read on first use of any lookup. */
    private static final class Register {
        static final Register INSTANCE = new Register(Referenztabelle.lade(RESOURCE));

        final List<Bundesressort> alle;
        final Map<String, Bundesressort> byId;

        private Register(Referenztabelle t) {
            List<Bundesressort> list = new ArrayList<>();
            Map<String, Bundesressort> ids = new HashMap<>();
            for (String[] z : t.zeilen()) {
                String id = pflicht(t, z, "id");
                Bundesressort r = new Bundesressort(id, pflicht(t, z, "kuerzel"), pflicht(t, z, "bezeichnung"),
                        datum(t, z, "gueltig_ab"), datum(t, z, "gueltig_bis"), leerAlsNull(t.wert(z, "nachfolger")),
                        janein(t, z, "gesichert"), pflicht(t, z, "quelle"));
                if (ids.put(id, r) != null) {
                    throw kaputt("duplicate id " + id);
                }
                if (r.gueltigAb != null && r.gueltigBis != null && r.gueltigBis.isBefore(r.gueltigAb)) {
                    throw kaputt(id + " ends before it begins");
                }
                list.add(r);
            }
            for (Bundesressort r : list) {
                if (r.nachfolgerId != null && !ids.containsKey(r.nachfolgerId)) {
                    throw kaputt(r.id + " names unknown successor " + r.nachfolgerId);
                }
                if (r.nachfolgerId != null && r.gueltigBis == null) {
                    throw kaputt(r.id + " has a successor but no end of validity");
                }
            }
            this.alle = List.copyOf(list);
            this.byId = Map.copyOf(ids);
        }

        private static String pflicht(Referenztabelle t, String[] z, String spalte) {
            String v = t.wert(z, spalte);
            if (v.isEmpty()) {
                throw kaputt("empty " + spalte + " in row " + String.join("|", z));
            }
            return v;
        }

        private static String leerAlsNull(String v) {
            return v.isEmpty() ? null : v;
        }

        private static LocalDate datum(Referenztabelle t, String[] z, String spalte) {
            String v = t.wert(z, spalte);
            try {
                return v.isEmpty() ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw kaputt("bad date in " + spalte + ": " + v);
            }
        }

        private static boolean janein(Referenztabelle t, String[] z, String spalte) {
            switch (t.wert(z, spalte).toLowerCase(Locale.ROOT)) {
                case "ja": return true;
                case "nein": return false;
                default: throw kaputt(spalte + " must be ja or nein in row " + String.join("|", z));
            }
        }

        private static UnknownReferenceException kaputt(String why) {
            return new UnknownReferenceException(ReferenceViolation.BROKEN_RESOURCE, RESOURCE + ": " + why,
                    Text.of("form.tabelle"));
        }
    }
}
