package dev.retrace.documents;

import java.time.Instant;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads what a page says about its article (headline and publication time) from the places publishers put it
 * for search engines and social networks. Must run before {@link HtmlCleaner}, which removes the scripts that
 * hold JSON-LD.
 */
final class HtmlMetadata {

    private HtmlMetadata() {
    }

    /** The headline from Open Graph or Twitter card metadata, or {@code null}; these carry no site-name suffix. */
    static String title(Document doc) {
        for (String query : new String[] {"meta[property=og:title]", "meta[name=og:title]", "meta[name=twitter:title]"}) {
            String title = TextNormalizer.normalize(doc.select(query).attr("content"));
            if (!title.isEmpty()) {
                return title;
            }
        }
        return null;
    }

    /**
     * The publication time from, in order: article:published_time metadata, JSON-LD datePublished, a
     * {@code <time>} element marked as the publication date, and the first {@code <time>} of the article.
     * Values that cannot be read are skipped: page metadata is a hint, not something to reject the page for.
     */
    static Instant published(Document doc) {
        Instant found = firstDate(doc, "meta[property=article:published_time]", "content");
        if (found == null) {
            found = firstDate(doc, "meta[name=article:published_time]", "content");
        }
        if (found == null) {
            found = jsonLdDatePublished(doc);
        }
        if (found == null) {
            found = firstDate(doc, "[itemprop=datePublished]", "content", "datetime");
        }
        if (found == null) {
            found = firstDate(doc, "time[pubdate][datetime]", "datetime");
        }
        if (found == null) {
            found = firstDate(doc, "article time[datetime]", "datetime");
        }
        if (found == null) {
            found = firstDate(doc, "time[datetime]", "datetime");
        }
        return found;
    }

    private static Instant firstDate(Document doc, String query, String... attributes) {
        for (Element e : doc.select(query)) {
            for (String attribute : attributes) {
                Instant instant = PublishedDate.parse(e.attr(attribute));
                if (instant != null) {
                    return instant;
                }
            }
        }
        return null;
    }

    private static Instant jsonLdDatePublished(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                Instant instant = findDatePublished(Json.MAPPER.readTree(script.data()));
                if (instant != null) {
                    return instant;
                }
            } catch (JsonProcessingException malformed) {
                // Broken JSON-LD is common on real pages; the other sources may still have the date.
            }
        }
        return null;
    }

    /** Searches objects, arrays and "@graph" lists, as JSON-LD nests the article in any of them. */
    private static Instant findDatePublished(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            JsonNode value = node.get("datePublished");
            if (value != null && value.isTextual()) {
                Instant instant = PublishedDate.parse(value.asText());
                if (instant != null) {
                    return instant;
                }
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                Instant instant = findDatePublished(child);
                if (instant != null) {
                    return instant;
                }
            }
        }
        return null;
    }
}
