package de.ozg.spring.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The portal, started for real on 127.0.0.1 with Boot's default (lenient) Jackson settings: library
 * types bind with no code, refuse numbers for keys and unknown fields, constraint messages follow
 * {@code Accept-Language}, and library types come back in their JSON forms.
 */
@SpringBootTest(classes = PortalApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalAppTest {

    static final String ANTRAG = "{\"wohnort\":\"150020000000\",\"leistung\":\"10000\",\"zustaendig\":\"150020000000\"}";

    @Autowired
    Environment env;

    Http http() {
        return new Http(Integer.parseInt(env.getRequiredProperty("local.server.port")));
    }

    @Test
    void validDtoIsBoundWithTheLibraryValueType() {
        Http.Antwort a = http().post("/antraege", ANTRAG, "de");
        assertEquals(200, a.status(), a::body);
        assertEquals(ANTRAG, a.body());
    }

    @Test
    void constraintMessagesInGermanAndEnglish() {
        String falsch = ANTRAG.replace("\"wohnort\":\"150020000000\"", "\"wohnort\":\"15002000000\"")
                .replace("\"10000\"", "\"1000O\"");
        Http.Antwort de = http().post("/antraege", falsch, "de");
        assertEquals(400, de.status(), de::body);
        assertTrue(de.body().contains("muss ein ARS aus 12 Ziffern sein, hat aber eine andere Anzahl von Zeichen"),
                de::body);
        assertTrue(de.body().contains("enth\u00e4lt aber ein anderes Zeichen"), de::body);
        Http.Antwort en = http().post("/antraege", falsch, "en");
        assertEquals(400, en.status(), en::body);
        assertTrue(en.body().contains("must be an ARS of 12 digits, but has a different number of characters"),
                en::body);
    }

    @Test
    void aNumberForAKeyIsRefusedWithItsPointer() {
        Http.Antwort a = http().post("/antraege", ANTRAG.replace("\"zustaendig\":\"150020000000\"",
                "\"zustaendig\":150020000000"), "de");
        assertEquals(400, a.status(), a::body);
        assertTrue(a.body().contains("\"violation\":\"WRONG_TYPE\""), a::body);
        assertTrue(a.body().contains("\"pointer\":\"/zustaendig\""), a::body);
        assertTrue(a.body().contains("leading zeros"), a::body);
    }

    @Test
    void libraryTypesRefuseUnknownFieldsEvenUnderTheLenientMapper() {
        String dienst = http().get("/onlinedienste/beispiel").body();
        assertEquals(200, http().post("/onlinedienste", dienst, "de").status());
        Http.Antwort a = http().post("/onlinedienste", dienst.replace("{\"id\"", "{\"reifgrad\":\"V1:3\",\"id\""), "de");
        assertEquals(400, a.status(), a::body);
        assertTrue(a.body().contains("\"violation\":\"UNKNOWN_FIELD\""), a::body);
        assertTrue(a.body().contains("\"pointer\":\"/reifgrad\""), a::body);
    }

    @Test
    void unknownFieldOfTheOwnDtoIsBootsChoiceWithoutTheStrictProfile() {
        Http.Antwort a = http().post("/antraege", ANTRAG.replace("{", "{\"extra\":1,"), "de");
        assertEquals(200, a.status(), a::body);
    }

    @Test
    void libraryTypesComeBackInTheirJsonForms() {
        assertEquals("\"010010000000\"", http().get("/ars/010010000000").body());
        assertEquals("{\"id\":\"wohngeld-st\",\"bezeichnung\":\"Wohngeld\",\"entwickelndesLand\":\"15\","
                + "\"nachnutzungsmodell\":\"efa\",\"ozgKonformGemeldet\":false,\"leistungsschluessel\":"
                + "[\"99107152027000\"],\"ozgIds\":[],\"nachnutzungen\":[]}", http().get("/onlinedienste/beispiel").body());
        String f = http().get("/federfuehrung/mobilitaet_reisen/2022-01-01").body();
        assertTrue(f.startsWith("{\"themenfeld\":\"Mobilit\u00e4t & Reisen\",\"stichtag\":\"2022-01-01\",\"ressorts\":["),
                f);
        assertTrue(f.contains("\"laender\":[\"08\",\"06\"]") || f.contains("\"laender\":[\"06\",\"08\"]"), f);
        Http.Antwort p = http().post("/status/pruefung", "{\"schluessel\":\"99041006013000\",\"ars\":\"15002000000X\","
                + "\"stichtag\":\"2023-05-31\",\"online\":true}\n", "de");
        assertEquals(200, p.status(), p::body);
        assertTrue(p.body().startsWith("{\"records\":1,\"verdict\":\"UNGUELTIG\",\"summary\":{\"errors\":1,"), p::body);
        assertTrue(p.body().contains("\"rule\":\"STATUS-ARS-FORMAT\""), p::body);
        assertTrue(p.body().contains("\"line\":1,\"pointer\":\"/ars\""), p::body);
    }
}
