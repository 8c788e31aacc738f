package dev.scrutiny.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Pipeline;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the text layer for random and adversarial text. */
class SegmenterProperties {

  /** Pieces that stress the scanner's special cases; glued together at random. */
  private static final List<String> PIECES = List.of(
      ".", "...", "…", "?!", "!", "?", " ", "  ", "\n", "\r\n", "\n\n", "\r\n\r\n", "\t", "\u00A0", "\u200B",
      "\"", "'", "’", "‘", "“", "”", "«", "»", "„", "(", ")", "[", "]", "-", "--", "—", "–", "−",
      "U.S.", "a.m.", "Gen.", "Lt.", "No.", "V.", "etc.", "Mr", "e.g", "0.5", "1,006", "26.04.2025",
      "2025-04-26", "10:30", "50km", "17.1%", "-5", "+3", "km²", "Russia's", "don't", "n't", "'s", "al-Assad",
      "https://x.org/a(b)", "www.", "http://", "t.me/a", "a@b.co", "@x", "#y", "@", "#", "Київ", "п’ять",
      "Путін", "В.В.", "г.", "The", "he", "said", "🇺🇦", "👍🏽", "👨‍👩‍👧", "\uD83D", "\uDC4D", "\u0301",
      "\u200D", "\uFE0F", "\u00AD", "$", "%", "&", "²", "x", "Z", "9");

