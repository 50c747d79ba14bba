package de.ozg.examples.cli;

import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.gebiet.Gebietsregeln;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.gebiet.Gebietsspalte;
import de.ozg.core.validation.katalog.Katalogregeln;
import de.ozg.core.validation.katalog.Katalogspalte;
import de.ozg.core.validation.status.StatusRow;
import de.ozg.core.validation.status.StatusRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rule sets of one run, as adjusted on the command line with {@code --ohne RULE} and
 * {@code --severity RULE=LEVEL}: the catalogue rules, the Gebietsverzeichnis rules, the status rules
 * (with the CSV table rules {@code CSV-…}) and the tool's own rules about files and catalogue
 * documents. A rule id is
 * applied to every rule set that has it, so one {@code --ohne} serves a batch of mixed files; an id
 * no rule set knows is a usage error that names the close matches. Immutable.
 */
final class Regelauswahl {

    /** A file could not be read: missing, a directory, no permission, a FIFO or a device. */
    static final String DATEI_NICHT_LESBAR = "DATEI-NICHT-LESBAR";
    /** A file matches none of the formats (or is in an encoding the tool must be told of). */
    static final String DATEI_FORMAT_UNBEKANNT = "DATEI-FORMAT-UNBEKANNT";

    /** The rule sets, in the order {@code ozg regeln} lists them. */
    enum Regelsatz {
        KATALOG, GEBIETE, STATUS, DATEIEN
    }

    private static final Regelwerk<Path> DATEIREGELN = Regelwerk.of(
            dateiregel(DATEI_NICHT_LESBAR), dateiregel(DATEI_FORMAT_UNBEKANNT), dateiregel(Dateipruefung.JSON_DOKUMENT));

    private final Regelwerk<TableRow<Katalogspalte>> katalog;
    private final Regelwerk<TableRow<Gebietsspalte>> gebiete;
    private final Regelwerk<StatusRow> status;
    private final Regelwerk<Path> dateien;

    private Regelauswahl(Regelwerk<TableRow<Katalogspalte>> katalog, Regelwerk<TableRow<Gebietsspalte>> gebiete,
            Regelwerk<StatusRow> status, Regelwerk<Path> dateien) {
        this.katalog = katalog;
        this.gebiete = gebiete;
        this.status = status;
        this.dateien = dateien;
    }

    /** The rule sets as shipped. */
    static Regelauswahl standard() {
        return new Regelauswahl(Katalogregeln.standard(), Gebietsregeln.standard(), StatusRules.standard(),
                DATEIREGELN);
    }

    // The tool reports these itself; the rule objects give them an id, a severity and a meaning
    // that --ohne, --severity and "ozg regeln" treat like any other rule.
    private static Regel<Path> dateiregel(String id) {
        Meldung m = Meldung.of("regel." + id);
        return Regel.perRecord(id, Severity.ERROR, m.de(), m.en(), (p, k) -> { });
    }

    /**
     * The rule sets with the choices of the command line applied, {@code --ohne} first.
     *
     * @param ohne       rule ids to switch off
     * @param severities {@code RULE=LEVEL} pairs
     * @return the adjusted rule sets
     * @throws Auswahlfehler for an unknown rule id or a malformed pair (a usage error)
     */
    static Regelauswahl of(List<String> ohne, List<String> severities) {
        Regelauswahl a = standard();
        for (String id : ohne) {
            String regel = a.bekannt(id, "--ohne");
            a = a.anwenden(regel, r -> r.without(regel));
        }
        for (String paar : severities) {
            int gleich = paar.indexOf('=');
            if (gleich < 0) {
                throw new Auswahlfehler(Meldung.of("regeln.severityForm", paar));
            }
            String regel = a.bekannt(paar.substring(0, gleich), "--severity");
            Severity s = severity(paar.substring(gleich + 1));
            a = a.anwenden(regel, r -> r.withSeverity(regel, s));
        }
        return a;
    }

