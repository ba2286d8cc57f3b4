package org.frontline.web.ogc;

import java.util.Iterator;
import tools.jackson.databind.JsonNode;

/**
 * The HTML face of the OGC API, rendered from the same JSON documents so the two never disagree: links, then
 * whatever the document holds (collections as a table, features as a table of properties, other members as a list).
 * Every value is escaped.
 */
final class OgcHtml {
    private OgcHtml() {
    }

    static String page(String title, JsonNode doc) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append(" – Frontline OGC API</title><style>body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;max-width:80em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}"
                        + "th{background:#f3f3f3}code{font-size:90%}</style></head><body>");
        b.append("<p><a href=\"").append(esc(base(doc))).append("\">Frontline OGC API</a></p>");
        b.append("<h1>").append(esc(title)).append("</h1>");
        if (doc.has("description")) b.append("<p>").append(esc(doc.path("description").asString())).append("</p>");
        links(b, doc.path("links"));
        if (doc.has("conformsTo")) {
            b.append("<h2>Conformance classes</h2><ul>");
            for (JsonNode c : doc.path("conformsTo")) b.append("<li><code>").append(esc(c.asString())).append("</code></li>");
            b.append("</ul>");
        }
        if (doc.has("collections")) {
            b.append("<h2>Collections</h2><table><tr><th>id</th><th>title</th><th>description</th></tr>");
            for (JsonNode c : doc.path("collections")) {
                b.append("<tr><td><a href=\"").append(esc(href(c.path("links"), "self"))).append("?f=html\">")
                        .append(esc(c.path("id").asString())).append("</a></td><td>").append(esc(c.path("title").asString()))
                        .append("</td><td>").append(esc(c.path("description").asString())).append("</td></tr>");
            }
            b.append("</table>");
        }
        if (doc.has("extent")) b.append("<h2>Extent</h2><pre>").append(esc(doc.path("extent").toPrettyString())).append("</pre>");
        if (doc.has("numberMatched")) {
            b.append("<p>").append(doc.path("numberReturned").asInt()).append(" of ").append(doc.path("numberMatched").asInt())
                    .append(" features</p>");
        }
        if (doc.has("features")) features(b, doc.path("features"));
        if ("Feature".equals(doc.path("type").asString())) features(b, java.util.List.of(doc));
        return b.append("</body></html>").toString();
    }

    private static void links(StringBuilder b, JsonNode links) {
        if (!links.isArray() || links.isEmpty()) return;
        b.append("<h2>Links</h2><ul>");
        for (JsonNode l : links) {
            b.append("<li><a href=\"").append(esc(l.path("href").asString())).append("\">")
                    .append(esc(l.path("title").asString(l.path("rel").asString()))).append("</a> <small>(")
                    .append(esc(l.path("rel").asString())).append(", ").append(esc(l.path("type").asString())).append(")</small></li>");
        }
        b.append("</ul>");
    }

    private static void features(StringBuilder b, Iterable<JsonNode> features) {
        Iterator<JsonNode> it = features.iterator();
        if (!it.hasNext()) return;
        JsonNode first = features.iterator().next();
        java.util.List<String> columns = new java.util.ArrayList<>(first.path("properties").propertyNames());
        b.append("<h2>Features</h2><table><tr><th>id</th><th>geometry</th>");
        for (String c : columns) b.append("<th>").append(esc(c)).append("</th>");
        b.append("</tr>");
        for (JsonNode f : features) {
            b.append("<tr><td>").append(esc(f.path("id").asString())).append("</td><td>")
                    .append(esc(f.path("geometry").path("type").asString("none"))).append("</td>");
            for (String c : columns) {
                JsonNode v = f.path("properties").path(c);
                b.append("<td>").append(v.isNull() || v.isMissingNode() ? "" : esc(v.isValueNode() ? v.asString() : v.toString())).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table>");
    }

    private static String href(JsonNode links, String rel) {
        for (JsonNode l : links) if (rel.equals(l.path("rel").asString())) return l.path("href").asString();
        return "";
    }

    private static String base(JsonNode doc) {
        String self = href(doc.path("links"), "self");
        int i = self.indexOf("/ogc");
        return i < 0 ? "/ogc?f=html" : self.substring(0, i) + "/ogc?f=html";
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
