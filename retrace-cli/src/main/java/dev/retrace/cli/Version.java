package dev.retrace.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (set by Maven), so it is never out of step with the build. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = RetraceCommand.class.getPackage().getImplementationVersion();
    return new String[] {"retrace " + (v == null ? "development build" : v)};
  }
}
