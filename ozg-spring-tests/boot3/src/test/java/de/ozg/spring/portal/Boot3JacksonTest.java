package de.ozg.spring.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozg.core.model.OzgKatalog;
import de.ozg.json.OzgJson;
import de.ozg.json.OzgJsonException;
import de.ozg.json.JsonViolation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Boot 3 runs on its managed Jackson 2, the oldest line the library is tested on: the module is in
 * the application's mapper, and {@link OzgJson#mapper()} with its stream read constraints works.
 */
@SpringBootTest(classes = PortalApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Boot3JacksonTest {

    @Autowired
    ObjectMapper mapper;

    /** The Bean Validation provider Boot 3 brings, under which the constraint tests of PortalAppTest ran. */
    @Test
    void hibernateValidatorOfThisBootLine() {
        org.junit.jupiter.api.Assertions.assertTrue(
                org.hibernate.validator.internal.util.Version.getVersionString().startsWith("8."),
                org.hibernate.validator.internal.util.Version::getVersionString);
    }

    @Test
    void bootsJackson2MapperHasTheModule() {
        assertTrue(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString().startsWith("2.19."),
                com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION::toString);
        assertTrue(mapper.getRegisteredModuleIds().contains(de.ozg.json.OzgModule.class.getName()),
                () -> mapper.getRegisteredModuleIds().toString());
    }

    @Test
    void ozgJsonMapperAndItsLimitsWorkOnThisJackson() {
        String katalog = "{\"format\":\"ozg-katalog\",\"version\":1,\"stand\":\"2019-12-31\",\"leistungen\":[]}";
        OzgKatalog k = OzgJson.readKatalog(new ByteArrayInputStream(katalog.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, k.leistungen().size());
        String langerName = "{\"" + "x".repeat(OzgJson.MAX_NAME_LENGTH + 1) + "\":1}";
        try {
            OzgJson.read(new ByteArrayInputStream(langerName.getBytes(StandardCharsets.UTF_8)), OzgKatalog.class);
            throw new AssertionError("a field name beyond the limit must fail");
        } catch (OzgJsonException e) {
            assertEquals(JsonViolation.LIMIT_EXCEEDED, e.violation(), e::getMessage);
        }
    }
}
