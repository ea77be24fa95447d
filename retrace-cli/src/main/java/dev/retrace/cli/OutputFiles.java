package dev.retrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes output files atomically: to a temporary file beside the target, then renamed over it, so an
 * interrupted run never leaves a half-written report where a good one was.
 */
final class OutputFiles {
  static void write(Path target, String content) {
    Path tmp = null;
    try {
      tmp = temporaryBeside(target);
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

  /**
   * A hidden temporary file in the target's folder (a rename within one file system is atomic), readable
   * like any file the user writes: createTempFile makes owner-only files, which would leave reports that
   * a web server or a colleague cannot read.
   */
  static Path temporaryBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
    }
    return tmp;
  }

  private OutputFiles() {}
}
