package dev.scrutiny.persuasion;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.text.CachingEncoder;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.SentenceEncoder;
import dev.scrutiny.text.Token;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the article-level analyzers (frames, genre) share: they read the title and the article's token and
 * sentence layers, and take the model of the article's language (English by default) unless given fixed models.
 * Thread-safe; models load once, on first use.
 */
abstract class DocumentAnalyzer<T extends Annotation> implements Analyzer<T> {

  private final @Nullable PersuasionModels fixed;
  private final @Nullable SentenceEncoder encoder;

  DocumentAnalyzer(@Nullable PersuasionModels fixed) {
    this(fixed, null);
  }

  /** With {@code encoder} (and no fixed models): the shipped models trained with its vectors where there are some. */
  DocumentAnalyzer(@Nullable PersuasionModels fixed, @Nullable SentenceEncoder encoder) {
    this.fixed = fixed;
    this.encoder = encoder == null ? null : CachingEncoder.of(encoder);
  }

  /** The encoder the models score with, or null. */
  final @Nullable SentenceEncoder encoder() {
    return encoder;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Token.LAYER, Sentence.LAYER);
  }

  /** Models are trained for English and Russian. */
  @Override
  public Set<String> languages() {
    return Set.of("en", "ru");
  }

  /** The fixed models, or the shipped ones for the article's language. */
  final PersuasionModels models(Analysis in) {
    return fixed != null ? fixed : encoder != null ? PersuasionModels.forLanguage(in.article().language(), encoder)
        : PersuasionModels.forLanguage(in.article().language());
  }

  /** The article as the models were trained on it (title line, blank line, body), over the shared layers. */
  static TextLayers withTitle(Analysis in) {
    return TextLayers.withTitle(in);
  }
}
