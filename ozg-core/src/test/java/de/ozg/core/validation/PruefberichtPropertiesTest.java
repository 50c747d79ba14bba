package de.ozg.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * For random records and random rule set configurations, the report's counts must agree with an
 * independent count over the data, and with its own findings list.
 */
class PruefberichtPropertiesTest {

    private static final Regel<Integer> GERADE = Regel.perRecord("GERADE", Severity.ERROR, "gerade", "even",
            (Integer i, Kontext ctx) -> {
                if (i % 2 == 0) {
                    ctx.befund().wert(Integer.toString(i)).report("gerade", "even");
                }
            });
    private static final Regel<Integer> GROSS = Regel.perRecord("GROSS", Severity.WARNING, "groß", "large",
            (Integer i, Kontext ctx) -> {
                if (i > 40) {
                    ctx.report("groß", "large");
                }
            });
    private static final Regel<Integer> DOPPELT = Regel.of("DOPPELT", Severity.INFO, "doppelt", "duplicate",
            () -> new Pruefung<Integer>() {
                private final Set<Integer> gesehen = new HashSet<>();

                @Override
                public void check(Integer i, Kontext ctx) {
                    if (!gesehen.add(i)) {
                        ctx.report("doppelt", "duplicate");
                    }
                }
            });
    private static final Regel<Integer> ZEHNER = Regel.of("ZEHNER", Severity.WARNING, "Zehner", "tens",
            () -> new Pruefung<Integer>() {
                private final Set<Integer> zehner = new TreeSet<>();

                @Override
                public void check(Integer i, Kontext ctx) {
                    if (i % 10 == 0) {
                        zehner.add(i);
                    }
                }

                @Override
                public void finish(Kontext ctx) {
                    zehner.forEach(z -> ctx.befund().gegenstand(z.toString()).report("Zehner", "tens"));
                }
            });
    private static final Regel<Integer> WIRFT = Regel.perRecord("WIRFT", Severity.INFO, "wirft", "throws",
            (Integer i, Kontext ctx) -> {
                if (i % 7 == 0) {
                    throw new IllegalStateException("sieben");
                }
            });

    private static final List<Regel<Integer>> REGELN = List.of(GERADE, GROSS, DOPPELT, ZEHNER, WIRFT);

    /** How many findings each rule must produce for the given records, computed without the framework. */
    private static final List<ToLongFunction<List<Integer>>> ERWARTET = List.of(
            d -> d.stream().filter(i -> i % 2 == 0).count(),
            d -> d.stream().filter(i -> i > 40).count(),
            d -> d.size() - d.stream().distinct().count(),
            d -> d.stream().filter(i -> i % 10 == 0).distinct().count(),
            d -> d.stream().filter(i -> i % 7 == 0).count());

    /** Config code per rule: 0 = off, 1 = standard severity, 2..4 = override ERROR/WARNING/INFO. */
    private static Regelwerk<Integer> konfiguriere(List<Integer> codes, int max) {
        Regelwerk<Integer> regelwerk = Regelwerk.of(REGELN);
        for (int r = 0; r < REGELN.size(); r++) {
            String id = REGELN.get(r).id();
            int code = codes.get(r);
            if (code == 0) {
                regelwerk = regelwerk.without(id);
            } else if (code >= 2) {
                regelwerk = regelwerk.withSeverity(id, Severity.values()[code - 2]);
            }
        }
        return max < 0 ? regelwerk : regelwerk.withMaxBefundeProRegel(max);
    }

