package dev.retrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir
  Path dir;

  @Test
  void reportsTaskMetricsAndWritesPredictions() throws IOException {
    Path paraphrase = Files.writeString(dir.resolve("para.jsonl"), String.join("\n",
        line("p1", "paraphrase", "The company reported a profit of $2 million in the third quarter.",
            "In the third quarter the company made a $2 million profit.", "1"),
        line("p2", "paraphrase", "The storm closed schools across the county on Monday.",
            "Shares of the bank rose sharply after the merger was announced.", "0"),
        "not json"));
    Path similarity = Files.writeString(dir.resolve("sim.jsonl"), String.join("\n",
        line("s1", "similarity", "A man is playing a guitar.", "A man plays the guitar.", "4.8"),
        line("s2", "similarity", "A woman is slicing an onion.", "A man is riding a horse.", "0.2"),
        line("s3", "similarity", "A dog runs in the park.", "A dog is running on the grass.", "3.5")));
    Path predictions = dir.resolve("pred.jsonl");
    CliRun run = CliRun.of("eval", paraphrase.toString(), similarity.toString(), "--json", "--quiet",
        "--predictions", predictions.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(run.out());
    JsonNode para = summary.get("para.jsonl");
    assertThat(para.get("n").asInt()).isEqualTo(2);
    assertThat(para.get("skipped").asInt()).isEqualTo(1);
    assertThat(para.get("accuracy").asDouble()).isEqualTo(1.0);
    assertThat(para.has("roc_auc")).isTrue();
    JsonNode sim = summary.get("sim.jsonl");
    assertThat(sim.get("spearman").asDouble()).isEqualTo(1.0);
    assertThat(sim.has("pearson")).isTrue();
    assertThat(run.err()).contains("para.jsonl:3: not valid JSON");
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(5);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("p1");
    assertThat(first.get("decision").asBoolean()).isTrue();
    assertThat(first.has("score")).isTrue();
    assertThat(first.has("changes")).isTrue();
    assertThat(first.has("label")).isFalse();
  }

  private static String line(String id, String task, String a, String b, String label) {
    return "{\"id\":\"" + id + "\",\"task\":\"" + task + "\",\"a\":\"" + a + "\",\"b\":\"" + b + "\",\"label\":" + label + "}";
  }
}
