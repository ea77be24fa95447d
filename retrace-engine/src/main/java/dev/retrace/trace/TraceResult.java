package dev.retrace.trace;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where an article came from and where it went, within an index.
 *
 * @param article    the traced article's id
 * @param matches    verified sources and copies, strongest first
 * @param chain      the provenance chain, oldest first, ending with the traced article ("A", "B", "C" for
 *                   A -> B -> C); just the article when no source was found
 * @param candidates how many candidates the index proposed, and how many the compare engine checked
 * @param compared   see candidates
 */
@JsonPropertyOrder({"article", "chain", "matches", "candidates", "compared"})
public record TraceResult(String article, List<TraceMatch> matches, List<String> chain, int candidates, int compared) {}
