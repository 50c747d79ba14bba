/**
 * Internal helpers shared by several packages of ozg-core. <strong>Not API:</strong> nothing here
 * is part of the library's public contract, and any type or method may change or disappear in any
 * release without notice. Do not use it from outside ozg-core.
 *
 * <p>The types are public only because Java 17 without a module descriptor cannot share a type
 * between {@code de.ozg.core.ref} and {@code de.ozg.core.model} any other way; once the library
 * ships a {@code module-info}, this package is not exported.
 */
package de.ozg.core.internal;
