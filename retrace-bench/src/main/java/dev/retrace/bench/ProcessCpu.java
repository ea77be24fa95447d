package dev.retrace.bench;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Process CPU time per operation, printed after every iteration. Wall-clock scores swing with whatever else
 * runs on the machine; CPU time much less, and CPU time divided by the cores is the wall time an idle
 * machine would show when the work spreads over all of them.
 */
@State(Scope.Thread)
public class ProcessCpu {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private long cpuStart;
  private long wallStart;
  private long operations;
  /** Operations each benchmark call stands for (sentences per call for the embedding benchmark). */
  long perCall = 1;

  @Setup(Level.Iteration)
  public void start() {
    operations = 0;
    cpuStart = OS.getProcessCpuTime();
    wallStart = System.nanoTime();
  }

  void count() {
    operations += perCall;
  }

  @TearDown(Level.Iteration)
  public void report() {
    if (operations > 0) {
      double cpuMs = (OS.getProcessCpuTime() - cpuStart) / 1e6 / operations;
      double wallMs = (System.nanoTime() - wallStart) / 1e6 / operations;
      System.out.printf("%n  process CPU %.3f ms/op, wall %.3f ms/op, %d ops, load average %.1f%n", cpuMs, wallMs,
          operations, OS.getSystemLoadAverage());
    }
  }
}
