package dev.retrace.index;

/** Another process holds the index's write lock: only one writer at a time, readers are never blocked. */
public final class IndexBusyException extends IndexException {
  private static final long serialVersionUID = 1L;

  public IndexBusyException(String location, Throwable cause) {
    super(location, "index busy: another retrace process is writing to it; try again when it has finished", cause);
  }
}
