package dev.retrace.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Extracts the article from a web page: its title, its body as paragraphs and its publication time.
 * Readability (the algorithm behind Firefox's reader view) finds the main content; jsoup turns it into
 * paragraphs. When Readability finds nothing, the cleaned page body is used instead.
 */
public final class HtmlArticleExtractor {

    /**
     * @param title     the headline, or {@code null} when the page has none
     * @param text      the body, normalised, paragraphs separated by {@code "\n"}, without the title or chrome;
     *                  empty when the page has no text
     * @param published the publication time from the page metadata, or {@code null}
     */
    public record Extracted(String title, String text, Instant published) {
    }

    /** How titles join headline and site name, after normalisation turned dashes into " - ". */
    private static final Pattern TITLE_SEPARATOR_AFTER = Pattern.compile("\\s+[-|:\u00B7\u2022\u00BB/]\\s+");
    private static final Pattern TITLE_SEPARATOR_BEFORE = Pattern.compile("\\s+[-|:\u00B7\u2022\u00BB/]\\s+$");

    private HtmlArticleExtractor() {
    }

    /**
     * @param html    the page source
     * @param baseUrl where the page came from, used to resolve links; may be {@code null}
     */
    public static Extracted extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
        String metaTitle = HtmlMetadata.title(doc);
        Instant published = HtmlMetadata.published(doc);
        String pageTitle = TextNormalizer.normalize(doc.title());

        HtmlCleaner.removeChrome(doc);
        MainContent main = readability(doc, baseUrl);
        List<String> lines = main == null ? List.of() : BoilerplateFilter.clean(main.lines());
        if (lines.isEmpty()) {
            lines = BoilerplateFilter.clean(HtmlParagraphs.of(doc.body()));
        }

        String title = firstNonBlank(metaTitle, main == null ? null : main.title(), pageTitle);
        return withoutTitleLines(lines, title, published);
    }

    private record MainContent(String title, List<String> lines) {
    }

    /**
     * Runs Readability on a copy of the cleaned page, or returns {@code null} when it fails. Readability4J was
     * built against an older jsoup than the one here, so a linkage error is treated like any other failure: the
     * plain fallback still produces the article.
     */
    private static MainContent readability(Document doc, String baseUrl) {
        try {
            Article article = new Readability4J(baseUrl == null ? "" : baseUrl, doc.clone()).parse();
            Element content = article.getArticleContent();
            if (content == null) {
                return null;
            }
            return new MainContent(TextNormalizer.normalize(article.getTitle()), HtmlParagraphs.of(content));
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * The body must not repeat the headline, which pages show again in an {@code <h1>}. The {@code <title>} often
     * adds the site name ("Budget approved - City News"); when a line is the title without it, that line is the
     * cleaner headline and becomes the title.
     */
    private static Extracted withoutTitleLines(List<String> lines, String title, Instant published) {
        if (title == null) {
            return new Extracted(null, Lines.join(lines), published);
        }
        String headline = title;
        List<String> body = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.equalsIgnoreCase(title)) {
                continue;
            }
            if (headline.equals(title) && isTitleWithoutSiteName(line, title)) {
                headline = line;
                continue;
            }
            body.add(line);
        }
        return new Extracted(headline, Lines.join(body), published);
    }

    /** True for "Budget approved" and "Budget approved - City News" (or "City News | Budget approved"). */
    private static boolean isTitleWithoutSiteName(String line, String title) {
        String l = line.toLowerCase(Locale.ROOT);
        String t = title.toLowerCase(Locale.ROOT);
        if (l.length() >= t.length()) {
            return false;
        }
        return (t.startsWith(l) && TITLE_SEPARATOR_AFTER.matcher(t.substring(l.length())).lookingAt())
                || (t.endsWith(l) && TITLE_SEPARATOR_BEFORE.matcher(t.substring(0, t.length() - l.length())).find());
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
