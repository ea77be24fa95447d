package dev.retrace.report;

/** A sentence as shown in a report. */
public record SentenceView(int index, String text) {}
