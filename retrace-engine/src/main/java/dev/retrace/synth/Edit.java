package dev.retrace.synth;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One fact edit inserted into a copy, with its ground truth (meta.edits).
 *
 * @param kind     the engine's change kind name ({@code number_changed}, {@code category_changed} ...)
 * @param from     what the source said (a figure, a word, a phrase, the quotation), or null for an addition
 * @param to       what the copy says instead, or null for a removal
 * @param sentence the copy's sentence as edited (for an addition, the added sentence)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Edit(String kind, String from, String to, String sentence) {}
