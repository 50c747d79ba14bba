/**
 * Jakarta Bean Validation constraints for the OZG domain: the bridge from this library into the
 * users' own applications, where forms, REST resources and entities hold identifiers as strings.
 *
 * <p><b>Field constraints</b> (named {@code Valid…} so that they never clash with the value types of
 * {@link de.ozg.core.id}) {@link de.ozg.core.validation.constraints.ValidOzgId}, {@link
 * de.ozg.core.validation.constraints.ValidLeistungsschluessel}, {@link
 * de.ozg.core.validation.constraints.ValidArs} (optionally restricted to levels) and {@link
 * de.ozg.core.validation.constraints.ValidAgs} check a {@link CharSequence} with the strict parsers of
 * {@link de.ozg.core.id}, so a text that passes is exactly one that the value type accepts. They
 * work on fields, getters, parameters and type arguments ({@code List<@ValidArs String>}), may be
 * repeated, and treat {@code null} as valid in the Bean Validation manner:
 *
 * <pre>{@code
 * class Antrag {
 *     @NotNull @ValidLeistungsschluessel String leistung;
 *     @ValidArs(ebenen = ArsEbene.GEMEINDE) String wohnort;
 *     List<@ValidOzgId String> buendel;
 * }
 * }</pre>
 *
 * <p><b>Class-level constraints</b> {@link de.ozg.core.model.KeineEigenNachnutzung},
 * {@link de.ozg.core.model.EinheitlichesReifegradModell} and {@link
 * de.ozg.core.model.OzgKonformBelegt} sit on {@link de.ozg.core.model.Onlinedienst}
 * for programme rules that real data breaks, so they cannot be invariants: the data must load, and
 * the rules report it. Their violations point at the offending part, such as {@code
 * nachnutzungen[2].nachnutzer}. They are class-level because the model uses record-style accessors
 * ({@code reifegrad()}, not {@code getReifegrad()}), which Hibernate Validator does not treat as
 * properties.
 *
 * <p><b>Messages</b> live in {@code ContributorValidationMessages.properties} (English, with an
 * empty {@code _en} variant so that English never falls back to the JVM's default locale) and
 * {@code _de}, keyed by the constraint's fully qualified name plus {@code .message} (the field constraints without
 * their {@code Valid} prefix: {@code de.ozg.core.validation.constraints.Ars.message} for {@code @ValidArs}); an
 * application's own {@code ValidationMessages} may override any key. Hibernate Validator merges
 * the contributor bundles of all libraries on the class path; another provider needs the keys in
 * the application's bundle. The default messages say which rule a value broke (blank, non-digit,
 * wrong length, wrong Land code, placeholder, wrong level …) through a key per case; they never
 * quote the value, because a template built from user input could be evaluated as an expression.
 * The value itself is {@code ConstraintViolation.getInvalidValue()}. A {@code message} of the
 * user's own replaces the detailed messages.
 *
 * <p>The validators live in {@code internal} packages (not API): public only because providers
 * instantiate them through a public constructor; they are stateless or fixed after {@code
 * initialize}, and thread-safe. Keeping the class-level constraints with the model means the
 * dependency points one way: the model knows its constraints, this package knows nothing of the
 * model.
 */
package de.ozg.core.validation.constraints;
