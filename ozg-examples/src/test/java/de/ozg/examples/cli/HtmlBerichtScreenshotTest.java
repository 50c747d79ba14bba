package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reports are self-contained and render in a real browser: headless Chromium takes a
 * screenshot where it is installed (CI installs it). The demo's screenshot must show the page's
 * dark-blue heading rule and blue bars rather than a blank or error page; a report's must open with
 * the block that names its inputs, Stand and Stichtage, visible on the first screen.
 */
class HtmlBerichtScreenshotTest {

    @Test
    void demoWritesASelfContainedPage(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("ozg-demo.html");
        assertEquals(OzgCli.OK, ozg("demo", "--html", html.toString()).exitCode());
        String seite = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(seite.startsWith("<!DOCTYPE html>"));
        assertTrue(seite.contains("<svg"), "inline SVG charts");
        assertTrue(seite.contains("OZG-Leistungen online je Themenfeld"));
        assertTrue(seite.contains("Flächendeckung"));
        assertTrue(seite.contains("EfA-Nachnutzung"));
        assertTrue(seite.contains("Befunde"));
        assertFalse(seite.contains("http://") && !seite.contains("http://www.w3.org/2000/svg"),
                "no external resources");
        assertFalse(seite.matches("(?s).*<(script|link|img)[^>]+(src|href)=.*"), "no external scripts or styles");
    }

    /** Chromium on the path, or the test is skipped. */
    private static Path chromium() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String ordner : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(ordner, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        assumeTrue(false, "Chromium is not installed; the screenshot test is skipped");
        return null;
    }

    private static List<String> chromium(Path dir, String... args) {
        List<String> befehl = new java.util.ArrayList<>(List.of(chromium().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profil")));
        befehl.addAll(List.of(args));
        return befehl;
    }

    private static BufferedImage screenshot(Path dir, Path html, int hoehe) throws IOException, InterruptedException {
        Path png = dir.resolve(html.getFileName() + ".png");
        Process p = new ProcessBuilder(chromium(dir, "--window-size=1200," + hoehe, "--screenshot=" + png,
                html.toUri().toString())).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
        assertTrue(Files.size(png) > 20_000, "screenshot too small to show the report");
        return ImageIO.read(png.toFile());
    }

    @Test
    void chromiumRendersTheReport(@TempDir Path dir) throws IOException, InterruptedException {
        Path html = dir.resolve("ozg-demo.html");
        assertEquals(OzgCli.OK, ozg("demo", "--html", html.toString()).exitCode());
        BufferedImage bild = screenshot(dir, html, 2400);
        assertEquals(1200, bild.getWidth());
        assertTrue(zaehle(bild, 0x004b87) > 500, "the heading rule and table headers in dark blue are visible");
        assertTrue(zaehle(bild, 0x2a7ab9) > 2_000, "the blue bars of the charts are visible");
    }

    @Test
    void aReportOpensWithItsInputsStandAndStichtage(@TempDir Path dir) throws IOException, InterruptedException {
        Path katalog = Testdateien.katalog(dir);
        Path gebiete = Testdateien.gebiete(dir);
        Path alt = Testdateien.status(dir, "alt.jsonl", de.ozg.json.UmsetzungsstandWriter::jsonLines,
                Testdateien.standAlt());
        Path neu = Testdateien.status(dir, "neu.csv", de.ozg.json.UmsetzungsstandWriter::csv, Testdateien.standNeu());
        Path html = dir.resolve("bericht.html");
        assertEquals(OzgCli.OK, ozg("report", "-q", "--katalog", katalog.toString(), "--katalog-stand", "2019-12-31",
                "--gebiete", gebiete.toString(), "--stand", alt.toString(), "--stand", neu.toString(), "--html",
                html.toString()).exitCode());

        // what the browser made of the page: the header block holds the inputs with Stand and Stichtage
        Path dom = dir.resolve("dom.html");
        Process p = new ProcessBuilder(chromium(dir, "--dump-dom", html.toUri().toString())).redirectOutput(dom.toFile())
                .redirectError(dir.resolve("dom.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
        String gerendert = Files.readString(dom, StandardCharsets.UTF_8);
        int start = gerendert.indexOf("<header class=\"eingaben\">");
        int ende = gerendert.indexOf("</header>");
        assertTrue(start >= 0 && ende > start, gerendert);
        String kopf = gerendert.substring(start, ende);
        for (String sichtbar : List.of(katalog.toString(), gebiete.toString(), alt.toString(), neu.toString(),
                "Stand 31.12.2019 (aus --katalog-stand)", "Stand unbekannt (mit --gebiete-stand angeben)",
                "Stichtag 31.01.2023", "Stichtag 31.05.2023", "umsetzungskatalog-csv", "status-jsonl",
                "Zählregel dashboard-online")) {
            assertTrue(kopf.contains(sichtbar), sichtbar + " in the header block: " + kopf);
        }
        assertTrue(gerendert.indexOf("Zählregel dashboard-online") == gerendert.lastIndexOf("Zählregel dashboard-online"),
                "the counting rule once");
        assertTrue(gerendert.contains("<th>31.01.2023</th><th>31.05.2023</th>"), "the Stichtage head the comparison");

        // and on the first screen: the header block's pale background with its dark-blue left edge, tall
        // enough for the table of four inputs and the rule, above the key figures
        BufferedImage bild = screenshot(dir, html, 900);
        int oben = -1;
        int unten = -1;
        for (int y = 0; y < bild.getHeight(); y++) {
            if ((bild.getRGB(600, y) & 0xFFFFFF) == 0xf4f7fa) {
                oben = oben < 0 ? y : oben;
                unten = y;
            }
        }
        assertTrue(oben >= 0 && oben < 200, "the header block starts near the top: " + oben);
        assertTrue(unten - oben > 250, "the header block holds the inputs table: " + (unten - oben) + " px");
        int kante = 0;
        for (int y = oben; y <= unten; y++) {
            for (int x = 0; x < 100; x++) {
                if ((bild.getRGB(x, y) & 0xFFFFFF) == 0x004b87) {
                    kante++;
                    break;
                }
            }
        }
        assertTrue(kante > (unten - oben) * 9 / 10, "the dark-blue left edge runs along the block");
        assertTrue(zaehle(bild, 0x004b87) > 5_000, "the table headers of the inputs are visible");
    }

    private static int zaehle(BufferedImage bild, int rgb) {
        int n = 0;
        for (int y = 0; y < bild.getHeight(); y++) {
            for (int x = 0; x < bild.getWidth(); x++) {
                if ((bild.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
