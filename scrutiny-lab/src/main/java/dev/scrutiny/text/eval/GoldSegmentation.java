package dev.scrutiny.text.eval;

import dev.scrutiny.article.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One gold example: a paragraph of raw text with its gold sentence and token spans.
 *
 * <p>File format, one example per {@code text:} line, then one {@code s:} line per sentence holding its
 * tokens separated by single spaces; {@code #} starts a comment line:
 * <pre>
 * text: He left. “Why?” she asked.
 * s: He left .
 * s: “ Why ? ” she asked .
 * </pre>
 * Tokens are aligned to the raw text in order, skipping whitespace; a token that does not match throws
 * {@link IllegalArgumentException} naming the line.
 *
 * @param text      the raw paragraph
 * @param sentences gold sentence spans, first token start to last token end
 * @param tokens    gold token spans
 */
public record GoldSegmentation(String text, List<Span> sentences, List<Span> tokens) {

  public GoldSegmentation {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  /** Classpath location of the shipped gold file: 51 invented news paragraphs, 100 sentences, EWT-style. */
  public static final String BUNDLED = "/dev/scrutiny/text/eval/ewt-style-gold.txt";

  /** The examples of the {@linkplain #BUNDLED bundled} gold file. */
  public static List<GoldSegmentation> bundled() {
    try (InputStream in = GoldSegmentation.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("gold file " + BUNDLED + " is missing from the classpath");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED, e);
    }
  }

  /**
   * Sentence-only gold from sentences segmented by someone else (one per line in a corpus): consecutive
   * sentences are joined with a space into paragraphs of {@code perParagraph}; token lists stay empty.
   */
  public static List<GoldSegmentation> fromSentences(List<String> sentences, int perParagraph) {
    if (perParagraph < 1) {
      throw new IllegalArgumentException("perParagraph must be >= 1, got " + perParagraph);
    }
    List<GoldSegmentation> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i += perParagraph) {
      StringBuilder b = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      for (String s : sentences.subList(i, Math.min(sentences.size(), i + perParagraph))) {
        String t = s.strip();
        if (t.isEmpty()) {
          continue;
        }
        if (b.length() > 0) {
          b.append(' ');
        }
        spans.add(new Span(b.length(), b.length() + t.length()));
        b.append(t);
      }
      if (!spans.isEmpty()) {
        out.add(new GoldSegmentation(b.toString(), spans, List.of()));
      }
    }
    return out;
  }

  /** Reads every example of a gold file. */
  public static List<GoldSegmentation> read(Reader reader) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<GoldSegmentation> out = new ArrayList<>();
    String text = null;
    int offset = 0;
    List<Span> sentences = new ArrayList<>();
    List<Span> tokens = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.startsWith("text: ")) {
        if (text != null) {
          out.add(finish(text, offset, sentences, tokens, lineNo));
        }
        text = line.substring(6);
        offset = 0;
        sentences = new ArrayList<>();
        tokens = new ArrayList<>();
      } else if (line.startsWith("s: ")) {
        if (text == null) {
          throw new IllegalArgumentException("line " + lineNo + ": sentence before any text: line");
        }
        int first = -1;
        for (String tok : line.substring(3).split(" ")) {
          if (tok.isEmpty()) {
            continue;
          }
          while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
            offset++;
          }
          if (!text.startsWith(tok, offset)) {
            throw new IllegalArgumentException("line " + lineNo + ": gold token '" + tok + "' does not match the text at "
                + offset + ": '" + text.substring(offset, Math.min(text.length(), offset + 20)) + "'");
          }
          if (first < 0) {
            first = offset;
          }
          tokens.add(new Span(offset, offset + tok.length()));
          offset += tok.length();
        }
        if (first >= 0) {
          sentences.add(new Span(first, offset));
        }
      } else if (!line.isBlank() && !line.startsWith("#")) {
        throw new IllegalArgumentException("line " + lineNo + ": expected 'text: ', 's: ', '#' or a blank line, got '"
            + line + "'");
      }
    }
    if (text != null) {
      out.add(finish(text, offset, sentences, tokens, lineNo));
    }
    return out;
  }

  private static GoldSegmentation finish(String text, int offset, List<Span> sentences, List<Span> tokens, int lineNo) {
    if (!text.substring(offset).isBlank()) {
      throw new IllegalArgumentException("example ending before line " + lineNo + ": text left without gold tokens: '"
          + text.substring(offset) + "'");
    }
    return new GoldSegmentation(text, sentences, tokens);
  }
}
