package de.ozg.core.validation.gebiet;

import static de.ozg.core.SafeText.quote;

import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.table.TableCheck;
import de.ozg.core.table.TableRow;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Kontext;
import de.ozg.core.validation.Pruefung;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule set for rows of the Destatis Gemeindeverzeichnis as shipped with the library: the
 * Satzart, the formats of the key parts (Land, Regierungsbezirk, Kreis, Gemeindeverband,
 * Gemeinde), required cells, the hierarchy (every Gebiet under an existing Land, Regierungsbezirk,
 * Kreis and Gemeindeverband — checked at the end, so the order of the rows does not matter),
 * duplicate keys, and the German number format of the population. Rule ids, severities and
 * descriptions are listed in the {@linkplain de.ozg.core.validation.gebiet package documentation}.
 *
 * <p>The rule objects are shared; the rule sets are immutable and thread-safe.
 */
public final class Gebietsregeln {

    /** The Satzart is not 10, 20, 30, 40, 50 or 60. */
    public static final String SATZART_UNBEKANNT = "GEBIET-SATZART-UNBEKANNT";
    /** A key part is malformed for the row's Satzart. */
    public static final String SCHLUESSEL_FORMAT = "GEBIET-SCHLUESSEL-FORMAT";
    /** The name is empty. */
    public static final String NAME_FEHLT = "GEBIET-NAME-FEHLT";
    /** The Textkennzeichen is not two digits. */
    public static final String TEXTKENNZEICHEN_FORMAT = "GEBIET-TEXTKENNZEICHEN-FORMAT";
    /** The population is not a number in German format. */
    public static final String BEVOELKERUNG_FORMAT = "GEBIET-BEVOELKERUNG-FORMAT";
    /** The postcode is not five digits. */
    public static final String PLZ_FORMAT = "GEBIET-PLZ-FORMAT";
    /** The same key at the same Satzart twice. */
    public static final String DOPPELT = "GEBIET-DOPPELT";
    /** A Gebiet whose Land, Regierungsbezirk, Kreis or Gemeindeverband is not listed. */
    public static final String HIERARCHIE = "GEBIET-HIERARCHIE";
    /** A Gemeinde or Gemeindeverband directly under its Land (Kreis part 00). */
    public static final String OHNE_KREIS = "GEBIET-OHNE-KREIS";

    private Gebietsregeln() {
    }

    private static final class Standard {
        static final Regelwerk<TableRow<Gebietsspalte>> REGELWERK = Regelwerk.of(regeln());
    }

    /**
     * The rule set as shipped.
     *
     * @return the rule set
     */
    public static Regelwerk<TableRow<Gebietsspalte>> standard() {
        return Standard.REGELWERK;
    }

    /**
     * Starts a pass that checks Gemeindeverzeichnis rows with the given rules and builds the
     * {@link Gebietsverzeichnis} of the usable ones (see the package documentation). A reader drives
     * it row by row; rows held in memory go in with {@link TableCheck#checkAll(Iterable)}.
     *
     * @param regeln       the rules, such as {@link #standard()}
     * @param gebietsstand the date the hierarchy is valid at
     * @return a fresh pass
     */
    public static TableCheck<Gebietsspalte, Gebietsverzeichnis> check(Regelwerk<TableRow<Gebietsspalte>> regeln,
            LocalDate gebietsstand) {
        return TableCheck.of(regeln, new GebietsAufbau(gebietsstand));
    }

