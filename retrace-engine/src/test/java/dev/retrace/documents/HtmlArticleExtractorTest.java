package dev.retrace.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    static String resource(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/documents/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsOnlyTheArticleParagraphsAndTitle() throws IOException {
        HtmlArticleExtractor.Extracted page = HtmlArticleExtractor.extract(resource("article-with-chrome.html"), null);

        assertThat(page.title()).isEqualTo("Port strike halts grain exports");
        assertThat(page.published()).isEqualTo(Instant.parse("2024-11-29T07:30:00Z"));
        assertThat(page.text().split("\n")).containsExactly(
                "Dock workers at the country's largest port walked out on Thursday, halting grain exports for the first time in a decade.",
                "The union said the strike would last \"as long as it takes\" to win a pay rise in line with inflation, which reached 9 percent last month.",
                "Shipping companies count the cost",
                "More than forty vessels were waiting to load on Friday morning - a queue that, according to the port authority, costs shipping companies about two million dollars a day.",
                "\"We cannot keep ships waiting for weeks,\" a spokesman for one of the largest grain traders said.",
                "Talks between the union and the port operator are due to resume on Monday.");
    }

    @Test
    void fallsBackToThePageBodyWhenThereIsNoArticleMarkup() {
        String html = "<html><head><title>Short note</title></head><body>"
                + "<div class=\"menu\">Home | World</div>"
                + "<div>The council approved the budget on Tuesday.<br>Work starts in May.</div>"
                + "<ul><li>Roads: 2 million</li><li>Schools: 3 million</li></ul></body></html>";
        HtmlArticleExtractor.Extracted page = HtmlArticleExtractor.extract(html, null);

        assertThat(page.title()).isEqualTo("Short note");
        assertThat(page.text()).isEqualTo(
                "The council approved the budget on Tuesday.\nWork starts in May.\nRoads: 2 million\nSchools: 3 million");
        assertThat(page.published()).isNull();
    }

    @Test
    void readsThePublicationDateFromJsonLdOrTimeElements() {
        String jsonLd = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-11-29\"}]}"
                + "</script></head><body><p>Text of the story.</p></body></html>";
        assertThat(HtmlArticleExtractor.extract(jsonLd, null).published()).isEqualTo(Instant.parse("2024-11-29T00:00:00Z"));

        String time = "<html><body><article><time datetime=\"2024-11-29T10:15:00Z\">Friday</time>"
                + "<p>Text of the story.</p></article></body></html>";
        assertThat(HtmlArticleExtractor.extract(time, null).published()).isEqualTo(Instant.parse("2024-11-29T10:15:00Z"));
    }

    @Test
    void openGraphTitleWinsOverTheSiteSuffixedPageTitle() {
        String html = "<html><head><title>Budget approved - City News</title>"
                + "<meta property=\"og:title\" content=\"Budget approved\"></head>"
                + "<body><h1>Budget approved</h1><p>The council approved the budget on Tuesday.</p></body></html>";
        HtmlArticleExtractor.Extracted page = HtmlArticleExtractor.extract(html, "https://example.org/budget");
        assertThat(page.title()).isEqualTo("Budget approved");
        assertThat(page.text()).isEqualTo("The council approved the budget on Tuesday.");
    }

    @Test
    void theHeadlineLineIsThePageTitleWithoutTheSiteName() {
        String html = "<html><head><title>City News | Budget approved</title></head><body><article>"
                + "<h1>Budget approved</h1><p>The council approved the budget on Tuesday.</p></article></body></html>";
        HtmlArticleExtractor.Extracted page = HtmlArticleExtractor.extract(html, null);
        assertThat(page.title()).isEqualTo("Budget approved");
        assertThat(page.text()).isEqualTo("The council approved the budget on Tuesday.");
    }

    @Test
    void aWrapperWithAChromeLikeClassIsNotRemoved() {
        String html = "<html><body><form id=\"aspnetForm\"><div class=\"story has-share-bar\">"
                + "<p>The council approved the budget on Tuesday.</p><p>Work starts in May.</p></div>"
                + "<div class=\"share-bar\">Share</div></form></body></html>";
        assertThat(HtmlArticleExtractor.extract(html, null).text())
                .isEqualTo("The council approved the budget on Tuesday.\nWork starts in May.");
    }

    @Test
    void aPageWithoutTextGivesEmptyText() {
        assertThat(HtmlArticleExtractor.extract("<html><body><nav>Home</nav></body></html>", null).text()).isEmpty();
    }
}
