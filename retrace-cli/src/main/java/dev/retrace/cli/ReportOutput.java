package dev.retrace.cli;

import dev.retrace.report.ComparisonReport;
import dev.retrace.report.HtmlReport;
import dev.retrace.report.ReportJson;
import dev.retrace.report.TerminalReport;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints a comparison report as JSON or as the terminal view, and writes the HTML report when asked. */
final class ReportOutput {
  static void print(ComparisonReport report, PrintWriter out, boolean json, boolean colour, Path html) {
    if (html != null) {
      OutputFiles.write(html, HtmlReport.render(report));
    }
    if (json) {
      out.println(ReportJson.pretty(report));
    } else {
      out.print(TerminalReport.render(report, colour));
      if (html != null) {
        out.println();
        out.println("HTML report written to " + html.toAbsolutePath());
      }
    }
    out.flush();
  }

  private ReportOutput() {}
}
