package de.ozg.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied in {@code package-info.java} of each model
 * package: generated implementations stay package-private, so the public API consists of the
 * abstract value types, their static factories and their nested {@code Builder}.
 *
 * <p>Internal to the library's build; users never need it. Retained in class files only, so it
 * costs nothing at run time and Immutables is not needed on the users' class path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = true),
        jdkOnly = true)
public @interface OzgStyle {
}
