/**
 * The validators of the field constraints in {@link de.ozg.core.validation.constraints} and the
 * message-key helper they share with the class-level validators of the model. <strong>Not
 * API:</strong> any type may change or disappear in any release.
 *
 * <p>The validators are public because Hibernate Validator instantiates them through their public
 * no-argument constructor and does not make a non-public class accessible.
 */
package de.ozg.core.validation.constraints.internal;
