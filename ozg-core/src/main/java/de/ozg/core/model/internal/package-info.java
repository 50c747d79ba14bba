/**
 * The validators of the class-level constraints of {@link de.ozg.core.model.Onlinedienst}.
 * <strong>Not API:</strong> any type may change or disappear in any release.
 *
 * <p>They live beside the model rather than beside the field constraints so that the dependency
 * points one way: the model carries its own constraints, and {@link de.ozg.core.validation.constraints}
 * knows nothing of the model. They are public because Hibernate Validator instantiates them through
 * their public no-argument constructor and does not make a non-public class accessible.
 */
package de.ozg.core.model.internal;
