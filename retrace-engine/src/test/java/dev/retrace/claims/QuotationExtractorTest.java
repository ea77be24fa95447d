package dev.retrace.claims;

import static dev.retrace.claims.Fixture.claims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationExtractorTest {

  @Test
  void quotedWordWithTrailingPunctuationInside() {
    SentenceClaims c = claims("NATO wants to prepare Kyiv for \"revenge.\"");
    assertThat(c.quotations()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("revenge");
      assertThat(q.speaker()).isNull();
    });
  }

  @Test
  void severalQuotationsShareTheSpeaker() {
    SentenceClaims c = claims("The SVR said NATO wants to \"freeze\" the conflict amid the \"conditions of the obvious "
        + "lack of prospects.\"");
    assertThat(c.quotations()).extracting(Quotation::text)
        .containsExactly("freeze", "conditions of the obvious lack of prospects");
    assertThat(c.quotations()).extracting(Quotation::speaker).containsOnly("The SVR");
  }

  @Test
  void speakerAfterTheQuotation() {
    SentenceClaims c = claims("\"There are no signs of a ceasefire\", the senior NATO official stressed.");
    assertThat(c.quotations()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("There are no signs of a ceasefire");
      assertThat(q.speaker()).isEqualTo("the senior NATO official");
    });
  }

  @Test
  void curlyQuotes() {
    SentenceClaims c = claims("“We are ready,” Zelensky told reporters.");
    assertThat(c.quotations()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("We are ready");
      assertThat(q.speaker()).isEqualTo("Zelensky");
    });
  }

  @Test
  void innerSingleQuotesStayInTheText() {
    SentenceClaims c = claims("They will \"occupy Ukraine under the guise of a 'peacekeeping contingent' there,\" it said.");
    assertThat(c.quotations()).extracting(Quotation::text)
        .containsExactly("occupy Ukraine under the guise of a 'peacekeeping contingent' there");
  }

  @Test
  void singleQuotedPassagesOutsideDoubleQuotes() {
    SentenceClaims c = claims("He said the government 'would respond' and called it 'a disgrace'.");
    assertThat(c.quotations()).extracting(Quotation::text).containsExactly("would respond", "a disgrace");
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertThat(claims("The soldiers' families said Russia's losses were Ukraine’s gain.").quotations()).isEmpty();
  }

  @Test
  void quotationContinuingIntoTheNextSentence() {
    SentenceClaims c = claims("\"We doubt Putin is entering negotiations with good intentions.");
    assertThat(c.quotations()).extracting(Quotation::text)
        .containsExactly("We doubt Putin is entering negotiations with good intentions");
  }

  @Test
  void quotationBegunInThePreviousSentence() {
    SentenceClaims c = claims("I am not sure Putin is ready to negotiate in a spirit of goodwill.\"");
    assertThat(c.quotations()).extracting(Quotation::text)
        .containsExactly("I am not sure Putin is ready to negotiate in a spirit of goodwill");
  }

  @Test
  void offsetsCoverTheText() {
    String s = "\"This is a war crime,\" Zelensky said, adding that \"Russia will pay.\"";
    SentenceClaims c = claims(s);
    assertThat(c.quotations()).hasSize(2);
    for (Quotation q : c.quotations()) {
      assertThat(s.substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(q.speaker()).isEqualTo("Zelensky");
    }
  }

  @Test
  void emptyQuotesAreSkipped() {
    assertThat(claims("He said \"\" and left.").quotations()).isEmpty();
  }
}