    @Test
    void countsAgreeWithTheDataAndWithTheFindings() {
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, 50)).ofSizeBetween(0, 60),
                        lists().of(integers().between(0, 4)).ofSize(REGELN.size()),
                        integers().between(-1, 5))
                .checkAssert((daten, codes, max) -> {
                    Regelwerk<Integer> regelwerk = konfiguriere(codes, max);
                    Pruefbericht bericht = regelwerk.check(daten);
                    Zusammenfassung z = bericht.zusammenfassung();

                    Map<Severity, Long> erwartet = new EnumMap<>(Severity.class);
                    for (int r = 0; r < REGELN.size(); r++) {
                        String id = REGELN.get(r).id();
                        int code = codes.get(r);
                        long gesamt = code == 0 ? 0 : ERWARTET.get(r).applyAsLong(daten);
                        Severity konfiguriert = code >= 2 ? Severity.values()[code - 2]
                                : REGELN.get(r).standardSeverity();
                        // a throwing rule's findings are errors whatever its configured severity
                        Severity severity = id.equals("WIRFT") ? Severity.ERROR : konfiguriert;
                        assertEquals(konfiguriert, regelwerk.severity(id), id);
                        erwartet.merge(severity, gesamt, Long::sum);
                        long gespeichert = bericht.befundeZuRegel(id).size();
                        assertEquals(gesamt, gespeichert + bericht.unterdrueckt(id), id);
                        assertEquals(max < 0 ? gesamt : Math.min(gesamt, max), gespeichert, id);
                    }
                    long unterdruecktSumme = 0;
                    for (Severity s : Severity.values()) {
                        long unterdrueckt = bericht.unterdrueckungen().stream().filter(u -> u.severity() == s)
                                .mapToLong(Unterdrueckung::anzahl).sum();
                        unterdruecktSumme += unterdrueckt;
                        assertEquals(erwartet.getOrDefault(s, 0L), z.anzahl(s), s.name());
                        assertEquals(z.anzahl(s), bericht.befunde(s).size() + unterdrueckt, s.name());
                    }
                    assertEquals(z.unterdrueckt(), unterdruecktSumme);
                    assertEquals(z.befunde(), bericht.befunde().size() + z.unterdrueckt());
                    if (max < 0) {
                        assertEquals(0, z.unterdrueckt());
                    }
                    assertEquals(daten.size(), bericht.datensaetze());
                    assertEquals(Verdict.of(z.fehler(), z.warnungen(), 0), bericht.verdict());
                    assertEquals(z.fehler() > 0, bericht.hasErrors());
                    assertSortedByRecord(bericht.befunde());
                });
    }

    @Test
    void mergedReportCountsAreTheSumOfItsParts() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 50)).ofSizeBetween(0, 40),
                        lists().of(integers().between(0, 50)).ofSizeBetween(0, 40),
                        lists().of(integers().between(0, 4)).ofSize(REGELN.size()),
                        integers().between(-1, 5))
                .checkAssert((a, b, codes, max) -> {
                    Regelwerk<Integer> regelwerk = konfiguriere(codes, max);
                    Pruefbericht eins = regelwerk.check(a);
                    Pruefbericht zwei = regelwerk.check(b);
                    Pruefbericht beide = eins.plus(zwei);
                    for (Severity s : Severity.values()) {
                        assertEquals(eins.zusammenfassung().anzahl(s) + zwei.zusammenfassung().anzahl(s),
                                beide.zusammenfassung().anzahl(s));
                    }
                    assertEquals(eins.befunde().size() + zwei.befunde().size(), beide.befunde().size());
                    assertEquals(a.size() + b.size(), beide.datensaetze());
                    assertEquals(beide, Pruefbericht.merge(List.of(eins, zwei)));
                    assertEquals(beide, beide.plus(Pruefbericht.empty()));
                });
    }

    private static void assertSortedByRecord(List<Befund> befunde) {
        long vorher = 0;
        boolean ohneNummer = false;
        for (Befund b : befunde) {
            OptionalLong nummer = b.fundstelle().datensatz();
            if (nummer.isPresent()) {
                assertTrue(!ohneNummer && nummer.getAsLong() >= vorher, "order broken at " + b);
                vorher = nummer.getAsLong();
            } else {
                ohneNummer = true;
            }
        }
    }
}
