/**
 * The root of the OZG library's core: the common exception root {@link de.ozg.core.OzgException}.
 * The domain lives in the sub-packages: {@code id} (identifiers), {@code ref} (reference data),
 * {@code model} (entities), {@code validation} (rules and reports), {@code aggregation} (figures)
 * and {@code examples} (generators for tests).
 */
package de.ozg.core;