    private Regelauswahl anwenden(String id, java.util.function.UnaryOperator<Regelwerk<?>> f) {
        return new Regelauswahl(wenn(katalog, id, f), wenn(gebiete, id, f), wenn(status, id, f), wenn(dateien, id, f));
    }

    @SuppressWarnings("unchecked")
    private static <T> Regelwerk<T> wenn(Regelwerk<T> r, String id, java.util.function.UnaryOperator<Regelwerk<?>> f) {
        return ids(r).contains(id) ? (Regelwerk<T>) f.apply(r) : r;
    }

    private static Set<String> ids(Regelwerk<?> r) {
        return r.regeln().stream().map(Regel::id).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The severity of {@code --severity RULE=LEVEL}: ERROR/WARNING/INFO or Fehler/Warnung/Hinweis. */
    static Severity severity(String text) {
        String t = text.strip();
        for (Severity s : Severity.values()) {
            if (s.name().equalsIgnoreCase(t) || s.labelDe().equalsIgnoreCase(t) || s.labelEn().equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new Auswahlfehler(Meldung.of("regeln.severityUnbekannt", text));
    }

    /** The id as the rule sets spell it (upper case), or a usage error with the close matches. */
    private String bekannt(String eingabe, String option) {
        String id = eingabe.strip().toUpperCase(Locale.ROOT);
        Set<String> alle = alleIds();
        if (alle.contains(id)) {
            return id;
        }
        List<String> aehnlich = aehnliche(id, alle);
        throw new Auswahlfehler(aehnlich.isEmpty() ? Meldung.of("regeln.unbekannt", eingabe, option)
                : Meldung.of("regeln.unbekanntAehnlich", eingabe, option, String.join(", ", aehnlich)));
    }

    /** @return the ids of every rule set */
    Set<String> alleIds() {
        Set<String> alle = new TreeSet<>();
        for (Regelsatz s : Regelsatz.values()) {
            alle.addAll(ids(regelwerk(s)));
        }
        return alle;
    }

    /**
     * The ids closest to a mistyped one: by edit distance (at most a fifth of its length, at least
     * 2), and ids that contain it or that it contains; the closest first, at most five.
     */
    static List<String> aehnliche(String id, Set<String> alle) {
        int grenze = Math.max(2, id.length() / 5);
        Map<String, Integer> abstand = new LinkedHashMap<>();
        for (String kandidat : alle) {
            int d = Editierabstand.von(id, kandidat);
            boolean teil = id.length() >= 4 && (kandidat.contains(id) || id.contains(kandidat));
            if (d <= grenze || teil) {
                abstand.put(kandidat, teil ? Math.min(d, grenze) : d);
            }
        }
        return abstand.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(Map.Entry::getKey).toList();
    }

    Regelwerk<TableRow<Katalogspalte>> katalog() {
        return katalog;
    }

    Regelwerk<TableRow<Gebietsspalte>> gebiete() {
        return gebiete;
    }

    Regelwerk<StatusRow> status() {
        return status;
    }

    /** @return whether the tool's file rule is on */
    boolean isEnabled(String dateiregel) {
        return dateien.isEnabled(dateiregel);
    }

    /** @return the severity of the tool's file rule */
    Severity dateiSeverity(String dateiregel) {
        return dateien.severity(dateiregel);
    }

    Regelwerk<?> regelwerk(Regelsatz satz) {
        switch (satz) {
            case KATALOG: return katalog;
            case GEBIETE: return gebiete;
            case STATUS: return status;
            default: return dateien;
        }
    }

    /** @return whether a status rule id belongs to the CSV table rules every tabular source shares */
    static boolean isTabellenregel(String id) {
        return TableRules.ids().contains(id);
    }

    /** A choice on the command line that names no rule or no severity: a usage error. */
    static final class Auswahlfehler extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Meldung meldung;

        Auswahlfehler(Meldung meldung) {
            super(meldung.de());
            this.meldung = meldung;
        }

        Meldung meldung() {
            return meldung;
        }
    }
}
