package dev.retrace.cli;

/** An output file that cannot be written; the message names the file and the reason. */
final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputException(String path, String problem) {
    super(path + ": " + problem);
  }
}
