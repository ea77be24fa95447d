package dev.retrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.verdict.Direction;
import dev.retrace.verdict.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final String HTML = HtmlReport.render(ReportFixtures.sample());
  private static final Document DOC = Jsoup.parse(HTML);

  @Test
  void articleTextIsEscapedNeverMarkup() {
    // the only script is the bundled one, and it carries no article text
    Elements scripts = DOC.select("script");
    assertThat(scripts).hasSize(1);
    assertThat(scripts.first().data()).doesNotContain("alert(").doesNotContain("ampersands");
    assertThat(scripts.first().hasAttr("src")).isFalse();
    // the hostile sentence shows up as text, with its quotes and ampersand intact
    Element rowA = DOC.selectFirst(".alignment-row[data-a=3] .cell-a .text");
    assertThat(rowA.text()).isEqualTo(ReportFixtures.HOSTILE);
    Element rowB = DOC.selectFirst(".alignment-row[data-a=3] .cell-b .text");
    assertThat(rowB.text()).isEqualTo(ReportFixtures.HOSTILE_COPY);
    assertThat(HTML).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot;quotes&quot; &amp; ampersands");
    assertThat(HTML).doesNotContain("<script>alert(1)</script>");
    // markup in titles and details stays text
    assertThat(DOC.select("em, b")).isEmpty();
    assertThat(DOC.selectFirst("[data-side=b] .article-title").text())
        .isEqualTo("Russia lost 2,300 soldiers <em>in a day</em> & more");
    assertThat(DOC.select(".change[data-kind=attribution_changed] .detail").text())
        .isEqualTo("Attribution verb <b>changed</b> & \"hardened\".");
  }

  @Test
  void hostileTextRoundTripsThroughEveryField() {
    String nasty = "</p></div><img src=x onerror=alert(3)> 'single' `tick` a=b {{mustache}} &amp; é";
    ComparisonReport r = new ComparisonReport(1, nasty, Relation.DERIVED, 0.5, Direction.A_TO_B, List.of(nasty),
        List.of(nasty), new Evidence(0.5, 0.5, 1, 0.5, 0.5, 0.5, 0.5, List.of(nasty), nasty),
        ReportFixtures.side("a", nasty, nasty, nasty, List.of(nasty)),
        ReportFixtures.side("b", nasty, nasty, nasty, List.of(nasty + " more")),
        List.of(new dev.retrace.alignment.Alignment(List.of(0), List.of(0),
            dev.retrace.alignment.AlignmentKind.NEAR_VERBATIM, 0.9)), List.of(), List.of(),
        List.of(new dev.retrace.changes.Change(dev.retrace.changes.ChangeKind.QUOTE_ALTERED,
            dev.retrace.changes.Severity.MAJOR, nasty, nasty + " more", List.of(0), List.of(0), nasty, nasty,
            nasty + "!", nasty)),
        List.of(new dev.retrace.changes.Preserved(nasty, nasty, nasty, 0, 0)), List.of(nasty));
    Document doc = Jsoup.parse(HtmlReport.render(r));
    assertThat(doc.select("img, [onerror]")).isEmpty();
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.selectFirst(".alignment-row .cell-a .text").text()).isEqualTo(nasty);
    assertThat(doc.selectFirst(".change .from").text()).isEqualTo(nasty);
    assertThat(doc.selectFirst(".change .detail").text()).isEqualTo(nasty);
    assertThat(doc.selectFirst("#warnings li").text()).isEqualTo(nasty);
    assertThat(doc.selectFirst(".preserved .text").text()).isEqualTo(nasty);
    assertThat(doc.title()).contains(nasty);
    assertThat(doc.selectFirst("[data-stat=model] dd").text()).isEqualTo(nasty);
  }

  @Test
  void selfContainedWithoutExternalResources() {
    assertThat(DOC.select("link, iframe, object, embed, img, [src]")).isEmpty();
    assertThat(DOC.select("style")).hasSize(1);
    for (Element a : DOC.select("[href]")) {
      assertThat(a.attr("href")).as("internal link").startsWith("#");
    }
    String css = DOC.select("style").first().data();
    assertThat(css).doesNotContain("@import").doesNotContainPattern("url\\(");
    assertThat(HTML).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//");
    // the article URLs are shown, never linked (a javascript: URL would run on click)
    assertThat(DOC.select("a[href^=javascript]")).isEmpty();
    assertThat(DOC.select("[data-side=b] .article-url").text()).isEqualTo("javascript:alert(2)");
  }

  @Test
  void verdictBanner() {
    Element verdict = DOC.getElementById("verdict");
    assertThat(verdict.attr("data-relation")).isEqualTo("derived");
    assertThat(verdict.attr("data-score")).isEqualTo("0.87");
    assertThat(verdict.attr("data-direction")).isEqualTo("a->b");
    assertThat(verdict.selectFirst(".relation").text()).isEqualTo("DERIVED");
    assertThat(verdict.selectFirst(".direction-value").text()).isEqualTo("A → B");
    assertThat(verdict.select(".reasons li")).extracting(Element::text)
        .containsExactly("83% of B's sentences align with A",
            "4 distinctive facts shared: 2,030, Pokrovsk, ISW, a quotation");
    assertThat(verdict.select(".direction-reasons li")).hasSize(1);
    assertThat(DOC.select("[data-side=a] .role").text()).isEqualTo("source");
    assertThat(DOC.select("[data-side=b] .role").text()).isEqualTo("copy");
  }

  @Test
  void evidenceNumbers() {
    Element evidence = DOC.getElementById("evidence");
    assertThat(evidence.selectFirst("[data-stat=a_coverage] dd").text()).isEqualTo("78%");
    assertThat(evidence.selectFirst("[data-stat=b_coverage] dd").text()).isEqualTo("83%");
    assertThat(evidence.selectFirst("[data-stat=aligned_groups] dd").text()).isEqualTo("5");
    assertThat(evidence.selectFirst("[data-stat=mean_similarity] dd").text()).isEqualTo("0.87");
    assertThat(evidence.selectFirst("[data-stat=document_similarity] dd").text()).isEqualTo("0.94");
    assertThat(evidence.select(".shared-facts li")).extracting(Element::text)
        .containsExactly("2,030", "Pokrovsk", "\"We are holding\"");
  }

  @Test
  void sideBySideRowsKeepReadingOrderOnBothSides() {
    Elements rows = DOC.select("#alignment .row");
    assertThat(rows).extracting(e -> e.className().contains("alignment-row") ? "A" + e.attr("data-a") + "B"
        + e.attr("data-b") : "only-" + e.attr("data-side") + e.attr("data-a") + e.attr("data-b"))
        .containsExactly("A0B0", "A1B1", "only-a2", "A3B2", "A4B3", "A5B4", "only-b5");
    assertThat(DOC.select(".alignment-row")).hasSize(5);
    assertThat(DOC.select(".unaligned-row")).hasSize(2);
    Element onlyA = DOC.selectFirst(".unaligned-row.only-a");
    assertThat(onlyA.selectFirst(".cell-a .text").text()).isEqualTo(ReportFixtures.A_SENTENCES.get(2));
    assertThat(onlyA.selectFirst(".only-badge").text()).isEqualTo("only in A");
    assertThat(DOC.selectFirst(".unaligned-row.only-b .only-badge").text()).isEqualTo("only in B");
  }

  @Test
  void wordDifferencesAreMarkedWithDelAndIns() {
    Element row = DOC.selectFirst(".alignment-row[data-a=5]");
    assertThat(row.attr("data-kind")).isEqualTo("near_verbatim");
    assertThat(row.attr("data-similarity")).isEqualTo("0.81");
    assertThat(row.select(".cell-a del")).extracting(Element::text).containsExactly("line", "brigade", "told reporters");
    assertThat(row.select(".cell-b ins")).extracting(Element::text).containsExactly("front", "said");
    assertThat(row.select(".cell-a ins, .cell-b del")).isEmpty();
    Element same = DOC.selectFirst(".alignment-row[data-kind=verbatim]");
    assertThat(same.hasClass("identical")).isTrue();
    assertThat(same.select("del, ins")).isEmpty();
  }

  @Test
  void changesCarryKindSeverityAndAreMajorFirst() {
    Elements changes = DOC.select("#changes .change");
    assertThat(changes).hasSize(9);
    assertThat(changes).extracting(e -> e.attr("data-severity"))
        .containsExactly("major", "major", "major", "major", "minor", "minor", "minor", "minor", "minor");
    assertThat(changes.first().attr("data-kind")).isEqualTo("number_changed");
    Element number = changes.first();
    assertThat(number.selectFirst(".from").text()).isEqualTo("2,030");
    assertThat(number.selectFirst(".to").text()).isEqualTo("2,300");
    assertThat(number.selectFirst(".detail").text()).isEqualTo("The copy reports 2,300 where the source said 2,030.");
    assertThat(number.selectFirst(".change-a .text").text()).isEqualTo(ReportFixtures.A_SENTENCES.get(0));
    assertThat(number.selectFirst(".change-b .text").text()).isEqualTo(ReportFixtures.B_SENTENCES.get(0));
    assertThat(number.select("a.ref")).extracting(e -> e.attr("href")).containsExactly("#a-0", "#b-0");

    Element dropped = DOC.selectFirst(".change[data-kind=dropped_content]");
    assertThat(dropped.selectFirst(".change-b .missing").text()).isEqualTo("not in the copy");
    Element added = DOC.selectFirst(".change[data-kind=added_unsupported]");
    assertThat(added.selectFirst(".change-a .missing").text()).isEqualTo("not in the source");
    Element hedge = DOC.selectFirst(".change[data-kind=hedge_dropped]");
    assertThat(hedge.selectFirst(".to").hasClass("missing")).isTrue();
  }

  @Test
  void filterControlsForEveryKindAndSeverity() {
    Elements kinds = DOC.select("input[data-filter-kind]");
    Set<String> changeKinds = new HashSet<>(DOC.select("#changes .change").eachAttr("data-kind"));
    assertThat(new HashSet<>(kinds.eachAttr("data-filter-kind"))).isEqualTo(changeKinds);
    assertThat(kinds).allMatch(e -> e.attr("type").equals("checkbox") && e.hasAttr("checked"));
    assertThat(DOC.select("input[data-filter-severity]").eachAttr("data-filter-severity"))
        .containsExactly("major", "minor");
    assertThat(DOC.selectFirst("input[data-filter-severity=major]").parent().selectFirst(".n").text()).isEqualTo("4");
    assertThat(DOC.getElementById("change-count").text()).isEqualTo("9 of 9 shown");
    String js = DOC.select("script").first().data();
    assertThat(js).contains("data-filter-kind", "data-filter-severity", "hidden");
  }

  @Test
  void sentenceLinksPointAtExistingAnchorsAndIdsAreUnique() {
    List<String> ids = DOC.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
    for (Element a : DOC.select("a[href^=#]")) {
      assertThat(DOC.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
    }
    assertThat(DOC.select("#a-0, #a-5, #b-0, #b-5")).hasSize(4);
  }

  @Test
  void preservedClaims() {
    Elements preserved = DOC.select("#preserved .preserved");
    assertThat(preserved).hasSize(3);
    assertThat(preserved.first().attr("data-kind")).isEqualTo("quotation");
    assertThat(preserved.first().selectFirst(".text").text()).isEqualTo("\"We are holding\"");
    assertThat(preserved.get(2).selectFirst(".value").text()).isEqualTo("1");
  }

  @Test
  void emptyReportRenders() {
    Document doc = Jsoup.parse(HtmlReport.render(ReportFixtures.empty()));
    assertThat(doc.getElementById("verdict").attr("data-relation")).isEqualTo("unrelated");
    assertThat(doc.getElementById("verdict").attr("data-direction")).isEqualTo("unknown");
    assertThat(doc.select(".alignment-row, .unaligned-row, .change, .preserved")).isEmpty();
    assertThat(doc.getElementById("evidence")).isNull();
    assertThat(doc.getElementById("changes").text()).contains("No claim-level changes found.");
    assertThat(doc.select("[data-side=a] .article-title").text()).isEqualTo("(untitled)");
  }

  @Test
  void templateInsertsOnlyTheBundledAssetsUnescaped() throws IOException {
    String template;
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.html.mustache")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> raw = new HashSet<>();
    Matcher m = Pattern.compile("\\{\\{\\{\\s*([^}]+?)\\s*}}}|\\{\\{&\\s*([^}]+?)\\s*}}").matcher(template);
    while (m.find()) {
      raw.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    assertThat(raw).containsExactlyInAnyOrder("css", "js");
    assertThat(HTML).startsWith("<!DOCTYPE html>");
  }
}
