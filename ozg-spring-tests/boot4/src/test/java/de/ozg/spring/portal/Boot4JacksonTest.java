package de.ozg.spring.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ars;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/** Boot 4 binds with Jackson 3: the module is in the application's JsonMapper, which Spring MVC uses. */
@SpringBootTest(classes = PortalApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Boot4JacksonTest {

    @Autowired
    JsonMapper mapper;

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** The Bean Validation provider Boot 4 brings, under which the constraint tests of PortalAppTest ran. */
    @Test
    void hibernateValidatorOfThisBootLine() {
        org.junit.jupiter.api.Assertions.assertTrue(
                org.hibernate.validator.internal.util.Version.getVersionString().startsWith("9."),
                org.hibernate.validator.internal.util.Version::getVersionString);
    }

    @Test
    void bootsJackson3MapperHasTheModule() {
        assertTrue(tools.jackson.databind.cfg.PackageVersion.VERSION.toString().startsWith("3."),
                tools.jackson.databind.cfg.PackageVersion.VERSION::toString);
        assertTrue(mapper.registeredModules().stream()
                .anyMatch(m -> m.getRegistrationId().equals(de.ozg.json.jackson3.OzgModule.class.getName())),
                () -> mapper.registeredModules().toString());
        assertEquals("\"150020000000\"", mapper.writeValueAsString(Ars.parse("150020000000")));
        // Jackson 2 is on the class path (ozg-json needs it for its streaming readers), but Boot 4 builds
        // no Jackson 2 mapper: the HTTP bodies of PortalAppTest went through this JsonMapper
        assertEquals(0, context.getBeanNamesForType(com.fasterxml.jackson.databind.ObjectMapper.class).length);
    }
}
