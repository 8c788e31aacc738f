package dev.scrutiny.text;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.pipeline.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits each paragraph into sentences with {@link Segmenter}; requires {@link Paragraph#LAYER},
 * produces {@link Sentence#LAYER}. Sentences never cross a paragraph and are trimmed to their first
 * and last token. Stateless and thread-safe.
 */
public final class SentenceAnalyzer implements Analyzer<Sentence> {

  @Override
  public LayerKey<Sentence> produces() {
    return Sentence.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Paragraph.LAYER);
  }

  @Override
  public String name() {
    return "sentences/1";
  }

  @Override
  public List<Sentence> analyze(Analysis in) {
    String text = in.text();
    List<Sentence> out = new ArrayList<>();
    for (Paragraph p : in.items(Paragraph.LAYER)) {
      out.addAll(Segmenter.sentences(text, p.start(), p.end()));
    }
    return out;
  }
}
