package de.ozg.core.examples;

import de.ozg.core.id.Aenderung;
import de.ozg.core.id.AenderungsArt;
import de.ozg.core.id.IdFormatViolation;
import de.ozg.core.id.IdTyp;
import de.ozg.core.model.ModellViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A fixed catalogue of hand-picked invalid identifiers, one or more per identifier type and
 * {@link IdFormatViolation}, taken from the mistakes real spreadsheets make: a 13-digit "ARS", an
 * AGS that lost its leading zero, a letter {@code O} for a zero, a trailing blank, an OZG-ID pasted
 * into the LeiKa column, the placeholder "nicht im LeiKa". Alongside: texts with harmless defects
 * that lenient normalisation repairs, with the value they repair to, examples of broken model
 * invariants and Onlinedienste that break one Bean Validation rule.
 *
 * <pre>{@code
 * for (String text : UngueltigeBeispiele.texte(IdTyp.ARS, IdFormatViolation.WRONG_LENGTH)) { ... }
 * }</pre>
 *
 * <p>The lists do not change within a library version. For random examples of the same kinds use
 * {@link UngueltigeKennungen#ungueltig(IdTyp, IdFormatViolation)} and {@link UngueltigeKennungen#reparierbar(IdTyp)}.
 * Stateless and thread-safe.
 */
public final class UngueltigeBeispiele {

    private UngueltigeBeispiele() {
    }

    /** Built on first use, not when the class loads. */
    private static final class Katalog {
        static final List<UngueltigesBeispiel> UNGUELTIG = ungueltig();
        static final List<ReparierbaresBeispiel> REPARIERBAR = reparierbar();
        static final Map<IdTyp, Set<IdFormatViolation>> VIOLATIONEN = violationen();
    }

    private static Map<IdTyp, Set<IdFormatViolation>> violationen() {
        Map<IdTyp, Set<IdFormatViolation>> m = new EnumMap<>(IdTyp.class);
        for (UngueltigesBeispiel b : Katalog.UNGUELTIG) {
            m.computeIfAbsent(b.idTyp(), t -> EnumSet.noneOf(IdFormatViolation.class)).add(b.violation());
        }
        m.replaceAll((t, s) -> Collections.unmodifiableSet(s));
        return Collections.unmodifiableMap(m);
    }

    private static List<UngueltigesBeispiel> ungueltig() {
        List<UngueltigesBeispiel> l = new ArrayList<>();
        IdFormatViolation leer = IdFormatViolation.EMPTY;
        IdFormatViolation laenge = IdFormatViolation.WRONG_LENGTH;
        IdFormatViolation ziffer = IdFormatViolation.NON_DIGIT;

        Einstieg e = Einstieg.OZG_ID_PARSE;
        add(l, e, leer, "", "leere Zelle");
        add(l, e, leer, "\u00a0", "nur ein geschütztes Leerzeichen");
        add(l, e, laenge, "1000", "eine Ziffer verloren");
        add(l, e, laenge, "100001", "eine Ziffer zu viel");
        add(l, e, laenge, "99041006013000", "LeiKa-Schlüssel in der OZG-ID-Spalte");
        add(l, e, ziffer, "1O000", "Buchstabe O statt Null");
        add(l, e, ziffer, "10000 ", "Leerzeichen am Ende");
        add(l, e, ziffer, "10.000", "Tausenderpunkt");
        add(l, e, ziffer, "10000.0", "als Kommazahl gespeichert");

        e = Einstieg.LEISTUNGSSCHLUESSEL_PARSE;
        add(l, e, leer, "", "leere Zelle");
        add(l, e, leer, " \t", "nur Leerraum");
        add(l, e, IdFormatViolation.PLACEHOLDER, "nicht im LeiKa", "Platzhalter einer Leistung ohne Schlüssel");
        add(l, e, IdFormatViolation.PLACEHOLDER, "Nicht im LeiKa ", "Platzhalter, anders geschrieben");
        add(l, e, IdFormatViolation.PLACEHOLDER, "nicht\u00a0im\u00a0LeiKa", "Platzhalter mit geschützten Leerzeichen");
        add(l, e, laenge, "9904100601300", "13 Ziffern: eine verloren");
        add(l, e, laenge, "990410060130000", "15 Ziffern");
        add(l, e, laenge, "10000", "OZG-ID in der Schlüsselspalte");
        add(l, e, ziffer, "99041006013000 ", "Leerzeichen am Ende");
        add(l, e, ziffer, "9.9041006013E13", "von der Tabellenkalkulation als Zahl formatiert");
        add(l, e, ziffer, "99041006O13000", "Buchstabe O statt Null");
        add(l, e, IdFormatViolation.INVALID_STRUCTURE, "99041006000001", "Verrichtungsdetail ohne Verrichtung");
        e = Einstieg.LEISTUNGSSCHLUESSEL_URN;
        add(l, e, IdFormatViolation.INVALID_URN, "99041006013000", "Schlüssel ohne URN-Präfix");
        add(l, e, IdFormatViolation.INVALID_URN, "urn:de:fim:leika:leistungen:99041006013000", "Präfix mit Tippfehler");
        add(l, e, IdFormatViolation.INVALID_URN, "urn:de:fim:leika:99041006013000", "Präfix unvollständig");
        add(l, e, laenge, "urn:de:fim:leika:leistung:9904100601300", "URN mit 13-stelligem Schlüssel");
        add(l, e, ziffer, "urn:de:fim:leika:leistung:99041006013000 ", "URN mit Leerzeichen am Ende");
        add(l, e, IdFormatViolation.INVALID_STRUCTURE, "urn:de:fim:leika:leistung:99041006000001",
                "URN mit Verrichtungsdetail ohne Verrichtung");

        e = Einstieg.LEIKA_TYP_PARSE;
        add(l, e, IdFormatViolation.UNKNOWN_CODE, "", "leere Zelle");
        add(l, e, IdFormatViolation.UNKNOWN_CODE, "lv", "kein LeiKa-Typ");
        add(l, e, IdFormatViolation.UNKNOWN_CODE, "lovd ", "Leerzeichen am Ende");
        add(l, e, IdFormatViolation.UNKNOWN_CODE, "2/3", "Typisierung in der LeiKa-Typ-Spalte");

        e = Einstieg.ARS_PARSE;
        add(l, e, leer, "", "leere Zelle");
        add(l, e, leer, "\t", "nur ein Tabulator");
        add(l, e, laenge, "10010000000", "führende Null verloren (strikt abgelehnt, lenient reparierbar)");
        add(l, e, laenge, "1500200000000", "13 Ziffern");
        add(l, e, laenge, "15002000", "AGS in der ARS-Spalte");
        add(l, e, ziffer, "15 002 0000 000", "mit Leerzeichen gegliedert");
        add(l, e, ziffer, "150020000000\u00a0", "geschütztes Leerzeichen am Ende");
        add(l, e, ziffer, "1,50020E+11", "von der Tabellenkalkulation als Zahl formatiert");
        add(l, e, IdFormatViolation.INVALID_LAND, "170000000000", "Land 17 gibt es nicht");
        add(l, e, IdFormatViolation.INVALID_LAND, "000010010000", "Land 00, aber nicht der Bund");
        add(l, e, IdFormatViolation.INVALID_LAND, "990000000000", "Land 99 gibt es nicht");

        e = Einstieg.AGS_PARSE;
        add(l, e, leer, "", "leere Zelle");
        add(l, e, leer, "   ", "nur Leerzeichen");
        add(l, e, laenge, "1001000", "führende Null verloren (strikt abgelehnt, lenient reparierbar)");
        add(l, e, laenge, "150020000000", "ARS in der AGS-Spalte");
        add(l, e, laenge, "15002", "nur der Kreisteil");
        add(l, e, ziffer, "15O02000", "Buchstabe O statt Null");
        add(l, e, ziffer, "01001000 ", "Leerzeichen am Ende");
        add(l, e, IdFormatViolation.INVALID_LAND, "00000000", "AGS kennt keinen Bundesschlüssel");
        add(l, e, IdFormatViolation.INVALID_LAND, "17000000", "Land 17 gibt es nicht");

        e = Einstieg.FIM_ID_PARSE;
        add(l, e, leer, "", "leere Zelle");
        add(l, e, leer, " ", "nur ein Leerzeichen");
        add(l, e, IdFormatViolation.INVALID_FIM_TYPE, "s00000092V1.1", "Kennbuchstabe klein geschrieben");
        add(l, e, IdFormatViolation.INVALID_FIM_TYPE, "X00000092", "Kennbuchstabe X gibt es nicht");
        add(l, e, IdFormatViolation.INVALID_FIM_TYPE, "00000092", "Kennbuchstabe fehlt");
        add(l, e, ziffer, "S0000O092", "Buchstabe O statt Null");
        add(l, e, ziffer, "S 00000092", "Leerzeichen nach dem Kennbuchstaben");
        add(l, e, laenge, "S0000092", "sieben statt acht Ziffern");
        add(l, e, laenge, "S000000920", "neun Ziffern");
        add(l, e, laenge, "S", "nur der Kennbuchstabe");
        add(l, e, IdFormatViolation.INVALID_VERSION, "S00000092v1.1", "kleines v vor der Version");
        add(l, e, IdFormatViolation.INVALID_VERSION, "S00000092V", "V ohne Version");
        add(l, e, IdFormatViolation.INVALID_VERSION, "S00000092V1.", "Version endet mit Punkt");
        add(l, e, IdFormatViolation.INVALID_VERSION, "S00000092V1..1", "doppelter Punkt");
        add(l, e, IdFormatViolation.INVALID_VERSION, "S00000092 V1.1", "Leerzeichen vor der Version");
        return Collections.unmodifiableList(l);
    }

    private static void add(List<UngueltigesBeispiel> l, Einstieg e, IdFormatViolation v, String text, String b) {
        l.add(new UngueltigesBeispiel(e, v, text, b));
    }

    private static List<ReparierbaresBeispiel> reparierbar() {
        AenderungsArt blank = AenderungsArt.STRIPPED_BLANKS;
        AenderungsArt nbsp = AenderungsArt.REMOVED_NBSP;
        AenderungsArt breit = AenderungsArt.CONVERTED_FULLWIDTH_DIGITS;
        AenderungsArt null0 = AenderungsArt.RESTORED_LEADING_ZERO;
        AenderungsArt unsichtbar = AenderungsArt.REMOVED_ZERO_WIDTH;
        List<ReparierbaresBeispiel> l = new ArrayList<>();
        Einstieg e = Einstieg.OZG_ID_PARSE;
        rep(l, e, " 10000", "10000", "Leerzeichen am Anfang", blank, 1);
        rep(l, e, "10000\u00a0", "10000", "geschütztes Leerzeichen am Ende", nbsp, 1);
        rep(l, e, "\uff11\uff10\uff10\uff10\uff10", "10000", "vollbreite Ziffern", breit, 5);
        e = Einstieg.LEISTUNGSSCHLUESSEL_PARSE;
        rep(l, e, "99041006013000\t\n", "99041006013000", "Tabulator und Zeilenumbruch am Ende", blank, 2);
        rep(l, e, "\u200b99041006013000", "99041006013000", "Zeichen ohne Breite am Anfang", unsichtbar, 1);
        rep(l, e, "9904\u200b1006013000", "99041006013000", "Zeichen ohne Breite im Schlüssel", unsichtbar, 1);
        e = Einstieg.ARS_PARSE;
        rep(l, e, "10010000000", "010010000000", "führende Null verloren", null0, 1);
        rep(l, e, " 150020000000 ", "150020000000", "Leerzeichen an beiden Enden", blank, 2);
        rep(l, e, "\u202f150020000000", "150020000000", "schmales geschütztes Leerzeichen am Anfang", nbsp, 1);
        e = Einstieg.AGS_PARSE;
        rep(l, e, "1001000", "01001000", "führende Null verloren", null0, 1);
        rep(l, e, "\ufeff15002000", "15002000", "Byte Order Mark am Anfang", unsichtbar, 1);
        rep(l, e, " 1001000", "01001000", "Leerzeichen am Anfang und führende Null verloren", blank, 1, null0, 1);
        e = Einstieg.FIM_ID_PARSE;
        rep(l, e, "S00000092V1.1 ", "S00000092V1.1", "Leerzeichen am Ende", blank, 1);
        rep(l, e, "F\uff16\uff10000227", "F60000227", "zwei vollbreite Ziffern", breit, 2);
        return Collections.unmodifiableList(l);
    }

    private static void rep(List<ReparierbaresBeispiel> l, Einstieg e, String text, String erwartet, String b,
            Object... artUndAnzahl) {
        List<Aenderung> aenderungen = new ArrayList<>();
        for (int i = 0; i < artUndAnzahl.length; i += 2) {
            aenderungen.add(Aenderung.of((AenderungsArt) artUndAnzahl[i], (Integer) artUndAnzahl[i + 1]));
        }
        l.add(new ReparierbaresBeispiel(e, text, erwartet, aenderungen, b));
    }

    /**
     * Every hand-picked invalid example, grouped by identifier type.
     *
     * @return an unmodifiable list
     */
    public static List<UngueltigesBeispiel> alle() {
        return Katalog.UNGUELTIG;
    }

    /**
     * The hand-picked invalid examples of one identifier type.
     *
     * @param typ the identifier type
     * @return an unmodifiable list, not empty
     */
    public static List<UngueltigesBeispiel> of(IdTyp typ) {
        Objects.requireNonNull(typ, "typ");
        return alle().stream().filter(b -> b.idTyp() == typ).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The hand-picked invalid examples of one identifier type that fail with one violation.
     *
     * @param typ       the identifier type
     * @param violation the violation
     * @return an unmodifiable list; empty when no text can cause the violation for the type
     *         (see {@link #violationen(IdTyp)})
     */
    public static List<UngueltigesBeispiel> of(IdTyp typ, IdFormatViolation violation) {
        Objects.requireNonNull(violation, "violation");
        return of(typ).stream().filter(b -> b.violation() == violation).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Just the texts of {@link #of(IdTyp, IdFormatViolation)}, for parameterised tests. Check
     * {@link UngueltigesBeispiel#methode()} when the type has several entry points: the
     * {@code INVALID_URN} texts are for {@code Leistungsschluessel.parseUrn}.
     *
     * @param typ       the identifier type
     * @param violation the violation
     * @return an unmodifiable list of non-null texts
     */
    public static List<String> texte(IdTyp typ, IdFormatViolation violation) {
        List<String> texte = new ArrayList<>();
        for (UngueltigesBeispiel b : of(typ, violation)) {
            texte.add(b.text());
        }
        return Collections.unmodifiableList(Arrays.asList(texte.toArray(new String[0])));
    }

    /**
     * The violations that a text can cause for an identifier type – those the catalogue has
     * examples for. {@link IdFormatViolation#OUT_OF_RANGE} never appears: only the numeric
     * factories ({@code of(long)}) report it; nor does {@link IdFormatViolation#NULL}, which is no
     * text (test null separately: the parsers reject it, Bean Validation accepts it); nor does {@link IdFormatViolation#AMBIGUOUS_REPAIR},
     * which only lenient normalisation reports (for example {@code Ars.normalize("15002000000")}).
     *
     * @param typ the identifier type
     * @return an unmodifiable set
     */
    public static Set<IdFormatViolation> violationen(IdTyp typ) {
        // NULL is not among them: an example hands out a text, and Bean Validation treats null as
        // valid, so a null "invalid value" would pass every constraint a test means to exercise.
        return Katalog.VIOLATIONEN.getOrDefault(Objects.requireNonNull(typ, "typ"), Set.of());
    }

    /**
     * Every hand-picked text with harmless defects, with the value lenient normalisation must
     * produce and the repairs it must report.
     *
     * @return an unmodifiable list
     */
    public static List<ReparierbaresBeispiel> reparierbare() {
        return Katalog.REPARIERBAR;
    }

    /**
     * The hand-picked repairable texts of one identifier type.
     *
     * @param typ the identifier type
     * @return an unmodifiable list, empty for {@code LEIKA_TYP}
     */
    public static List<ReparierbaresBeispiel> reparierbare(IdTyp typ) {
        Objects.requireNonNull(typ, "typ");
        return reparierbare().stream().filter(b -> b.idTyp() == typ).collect(Collectors.toUnmodifiableList());
    }

    /**
     * One example per model invariant that entities enforce, always the same within a library
     * version (drawn from {@code Beispiele.ofSeed(0)}).
     *
     * @return an unmodifiable list in {@link ModellViolation} order
     */
    public static List<ModellVerstoss> modellVerstoesse() {
        return Beispiele.ofSeed(0).verstoesse().modellVerstoesse();
    }

    /**
     * One example per class-level Bean Validation constraint of {@code Onlinedienst}, always the
     * same within a library version (drawn from {@code Beispiele.ofSeed(0)}).
     *
     * @return an unmodifiable list in the order of {@link Verstossbeispiele#onlinedienstConstraints()}
     */
    public static List<OnlinedienstVerstoss> onlinedienstVerstoesse() {
        return Beispiele.ofSeed(0).verstoesse().onlinedienstVerstoesse();
    }
}
