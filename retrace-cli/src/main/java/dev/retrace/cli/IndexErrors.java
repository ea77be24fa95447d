package dev.retrace.cli;

import dev.retrace.documents.InvalidInputException;
import dev.retrace.index.IndexBusyException;
import dev.retrace.index.IndexException;

/**
 * Maps index failures onto the command line's exit codes: a busy, read-only or full index is output that
 * cannot be written (4); a missing index or one of another format is bad input (3).
 */
final class IndexErrors {
  private IndexErrors() {}

  static RuntimeException forWriting(IndexException e) {
    if (e instanceof IndexBusyException || e.problem().startsWith("cannot")) {
      return new OutputException(e.location(), e.problem());
    }
    return new InvalidInputException(e.location(), e.problem());
  }

  static RuntimeException forReading(IndexException e) {
    return new InvalidInputException(e.location(), e.problem());
  }
}
