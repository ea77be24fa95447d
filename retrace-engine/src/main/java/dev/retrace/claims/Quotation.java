package dev.retrace.claims;

/**
 * Text inside quote marks (after normalisation every quote mark is '"').
 *
 * @param text    the quoted words without the marks and without trailing punctuation inside them
 * @param speaker the attributed speaker phrase when the sentence names one, else null
 */
public record Quotation(String text, String speaker, int start, int end) {}
