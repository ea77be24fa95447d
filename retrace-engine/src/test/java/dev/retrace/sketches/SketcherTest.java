package dev.retrace.sketches;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.compare.SharedData;
import dev.retrace.documents.DocumentReader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SketcherTest {
  private static final String WIRE = """
      Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January \
      and improving prospects for the coming temporao, although normal humidity levels have not been restored, \
      Comissaria Smith said in its weekly review.
      The dry period means the temporao will be late this year.
      Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a cumulative total for the season \
      of 5.93 mln against 5.81 at the same stage last year. Again it seems that cocoa delivered earlier on \
      consignment was included in the arrivals figures.
      Comissaria Smith said there is still some doubt as to how much old crop cocoa is still available as harvesting \
      has practically come to an end.""";

  private final Sketcher sketcher = new Sketcher();

  @Test
  void exactDuplicatesModuloCaseAndWhitespaceShareTheContentHash() {
    Sketch a = sketcher.sketch(WIRE);
    Sketch b = sketcher.sketch("  " + WIRE.toUpperCase().replace(" ", "   ").replace("\n", " \n\n"));
    Sketch c = sketcher.sketch(WIRE.replace("155,221", "155,222"));
    assertThat(b.contentHash()).isEqualTo(a.contentHash());
    assertThat(c.contentHash()).isNotEqualTo(a.contentHash());
    assertThat(ContentHash.parse(a.contentHash().toString())).isEqualTo(a.contentHash());
  }

  @Test
  void aNearDuplicateSharesABandAndEstimatesAHighJaccard() {
    Sketch a = sketcher.sketch(WIRE);
    Sketch b = sketcher.sketch(WIRE.replace("The dry period means the temporao will be late this year.",
        "The dry spell means the temporao will come late this year.") + "\nReuter");
    assertThat(a.jaccard(b)).isBetween(0.6, 0.95);
    assertThat(shared(a.bands(), b.bands())).isPositive();
    Sketch other = sketcher.sketch("Shr 12 cts vs 10 cts. Net 1,234,000 vs 1,100,000. Revs 45.6 mln vs 40.1 mln. "
        + "The company said results reflected higher sales of its industrial products in the fourth quarter.");
    assertThat(a.jaccard(other)).isLessThan(0.1);
    assertThat(shared(a.bands(), other.bands())).isZero();
  }

  @Test
  void theFactFingerprintSurvivesTheSeedRewriteAndSeparatesTheOtherStory() throws Exception {
    Sketch s000 = sketcher.sketch(DocumentReader.read(SharedData.seed("000")).text());
    Sketch s001 = sketcher.sketch(DocumentReader.read(SharedData.seed("001")).text());
    Sketch s002 = sketcher.sketch(DocumentReader.read(SharedData.seed("002")).text());
    // the rewrite shares almost no 5-shingle ...
    assertThat(s000.jaccard(s001)).isLessThan(0.2);
    // ... but its figures, names and quotations
    Set<String> shared01 = intersection(s000, s001);
    assertThat(shared01).contains("n:2030", "n:738660", "n:42250", "n:100000 peacekeepers", "p:stoltenberg", "p:svr",
        "q:no intention of", "q:occupy ukraine under", "w:peacekeepers");
    assertThat(intersection(s000, s002).size()).isLessThan(shared01.size() / 3);
  }

  @Test
  void sketchesAreDeterministicAndEmptyTextHasNoBands() {
    assertThat(new Sketcher().sketch(WIRE).signature()).isEqualTo(sketcher.sketch(WIRE).signature());
    assertThat(sketcher.sketch("   ").bands()).isEmpty();
    Sketch tiny = sketcher.sketch("Markets closed.");
    assertThat(tiny.bands()).hasSize(Sketcher.BANDS);
    assertThat(tiny.jaccard(sketcher.sketch("markets   CLOSED."))).isEqualTo(1.0);
    float[] v = sketcher.sketch(WIRE).vector();
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
  }

  private static long shared(long[] a, long[] b) {
    Set<Long> set = new HashSet<>();
    Arrays.stream(a).forEach(set::add);
    return Arrays.stream(b).filter(set::contains).count();
  }

  private static Set<String> intersection(Sketch a, Sketch b) {
    Set<String> s = new HashSet<>(a.facts());
    s.retainAll(new HashSet<>(b.facts()));
    return s;
  }
}
