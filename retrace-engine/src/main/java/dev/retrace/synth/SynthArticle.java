package dev.retrace.synth;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An article as written to pairs.jsonl and the corpus folder: {@code {id, title, published, text}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SynthArticle(String id, String title, String published, String text) {}
