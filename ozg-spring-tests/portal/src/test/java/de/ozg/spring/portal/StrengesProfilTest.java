package de.ozg.spring.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/** The portal with its strict profile: unknown fields of its own DTOs are refused too. */
@SpringBootTest(classes = PortalApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("strict")
class StrengesProfilTest {

    @Autowired
    Environment env;

    @Test
    void unknownFieldOfTheOwnDtoIsRefused() {
        Http http = new Http(Integer.parseInt(env.getRequiredProperty("local.server.port")));
        Http.Antwort a = http.post("/antraege", PortalAppTest.ANTRAG.replace("{", "{\"extra\":1,"), "de");
        assertEquals(400, a.status(), a::body);
        assertTrue(a.body().contains("extra"), a::body);
        assertEquals(200, http.post("/antraege", PortalAppTest.ANTRAG, "de").status());
    }
}
