package dev.scrutiny.text.eval;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence splitter plus tokenizer under evaluation: Scrutiny's own {@link Segmenter} or another
 * (OpenNLP's UD models). Implementations need not be thread-safe.
 */
public interface TextSegmenter {

  /** Short name printed in reports. */
  String name();

  /** Sentence spans of {@code text}, in order. */
  List<Span> sentences(String text);

  /** Token spans inside one sentence of {@code text}, in order. */
  List<Span> tokens(String text, Span sentence);

  /** Scrutiny's hand-written {@link Segmenter}, used the way the pipeline uses it. */
  static TextSegmenter scrutiny() {
    return new TextSegmenter() {
      @Override
      public String name() {
        return "scrutiny";
      }

      @Override
      public List<Span> sentences(String text) {
        List<Sentence> s = Segmenter.sentences(text);
        List<Span> out = new ArrayList<>(s.size());
        for (Sentence x : s) {
          out.add(new Span(x.start(), x.end()));
        }
        return out;
      }

      @Override
      public List<Span> tokens(String text, Span sentence) {
        List<Token> t = Segmenter.tokens(text, sentence.start(), sentence.end());
        List<Span> out = new ArrayList<>(t.size());
        for (Token x : t) {
          out.add(new Span(x.start(), x.end()));
        }
        return out;
      }
    };
  }
}
