package de.ozg.core.validation.gebiet;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.ModellException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the usable rows of a Gemeindeverzeichnis into a {@link Gebietsverzeichnis}, independently
 * of which rules are active: a row is used when its Satzart and key parts are valid and it has a
 * name; the first row of a key and level wins; a malformed population is left unknown. Regions
 * (Satzart 30, Baden-Württemberg's planning regions) have no level in the ARS and are not part of
 * the directory; they are not counted as skipped. Mutable, one thread.
 */
final class GebietsAufbau {

    private final List<Gebiet> gebiete = new ArrayList<>();
    private final Set<Long> gesehen = new HashSet<>();
    private long uebersprungen;

    void nimm(Gebietszeile z) {
        int satzart = Teile.satzart(z.roh(Gebietsspalte.SATZART));
        if (satzart == Teile.REGION) {
            return;
        }
        long key = Teile.schluessel(z);
        String name = z.roh(Gebietsspalte.NAME);
        if (key < 0 || Teile.isLeer(name) || !gesehen.add(satzart * 1_000_000_000_000L + key)) {
            uebersprungen++;
            return;
        }
        ArsEbene ebene = ebene(satzart);
        Ars ars = Ars.of(key);
        Gebiet.Builder b = Gebiet.builder();
        b.ars(ars).ebene(ebene).name(name.strip());
        if (ebene == ArsEbene.GEMEINDE) {
            ars.toAgs().ifPresent(b::ags);
        }
        String tk = z.roh(Gebietsspalte.TEXTKENNZEICHEN);
        if (tk != null && !tk.isBlank()) {
            b.textkennzeichen(tk.strip());
        }
        long bev = Teile.bevoelkerung(z.roh(Gebietsspalte.BEVOELKERUNG));
        if (bev >= 0) {
            b.bevoelkerung(bev);
        }
        try {
            gebiete.add(b.build());
        } catch (ModellException e) {
            uebersprungen++;
        }
    }

    private static ArsEbene ebene(int satzart) {
        switch (satzart) {
            case Teile.LAND:
                return ArsEbene.LAND;
            case Teile.RB:
                return ArsEbene.REGIERUNGSBEZIRK;
            case Teile.KREIS:
                return ArsEbene.KREIS;
            case Teile.VERBAND:
                return ArsEbene.GEMEINDEVERBAND;
            default:
                return ArsEbene.GEMEINDE;
        }
    }

    long uebersprungen() {
        return uebersprungen;
    }

    Gebietsverzeichnis baue(LocalDate gebietsstand) {
        return Gebietsverzeichnis.of(gebietsstand, gebiete);
    }
}