    private static List<Regel<TableRow<Gebietsspalte>>> regeln() {
        List<Regel<TableRow<Gebietsspalte>>> r = new ArrayList<>(TableRules.regeln(Severity.ERROR));
        r.add(Regel.perRecord(SATZART_UNBEKANNT, Severity.ERROR,
                "Die Satzart ist 10 (Land), 20 (Regierungsbezirk), 30 (Region), 40 (Kreis), 50 (Gemeindeverband)"
                        + " oder 60 (Gemeinde)",
                "The Satzart is 10 (Land), 20 (Regierungsbezirk), 30 (Region), 40 (Kreis), 50 (Gemeindeverband)"
                        + " or 60 (Gemeinde)", Gebietsregeln::satzart));
        r.add(Regel.perRecord(SCHLUESSEL_FORMAT, Severity.ERROR,
                "Die Schlüsselteile haben die Stellenzahl ihrer Ebene (Land 2, RB 1, Kreis 2, Verband 4,"
                        + " Gemeinde 3 Ziffern) und sind unterhalb der Ebene der Satzart leer",
                "The key parts have the digits of their level (Land 2, RB 1, Kreis 2, Verband 4, Gemeinde 3)"
                        + " and are empty below the level of the Satzart", Gebietsregeln::schluesselFormat));
        r.add(Regel.perRecord(NAME_FEHLT, Severity.ERROR, "Jedes Gebiet hat einen Namen",
                "Every Gebiet has a name", Gebietsregeln::name));
        r.add(Regel.perRecord(TEXTKENNZEICHEN_FORMAT, Severity.WARNING,
                "Das Textkennzeichen besteht aus 2 Ziffern oder ist leer",
                "The Textkennzeichen consists of 2 digits or is empty", Gebietsregeln::textkennzeichen));
        r.add(Regel.perRecord(BEVOELKERUNG_FORMAT, Severity.WARNING,
                "Die Bevölkerung ist eine Zahl im deutschen Format (Tausender durch Leerzeichen oder Punkt"
                        + " getrennt) oder leer",
                "The population is a number in German format (thousands separated by blank or dot) or empty",
                Gebietsregeln::bevoelkerung));
        r.add(Regel.perRecord(PLZ_FORMAT, Severity.WARNING, "Die Postleitzahl besteht aus 5 Ziffern oder ist leer",
                "The postcode consists of 5 digits or is empty", Gebietsregeln::plz));
        r.add(Regel.of(DOPPELT, Severity.ERROR, "Kein Schlüssel steht zweimal unter derselben Satzart",
                "No key is listed twice under the same Satzart", Doppelt::new));
        r.add(Regel.of(HIERARCHIE, Severity.ERROR,
                "Jedes Gebiet liegt unter einem aufgeführten Land, Regierungsbezirk, Kreis und Gemeindeverband",
                "Every Gebiet lies under a listed Land, Regierungsbezirk, Kreis and Gemeindeverband",
                Hierarchie::new));
        r.add(Regel.of(OHNE_KREIS, Severity.INFO,
                "Gemeinden und Gemeindeverbände mit Kreisteil 00 ohne Kreis-Satz 00 ihres Landes (anders als in"
                        + " Hamburg und Berlin) liegen direkt unter dem Land, etwa gemeindefreie Küstengewässer, und"
                        + " werden vermerkt",
                "Gemeinden and Gemeindeverbände with Kreis part 00 and no Kreis row 00 of their Land (unlike in"
                        + " Hamburg and Berlin) lie directly under the Land, such as unincorporated coastal waters,"
                        + " and are noted", OhneKreis::new));
        return List.copyOf(r);
    }

    private static void satzart(TableRow<Gebietsspalte> z, Kontext k) {
        String roh = z.rawCell(Gebietsspalte.SATZART);
        if (roh != null && Teile.satzart(roh) < 0) {
            String s = z.columnName(Gebietsspalte.SATZART);
            k.befund().fundstelle(z.fundstelle(Gebietsspalte.SATZART)).wert(roh).report(
                    "„" + s + "“ muss 10, 20, 30, 40, 50 oder 60 sein, war " + quote(roh),
                    "'" + s + "' must be 10, 20, 30, 40, 50 or 60, was " + quote(roh));
        }
    }

