package de.ozg.core.validation.gebiet;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.ModellException;
import de.ozg.core.table.TableModel;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.Befund;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects the usable rows of a Gemeindeverzeichnis into a {@link Gebietsverzeichnis}, independently
 * of which rules are active: a row is used when its Satzart and key parts are valid and it has a
 * name; the first row of a key and level wins; a malformed population is left unknown. Regions
 * (Satzart 30, Baden-Württemberg's planning regions) have no level in the ARS and are not part of
 * the directory; they are not counted as skipped. Mutable, one thread.
 */
final class GebietsAufbau implements TableModel<Gebietsspalte, Gebietsverzeichnis> {

    private final LocalDate gebietsstand;
    private final List<Gebiet> gebiete = new ArrayList<>();
    private final Set<Long> gesehen = new HashSet<>();
    private long uebersprungen;

    GebietsAufbau(LocalDate gebietsstand) {
        this.gebietsstand = Objects.requireNonNull(gebietsstand, "gebietsstand");
    }

    @Override
    public void add(TableRow<Gebietsspalte> z) {
        int satzart = Teile.satzart(z.rawCell(Gebietsspalte.SATZART));
        if (satzart == Teile.REGION) {
            return;
        }
        long key = Teile.schluessel(z);
        String name = z.rawCell(Gebietsspalte.NAME);
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
        String tk = z.rawCell(Gebietsspalte.TEXTKENNZEICHEN);
        if (tk != null && !tk.isBlank()) {
            b.textkennzeichen(tk.strip());
        }
        long bev = Teile.bevoelkerung(z.rawCell(Gebietsspalte.BEVOELKERUNG));
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

    @Override
    public long skipped() {
        return uebersprungen;
    }

    @Override
    public Gebietsverzeichnis build(Consumer<Befund> findings) {
        return Gebietsverzeichnis.of(gebietsstand, gebiete);
    }
}