  @Provide
  Arbitrary<String> adversarial() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(6);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, piece),
            net.jqwik.api.Tuple.of(1, random))
        .list().ofMaxSize(60)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withChars(".!?…\"'“”‘’«»()").ofMaxLength(100),
        Arbitraries.strings().whitespace().ofMaxLength(50),
        Arbitraries.strings().withChars(". \n\r").ofMaxLength(200),
        Arbitraries.strings().withCharRange('\uD800', '\uDFFF').withChars("a .").ofMaxLength(50),
        adversarial());
  }

  @Property(tries = 2000)
  void tokens_are_ordered_disjoint_inside_and_cover_every_non_space(@ForAll("anyText") String text) {
    List<Token> tokens = Segmenter.tokens(text);
    checkTokens(text, tokens, 0, text.length());
  }

  @Property(tries = 1000)
  void within_gives_exactly_the_tokens_inside_the_range(@ForAll("anyText") String text,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 400) int a,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 400) int b) {
    List<Token> tokens = Segmenter.tokens(text);
    int from = Math.min(Math.min(a, b), text.length());
    int to = Math.min(Math.max(a, b), text.length());
    List<Token> inside = tokens.stream().filter(t -> t.start() >= from && t.end() <= to).toList();
    assertThat(Token.within(tokens, from, to)).isEqualTo(inside);
  }

  @Property(tries = 2000)
  void sentences_lie_in_paragraphs_and_tokens_in_sentences(@ForAll("anyText") String text) {
    Segmenter.Segmentation seg = Segmenter.segment(text);
    List<Paragraph> paragraphs = seg.paragraphs();
    int prevEnd = 0;
    int p = 0;
    for (Sentence s : seg.sentences()) {
      assertThat(s.start()).isGreaterThanOrEqualTo(prevEnd);
      assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
      while (p < paragraphs.size() && paragraphs.get(p).end() <= s.start()) {
        p++;
      }
      assertThat(p).as("sentence %s has a paragraph", s).isLessThan(paragraphs.size());
      assertThat(s.start()).isGreaterThanOrEqualTo(paragraphs.get(p).start());
      assertThat(s.end()).isLessThanOrEqualTo(paragraphs.get(p).end());
      assertThat(Segmenter.isSpace(text.charAt(s.start()))).isFalse();
      assertThat(Segmenter.isSpace(text.charAt(s.end() - 1))).isFalse();
      prevEnd = s.end();
    }
    assertThat(seg.sentences()).isEqualTo(Segmenter.sentences(text));
    List<Token> perSentence = seg.sentences().stream()
        .flatMap(s -> Segmenter.tokens(text, s.start(), s.end()).stream()).toList();
    assertThat(seg.tokens()).isEqualTo(perSentence);
    checkTokens(text, perSentence, 0, text.length());
  }

  private static final Pipeline TEXT_LAYER =
      Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer()));

  @Property(tries = 300)
  void the_analyzers_build_valid_layers(@ForAll("adversarial") String text) {
    Analysis a = TEXT_LAYER.run(Article.builder("p", text).language("en").build());
    assertThat(a.diagnostics()).isEmpty();
    assertThat(a.require(Sentence.LAYER).items()).isEqualTo(Segmenter.segment(text).sentences());
    assertThat(a.require(Token.LAYER).items()).isEqualTo(Segmenter.segment(text).tokens());
  }

  private static void checkTokens(String text, List<Token> tokens, int from, int to) {
    int covered = from;
    for (Token t : tokens) {
      assertThat(t.start()).as("token %s after %s", t, covered).isGreaterThanOrEqualTo(covered);
      assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(to);
      for (int i = covered; i < t.start(); i++) {
        assertThat(Segmenter.isSpace(text.charAt(i)))
            .as("char %04x at %d of %s is outside every token", (int) text.charAt(i), i, tokens).isTrue();
      }
      for (int i = t.start(); i < t.end(); i++) {
        assertThat(Segmenter.isSpace(text.charAt(i))).as("space inside token %s", t).isFalse();
      }
      assertThat(Character.isLowSurrogate(text.charAt(t.start())) && t.start() > 0
          && Character.isHighSurrogate(text.charAt(t.start() - 1))).as("token %s starts inside a pair", t).isFalse();
      assertThat(Character.isHighSurrogate(text.charAt(t.end() - 1)) && t.end() < text.length()
          && Character.isLowSurrogate(text.charAt(t.end()))).as("token %s ends inside a pair", t).isFalse();
      checkAttributes(text, t);
      covered = t.end();
    }
    for (int i = covered; i < to; i++) {
      assertThat(Segmenter.isSpace(text.charAt(i))).as("trailing char at %d uncovered", i).isTrue();
    }
  }

  /** A token's attributes agree with its text: they are derived from it, never from a neighbour. */
  private static void checkAttributes(String text, Token t) {
    String raw = text.substring(t.start(), t.end());
    assertThat(t.norm()).as("norm of %s", t).isNotEmpty();
    assertThat(t.lemma()).as("lemma of %s", t).isNotEmpty();
    String expected = raw.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replace('\u02BC', '\'')
        .replace("\u00AD", "");
    assertThat(t.norm()).as("norm of %s", t).isEqualTo(expected.isEmpty() ? raw : expected);
    if (t.kind() != TokenKind.WORD) {
      assertThat(t.lemma()).as("only words are stemmed: %s", t).isEqualTo(t.norm());
    }
    if (t.value() != null) {
      assertThat(t.kind()).as("value of %s", t).isIn(TokenKind.NUMBER, TokenKind.WORD);
      assertThat(t.value()).isFinite();
    }
    assertThat(Token.of(text, t.start(), t.end(), t.kind())).as("Token.of agrees").isEqualTo(t);
    boolean letter = raw.codePoints().anyMatch(Character::isLetter);
    boolean digit = raw.codePoints().anyMatch(Character::isDigit);
    assertThat(t.shape() == Token.Shape.OTHER).as("shape of %s", t).isEqualTo(!letter && !digit);
    assertThat(t.shape() == Token.Shape.ALPHANUMERIC).as("shape of %s", t).isEqualTo(letter && digit);
  }

  @Property(tries = 1000)
  void written_numbers_keep_their_value(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 999_999_999) int n,
                                        @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 99) int cents) {
    String grouped = String.format(java.util.Locale.ROOT, "%,d", n);
    String decimal = n + "." + (cents < 10 ? "0" + cents : cents);
    String text = "It rose to " + grouped + " and " + decimal + "% and " + n + "km.";
    List<Token> numbers = Segmenter.tokens(text).stream().filter(t -> t.kind() == TokenKind.NUMBER).toList();
    assertThat(numbers).extracting(Token::value).containsExactly((double) n, Double.parseDouble(decimal), (double) n);
  }
}
