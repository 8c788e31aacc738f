package dev.scrutiny.persuasion;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shared token and sentence layers of one text as the persuasion models read them: the article's own
 * {@link Token#LAYER} and {@link Sentence#LAYER} in the pipeline, or what {@link Segmenter} makes of a SemEval
 * file in training, so both see the same words. Gives the tokens and sentences inside a range by binary search,
 * and each token's feature form ({@link #form}). Immutable.
 */
final class TextLayers {

  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;

  TextLayers(String text, List<Token> tokens, List<Sentence> sentences) {
    this.text = Objects.requireNonNull(text, "text");
    this.tokens = List.copyOf(tokens);
    this.sentences = List.copyOf(sentences);
  }

  /** Segments {@code text} with the shared {@link Segmenter} (training, and callers outside the pipeline). */
  static TextLayers of(String text) {
    Segmenter.Segmentation s = Segmenter.segment(text);
    return new TextLayers(text, s.tokens(), s.sentences());
  }

  /** The article's token and sentence layers. */
  static TextLayers of(Analysis in) {
    return new TextLayers(in.text(), in.items(Token.LAYER), in.items(Sentence.LAYER));
  }

  /**
   * The article as the article-level models were trained on it (title line, blank line, body): the title is
   * segmented, the body's tokens and sentences are the article's layers moved past the title.
   */
  static TextLayers withTitle(Analysis in) {
    String title = in.article().title();
    if (title == null || title.isBlank()) {
      return of(in);
    }
    String whole = title + "\n\n" + in.text();
    int shift = title.length() + 2;
    Segmenter.Segmentation head = Segmenter.segment(title);
    List<Token> tokens = new ArrayList<>();
    for (Token t : head.tokens()) {
      tokens.add(new Token(t.start(), t.end(), t.kind(), whole));
    }
    for (Token t : in.items(Token.LAYER)) {
      tokens.add(new Token(t.start() + shift, t.end() + shift, t.kind(), whole));
    }
    List<Sentence> sentences = new ArrayList<>(head.sentences());
    for (Sentence s : in.items(Sentence.LAYER)) {
      sentences.add(new Sentence(s.start() + shift, s.end() + shift));
    }
    return new TextLayers(whole, tokens, sentences);
  }

  String text() {
    return text;
  }

  /** Every token, in order. */
  List<Token> tokens() {
    return tokens;
  }

  /** The tokens that lie inside {@code [from, to)}. */
  List<Token> tokens(int from, int to) {
    return Token.within(tokens, from, to);
  }

  /** The sentences that overlap {@code [from, to)}, in order. */
  List<Sentence> sentences(int from, int to) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.end() > from && s.start() < to) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The form of a token the models see: {@code 0} for a number, else its normalised form (lower-cased,
   * typographic apostrophes as {@code '}).
   */
  static String form(Token t) {
    return t.kind() == TokenKind.NUMBER ? "0" : t.norm();
  }

  /** Whether a token is a word of letters with two or more letters, all upper-case ({@code NATO}). */
  static boolean allCaps(Token t) {
    return t.shape() == Token.Shape.UPPER;
  }
}
