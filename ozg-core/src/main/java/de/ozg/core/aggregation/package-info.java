/**
 * Aggregation of OZG status data into the figures people argue about — online services per Land,
 * Themenfeld and OZG-Leistung, Flächendeckung, Reifegrad distributions — and the comparison of two
 * Stichtage, with the counting rule explicit and the computation fast on national data.
 *
 * <h2>Counting rules</h2>
 * A {@link de.ozg.core.aggregation.Zaehlregel} states every decision that changes a figure: the
 * Reifegrad from which a service is online ({@code V1:2} for the dashboard, {@code V1:3} for
 * OZG-konform), how rows without a Reifegrad, inactive rows and rows with {@code online_status =
 * nicht ok} are treated, how several services for one LeiKa key combine (the best Reifegrad
 * counts), the share of Kommunen for flächendeckend (100 %; 99 % is not), whether the Typisierung
 * restricts the denominator to services with kommunaler Vollzug, and whether gemeindefreie Gebiete
 * count as Kommunen (not by default). The presets {@code dashboard-online}, {@code ozg-konform} and
 * {@code flaechendeckend} follow the published definitions; {@code with…} methods make user-defined
 * rules, and {@code toString()} prints every decision so a table can carry its rule in its title.
 *
 * <h2>What a Kommune is</h2>
 * The figures count Kommunen, and a Kommune is a politische Gemeinde. The Gemeinde level of the
 * Destatis Gemeindeverzeichnis also lists the gemeindefreie Gebiete (Textkennzeichen 65 bewohnt,
 * 66 unbewohnt): forests, lakes, military areas and coastal waters that belong to no Gemeinde and
 * offer no service — 210 of 11,004 Gemeinde rows at the Gebietsstand 31.12.2020, 174 of them in
 * Bayern ({@link de.ozg.core.model.Gebiet#isGemeindefrei()}). Counting them would make a service
 * that is online in every Bavarian Kommune "in mind. einer Kommune verfügbar" instead of
 * landesweit flächendeckend (2,056 of 2,230), and the same holds in seven other Länder. So every
 * counting rule leaves them out of the relevant Gemeinden — the denominators of Flächendeckung, the
 * Gemeinden where a service counts as online, the Gemeinden an EfA service reaches — unless the
 * rule says otherwise ({@link de.ozg.core.aggregation.Zaehlregel#withGemeindefreieGebieteZaehlen}).
 * The dense Gemeinde index still holds them, so a row's ARS prefix stays one index range; they
 * leave the bitsets once per result.
 *
 * <h2>Mergeable accumulators</h2>
 * Every aggregate is an {@link de.ozg.core.aggregation.Accumulator}: a zero, {@code add} one row,
 * {@code merge} another partial result, {@code ergebnis} an immutable result. That is the shape of
 * a {@link java.util.stream.Collector} (so sequential and parallel streams give equal results, which
 * property tests prove) and of the combine step of Spark's {@code Aggregator}, Flink's
 * {@code AggregateFunction} and Beam's {@code CombineFn}, so the same code runs per partition of a
 * cluster. {@link de.ozg.core.aggregation.Umsetzungsmatrix} accumulates the LeiKa × Gemeinde
 * matrix of one Stichtag into an {@link de.ozg.core.aggregation.Umsetzungsbild}, from which every
 * figure of that Stichtag is read; {@link de.ozg.core.aggregation.Schnappschuss.Sammler} collects a
 * compact snapshot for the {@link de.ozg.core.aggregation.Stichtagsvergleich}.
 *
 * <h2>Nothing is dropped</h2>
 * A row whose key is not in the catalogue, whose ARS has no Gemeinde in the Gebietsverzeichnis, or
 * whose Reifegrad belongs to another model than the rule's is counted in the
 * {@link de.ozg.core.aggregation.Zeilenbilanz} with examples; the balance's parts always add up to
 * the rows read. A Stichtag comparison flags a row count that moved by more than 20 %.
 *
 * <h2>Scale</h2>
 * Keys and Gemeinden are dense indexes (a primitive hash of the catalogue keys; the Gemeinden of
 * the {@link de.ozg.core.model.Gebietsverzeichnis} in ARS order, so every ARS prefix is one index
 * range). Coverage is one bitset per service: 5,000 services × 11,000 Gemeinden take about 7 MB,
 * and a Kreis or Land row fills its range word by word. The per-row path allocates nothing and
 * touches no boxed map. Snapshots for the Stichtag comparison take 8 bytes per key × ARS.
 *
 * <p>Results are immutable and thread-safe; accumulators are mutable and owned by one thread.
 */
package de.ozg.core.aggregation;
