package dev.retrace.documents;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes the parts of a web page that are not the article: navigation, banners, share bars, comment sections,
 * cookie notices, newsletter boxes, related links and ads. Done before Readability runs, so that a long comment
 * thread cannot be mistaken for the article, and before the plain fallback, which has no other defence.
 */
final class HtmlCleaner {

    /**
     * Never text of the article. Picture captions go too: they describe an image, are often no more than a
     * credit, and are not part of the story a rewrite retells.
     */
    private static final String ALWAYS_REMOVED = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " button, input, select, textarea, figcaption, [hidden]";

    /** Page regions by tag. */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside", "form", "dialog", "menu");
    /** Page regions by ARIA role. */
    private static final Set<String> CHROME_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search");
    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

    /** One word of a class or id, split on "-" and "_", that marks page chrome, e.g. "comment-list", "share_bar". */
    private static final Pattern CHROME_WORD = Pattern.compile("(?:^|.*[-_])(?:"
            + "comments?|commentlist|disqus|respond|replies"
            + "|share|shares|sharing|sharebar|sharetools|social|socials"
            + "|cookies?|consent|gdpr"
            + "|newsletters?|subscribe|subscription|signup"
            + "|related|recommended|recirc|outbrain|taboola|morestories"
            + "|ad|ads|adslot|adunit|advert|adverts|advertisement|advertising|sponsor|sponsored|promo|promos"
            + "|banner|popup|modal|paywall"
            + "|nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|masthead|header|footer|sidebar|widget|skiplink"
            + ")(?:[-_].*|$)");

    /**
     * A flagged element holding more than this share of the page text is a wrapper, not chrome, and is kept:
     * some sites wrap the whole page in a {@code <form>} or give the article container a class such as
     * "has-share-bar", and removing it would remove the article itself.
     */
    private static final double MAX_SHARE_OF_PAGE = 0.5;

    private HtmlCleaner() {
    }

    /** Removes chrome from {@code doc} in place. */
    static void removeChrome(Document doc) {
        doc.select(ALWAYS_REMOVED).remove();
        Element body = doc.body();
        Map<Element, Integer> textLengths = textLengths(body);
        int pageText = textLengths.getOrDefault(body, 0);
        for (Element e : body.getAllElements()) {
            if (e.ownerDocument() == null || e == body) {
                continue; // already removed with an ancestor, or the body itself
            }
            if (isChrome(e) && textLengths.getOrDefault(e, 0) <= MAX_SHARE_OF_PAGE * pageText) {
                e.remove();
            }
        }
    }

    /**
     * The length of the text inside each element, in one pass. Asking each candidate for its text instead
     * would cost time proportional to nesting depth times page size on deeply nested pages.
     */
    private static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int length = node instanceof TextNode text ? text.text().strip().length()
                        : node instanceof Element e ? lengths.getOrDefault(e, 0) : 0;
                if (length > 0 && node != root && node.parent() instanceof Element parent) {
                    lengths.merge(parent, length, Integer::sum);
                }
            }
        }, root);
        return lengths;
    }

    private static boolean isChrome(Element e) {
        return CHROME_TAGS.contains(e.normalName())
                || CHROME_ROLES.contains(e.attr("role").strip().toLowerCase(Locale.ROOT))
                || DISPLAY_NONE.matcher(e.attr("style")).find()
                || hasChromeName(e);
    }

    private static boolean hasChromeName(Element e) {
        String names = e.className() + " " + e.id();
        for (String name : names.split("\\s+")) {
            // "commentsSection" and "comments-section" name the same thing.
            String word = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && CHROME_WORD.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }
}
