package dev.retrace.cli;

import dev.retrace.Retrace;
import dev.retrace.documents.InvalidInputException;
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

  /** The engine with the chosen model (or the default one; a bad RETRACE_MODEL is bad input, exit 3). */
  Retrace engine() {
    if (model != null) {
      return Retrace.create(model);
    }
    SentenceModel chosen;
    try {
      chosen = SentenceModel.selected();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(SentenceModel.ENVIRONMENT, e.getMessage());
    }
    return Retrace.create(chosen);
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
