package de.ozg.examples.html;

import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML page: inline CSS, inline SVG charts and a few lines of inline script to
 * sort tables — no network, no framework, so the file opens anywhere, also offline and attached to
 * a ticket. Content is added in order; every text is HTML-escaped.
 *
 * <p>Not thread-safe; build one page per thread.
 */
public final class HtmlSeite {

    private final String titel;
    private final String sprache;
    private final StringBuilder body = new StringBuilder();
    private int tabellen;

    /**
     * A page whose texts the caller writes in one language; numbers in cells and bars come formatted
     * by the caller too, so the page itself formats nothing.
     *
     * @param titel   the page title
     * @param sprache the language of the texts, {@code de} or {@code en} (for {@code <html lang>})
     */
    public HtmlSeite(String titel, String sprache) {
        this.titel = titel;
        this.sprache = sprache;
    }

    /**
     * A section heading.
     *
     * @param text the heading
     * @return this
     */
    public HtmlSeite ueberschrift(String text) {
        body.append("<h2>").append(esc(text)).append("</h2>\n");
        return this;
    }

    /**
     * A paragraph.
     *
     * @param text the text
     * @return this
     */
    public HtmlSeite absatz(String text) {
        body.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    /**
     * Opens the block at the top of the page that says what the page is about (its inputs and the
     * counting rule); {@link #kopfEnde()} closes it.
     *
     * @return this
     */
    public HtmlSeite kopfBeginn() {
        body.append("<header class=\"eingaben\">\n");
        return this;
    }

    /**
     * Closes the block opened by {@link #kopfBeginn()}.
     *
     * @return this
     */
    public HtmlSeite kopfEnde() {
        body.append("</header>\n");
        return this;
    }

    /**
     * A note in smaller type, such as what a column means or why a figure is missing.
     *
     * @param text the text
     * @return this
     */
    public HtmlSeite hinweis(String text) {
        body.append("<p class=\"hinweis\">").append(esc(text)).append("</p>\n");
        return this;
    }

    /**
     * Key figures shown as tiles.
     *
     * @param kennzahlen label → value pairs
     * @return this
     */
    public HtmlSeite kennzahlen(List<Kennzahl> kennzahlen) {
        body.append("<div class=\"tiles\">");
        for (Kennzahl k : kennzahlen) {
            body.append("<div class=\"tile\"><div class=\"v\">").append(esc(k.wert())).append("</div><div class=\"l\">")
                    .append(esc(k.bezeichnung())).append("</div></div>");
        }
        body.append("</div>\n");
        return this;
    }

    /**
     * A horizontal bar chart as inline SVG. Each bar may be split into a highlighted part (for
     * example "online") and the rest of its total.
     *
     * @param titel  the chart title
     * @param balken the bars in display order
     * @return this
     */
    public HtmlSeite balkendiagramm(String titel, List<Balken> balken) {
        double max = balken.stream().mapToLong(Balken::gesamt).max().orElse(1);
        if (max <= 0) {
            max = 1;
        }
        int zeile = 22;
        int labelBreite = 260;
        int diagrammBreite = 420;
        int hoehe = balken.size() * zeile + 10;
        body.append("<figure><figcaption>").append(esc(titel)).append("</figcaption>\n")
                .append("<svg role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(labelBreite + diagrammBreite + 120).append("\" height=\"").append(hoehe)
                .append("\" viewBox=\"0 0 ").append(labelBreite + diagrammBreite + 120).append(' ').append(hoehe)
                .append("\">\n");
        for (int i = 0; i < balken.size(); i++) {
            Balken b = balken.get(i);
            int y = i * zeile + 4;
            double wGesamt = b.gesamt() / max * diagrammBreite;
            double wTeil = b.gesamt() == 0 ? 0 : b.teil() / max * diagrammBreite;
            String hinweis = b.bezeichnung() + ": " + b.beschriftung();
            body.append("<text x=\"").append(labelBreite - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(esc(b.bezeichnung())).append("</text>")
                    .append(String.format(Locale.ROOT,
                            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" class=\"rest\"><title>%s</title></rect>",
                            labelBreite, y, wGesamt, esc(hinweis)))
                    .append(String.format(Locale.ROOT,
                            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" class=\"teil\"><title>%s</title></rect>",
                            labelBreite, y, wTeil, esc(hinweis)))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n",
                            labelBreite + wGesamt + 6, y + 14, esc(b.beschriftung())));
        }
        body.append("</svg></figure>\n");
        return this;
    }

