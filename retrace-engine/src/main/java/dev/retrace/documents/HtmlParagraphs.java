package dev.retrace.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML element into paragraphs, one a line. Element.text() would run all paragraphs together into one
 * line; the analysis needs the paragraph breaks that block elements mark.
 */
final class HtmlParagraphs {

    /** Elements that start and end a paragraph of their own. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure", "address",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "form", "fieldset", "details",
            "summary", "center", "body");

    /**
     * Elements whose text is never shown as part of the page. Readability returns the whole document, head
     * included, when a page is too small to find a main block in.
     */
    private static final Set<String> NOT_RENDERED = Set.of(
            "head", "title", "meta", "link", "script", "style", "noscript", "template");

    private HtmlParagraphs() {
    }

    /** The normalised, non-blank paragraphs of {@code root}, in document order. */
    static List<String> of(Element root) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.flush();
        return collector.lines;
    }

    private static final class Collector implements NodeFilter {
        final List<String> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element e) {
                if (NOT_RENDERED.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(e.normalName()) || e.normalName().equals("br")) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            // Source line breaks inside a paragraph are only HTML formatting.
            String line = TextNormalizer.normalize(current.toString().replaceAll("[\\r\\n\\t]+", " "));
            current.setLength(0);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
    }
}
