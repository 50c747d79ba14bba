/**
 * The CSV table reader behind every tabular source of ozg-json. <strong>Not API:</strong> nothing
 * here is part of the library's public contract; any type or method may change or disappear in any
 * release. Users read CSV through {@link de.ozg.json.quellen.CsvSource} and
 * {@link de.ozg.json.UmsetzungsstandReader#csv}, and configure it with
 * {@link de.ozg.json.csv.CsvReadOptions} and {@link de.ozg.json.csv.TableLimits}.
 *
 * <p>The types are public only because Java 17 without a module descriptor cannot share a type
 * between {@code de.ozg.json}, {@code de.ozg.json.quellen} and this package any other way; once
 * the library ships a {@code module-info}, this package is not exported.
 *
 * <p>{@link de.ozg.json.csv.internal.TableReader} decodes strictly, detects the dialect, splits RFC
 * 4180 records in memory bounded by the limits and turns each record once into a
 * {@link de.ozg.core.table.TableRow}. Nothing is shared between readers: no thread-local or
 * recycled buffer can make one read depend on another.
 */
package de.ozg.json.csv.internal;
