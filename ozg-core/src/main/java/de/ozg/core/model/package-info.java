/**
 * The entities of the OZG / EfA domain: the catalogue ({@link de.ozg.core.model.OzgKatalog} of
 * {@link de.ozg.core.model.OzgLeistung} bundles, each of {@link de.ozg.core.model.LeikaLeistung}
 * services under a {@link de.ozg.core.model.Lebenslage}), the online services and their reuse, the
 * status rows that dashboards aggregate ({@link de.ozg.core.model.Umsetzungsstand}) and the
 * territorial hierarchy ({@link de.ozg.core.model.Gebietsverzeichnis}).
 *
 * <p>Reuse is modelled by the {@link de.ozg.core.model.Onlinedienst} a Land develops, the
 * {@link de.ozg.core.model.Nachnutzung} of it by each connecting Land or Kommune, and a Land's
 * {@link de.ozg.core.model.Nachnutzungsuebersicht} of how it implements each OZG-Leistung.
 *
 * <p>All entities are immutable and thread-safe. They are built with builders or static factories
 * and enforce their invariants at construction by throwing {@link de.ozg.core.model.ModellException};
 * consistency across records is checked by rule sets that report instead of throwing.
 *
 * <p>The Immutables style below keeps the generated implementations package-private, so the public
 * API is the abstract types, their static factories and their nested {@code Builder}. Its
 * annotations are retained in class files only; Immutables is not needed at run time.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = true),
        jdkOnly = true)
package de.ozg.core.model;

import org.immutables.value.Value;
