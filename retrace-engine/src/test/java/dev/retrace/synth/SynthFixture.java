package dev.retrace.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small BBC corpus copied from ../shared: a few real articles from three categories. */
final class SynthFixture {
  static final List<String> FILES = List.of(
      "business/alfa-romeos-to-get-gm-engines.txt", "business/bank-payout-to-pinochet-victims.txt",
      "business/barclays-shares-up-on-merger-talk.txt", "business/air-jamaica-back-in-state-control.txt",
      "business/ad-sales-boost-time-warner-profit.txt", "business/absa-and-barclays-talks-continue.txt",
      "politics/asylum-children-to-face-returns.txt", "politics/blair-dismisses-quit-claim-report.txt",
      "tech/2d-metal-slug-offers-retro-fun.txt", "tech/a-decade-of-good-website-design.txt");

  static Path bbc() {
    return Path.of(System.getProperty("retrace.shared", "../shared"), "corpora", "bbc", "news");
  }

  /** The fixture articles laid out as <category>/<file>.txt under {@code dir}. */
  static Path copy(Path dir) {
    try {
      for (String f : FILES) {
        Path target = dir.resolve(f);
        Files.createDirectories(target.getParent());
        Files.copy(bbc().resolve(f), target);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SynthFixture() {}
}
