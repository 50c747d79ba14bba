/**
 * The Jackson 3 ({@code tools.jackson}) binding: {@link de.ozg.json.jackson3.OzgModule} and
 * {@link de.ozg.json.jackson3.OzgJson}, twins of the Jackson 2 ones in {@code de.ozg.json}, built on
 * the same description of each type's JSON form. Needs {@code tools.jackson.core:jackson-databind}
 * 3.x, an optional dependency of ozg-json that Spring Boot 4 applications already have.
 */
package de.ozg.json.jackson3;
