package dev.retrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare command as a user runs it: reports, batch mode, and every kind of bad input. */
class CompareCommandTest {
  static final Path SOURCE = Path.of("../examples/source.txt");
  static final Path REWRITE = Path.of("../examples/rewrite.txt");

  @TempDir
  Path dir;

  @Test
  void comparesTheBundledPairAsJson() throws IOException {
    CliRun run = CliRun.of("compare", SOURCE.toString(), REWRITE.toString(), "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(run.out());
    assertThat(r.get("relation").asText()).isEqualTo("derived");
    assertThat(r.get("direction").asText()).isEqualTo("a->b");
    assertThat(r.get("format_version").asInt()).isEqualTo(1);
    assertThat(r.get("changes")).anyMatch(c -> c.get("kind").asText().equals("category_changed")
        && c.get("value").asText().equals("14") && c.get("to").asText().equals("deaths"));
    assertThat(r.get("alignments").size()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void theFastModelGivesTheSameVerdictOnTheBundledPair() throws IOException {
    CliRun run = CliRun.of("compare", "--model", "minilm", SOURCE.toString(), REWRITE.toString(), "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(run.out());
    assertThat(r.get("relation").asText()).isEqualTo("derived");
    assertThat(r.get("direction").asText()).isEqualTo("a->b");
  }

  @Test
  void checkComparesASummaryClaimByClaimWithItsKnownSource() throws IOException {
    Path summary = dir.resolve("summary.txt");
    Files.writeString(summary, "Wildfire north of Valdora\nA wildfire in the hills north of Valdora has forced 12,000 "
        + "residents from their homes. The police said there is evidence that it was started deliberately.\n");
    CliRun run = CliRun.of("compare", "--check", SOURCE.toString(), summary.toString(), "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(run.out());
    assertThat(r.get("direction").asText()).isEqualTo("a->b");
    // "no evidence" turned into "evidence": the caveat and the claim it negated are gone
    assertThat(r.get("changes")).anyMatch(c -> List.of("negation_changed", "hedge_dropped").contains(c.get("kind").asText())
        && c.get("severity").asText().equals("major") && c.get("b_sentences").get(0).asInt() == 1);
  }

  @Test
  void anUnknownModelIsAUsageErrorListingTheChoices() {
    CliRun run = CliRun.of("compare", "--model", "gpt", SOURCE.toString(), REWRITE.toString());
    assertThat(run.exit()).isEqualTo(RetraceCommand.EXIT_USAGE);
    assertThat(run.err()).contains("unknown model 'gpt'").contains("bge-small").contains("minilm");
  }

  @Test
  void writesAnHtmlReportAndATerminalView() throws IOException {
    Path html = dir.resolve("report.html");
    CliRun run = CliRun.of("compare", SOURCE.toString(), REWRITE.toString(), "--html", html.toString(), "--no-color");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("DERIVED").contains("category_changed").doesNotContain("\u001b[");
    assertThat(Files.readString(html)).contains("<html").contains("category_changed");
    assertThat(Files.getPosixFilePermissions(html)).as("a report others can read")
        .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
  }

  @Test
  void batchModeWritesOneReportPerLineAndSkipsBadLines() throws IOException {
    Path pairs = dir.resolve("pairs.jsonl");
    Files.writeString(pairs, String.join("\n",
        "{\"id\":\"p1\",\"a\":\"The council approved a budget of $3 million on Monday.\",\"b\":\"On Monday the council approved a $3 million budget.\"}",
        "{\"id\":\"broken\",\"a\":",
        "{\"id\":\"p2\",\"a\":\"Heavy rain flooded the market.\",\"b\":\"Voters chose a new mayor.\"}",
        "{\"id\":\"nob\",\"a\":\"Some text.\"}"));
    Path out = dir.resolve("out.jsonl");
    CliRun run = CliRun.of("compare", "--pairs", pairs.toString(), "--out", out.toString(), "--quiet");
    assertThat(run.exit()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"id\":\"p1\"");
    assertThat(lines.get(1)).contains("\"id\":\"p2\"");
    assertThat(run.err()).contains("pairs.jsonl:2: not valid JSON").contains("pairs.jsonl:4 field b: missing")
        .contains("2 pairs compared, 2 lines skipped");
  }

  @Test
  void missingFile() {
    assertBadInput(CliRun.of("compare", "nope.txt", SOURCE.toString()), "nope.txt: no such file");
  }

  @Test
  void directory() {
    assertBadInput(CliRun.of("compare", dir.toString(), SOURCE.toString()), "is a directory");
  }

  @Test
  void emptyFile() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    assertBadInput(CliRun.of("compare", empty.toString(), SOURCE.toString()), "empty.txt: file is empty");
  }

  @Test
  void binaryJunk() throws IOException {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    Path bin = Files.write(dir.resolve("junk.txt"), junk);
    assertBadInput(CliRun.of("compare", bin.toString(), SOURCE.toString()), "junk.txt: looks like binary data");
  }

  @Test
  void hugeFile() throws IOException {
    Path big = dir.resolve("big.txt");
    String paragraph = "The committee met again on Tuesday and discussed the budget for the coming year.\n";
    Files.writeString(big, paragraph.repeat(20 * 1024 * 1024 / paragraph.length()));
    assertBadInput(CliRun.of("compare", big.toString(), SOURCE.toString()), "larger than the 10 MB limit");
  }

  @Test
  void invalidUtf8IsReadAsWindows1252() throws IOException {
    byte[] latin1 = "The caf\u00e9 owner said prices rose by 5 percent this year.\nCustomers complained about the cost."
        .getBytes(StandardCharsets.ISO_8859_1);
    Path f = Files.write(dir.resolve("latin1.txt"), latin1);
    CliRun run = CliRun.of("compare", f.toString(), f.toString(), "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("caf\u00e9").contains("\"relation\" : \"duplicate\"");
  }

  @Test
  void nonEnglishArticleIsRefusedUnlessAsked() throws IOException {
    Path de = Files.writeString(dir.resolve("de.txt"), "Die Regierung hat am Montag einen neuen Haushalt beschlossen. "
        + "Der Finanzminister sagte, dass die Ausgaben für Bildung und Gesundheit steigen werden, und die Opposition "
        + "kritisierte den Plan scharf.");
    assertBadInput(CliRun.of("compare", de.toString(), SOURCE.toString()), "de.txt: text does not look like English");
    CliRun anyway = CliRun.of("compare", de.toString(), SOURCE.toString(), "--any-language", "--json");
    assertThat(anyway.exit()).isZero();
    assertThat(anyway.out()).contains("does not look like English");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(CliRun.of("compare", SOURCE.toString()).exit()).isEqualTo(RetraceCommand.EXIT_USAGE);
    assertThat(CliRun.of("compare", "--bogus").exit()).isEqualTo(RetraceCommand.EXIT_USAGE);
  }

  @Test
  void unwritableHtmlTargetIsAnOutputError() {
    CliRun run = CliRun.of("compare", SOURCE.toString(), REWRITE.toString(), "--html", "/proc/nope/report.html");
    assertThat(run.exit()).isEqualTo(RetraceCommand.EXIT_OUTPUT);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("/proc/nope/report.html");
  }

  private static void assertBadInput(CliRun run, String message) {
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(RetraceCommand.EXIT_INPUT);
    assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.err().strip().lines()).hasSize(1);
  }
}
