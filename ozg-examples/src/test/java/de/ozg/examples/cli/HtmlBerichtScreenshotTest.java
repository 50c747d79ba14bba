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
 * The demo's HTML report is self-contained and renders in a real browser: headless Chromium takes
 * a screenshot where it is installed (CI installs it), and the screenshot must show the page's
 * dark-blue heading rule and blue bars rather than a blank or error page.
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

    @Test
    void chromiumRendersTheReport(@TempDir Path dir) throws IOException, InterruptedException {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "Chromium is not installed; the screenshot test is skipped");
        Path html = dir.resolve("ozg-demo.html");
        assertEquals(OzgCli.OK, ozg("demo", "--html", html.toString()).exitCode());
        Path png = dir.resolve("ozg-demo.png");
        Process p = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profil"), "--window-size=1200,2400",
                "--screenshot=" + png, html.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
        assertTrue(Files.size(png) > 20_000, "screenshot too small to show the report");
        BufferedImage bild = ImageIO.read(png.toFile());
        assertEquals(1200, bild.getWidth());
        assertTrue(zaehle(bild, 0x004b87) > 500, "the heading rule and table headers in dark blue are visible");
        assertTrue(zaehle(bild, 0x2a7ab9) > 2_000, "the blue bars of the charts are visible");
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
