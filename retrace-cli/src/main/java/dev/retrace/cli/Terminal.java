package dev.retrace.cli;

import picocli.CommandLine.Help.Ansi;

/** Whether to colour output: only on a real terminal, never when piped, and never with NO_COLOR set. */
final class Terminal {
  static boolean colour(boolean noColourFlag) {
    if (noColourFlag || System.getenv("NO_COLOR") != null) {
      return false;
    }
    return Ansi.AUTO.enabled();
  }

  private Terminal() {}
}
