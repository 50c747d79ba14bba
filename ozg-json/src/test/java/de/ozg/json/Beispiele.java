package de.ozg.json;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.FimArt;
import de.ozg.core.id.FimId;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Lagetyp;
import de.ozg.core.model.Lebenslage;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Programm;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Small random generators for the tests of this module: each value is built from a seed drawn by
 * QuickTheories, so a failing case is reproducible from the printed seed.
 */
final class Beispiele {

    private static final int[] TEXT_ZEICHEN = {'a', 'Z', '0', ' ', '&', '-', '"', '\\', '/', 'ä', 'Ö', 'ß', '€',
        0x00A0, '\t', '\n', 0x1F600, '<', '\'', '='};

    private Beispiele() {
    }

    static <T> Gen<T> gen(java.util.function.Function<Random, T> f) {
        return SourceDSL.longs().all().map(seed -> f.apply(new Random(seed)));
    }

    static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append((char) ('A' + r.nextInt(26)));
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(r.nextInt(3) == 0 ? TEXT_ZEICHEN[r.nextInt(TEXT_ZEICHEN.length)] : 'a' + r.nextInt(26));
        }
        return sb.toString();
    }

    static String ziffern(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    static OzgId ozgId(Random r) {
        return OzgId.parse(ziffern(r, 5));
    }

    static Leistungsschluessel schluessel(Random r) {
        String objekt = (r.nextBoolean() ? "99" : ziffern(r, 2)) + ziffern(r, 6);
        if (r.nextInt(4) == 0) {
            return Leistungsschluessel.parse(objekt + "000000");
        }
        int verrichtung = 1 + r.nextInt(999);
        String detail = r.nextBoolean() ? "000" : ziffern(r, 3);
        return Leistungsschluessel.parse(objekt + String.format("%03d", verrichtung) + detail);
    }

    static Ars ars(Random r) {
        if (r.nextInt(50) == 0) {
            return Ars.BUND;
        }
        int land = 1 + r.nextInt(16);
        return Ars.parse((land < 10 ? "0" : "") + land + ziffern(r, 10));
    }

    static Ags ags(Random r) {
        int land = 1 + r.nextInt(16);
        return Ags.parse((land < 10 ? "0" : "") + land + ziffern(r, 6));
    }

    static FimId fimId(Random r) {
        FimArt art = FimArt.values()[r.nextInt(FimArt.values().length)];
        FimId id = FimId.of(art, r.nextInt(100_000_000));
        return r.nextBoolean() ? id : id.withVersion(r.nextInt(5) + "." + r.nextInt(20));
    }

    static <E extends Enum<E>> E eins(Random r, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    static Reifegrad reifegrad(Random r) {
        ReifegradModell m = eins(r, ReifegradModell.class);
        return Reifegrad.of(m, m.minStufe() + r.nextInt(m.maxStufe() - m.minStufe() + 1));
    }

    static LocalDate datum(Random r) {
        return LocalDate.of(2018 + r.nextInt(10), 1, 1).plusDays(r.nextInt(365));
    }

    static Lebenslage lebenslage(Random r, Themenfeld themenfeld) {
        return r.nextBoolean() ? Lebenslage.of(text(r), themenfeld)
                : Lebenslage.of(text(r), themenfeld, eins(r, Lagetyp.class));
    }

    static Lebenslage lebenslage(Random r) {
        return lebenslage(r, eins(r, Themenfeld.class));
    }

    static LeikaLeistung leikaLeistung(Random r) {
        LeikaLeistung.Builder b = LeikaLeistung.builder().bezeichnung(text(r));
        if (r.nextInt(5) > 0) {
            b.schluessel(schluessel(r));
        }
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            b.addTypisierung(eins(r, Typisierung.class));
        }
        if (r.nextBoolean()) {
            b.rechtsgrundlage(text(r));
        }
        if (r.nextBoolean()) {
            b.gesetze(text(r));
        }
        if (r.nextBoolean()) {
            b.gesetzeskuerzel(text(r));
        }
        return b.sdg1(r.nextBoolean()).sdg2(r.nextBoolean()).build();
    }

    static OzgLeistung ozgLeistung(Random r, OzgId id) {
        Themenfeld t = eins(r, Themenfeld.class);
        OzgLeistung.Builder b = OzgLeistung.builder().ozgId(id).bezeichnung(text(r)).themenfeld(t)
                .lebenslage(lebenslage(r, t));
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.addLeistungen(leikaLeistung(r));
        }
        if (r.nextBoolean()) {
            b.programm(eins(r, Programm.class));
        }
        return b.build();
    }

    static OzgLeistung ozgLeistung(Random r) {
        return ozgLeistung(r, ozgId(r));
    }

    static OzgKatalog katalog(Random r) {
        OzgKatalog.Builder b = OzgKatalog.builder().stand(datum(r));
        if (r.nextBoolean()) {
            b.version(text(r));
        }
        Set<OzgId> ids = new HashSet<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            OzgId id = ozgId(r);
            if (ids.add(id)) {
                b.addLeistungen(ozgLeistung(r, id));
            }
        }
        return b.build();
    }

    static Gebiet gebiet(Random r, Ars basis) {
        ArsEbene ebene = ArsEbene.values()[1 + r.nextInt(ArsEbene.values().length - 1)];
        Ars ars = basis.equals(Ars.BUND) ? basis : basis.truncatedTo(ebene);
        if (basis.equals(Ars.BUND)) {
            ebene = ArsEbene.BUND;
        }
        Gebiet.Builder b = Gebiet.builder().ars(ars).ebene(ebene).name(text(r));
        if (r.nextBoolean() && ars.toAgs().isPresent()) {
            b.ags(ars.toAgs().get());
        }
        if (r.nextBoolean()) {
            b.textkennzeichen(ziffern(r, 2));
        }
        if (r.nextBoolean()) {
            b.bevoelkerung(r.nextInt(4_000_000));
        }
        return b.build();
    }

    static Gebiet gebiet(Random r) {
        return gebiet(r, ars(r));
    }

    static Gebietsverzeichnis gebietsverzeichnis(Random r) {
        List<Gebiet> gebiete = new ArrayList<>();
        Set<String> schluessel = new HashSet<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            Gebiet g = gebiet(r);
            if (schluessel.add(g.ars() + "/" + g.ebene())) {
                gebiete.add(g);
            }
        }
        return Gebietsverzeichnis.of(datum(r), gebiete);
    }

    static Umsetzungsstand umsetzungsstand(Random r) {
        Umsetzungsstand.Builder b = Umsetzungsstand.builder().schluessel(schluessel(r)).ars(ars(r))
                .stichtag(datum(r)).online(r.nextBoolean()).aktiv(r.nextBoolean());
        if (r.nextBoolean()) {
            b.reifegrad(reifegrad(r));
        }
        if (r.nextBoolean()) {
            b.url("https://example.org/" + ziffern(r, 4) + "?q=" + text(r).replace('\n', ' ').replace('\t', ' ').strip());
        }
        if (r.nextBoolean()) {
            b.flaechendeckung(eins(r, Flaechendeckung.class));
        }
        if (r.nextBoolean()) {
            b.ozgId(ozgId(r));
        }
        return b.build();
    }

    static List<Umsetzungsstand> zeilen(Random r) {
        List<Umsetzungsstand> list = new ArrayList<>();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            list.add(umsetzungsstand(r));
        }
        return list;
    }
}
