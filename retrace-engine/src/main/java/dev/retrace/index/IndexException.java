package dev.retrace.index;

/**
 * The index cannot be opened, read or written: missing, written by another format, busy, on a read-only or
 * full disk. The message is one line naming the index folder and the problem; the last commit stays intact.
 */
public class IndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String location;
  private final String problem;

  public IndexException(String location, String problem, Throwable cause) {
    super(location + ": " + problem, cause);
    this.location = location;
    this.problem = problem;
  }

  public String location() {
    return location;
  }

  public String problem() {
    return problem;
  }
}
