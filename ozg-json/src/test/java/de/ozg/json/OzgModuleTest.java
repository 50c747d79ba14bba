package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.ozg.core.examples.Beispiele;
import de.ozg.core.id.Ars;
import de.ozg.core.id.IdFormatException;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Bundesressort;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OzgModuleTest {

    private static final JsonMapper MAPPER = OzgJson.mapper();

    private static String q(String s) {
        return s.replace('\'', '"');
    }

    @Test
    void identifiersAreStrings() throws Exception {
        assertEquals("\"01001000\"", MAPPER.writeValueAsString(de.ozg.core.id.Ags.parse("01001000")));
        assertEquals("\"010010000000\"", MAPPER.writeValueAsString(Ars.parse("010010000000")));
        assertEquals(OzgId.parse("10000"), MAPPER.readValue("\"10000\"", OzgId.class));
    }

    @Test
    void numberForIdentifierIsRefused() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.readValue(q("{'ozgId':10000}"), OzgIdHolder.class));
        assertTrue(e.getOriginalMessage().contains("/ozgId: OZG-ID must be a JSON string"), e.getMessage());
        assertTrue(e.getOriginalMessage().contains("the number 10000"), e.getMessage());
        assertTrue(e.getOriginalMessage().contains("leading zeros"), e.getMessage());
    }

    /** Plain Java type bound by Jackson's own bean deserializer, to see the module inside it. */
    static final class OzgIdHolder {
        public OzgId ozgId;
    }

    @Test
    void badIdentifierNamesPointerValueAndExpectedForm() {
        String json = q("{'format':'ozg-katalog','version':1,'stand':'2019-12-31','leistungen':[{'ozgId':'10000',"
                + "'bezeichnung':'Elterngeld','themenfeld':'Familie & Kind','lebenslage':{'bezeichnung':'Geburt',"
                + "'themenfeld':'Familie & Kind'},'leistungen':[{'schluessel':'9904100601300','bezeichnung':'x'}]}]}");
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> MAPPER.readValue(json, OzgKatalog.class));
        String m = e.getOriginalMessage();
        assertTrue(m.startsWith("/leistungen/0/leistungen/0/schluessel: "), m);
        assertTrue(m.contains("'9904100601300'"), m);
        assertTrue(m.contains("14 digits"), m);
        assertEquals("9904100601300", e.getValue());
        OzgJsonException ursache = assertInstanceOf(OzgJsonException.class, e.getCause());
        assertEquals("/leistungen/0/leistungen/0/schluessel", ursache.pointer().orElseThrow());
        assertInstanceOf(IdFormatException.class, ursache.getCause());

        OzgJsonException o = assertThrows(OzgJsonException.class,
                () -> OzgJson.readKatalog(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(JsonViolation.INVALID_VALUE, o.violation());
        assertEquals("/leistungen/0/leistungen/0/schluessel", o.pointer().orElseThrow());
        assertEquals("9904100601300", o.actualValue().orElseThrow());
        assertEquals("14 digits", o.expectedForm());
    }

    @Test
    void bundeslandAcceptsCodeKuerzelAndName() throws Exception {
        assertEquals("\"15\"", MAPPER.writeValueAsString(Bundesland.SACHSEN_ANHALT));
        for (String s : List.of("15", "ST", "Sachsen-Anhalt", "DE-ST")) {
            assertEquals(Bundesland.SACHSEN_ANHALT, MAPPER.readValue("\"" + s + "\"", Bundesland.class), s);
        }
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("15", Bundesland.class));
        assertThrows(InvalidFormatException.class, () -> MAPPER.readValue("\"17\"", Bundesland.class));
    }

    @Test
    void themenfeldWritesNameAndReadsTolerantly() throws Exception {
        assertEquals("\"Familie & Kind\"", MAPPER.writeValueAsString(Themenfeld.FAMILIE_KIND));
        for (String s : List.of("Familie & Kind", "familie_kind", "Familie und Kind", " FAMILIE  &  KIND ")) {
            assertEquals(Themenfeld.FAMILIE_KIND, MAPPER.readValue("\"" + s + "\"", Themenfeld.class), s);
        }
        assertThrows(InvalidFormatException.class, () -> MAPPER.readValue("\"Familie\"", Themenfeld.class));
    }

    @Test
    void reifegradPriorisierungRessort() throws Exception {
        assertEquals("\"V1:3\"", MAPPER.writeValueAsString(Reifegrad.of(ReifegradModell.V1, 3)));
        assertThrows(InvalidFormatException.class, () -> MAPPER.readValue("\"V1:2a\"", Reifegrad.class));
        assertEquals("2", MAPPER.writeValueAsString(Priorisierung.MITTEL));
        assertEquals(Priorisierung.MITTEL, MAPPER.readValue("\"2 - mittel\"", Priorisierung.class));
        assertThrows(InvalidFormatException.class, () -> MAPPER.readValue("5", Priorisierung.class));
        Bundesressort bmdv = Bundesressort.findById("BMDV-2021").orElseThrow();
        assertEquals("\"BMDV-2021\"", MAPPER.writeValueAsString(bmdv));
        assertThrows(InvalidFormatException.class, () -> MAPPER.readValue("\"BMDV\"", Bundesressort.class));
    }

    @Test
    void unknownAndMissingFields() throws Exception {
        String row = q("{'schluessel':'99041006013000','ars':'150020000000','stichtag':'2023-05-31','online':true");
        UnrecognizedPropertyException u = assertThrows(UnrecognizedPropertyException.class,
                () -> MAPPER.readValue(row + q(",'reifgrad':'V1:3'}"), Umsetzungsstand.class));
        assertEquals("reifgrad", u.getPropertyName());
        MismatchedInputException m = assertThrows(MismatchedInputException.class,
                () -> MAPPER.readValue(q("{'ars':'150020000000','stichtag':'2023-05-31','online':true}"),
                        Umsetzungsstand.class));
        assertTrue(m.getOriginalMessage().contains("'schluessel'"), m.getMessage());
        // Library types stay strict under a lenient mapper (Spring Boot's default): a misspelt field
        // must not vanish. The mapper's setting still governs the application's own types.
        JsonMapper lax = JsonMapper.builder().addModule(new OzgModule())
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        UnrecognizedPropertyException streng = assertThrows(UnrecognizedPropertyException.class,
                () -> lax.readValue(row + q(",'reifgrad':'V1:3'}"), Umsetzungsstand.class));
        assertTrue(streng.getOriginalMessage().startsWith("/reifgrad: unknown field 'reifgrad'"), streng.getMessage());
        assertEquals(JsonViolation.UNKNOWN_FIELD, ((OzgJsonException) streng.getCause()).violation());
        assertEquals(OzgIdHolder.class, lax.readValue(q("{'ozgId':'10000','extra':1}"), OzgIdHolder.class).getClass());
    }

    @Test
    void modelInvariantFailsAsJsonMappingException() {
        String json = q("{'ozgId':'10000','bezeichnung':'Elterngeld','themenfeld':'Familie & Kind',"
                + "'lebenslage':{'bezeichnung':'Geburt','themenfeld':'Bildung'},'leistungen':[]}");
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> MAPPER.readValue(json, de.ozg.core.model.OzgLeistung.class));
        assertTrue(e.getOriginalMessage().contains("Bildung"), e.getMessage());
    }

    @Test
    void serviceLoaderRegistrationBehavesLikeExplicitModule() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        ObjectMapper explicit = new ObjectMapper().registerModule(new OzgModule());
        assertTrue(found.getRegisteredModuleIds().contains(OzgModule.class.getName()), "module not found via ServiceLoader");
        for (int i = 0; i < 50; i++) {
            Beispiele b = Beispiele.ofSeed(i);
            OzgKatalog k = b.katalog().katalog(1 + i % 10);
            String a = found.writeValueAsString(k);
            assertEquals(a, explicit.writeValueAsString(k));
            assertEquals(k, found.readValue(a, OzgKatalog.class));
            assertEquals(k, explicit.readValue(a, OzgKatalog.class));
            Umsetzungsstand s = b.status().umsetzungsstand();
            assertEquals(found.writeValueAsString(s), explicit.writeValueAsString(s));
        }
        assertThrows(InvalidFormatException.class, () -> found.readValue("\"1234\"", Leistungsschluessel.class));
        assertThrows(InvalidFormatException.class, () -> explicit.readValue("\"1234\"", Leistungsschluessel.class));
    }
}
