package dev.retrace.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {

    @Test
    void dropsTrailingCommentWidgetsButKeepsSubheadings() {
        List<String> lines = List.of(
                "Russia has accused NATO of planning to deploy peacekeepers in Ukraine.",
                "NATO sees no signs of a truce on the battlefield",
                "Analysts remain cautious of casualty figures from both sides.",
                "Comments",
                "Post a Comment");
        assertThat(BoilerplateFilter.clean(lines)).containsExactly(
                "Russia has accused NATO of planning to deploy peacekeepers in Ukraine.",
                "NATO sees no signs of a truce on the battlefield",
                "Analysts remain cautious of casualty figures from both sides.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Comments", "12 Comments", "Comments (3)", "Leave a comment", "Post a Comment", "View comments",
        "Join the conversation", "Share this article", "Share on Facebook", "Share on X", "Share:",
        "Facebook Twitter Email", "Read more", "Read more: Grain prices hit a two-year high", "Related",
        "Related articles", "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Subscribe",
        "Subscribe now for unlimited access", "Sign up for our newsletter", "Get our free daily newsletter",
        "Follow us on Twitter", "Cookie settings", "We use cookies",
        "We use cookies to improve your experience. By continuing you agree to our use of cookies.",
        "All rights reserved", "\u00A9 2024 The Daily Harbour. All rights reserved.",
        "Copyright 2024 The Associated Press. All rights reserved.", "Click here", "Click here to subscribe.",
        "Image: Reuters", "Photo: Jane Doe/AFP", "Soldiers in Kyiv. Photo by AFP via Getty Images",
        "Ukrainian troops near Bakhmut / Getty Images", "Skip to content", "Back to top", "Updated 3 hours ago",
        "Published: 29 November 2024", "Posted on Nov 29, 2024", "Updated: Friday, November 29", "Reporting by Jane Doe; Editing by John Roe", "Tags: NATO, Russia, Ukraine",
        "Send this page to someone via email", "Read Full Article", "ALSO READ : Other story",
        "(Reporting by Jane Doe, editing by John Roe)", "(Source: example.org)", "-- With files from The Associated Press",
        "--SPA", "-IANS", "-- REUTERS", "(AP)", "***", "|"})
    void recognisesPageChrome(String line) {
        assertThat(BoilerplateFilter.isBoilerplate(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "NATO sees no signs of a truce on the battlefield",
        "A peace deal should not simply buy Russia time",
        "Shipping companies count the cost",
        "Related cases surge in Texas",
        "Updated guidance for travellers",
        "Updated figures show 2,000 troops lost in a day",
        "Getty Images sues AI company over photos",
        "Girl Scout cookie sales soar",
        "Share prices fall after the announcement",
        "Comments by the minister drew criticism.",
        "Here is one of them:",
        "- NATO",
        "Readers flooded the comments section after the report was published, demanding answers from officials.",
        "By continuing the strikes, Russia hopes to weaken Ukraine's energy grid before winter.",
        "Copyright infringement claims against AI firms have grown sharply this year."})
    void keepsContent(String line) {
        assertThat(BoilerplateFilter.isBoilerplate(line)).as(line).isFalse();
    }

    @Test
    void dropsBlankLines() {
        assertThat(BoilerplateFilter.clean(List.of("", "  ", "Text."))).containsExactly("Text.");
    }
}
