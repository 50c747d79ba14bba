package de.ozg.spring.portal;

import de.ozg.core.id.Ars;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Federfuehrung;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.json.OzgJsonException;
import de.ozg.json.UmsetzungsstandReader;
import jakarta.validation.Valid;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that take and return library types and the portal's own DTO. */
@RestController
public class PortalController {

    @PostMapping("/antraege")
    public Antrag antrag(@Valid @RequestBody Antrag antrag) {
        return antrag;
    }

    @GetMapping("/ars/{ars}")
    public Ars ars(@PathVariable String ars) {
        return Ars.parse(ars);
    }

    @GetMapping("/onlinedienste/beispiel")
    public Onlinedienst onlinedienst() {
        return Onlinedienst.builder().id("wohngeld-st").bezeichnung("Wohngeld")
                .entwickelndesLand(Bundesland.SACHSEN_ANHALT).nachnutzungsmodell(Nachnutzungsmodell.EFA)
                .addLeistungsschluessel(de.ozg.core.id.Leistungsschluessel.parse("99107152027000")).build();
    }

    @PostMapping("/onlinedienste")
    public Onlinedienst onlinedienst(@RequestBody Onlinedienst dienst) {
        return dienst;
    }

    @GetMapping("/federfuehrung/{fimCode}/{stichtag}")
    public Federfuehrung federfuehrung(@PathVariable String fimCode, @PathVariable String stichtag) {
        return Federfuehrung.of(Themenfeld.ofFimCode(fimCode), LocalDate.parse(stichtag));
    }

    /** Checks uploaded status rows (JSON Lines) and answers with the library's report. */
    @PostMapping("/status/pruefung")
    public Pruefbericht check(@RequestBody String zeilen) {
        List<Befund> befunde = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(
                new ByteArrayInputStream(zeilen.getBytes(StandardCharsets.UTF_8)), befunde::add)) {
            r.forEachRemaining(z -> { });
            return Pruefbericht.of(befunde, List.of(), r.zeilen());
        }
    }

    /** The constraint messages, in the language of the request's {@code Accept-Language}. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, String> ungueltig(MethodArgumentNotValidException e) {
        Map<String, String> fehler = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> fehler.put(f.getField(), f.getDefaultMessage()));
        return fehler;
    }

    /** A body the binding refused: the library's violation and JSON Pointer, found in the cause chain. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, String> unlesbar(HttpMessageNotReadableException e) {
        Map<String, String> fehler = new LinkedHashMap<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OzgJsonException o) {
                fehler.put("violation", o.violation().name());
                fehler.put("pointer", o.pointer().orElse(""));
                fehler.put("message", o.getMessage());
                return fehler;
            }
        }
        fehler.put("violation", "UNREADABLE");
        fehler.put("message", String.valueOf(e.getMostSpecificCause().getMessage()));
        return fehler;
    }
}