    /**
     * A table; with {@code sortierbar} a click on a column header sorts by that column.
     *
     * @param kopf       the column headers
     * @param zeilen     the rows
     * @param sortierbar whether the columns can be sorted by clicking
     * @return this
     */
    public HtmlSeite tabelle(List<String> kopf, List<List<Zelle>> zeilen, boolean sortierbar) {
        return tabelle(kopf, zeilen, sortierbar, false);
    }

    /**
     * A table; with {@code sortierbar} a click on a column header sorts by that column; a
     * {@code schmal} table is as wide as its content rather than the page.
     *
     * @param kopf       the column headers
     * @param zeilen     the rows
     * @param sortierbar whether the columns can be sorted by clicking
     * @param schmal     whether the table takes only the width its content needs
     * @return this
     */
    public HtmlSeite tabelle(List<String> kopf, List<List<Zelle>> zeilen, boolean sortierbar, boolean schmal) {
        int id = ++tabellen;
        String klassen = ((sortierbar ? "sortable " : "") + (schmal ? "schmal" : "")).strip();
        body.append("<table id=\"t").append(id).append('"').append(klassen.isEmpty() ? "" : " class=\"" + klassen + "\"")
                .append("><thead><tr>");
        for (int i = 0; i < kopf.size(); i++) {
            body.append("<th");
            if (sortierbar) {
                body.append(" onclick=\"sortiere('t").append(id).append("',").append(i).append(")\"");
            }
            body.append('>').append(esc(kopf.get(i))).append("</th>");
        }
        body.append("</tr></thead><tbody>\n");
        for (List<Zelle> zeile : zeilen) {
            body.append("<tr>");
            for (Zelle z : zeile) {
                body.append("<td");
                if (z.anteil() != null) {
                    body.append(" style=\"background:").append(farbe(z.anteil())).append('"');
                }
                if (z.sortierwert() != null) {
                    body.append(" data-sort=\"").append(esc(z.sortierwert())).append('"');
                }
                if (z.klasse() != null) {
                    body.append(" class=\"").append(esc(z.klasse())).append('"');
                }
                if (z.hinweis() != null) {
                    body.append(" title=\"").append(esc(z.hinweis())).append('"');
                }
                body.append('>').append(esc(z.text())).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    /**
     * The complete document.
     *
     * @return the HTML text
     */
    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"" + esc(sprache) + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(titel)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>" + esc(titel) + "</h1>\n" + body
                + "<script>\n" + SORT_JS + "</script>\n</body>\n</html>\n";
    }

    /**
     * A colour on a red → yellow → green scale.
     *
     * @param anteil 0 to 1
     * @return a CSS colour
     */
    static String farbe(double anteil) {
        double a = Math.max(0, Math.min(1, anteil));
        int hue = (int) Math.round(a * 120);
        return "hsl(" + hue + ",70%,80%)";
    }

    /**
     * Escapes text for HTML element content and attribute values.
     *
     * @param text the text, may be null
     * @return the escaped text
     */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * One key figure tile.
     *
     * @param bezeichnung the label
     * @param wert        the value as shown
     */
    public record Kennzahl(String bezeichnung, String wert) {
    }

    /**
     * One bar: a highlighted part of a total.
     *
     * @param bezeichnung  the label
     * @param teil         the highlighted part
     * @param gesamt       the total
     * @param beschriftung the text after the bar, numbers formatted by the caller
     */
    public record Balken(String bezeichnung, long teil, long gesamt, String beschriftung) {
    }

    /**
     * One table cell.
     *
     * @param text        the text shown
     * @param anteil      a share 0..1 that colours the cell, or null
     * @param sortierwert the value sorted by, or null to sort by text
     * @param klasse      a CSS class, or null
     * @param hinweis     a tooltip, or null
     */
    public record Zelle(String text, Double anteil, String sortierwert, String klasse, String hinweis) {
        /**
         * A plain text cell.
         *
         * @param text the text
         * @return the cell
         */
        public static Zelle text(String text) {
            return new Zelle(text, null, null, null, null);
        }

        /**
         * A number cell, right-aligned and sorted numerically.
         *
         * @param text the number as shown
         * @param zahl the number
         * @return the cell
         */
        public static Zelle zahl(String text, long zahl) {
            return new Zelle(text, null, Long.toString(zahl), "num", null);
        }

        /**
         * A share cell coloured on a red → green scale.
         *
         * @param text   the share as shown
         * @param anteil 0..1
         * @return the cell
         */
        public static Zelle anteil(String text, double anteil) {
            return new Zelle(text, anteil, String.format(Locale.ROOT, "%.6f", anteil), "num", null);
        }

        /**
         * A cell with a CSS class, such as a severity.
         *
         * @param text   the text
         * @param klasse the CSS class
         * @return the cell
         */
        public static Zelle mitKlasse(String text, String klasse) {
            return new Zelle(text, null, null, klasse, null);
        }

        /**
         * A text cell with a tooltip, such as the full list behind an abridged one.
         *
         * @param text    the text
         * @param hinweis the tooltip
         * @return the cell
         */
        public static Zelle mitHinweis(String text, String hinweis) {
            return new Zelle(text, null, null, null, hinweis);
        }
    }

    private static final String CSS = String.join("\n", List.of(
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2em auto;max-width:1100px;"
                    + "color:#1d2733;padding:0 1em}",
            "h1{font-size:1.7em;border-bottom:3px solid #004b87;padding-bottom:.3em}",
            "h2{font-size:1.25em;margin-top:2em;color:#004b87}",
            ".tiles{display:flex;flex-wrap:wrap;gap:12px}",
            ".tile{background:#eef3f8;border-radius:6px;padding:10px 16px;min-width:140px}",
            ".tile .v{font-size:1.6em;font-weight:600}.tile .l{font-size:.85em;color:#4a5867}",
            "figure{margin:1em 0}figcaption{font-weight:600;margin-bottom:.4em}",
            "svg text{font-size:12px;fill:#1d2733}",
            "svg rect.rest{fill:#d5dde6}svg rect.teil{fill:#2a7ab9}",
            "table{border-collapse:collapse;margin:1em 0;font-size:.9em;width:100%}table.schmal{width:auto}",
            "p.hinweis{font-size:.85em;color:#4a5867;margin:.3em 0 1em}",
            "header.eingaben{background:#f4f7fa;border-left:4px solid #004b87;padding:.2em 1em;margin-bottom:1.5em}",
            "th,td{border:1px solid #cfd8e2;padding:4px 8px;text-align:left}",
            "th{background:#004b87;color:#fff}table.sortable th{cursor:pointer}",
            "td.num{text-align:right;font-variant-numeric:tabular-nums}td.pfad{overflow-wrap:anywhere}",
            "td.ERROR{color:#a4000f;font-weight:600}td.WARNING{color:#8a5a00}td.INFO{color:#35607f}",
            "")) ;

    private static final String SORT_JS = String.join("\n", List.of(
            "function sortiere(id,col){var t=document.getElementById(id),b=t.tBodies[0],"
                    + "r=Array.prototype.slice.call(b.rows),d=t.getAttribute('data-dir')==='a'?-1:1;",
            "t.setAttribute('data-dir',d===1?'a':'d');",
            "function v(x){var c=x.cells[col],s=c.getAttribute('data-sort');return s!==null?parseFloat(s):c.textContent;}",
            "r.sort(function(a,c){var x=v(a),y=v(c);return (x<y?-1:x>y?1:0)*d;});",
            "r.forEach(function(x){b.appendChild(x);});}",
            ""));
}
