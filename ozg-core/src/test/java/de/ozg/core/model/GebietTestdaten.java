package de.ozg.core.model;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.testdata.CsvTestReader;
import de.ozg.core.testdata.Realdaten;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: the real Destatis Gemeindeverzeichnis (derived file {@code gemeinden_ags_ars.csv})
 * as a {@link Gebietsverzeichnis}, read once per JVM. The 12 "Region" rows of Baden-Württemberg
 * have no ARS and are skipped; the 29 Regierungsbezirk rows carry a malformed 7-digit AGS and are
 * built without AGS. Tests that call it are skipped when the shared data directory is missing.
 */
public final class GebietTestdaten {

    /** The file below the shared data directory. */
    public static final String DATEI = "destatis-gemeindeverzeichnis/gemeinden_ags_ars.csv";

    /** The Gebietsstand; the source says "probably 31.12.2020". */
    public static final LocalDate GEBIETSSTAND = LocalDate.of(2020, 12, 31);

    private static final Map<String, ArsEbene> EBENEN = Map.of("Land", ArsEbene.LAND,
            "Regierungsbezirk", ArsEbene.REGIERUNGSBEZIRK, "Kreis", ArsEbene.KREIS,
            "Gemeindeverband", ArsEbene.GEMEINDEVERBAND, "Gemeinde", ArsEbene.GEMEINDE);

    private static Gebietsverzeichnis verzeichnis;

    private GebietTestdaten() {
    }

    /**
     * The Gemeindeverzeichnis file; skips the calling test when it is missing.
     *
     * @return the file
     */
    public static Path datei() {
        return Realdaten.datei(DATEI);
    }

    /**
     * The directory, built on first use and then shared.
     *
     * @return the directory of 16 Länder, 401 Kreise and 11,004 Gemeinden
     */
    public static synchronized Gebietsverzeichnis verzeichnis() {
        Path datei = datei();
        if (verzeichnis == null) {
            try {
                verzeichnis = aus(CsvTestReader.read(datei));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return verzeichnis;
    }

    /**
     * Builds a directory from CSV records with the columns ebene, ags, ars, name, textkennzeichen
     * and bevoelkerung (header row first).
     *
     * @param zeilen the records, header included
     * @return the directory
     * @throws IllegalStateException for an unknown ebene
     */
    public static Gebietsverzeichnis aus(List<List<String>> zeilen) {
        Map<String, Integer> spalte = new HashMap<>();
        for (int i = 0; i < zeilen.get(0).size(); i++) {
            spalte.put(zeilen.get(0).get(i), i);
        }
        List<Gebiet> gebiete = new ArrayList<>();
        for (List<String> zeile : zeilen.subList(1, zeilen.size())) {
            String ebenenName = zeile.get(spalte.get("ebene"));
            if (ebenenName.equals("Region")) {
                continue;
            }
            ArsEbene ebene = EBENEN.get(ebenenName);
            if (ebene == null) {
                throw new IllegalStateException("unknown ebene '" + ebenenName + "' in " + zeile);
            }
            Gebiet.Builder b = Gebiet.builder()
                    .ars(Ars.parse(zeile.get(spalte.get("ars"))))
                    .ebene(ebene)
                    .name(zeile.get(spalte.get("name")));
            String ags = zeile.get(spalte.get("ags"));
            if (!ags.isEmpty() && ebene != ArsEbene.REGIERUNGSBEZIRK) {
                b.ags(Ags.parse(ags));
            }
            String tk = zeile.get(spalte.get("textkennzeichen"));
            if (!tk.isEmpty()) {
                b.textkennzeichen(tk);
            }
            String bevoelkerung = zeile.get(spalte.get("bevoelkerung"));
            if (!bevoelkerung.isEmpty()) {
                b.bevoelkerung(Long.parseLong(bevoelkerung));
            }
            gebiete.add(b.build());
        }
        return Gebietsverzeichnis.of(GEBIETSSTAND, gebiete);
    }
}
