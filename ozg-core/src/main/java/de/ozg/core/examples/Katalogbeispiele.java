package de.ozg.core.examples;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Lebenslage;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Programm;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Catalogue entities: Lebenslagen, LeiKa services, OZG-Leistungen and whole catalogues with unique keys.
 *
 * <p>Obtained from {@link Beispiele#katalog()}; draws from the generator of that {@link Beispiele}, so
 * the order of calls across all its areas determines the values. Not thread-safe; the values are
 * immutable.
 */
public final class Katalogbeispiele {

    static final int MAX_KATALOG = 1000;

    private final Zufall z;
    private final Beispiele beispiele;

    Katalogbeispiele(Zufall z, Beispiele beispiele) {
        this.z = z;
        this.beispiele = beispiele;
    }

    // --- entities ----------------------------------------------------------------------------

    /** @return a Lebens- or Unternehmenslage of a random Themenfeld */
    public Lebenslage lebenslage() {
        return lebenslage(beispiele.kennungen().themenfeld());
    }

    /**
     * @param themenfeld the Themenfeld
     * @return a Lage of it; its type is known for most names and open for some, consistently per name
     */
    public Lebenslage lebenslage(Themenfeld themenfeld) {
        Namen.Lage lage = z.eines(Namen.lagen(themenfeld));
        return lage.typ() == null ? Lebenslage.of(lage.name(), themenfeld)
                : Lebenslage.of(lage.name(), themenfeld, lage.typ());
    }

    /** @return a LeiKa service with a key */
    public LeikaLeistung leikaLeistung() {
        return leikaLeistung(leistungsname(), beispiele.kennungen().leistungsschluessel(), beispiele.kennungen().typisierungen());
    }

    /** @return a LeiKa service "nicht im LeiKa": without key */
    public LeikaLeistung leikaLeistungOhneSchluessel() {
        return leikaLeistung(leistungsname(), null, beispiele.kennungen().typisierungen());
    }

    LeikaLeistung leikaLeistung(String stamm, Leistungsschluessel key, Set<Typisierung> typ) {
        LeikaLeistung.Builder b = LeikaLeistung.builder();
        String name;
        if (key == null) {
            name = stamm + " " + z.eines(Namen.VERRICHTUNG);
        } else {
            b.schluessel(key);
            name = stamm;
            if (key.verrichtung() != 0) {
                name += " " + Namen.VERRICHTUNG[key.verrichtung() % Namen.VERRICHTUNG.length];
            }
            if (key.verrichtungsdetail() != 0) {
                name += " " + Namen.VERRICHTUNGSDETAIL[key.verrichtungsdetail() % Namen.VERRICHTUNGSDETAIL.length];
            }
        }
        String kuerzel = stamm.substring(0, Math.min(3, stamm.length())).toUpperCase(Locale.ROOT) + "G";
        if (z.prozent(60)) {
            b.rechtsgrundlage("§ " + z.zahl(1, 120) + " " + kuerzel);
        }
        if (z.prozent(60)) {
            b.gesetze(stamm + "gesetz").gesetzeskuerzel(kuerzel);
        }
        return b.bezeichnung(name).typisierung(typ).sdg1(z.prozent(10)).sdg2(z.prozent(5)).build();
    }

    String leistungsname() {
        return z.eines(Namen.LEISTUNG_STAMM) + z.eines(Namen.LEISTUNG_ENDUNG);
    }

    /** @return an OZG-Leistung of a random Themenfeld (see {@link #ozgLeistung(Themenfeld)}) */
    public OzgLeistung ozgLeistung() {
        return ozgLeistung(beispiele.kennungen().themenfeld());
    }

    /**
     * A bundle of one to three Leistungsobjekte with one to four services each (all keys distinct,
     * keys of one Leistungsobjekt sharing their first eight digits), sometimes with a service "nicht
     * im LeiKa"; programme Bund when every service is purely Typ 1, else föderal, sometimes unknown.
     *
     * @param themenfeld the Themenfeld
     * @return the bundle
     */
    public OzgLeistung ozgLeistung(Themenfeld themenfeld) {
        return ozgLeistung(beispiele.kennungen().ozgId(), themenfeld, new HashSet<>());
    }

    OzgLeistung ozgLeistung(OzgId id, Themenfeld themenfeld, Set<Long> vergebeneObjekte) {
        String name = leistungsname();
        Set<Typisierung> basis = beispiele.kennungen().typisierungen();
        List<LeikaLeistung> leistungen = new ArrayList<>();
        int objekte = z.prozent(75) ? 1 : z.zahl(2, 3);
        for (int o = 0; o < objekte; o++) {
            long lo = beispiele.kennungen().leistungsobjekt();
            while (!vergebeneObjekte.add(lo)) {
                lo = beispiele.kennungen().leistungsobjekt();
            }
            String stamm = o == 0 ? name : leistungsname();
            int n = z.zahl(1, 4);
            int start = z.zahl(1, 60);
            int schritt = z.zahl(1, 5);
            for (int i = 0; i < n; i++) {
                Leistungsschluessel key;
                if (i == 0 && z.prozent(25)) {
                    key = Kennungsbeispiele.schluessel(lo, 0, 0);
                } else {
                    key = Kennungsbeispiele.schluessel(lo, start + i * schritt, z.prozent(15) ? z.zahl(1, 20) : 0);
                }
                leistungen.add(leikaLeistung(stamm, key, z.prozent(80) ? basis : beispiele.kennungen().typisierungen()));
            }
        }
        if (z.prozent(8)) {
            leistungen.add(leikaLeistung(name, null, basis));
        }
        OzgLeistung.Builder b = OzgLeistung.builder().ozgId(id).bezeichnung(name).themenfeld(themenfeld)
                .lebenslage(lebenslage(themenfeld)).leistungen(leistungen);
        if (z.prozent(90)) {
            boolean nurBund = leistungen.stream().allMatch(l -> l.typisierung().equals(Set.of(Typisierung.TYP_1)));
            b.programm(nurBund ? Programm.BUND : Programm.FOEDERAL);
        }
        return b.build();
    }

    /**
     * A catalogue of {@code n} bundles with distinct OZG-IDs in 10000–10999 and distinct LeiKa keys;
     * with 14 or more bundles every Themenfeld has at least one.
     *
     * @param n the number of bundles, 1 to 1000
     * @return the catalogue
     * @throws IllegalArgumentException outside 1 to 1000
     */
    public OzgKatalog katalog(int n) {
        Beispiele.pruefeBereich("n", n, 1, MAX_KATALOG);
        int[] ids = new int[MAX_KATALOG];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 10_000 + i;
        }
        Themenfeld[] felder = Themenfeld.values();
        Set<Long> vergebeneObjekte = new HashSet<>();
        List<OzgLeistung> leistungen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int j = i + z.zahl(ids.length - i);
            int id = ids[j];
            ids[j] = ids[i];
            Themenfeld feld = n >= felder.length && i < felder.length ? felder[i] : beispiele.kennungen().themenfeld();
            leistungen.add(ozgLeistung(OzgId.of(id), feld, vergebeneObjekte));
        }
        LocalDate stand = beispiele.kennungen().datum();
        OzgKatalog.Builder b = OzgKatalog.builder().stand(stand).addAllLeistungen(leistungen);
        if (z.prozent(50)) {
            b.version(String.format(Locale.ROOT, "%d-%02d", stand.getYear(), stand.getMonthValue()));
        }
        return b.build();
    }
}
