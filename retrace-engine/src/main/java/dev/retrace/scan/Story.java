package dev.retrace.scan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One line of stories.jsonl: articles connected by verified duplicate, derived or related pairs.
 *
 * @param origins articles in the story that no verified pair names as a copy (the earliest when every one is)
 * @param label   the story's most frequent names (else rare terms) across its articles
 * @param copies  how many pairs in the story are duplicates or derivations
 */
@JsonPropertyOrder({"id", "label", "size", "origins", "copies", "articles"})
public record Story(String id, String label, int size, List<String> origins, int copies, List<String> articles) {}