    private static void schluesselFormat(TableRow<Gebietsspalte> z, Kontext k) {
        int satzart = Teile.satzart(z.rawCell(Gebietsspalte.SATZART));
        if (satzart < 0) {
            return;
        }
        for (Gebietsspalte t : Teile.schluesselteile()) {
            String[] f = Teile.fehler(z, t, satzart);
            if (f != null) {
                String s = z.columnName(t);
                String roh = z.rawCell(t);
                k.befund().fundstelle(z.fundstelle(t)).wert(roh).report(
                        "Der Schlüsselteil „" + s + "“ " + f[0] + ", war " + quote(roh),
                        "The key part '" + s + "' " + f[1] + ", was " + quote(roh));
            }
        }
    }

    private static void name(TableRow<Gebietsspalte> z, Kontext k) {
        String roh = z.rawCell(Gebietsspalte.NAME);
        if (Teile.isLeer(roh) && (roh != null || z.header().has(Gebietsspalte.NAME))) {
            String s = z.columnName(Gebietsspalte.NAME);
            k.befund().fundstelle(z.fundstelle(Gebietsspalte.NAME)).wert(roh).report("„" + s + "“ ist leer",
                    "'" + s + "' is empty");
        }
    }

    private static void textkennzeichen(TableRow<Gebietsspalte> z, Kontext k) {
        String roh = z.rawCell(Gebietsspalte.TEXTKENNZEICHEN);
        if (roh != null && !roh.isEmpty() && Teile.ziffern(roh, 2) < 0) {
            String s = z.columnName(Gebietsspalte.TEXTKENNZEICHEN);
            k.befund().fundstelle(z.fundstelle(Gebietsspalte.TEXTKENNZEICHEN)).wert(roh).report(
                    "„" + s + "“ muss aus 2 Ziffern bestehen oder leer sein, war " + quote(roh),
                    "'" + s + "' must consist of 2 digits or be empty, was " + quote(roh));
        }
    }

    private static void bevoelkerung(TableRow<Gebietsspalte> z, Kontext k) {
        String roh = z.rawCell(Gebietsspalte.BEVOELKERUNG);
        if (Teile.bevoelkerung(roh) == Teile.UNGUELTIG) {
            String s = z.columnName(Gebietsspalte.BEVOELKERUNG);
            k.befund().fundstelle(z.fundstelle(Gebietsspalte.BEVOELKERUNG)).wert(roh).report(
                    "„" + s + "“ ist keine ganze Zahl im deutschen Format (etwa „90 164“ oder „90.164“): "
                            + quote(roh) + "; die Bevölkerung bleibt unbekannt",
                    "'" + s + "' is not a whole number in German format (such as '90 164' or '90.164'): "
                            + quote(roh) + "; the population stays unknown");
        }
    }

    private static void plz(TableRow<Gebietsspalte> z, Kontext k) {
        String roh = z.rawCell(Gebietsspalte.PLZ);
        if (roh != null && !roh.isEmpty() && Teile.ziffern(roh, 5) < 0) {
            String s = z.columnName(Gebietsspalte.PLZ);
            k.befund().fundstelle(z.fundstelle(Gebietsspalte.PLZ)).wert(roh).report(
                    "„" + s + "“ muss aus 5 Ziffern bestehen oder leer sein, war " + quote(roh),
                    "'" + s + "' must consist of 5 digits or be empty, was " + quote(roh));
        }
    }

    static String ars(long schluessel) {
        String s = Long.toString(schluessel);
        return "000000000000".substring(s.length()) + s;
    }

    static String ebeneDe(int satzart) {
        switch (satzart) {
            case Teile.LAND:
                return "Land";
            case Teile.RB:
                return "Regierungsbezirk";
            case Teile.REGION:
                return "Region";
            case Teile.KREIS:
                return "Kreis";
            case Teile.VERBAND:
                return "Gemeindeverband";
            default:
                return "Gemeinde";
        }
    }

