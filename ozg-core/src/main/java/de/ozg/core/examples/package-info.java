/**
 * Deterministic example values for downstream test suites, in the spirit of libphonenumber's
 * example numbers: valid identifiers, reference values and entities spread over the real structure
 * of the OZG domain, invalid identifiers that fail with exactly one
 * {@link de.ozg.core.id.IdFormatViolation}, texts with harmless defects that lenient normalisation
 * repairs, and builder states that break exactly one model invariant.
 *
 * <pre>{@code
 * Beispiele beispiele = Beispiele.ofSeed(42);   // same seed + same library version = same values
 * OzgKatalog katalog = beispiele.katalog().katalog(50);    // or beispiele.kennungen().ars(ArsEbene.GEMEINDE), …
 * }</pre>
 *
 * <p>{@link de.ozg.core.examples.Beispiele} draws random values from a
 * {@link java.util.random.RandomGenerator} and is <em>not</em> thread-safe (one instance per
 * thread or per property-test sample); {@link de.ozg.core.examples.UngueltigeBeispiele} is a fixed,
 * hand-picked catalogue and thread-safe. The package depends on no test framework: a JUnit loop,
 * a QuickTheories {@code Gen} or any other property-testing library maps a seed to
 * {@code Beispiele.ofSeed(seed).kennungen().x()}.
 */
package de.ozg.core.examples;
