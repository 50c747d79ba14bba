package de.ozg.spring.portal;

import de.ozg.core.id.Ars;
import de.ozg.core.validation.constraints.ValidArs;
import de.ozg.core.validation.constraints.ValidOzgId;
import jakarta.validation.constraints.NotNull;

/**
 * The portal's own DTO: identifiers as text checked by the library's constraints, and one as the
 * library's value type, bound by the module.
 *
 * @param wohnort   the applicant's Gemeinde as text
 * @param leistung  the OZG-Leistung as text
 * @param zustaendig the responsible area as a value
 */
public record Antrag(@NotNull @ValidArs String wohnort, @ValidOzgId String leistung, Ars zustaendig) {
}