    static String ebeneEn(int satzart) {
        return satzart == Teile.RB ? "Regierungsbezirk" : satzart == Teile.REGION ? "region"
                : satzart == Teile.VERBAND ? "Gemeindeverband" : ebeneDe(satzart);
    }

    /**
     * GEBIET-OHNE-KREIS: a Kreis part 00 is a Kreis of its own in the Stadtstaaten Hamburg and Berlin
     * (Satzart 40 with Kreis 00), otherwise the Gebiet lies directly under its Land; decided at the end.
     */
    static final class OhneKreis implements Pruefung<TableRow<Gebietsspalte>> {
        /** What the final check needs of a Gebiet with Kreis part 00; one per key and Satzart. */
        private record Kandidat(long key, String name, String spalte, Fundstelle fundstelle) {
        }

        private final Set<Long> kreise = new HashSet<>();
        private final Map<Long, Kandidat> kandidaten = new LinkedHashMap<>();

        @Override
        public void check(TableRow<Gebietsspalte> z, Kontext k) {
            int satzart = Teile.satzart(z.rawCell(Gebietsspalte.SATZART));
            long key = Teile.schluessel(z);
            if (key < 0 || !"00".equals(z.rawCell(Gebietsspalte.KREIS))) {
                return;
            }
            if (satzart == Teile.KREIS) {
                kreise.add(key);
            } else if (satzart == Teile.VERBAND || satzart == Teile.GEMEINDE) {
                kandidaten.computeIfAbsent(satzart * 1_000_000_000_000L + key, x -> new Kandidat(key,
                        String.valueOf(z.rawCell(Gebietsspalte.NAME)), z.columnName(Gebietsspalte.KREIS),
                        z.fundstelle(Gebietsspalte.KREIS)));
            }
        }

        @Override
        public void finish(Kontext k) {
            for (Kandidat z : kandidaten.values()) {
                long key = z.key();
                if (kreise.contains(key / 10_000_000L * 10_000_000L)) {
                    continue;
                }
                String s = z.spalte();
                String name = z.name();
                k.befund().fundstelle(z.fundstelle()).gegenstand(ars(key)).wert("00").report(
                                quote(name) + " gehört zu keinem Kreis („" + s + "“ 00) und liegt direkt unter dem Land",
                                quote(name) + " belongs to no Kreis ('" + s + "' 00) and lies directly under the Land");
            }
        }
    }

    /** GEBIET-DOPPELT: the same key at the same Satzart twice. */
    static final class Doppelt implements Pruefung<TableRow<Gebietsspalte>> {
        private final Map<Long, Fundstelle> erste = new HashMap<>();

        @Override
        public void check(TableRow<Gebietsspalte> z, Kontext k) {
            long key = Teile.schluessel(z);
            if (key < 0) {
                return;
            }
            int satzart = Teile.satzart(z.rawCell(Gebietsspalte.SATZART));
            Fundstelle e = erste.putIfAbsent(satzart * 1_000_000_000_000L + key, z.fundstelle());
            if (e != null) {
                String ars = satzart == Teile.REGION ? Long.toString(key) : ars(key);
                String zeile = e.line().isPresent() ? "Zeile " + e.line().getAsLong() : "einem früheren Datensatz";
                String line = e.line().isPresent() ? "line " + e.line().getAsLong() : "an earlier record";
                k.befund().fundstelle(z.fundstelle()).gegenstand(ars).wert(z.rawCell(Gebietsspalte.NAME)).report(
                        ebeneDe(satzart) + " " + ars + " steht schon in " + zeile + " (Satzart " + satzart
                                + "); verwendet wird die erste Zeile",
                        "The " + ebeneEn(satzart) + " " + ars + " is already listed in " + line + " (Satzart "
                                + satzart + "); the first row is used");
            }
        }
    }

