package dev.retrace.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 during an add, for real: the index reopens, nothing committed is lost, a re-run resumes. */
class CrashRecoveryTest {
  @TempDir
  Path tmp;

  @Test
  void killedMidAddTheIndexReopensWithEveryCommitAndARerunCompletesIt() throws Exception {
    Path dir = tmp.resolve("index");
    int total = 3_000;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        IndexAddChild.class.getName(), dir.toString(), String.valueOf(total)).redirectErrorStream(true).start();
    int committed = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
          if (committed >= 500) {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, the write lock file left behind
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(committed).as("child output before the kill").isGreaterThanOrEqualTo(500).isLessThan(total);

    try (IndexSnapshot s = ArticleIndex.openForReading(dir)) {
      assertThat(s.articles()).isGreaterThanOrEqualTo(committed).isLessThan(total);
      for (int i = 0; i < committed; i += 97) {
        assertThat(s.document("a" + i)).as("committed article a" + i).isNotNull();
      }
    }
    int unchanged = 0;
    try (IndexUpdater u = ArticleIndex.openForWriting(dir)) { // the stale lock of the dead process does not block
      for (int i = 0; i < total; i++) {
        if (u.add(Articles.article(i)).outcome() == IndexUpdater.Outcome.UNCHANGED) {
          unchanged++;
        }
      }
    }
    assertThat(unchanged).isGreaterThanOrEqualTo(committed);
    try (IndexSnapshot s = ArticleIndex.openForReading(dir)) {
      assertThat(s.stats().articles()).isEqualTo(total);
      assertThat(s.stats().duplicates()).isZero();
    }
  }
}
