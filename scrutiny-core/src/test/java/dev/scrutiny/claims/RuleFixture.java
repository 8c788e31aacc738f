package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import java.util.ArrayList;
import java.util.List;

/** Runs single claim rules over a text with real sentences and tokens, for the per-rule tests. */
final class RuleFixture {

  static final CueFinder CUES = new CueFinder(ReportingLexicon.standard());
  static final SpeakerPhrases PHRASES = new SpeakerPhrases(CUES);

  private RuleFixture() {}

  /** A context over {@code text}: sentences split at end punctuation, tokens from the shared tokenizer. */
  static ClaimContext context(String text) {
    List<Sentence> sentences = FallbackLayers.sentences(text);
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : sentences) {
      tokens.addAll(Segmenter.tokens(text, s.start(), s.end()));
    }
    return new ClaimContext(text, tokens, sentences, List.of(), List.of());
  }

  /** The drafts {@code rule} finds in every sentence of {@code text}. */
  static List<Draft> run(SentenceRule rule, String text) {
    ClaimContext doc = context(text);
    for (Sentence s : doc.sentences) {
      rule.apply(doc, s);
    }
    return List.copyOf(doc.drafts);
  }

  /** The drafts the quotation rules find in {@code text}. */
  static List<Draft> quotes(String text) {
    ClaimContext doc = context(text);
    new DirectQuotes(CUES, PHRASES).apply(doc);
    return List.copyOf(doc.drafts);
  }

  static String text(String text, Span s) {
    return text.substring(s.start(), s.end());
  }

  static List<String> parts(String text, Draft d) {
    return d.parts().stream().map(p -> text(text, p)).toList();
  }
}
