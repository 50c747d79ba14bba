package de.ozg.core.model;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import de.ozg.core.testdata.CsvTestReader;
import de.ozg.core.testdata.Realdaten;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: the real OZG-Umsetzungskatalog 2019 (KDN NRW snapshot, one row per LeiKa service)
 * as an {@link OzgKatalog}, read once per JVM. Tests that call it are skipped when the shared data
 * directory is missing.
 */
public final class KatalogTestdaten {

    /** The file below the shared data directory. */
    public static final String DATEI = "kdn-nrw-ozg-katalog-2019/umsetzungskatalog-2019.csv";

    /** The Stand given to the catalogue: the snapshot describes October to December 2019. */
    public static final LocalDate STAND = LocalDate.of(2019, 12, 31);

    private static OzgKatalog katalog;

    private KatalogTestdaten() {
    }

    /**
     * The catalogue file; skips the calling test when it is missing.
     *
     * @return the file
     */
    public static Path datei() {
        return Realdaten.datei(DATEI);
    }

    /**
     * The catalogue, built on first use and then shared.
     *
     * @return the catalogue of 557 OZG-Leistungen
     */
    public static synchronized OzgKatalog katalog() {
        Path datei = datei();
        if (katalog == null) {
            try {
                katalog = aus(CsvTestReader.read(datei));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return katalog;
    }

    /**
     * Builds a catalogue from CSV records in the layout of the Umsetzungskatalog: the header row
     * first, then one row per LeiKa service, grouped into bundles by OZG-ID.
     *
     * @param zeilen the records, header included
     * @return the catalogue
     * @throws IllegalStateException when the rows of one OZG-ID disagree about the bundle
     */
    public static OzgKatalog aus(List<List<String>> zeilen) {
        Map<String, Integer> spalte = new HashMap<>();
        for (int i = 0; i < zeilen.get(0).size(); i++) {
            spalte.put(zeilen.get(0).get(i), i);
        }
        Map<String, List<List<String>>> nachOzgId = new LinkedHashMap<>();
        for (List<String> zeile : zeilen.subList(1, zeilen.size())) {
            nachOzgId.computeIfAbsent(zeile.get(spalte.get("OZG-ID")), k -> new ArrayList<>()).add(zeile);
        }
        List<OzgLeistung> leistungen = new ArrayList<>();
        for (List<List<String>> gruppe : nachOzgId.values()) {
            leistungen.add(buendel(gruppe, spalte));
        }
        return OzgKatalog.builder().stand(STAND).version("KDN NRW 2019").addAllLeistungen(leistungen).build();
    }

    private static OzgLeistung buendel(List<List<String>> gruppe, Map<String, Integer> spalte) {
        List<String> erste = gruppe.get(0);
        for (String feld : List.of("Themenfeld", "Lebenslage", "OZG-Leistung")) {
            for (List<String> zeile : gruppe) {
                if (!zeile.get(spalte.get(feld)).equals(erste.get(spalte.get(feld)))) {
                    throw new IllegalStateException("OZG-ID " + erste.get(spalte.get("OZG-ID")) + ": " + feld
                            + " differs between rows: " + erste + " / " + zeile);
                }
            }
        }
        Themenfeld themenfeld = Themenfeld.parse(erste.get(spalte.get("Themenfeld")));
        OzgLeistung.Builder b = OzgLeistung.builder()
                .ozgId(OzgId.parse(erste.get(spalte.get("OZG-ID"))))
                .bezeichnung(erste.get(spalte.get("OZG-Leistung")))
                .themenfeld(themenfeld)
                .lebenslage(Lebenslage.of(erste.get(spalte.get("Lebenslage")), themenfeld));
        for (List<String> zeile : gruppe) {
            b.addLeistungen(leika(zeile, spalte));
        }
        return b.build();
    }

    private static LeikaLeistung leika(List<String> zeile, Map<String, Integer> spalte) {
        String schluessel = zeile.get(spalte.get("LeiKa-Schlüssel"));
        LeikaLeistung.Builder b = LeikaLeistung.builder()
                .bezeichnung(zeile.get(spalte.get("LeiKa-Bezeichnung")))
                .addAllTypisierung(Typisierung.parseMenge(zeile.get(spalte.get("LeiKa-Typ"))))
                .sdg1(flag(zeile.get(spalte.get("SDG1-Relevanz"))))
                .sdg2(flag(zeile.get(spalte.get("SDG2-Relevanz"))));
        if (!Leistungsschluessel.isPlaceholder(schluessel)) {
            b.schluessel(Leistungsschluessel.parse(schluessel));
        }
        String rechtsgrundlage = zeile.get(spalte.get("Rechtsgrundlage(n)"));
        String gesetze = zeile.get(spalte.get("Gesetz(e)"));
        String kuerzel = zeile.get(spalte.get("Gesetzeskürzel"));
        if (!rechtsgrundlage.isBlank()) {
            b.rechtsgrundlage(rechtsgrundlage);
        }
        if (!gesetze.isBlank()) {
            b.gesetze(gesetze);
        }
        if (!kuerzel.isBlank()) {
            b.gesetzeskuerzel(kuerzel);
        }
        return b.build();
    }

    private static boolean flag(String text) {
        switch (text) {
            case "1":
                return true;
            case "0":
                return false;
            default:
                throw new IllegalStateException("SDG flag must be 1 or 0, was '" + text + "'");
        }
    }
}
