package dev.retrace.pairs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retrace.documents.Document;

/**
 * One line of a pairs file ({@code {"id", "task", "a", "b", "label", "meta"}}, the format of the labelled
 * evaluation sets): two texts to compare, with an optional label.
 *
 * @param line  1-based line number in the file
 * @param label the gold label, or null (a number for similarity, 0/1 otherwise)
 * @param meta  free-form metadata, or null
 */
public record Pair(int line, String id, String task, Document a, Document b, JsonNode label, JsonNode meta) {}
