package dev.scrutiny.text;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.pipeline.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A guard around a sentence splitter: any sentence longer than {@code maxChars} is cut into pieces of
 * at most that length, at the last space before the limit (or at the limit when there is none). Later
 * steps that compare every word of a sentence with every other (claims scoring, for one) then cost at
 * most {@code maxChars²} per piece instead of growing with the square of a 200,000-word "sentence".
 * Real sentences are far shorter than the default; the layer and its producer name are unchanged.
 */
public final class BoundedSentences implements Analyzer<Sentence> {

  /** The default cap: 2,000 characters, about 350 words. */
  public static final int DEFAULT_MAX_CHARS = 2_000;

  private final Analyzer<Sentence> splitter;
  private final int maxChars;

  public BoundedSentences(Analyzer<Sentence> splitter) {
    this(splitter, DEFAULT_MAX_CHARS);
  }

  public BoundedSentences(Analyzer<Sentence> splitter, int maxChars) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    if (maxChars < 16) {
      throw new IllegalArgumentException("maxChars must be at least 16, got " + maxChars);
    }
    this.maxChars = maxChars;
  }

  @Override
  public LayerKey<Sentence> produces() {
    return splitter.produces();
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return splitter.requires();
  }

  @Override
  public Set<String> languages() {
    return splitter.languages();
  }

  @Override
  public String name() {
    return splitter.name();
  }

  @Override
  public List<Sentence> analyze(Analysis in) {
    List<Sentence> sentences = splitter.analyze(in);
    List<Sentence> out = null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.end() - s.start() <= maxChars) {
        if (out != null) {
          out.add(s);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(sentences.subList(0, i));
      }
      cut(in.text(), s, out);
    }
    return out == null ? sentences : out;
  }

  private void cut(String text, Sentence s, List<Sentence> out) {
    int start = s.start();
    while (start < s.end()) {
      while (start < s.end() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start >= s.end()) {
        return;
      }
      int end = Math.min(s.end(), start + maxChars);
      if (end < s.end()) {
        int space = end;
        while (space > start + maxChars / 2 && !Character.isWhitespace(text.charAt(space))) {
          space--;
        }
        end = Character.isWhitespace(text.charAt(space)) ? space : end;
        if (Character.isLowSurrogate(text.charAt(end)) && end > start + 1) {
          end--;
        }
      }
      int trimmed = end;
      while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
        trimmed--;
      }
      out.add(new Sentence(start, trimmed));
      start = end;
    }
  }
}
