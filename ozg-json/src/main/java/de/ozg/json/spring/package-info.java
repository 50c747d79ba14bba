/**
 * Spring Boot auto-configuration: with ozg-json on the class path, a Boot 3 application's Jackson 2
 * {@code ObjectMapper} and a Boot 4 application's Jackson 3 {@code JsonMapper} bind the library
 * types with no code of the application's. Spring is an optional dependency: these classes are
 * never loaded without it.
 */
package de.ozg.json.spring;
