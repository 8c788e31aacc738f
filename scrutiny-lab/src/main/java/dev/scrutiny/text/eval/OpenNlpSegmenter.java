package dev.scrutiny.text.eval;

import dev.scrutiny.article.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's maximum-entropy sentence detector and tokenizer, for comparison only. The UD English EWT
 * models ({@code opennlp-models-sentdetect-en} and {@code opennlp-models-tokenizer-en} 1.3.0) do not
 * ship with Scrutiny: pass their {@code .bin} files, or the model jars that hold them, or find them on
 * the classpath (the core module's tests have them). Not thread-safe.
 */
public final class OpenNlpSegmenter implements TextSegmenter {

  /** Resource names of the models at the root of their jars. */
  public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private final SentenceDetectorME sentences;
  private final TokenizerME tokens;

  public OpenNlpSegmenter(SentenceModel sentenceModel, TokenizerModel tokenModel) {
    this.sentences = new SentenceDetectorME(Objects.requireNonNull(sentenceModel, "sentenceModel"));
    this.tokens = new TokenizerME(Objects.requireNonNull(tokenModel, "tokenModel"));
  }

  /** The models from the classpath, or empty when they are not on it. */
  public static Optional<OpenNlpSegmenter> fromClasspath() throws IOException {
    try (InputStream s = OpenNlpSegmenter.class.getResourceAsStream("/" + SENTENCE_MODEL);
         InputStream t = OpenNlpSegmenter.class.getResourceAsStream("/" + TOKEN_MODEL)) {
      if (s == null || t == null) {
        return Optional.empty();
      }
      return Optional.of(new OpenNlpSegmenter(new SentenceModel(s), new TokenizerModel(t)));
    }
  }

  /**
   * Loads the models from files: each a {@code .bin} model or a jar holding one {@code .bin} at its root.
   *
   * @throws IllegalArgumentException naming the file when it is missing or holds no model
   */
  public static OpenNlpSegmenter load(Path sentenceModel, Path tokenModel) throws IOException {
    SentenceModel s;
    try (InputStream in = open(sentenceModel)) {
      s = new SentenceModel(in);
    }
    try (InputStream in = open(tokenModel)) {
      return new OpenNlpSegmenter(s, new TokenizerModel(in));
    }
  }

  private static InputStream open(Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("model file not found: " + p);
    }
    if (!p.getFileName().toString().endsWith(".jar")) {
      return Files.newInputStream(p);
    }
    ZipFile zip = new ZipFile(p.toFile());
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
      ZipEntry entry = e.nextElement();
      if (!entry.getName().contains("/") && entry.getName().endsWith(".bin")) {
        InputStream in = zip.getInputStream(entry);
        return new java.io.FilterInputStream(in) {
          @Override
          public void close() throws IOException {
            super.close();
            zip.close();
          }
        };
      }
    }
    zip.close();
    throw new IllegalArgumentException("no .bin model at the root of " + p);
  }

  @Override
  public String name() {
    return "opennlp";
  }

  @Override
  public List<Span> sentences(String text) {
    opennlp.tools.util.Span[] found = sentences.sentPosDetect(text);
    List<Span> out = new ArrayList<>(found.length);
    for (opennlp.tools.util.Span s : found) {
      out.add(new Span(s.getStart(), s.getEnd()));
    }
    return out;
  }

  @Override
  public List<Span> tokens(String text, Span sentence) {
    String sub = text.substring(sentence.start(), sentence.end());
    opennlp.tools.util.Span[] found = tokens.tokenizePos(sub);
    List<Span> out = new ArrayList<>(found.length);
    for (opennlp.tools.util.Span t : found) {
      out.add(new Span(sentence.start() + t.getStart(), sentence.start() + t.getEnd()));
    }
    return out;
  }
}