    /** GEBIET-HIERARCHIE: parents checked at the end, whatever the order of the rows. */
    static final class Hierarchie implements Pruefung<TableRow<Gebietsspalte>> {
        /** What the final check needs of a Gebiet below a Land; one per key and Satzart. */
        private record Kind(int satzart, long key, int land, int rb, String name, Fundstelle fundstelle) {
        }

        private final Set<Long> laender = new HashSet<>();
        private final Set<Long> bezirke = new HashSet<>();
        private final Set<Long> kreise = new HashSet<>();
        private final Set<Long> verbaende = new HashSet<>();
        private final Map<Long, Kind> kinder = new LinkedHashMap<>();

        @Override
        public void check(TableRow<Gebietsspalte> z, Kontext k) {
            long key = Teile.schluessel(z);
            if (key < 0) {
                return;
            }
            int satzart = Teile.satzart(z.rawCell(Gebietsspalte.SATZART));
            switch (satzart) {
                case Teile.LAND:
                    laender.add(key);
                    return;
                case Teile.RB:
                    bezirke.add(key);
                    break;
                case Teile.KREIS:
                    kreise.add(key);
                    break;
                case Teile.VERBAND:
                    verbaende.add(key);
                    break;
                default:
                    break;
            }
            kinder.computeIfAbsent(satzart * 1_000_000_000_000L + key, x -> new Kind(satzart, key,
                    Teile.ziffern(z.rawCell(Gebietsspalte.LAND), 2), Teile.ziffern(z.rawCell(Gebietsspalte.RB), 1),
                    String.valueOf(z.rawCell(Gebietsspalte.NAME)), z.fundstelle()));
        }

        @Override
        public void finish(Kontext k) {
            for (Kind z : kinder.values()) {
                int satzart = z.satzart();
                long key = z.key();
                int land = z.land();
                int rb = z.rb();
                List<String> de = new ArrayList<>();
                List<String> en = new ArrayList<>();
                long landKey = land * 10_000_000_000L;
                if (!laender.contains(landKey)) {
                    de.add("Land " + ars(landKey).substring(0, 2));
                    en.add("Land " + ars(landKey).substring(0, 2));
                }
                if (satzart != Teile.RB && rb > 0) {
                    long rbKey = landKey + rb * 1_000_000_000L;
                    if (!bezirke.contains(rbKey)) {
                        de.add("Regierungsbezirk " + ars(rbKey).substring(0, 3));
                        en.add("Regierungsbezirk " + ars(rbKey).substring(0, 3));
                    }
                }
                if (satzart == Teile.VERBAND || satzart == Teile.GEMEINDE) {
                    long kreisKey = key / 10_000_000L * 10_000_000L;
                    if (kreisKey % 1_000_000_000L != 0 && !kreise.contains(kreisKey)) {
                        de.add("Kreis " + ars(kreisKey).substring(0, 5));
                        en.add("Kreis " + ars(kreisKey).substring(0, 5));
                    }
                }
                if (satzart == Teile.GEMEINDE && !verbaende.isEmpty()) {
                    long vbKey = key / 1000 * 1000;
                    if (!verbaende.contains(vbKey)) {
                        de.add("Gemeindeverband " + ars(vbKey).substring(0, 9));
                        en.add("Gemeindeverband " + ars(vbKey).substring(0, 9));
                    }
                }
                if (!de.isEmpty()) {
                    String name = z.name();
                    String gegenstand = satzart == Teile.REGION ? Long.toString(key) : ars(key);
                    k.befund().fundstelle(z.fundstelle()).gegenstand(gegenstand).wert(name).report(
                            ebeneDe(satzart) + " " + quote(name) + " (" + gegenstand + ") liegt unter nicht aufgeführten"
                                    + " Gebieten: " + String.join(", ", de),
                            "The " + ebeneEn(satzart) + " " + quote(name) + " (" + gegenstand + ") lies under Gebiete"
                                    + " that are not listed: " + String.join(", ", en));
                }
            }
        }
    }
}
