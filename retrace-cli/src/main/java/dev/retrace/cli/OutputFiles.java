package dev.retrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files atomically: to a temporary file beside the target, then renamed over it, so an
 * interrupted run never leaves a half-written report where a good one was.
 */
final class OutputFiles {
  static void write(Path target, String content) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (AccessDeniedException e) {
      throw new OutputException(target.toString(), "permission denied");
    } catch (NoSuchFileException e) {
      throw new OutputException(target.toString(), "folder does not exist");
    } catch (IOException e) {
      throw new OutputException(target.toString(), "cannot write (" + e.getMessage() + ")");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden and harmless
        }
      }
    }
  }

  private OutputFiles() {}
}
