package de.ozg.examples.erste;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ozg.core.id.Ars;
import de.ozg.json.OzgJson;
import org.junit.jupiter.api.Test;

/**
 * ozg-examples uses ozg-json as a plain application would: Spring and Jackson 3 are optional
 * dependencies of ozg-json and must not reach this class path, and the Jackson 2 binding works
 * without them.
 */
class OhneSpringTest {

    @Test
    void optionalDependenciesStayOutside() {
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.springframework.boot.autoconfigure.AutoConfiguration"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.springframework.context.ApplicationContext"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("tools.jackson.databind.ObjectMapper"));
    }

    @Test
    void theJackson2BindingNeedsNeither() throws Exception {
        assertEquals("\"150020000000\"", OzgJson.mapper().writeValueAsString(Ars.parse("150020000000")));
        assertEquals(Ars.parse("150020000000"), new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules().readValue("\"150020000000\"", Ars.class));
    }
}
