package dev.retrace.cli;

import dev.retrace.Retrace;
import dev.retrace.embeddings.SentenceModel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --model}: which bundled sentence-embedding model the engine runs (a picocli mixin). */
final class ModelOption {
  @Option(names = "--model", paramLabel = "NAME", converter = ModelConverter.class,
      description = "Sentence-embedding model: bge-small (default; more accurate) or minilm (about twice as fast)."
          + " Default from RETRACE_MODEL when set.")
  SentenceModel model;

  /** The engine with the chosen model (or the default one). */
  Retrace engine() {
    return Retrace.create(model != null ? model : SentenceModel.selected());
  }

  static final class ModelConverter implements ITypeConverter<SentenceModel> {
    @Override
    public SentenceModel convert(String value) {
      try {
        return SentenceModel.byId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
