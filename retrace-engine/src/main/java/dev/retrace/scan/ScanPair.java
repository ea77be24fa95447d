package dev.retrace.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One line of pairs.jsonl: a verified duplicate or derived pair. {@code a} was indexed before {@code b}; when
 * the direction is known, {@code source} and {@code copy} name which is which.
 *
 * @param evidence how the pair was found: "exact" (same content hash) or "candidate" (index channels + compare)
 */
@JsonPropertyOrder({"a", "b", "relation", "score", "direction", "source", "copy", "changes", "major_changes",
    "change_kinds", "evidence", "jaccard", "facts", "cosine", "a_title", "b_title", "a_url", "b_url"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanPair(String a, String b, String relation, double score, String direction, String source,
    String copy, int changes, int majorChanges, Map<String, Integer> changeKinds, String evidence, double jaccard,
    double facts, double cosine, String aTitle, String bTitle, String aUrl, String bUrl) {}
