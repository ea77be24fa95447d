package dev.retrace.index;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashRecoveryTest}: adds articles 0..n-1, committing every 100 and printing
 * "committed N" after each commit, slowly enough that the parent can kill it mid-way.
 */
public final class IndexAddChild {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    IndexUpdater u = ArticleIndex.openForWriting(dir);
    for (int i = 0; i < n; i++) {
      u.add(Articles.article(i));
      if ((i + 1) % 100 == 0) {
        u.commit();
        System.out.println("committed " + (i + 1));
        System.out.flush();
        Thread.sleep(20);
      }
    }
    u.close();
    System.out.println("done");
  }
}
