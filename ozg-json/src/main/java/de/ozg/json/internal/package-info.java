/**
 * Internal: the Jackson-independent description of each type's JSON form, which the Jackson 2 and the
 * Jackson 3 binding both interpret. Public only because the two bindings live in two packages; not
 * part of the API, may change in any release.
 */
package de.ozg.json.internal;
