package dev.scrutiny.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The token scanner's rules one by one, each called on a scanner positioned on text written for it. */
class ScanRulesTest {

  private static TokenScanner over(String text) {
    TokenScanner sc = new TokenScanner();
    sc.text = text;
    sc.from = 0;
    sc.to = text.length();
    return sc;
  }

  /** The single token a rule added, as "surface/KIND/flags". */
  private static String added(TokenScanner sc) {
    assertThat(sc.size).isEqualTo(1);
    return sc.text.substring(sc.starts[0], sc.ends[0]) + "/" + sc.kind(0) + "/" + sc.flags[0];
  }

  @Test
  void links_end_before_trailing_punctuation_and_unmatched_brackets() {
    String url = "https://example.org/a_(b)/c).";
    assertThat(LinkScan.url(over(url), 0)).isEqualTo(url.length() - 2);
    assertThat(LinkScan.url(over("http:// x"), 0)).isZero();
    assertThat(LinkScan.url(over("whatever"), 0)).isZero();
    assertThat(LinkScan.domain(over("t.me/rybar, then"), 0)).isEqualTo("t.me/rybar".length());
    assertThat(LinkScan.domain(over("bbc.co.uk says"), 0)).isEqualTo("bbc.co.uk".length());
    assertThat(LinkScan.domain(over("end.Then"), 0)).isZero(); // "then" is no top-level domain
    assertThat(LinkScan.email(over("press@mod.gov.ua."), 0)).isEqualTo("press@mod.gov.ua".length());
    assertThat(LinkScan.email(over("a.@b.com"), 0)).isZero();
    assertThat(LinkScan.email(over("x@localhost"), 0)).isZero();
  }

  @Test
  void words_split_clitics_and_keep_acronyms_and_abbreviations() {
    TokenScanner sc = over("Russia's");
    assertThat(WordScan.word(sc, 0)).isEqualTo(6);
    assertThat(added(sc)).isEqualTo("Russia/WORD/" + TokenScanner.UPPER);
    sc = over("don't");
    assertThat(WordScan.word(sc, 0)).isEqualTo(2);
    assertThat(added(sc)).isEqualTo("do/WORD/" + TokenScanner.LOWER);
    sc = over("U.S. troops");
    assertThat(WordScan.word(sc, 0)).isEqualTo(4);
    assertThat(added(sc)).isEqualTo("U.S./WORD/" + (TokenScanner.ABBR_MAYBE | TokenScanner.UPPER));
    sc = over("Gen. Smith");
    WordScan.word(sc, 0);
    assertThat(added(sc)).isEqualTo("Gen./WORD/" + (TokenScanner.ABBR_TITLE | TokenScanner.UPPER));
    sc = over("ended.");
    assertThat(WordScan.word(sc, 0)).isEqualTo(5);
    assertThat(added(sc)).isEqualTo("ended/WORD/" + TokenScanner.LOWER);
    assertThat(WordScan.isClitic("'ll", 1, 3)).isTrue();
    assertThat(WordScan.isClitic("'ss", 1, 3)).isFalse();
  }

  @Test
  void numbers_stay_whole_and_hyphenated_compounds_are_words() {
    for (String n : new String[] {"1,006", "12.5%", "2025-04-26", "26.04.2025", "50km", "1990s"}) {
      TokenScanner sc = over(n + " more");
      assertThat(NumberScan.number(sc, 0, 0)).as(n).isEqualTo(n.length());
      assertThat(added(sc)).isEqualTo(n + "/NUMBER/0");
    }
    TokenScanner sc = over("34-year-old man");
    NumberScan.number(sc, 0, 0);
    assertThat(added(sc)).isEqualTo("34-year-old/WORD/0");
  }

  @Test
  void punctuation_carries_its_sentence_flags() {
    TokenScanner sc = over("?!. Next");
    assertThat(PunctuationScan.ascii(sc, '?', 0)).isEqualTo(3);
    assertThat(added(sc)).isEqualTo("?!./PUNCT/" + TokenScanner.TERM);
    sc = over("-- x");
    PunctuationScan.ascii(sc, '-', 0);
    assertThat(added(sc)).isEqualTo("--/PUNCT/" + TokenScanner.DASH);
    sc = over("-5");
    PunctuationScan.ascii(sc, '-', 0);
    assertThat(added(sc)).isEqualTo("-5/NUMBER/0");
    sc = over("#1");
    PunctuationScan.ascii(sc, '#', 0);
    assertThat(added(sc)).isEqualTo("#/PUNCT/0"); // a hashtag starts with a letter
    sc = over("«");
    PunctuationScan.nonAscii(sc, '«', 0);
    assertThat(added(sc)).isEqualTo("«/PUNCT/" + TokenScanner.OPEN);
    sc = over("…?");
    PunctuationScan.nonAscii(sc, '…', 0);
    assertThat(added(sc)).isEqualTo("…?/PUNCT/" + TokenScanner.TERM);
    sc = over("\u00A0");
    assertThat(PunctuationScan.nonAscii(sc, '\u00A0', 0)).isEqualTo(1);
    assertThat(sc.size).isZero();
  }

  @Test
  void symbols_keep_emoji_sequences_and_flags_together() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // man ZWJ woman ZWJ girl
    String flag = "\uD83C\uDDFA\uD83C\uDDE6\uD83C\uDDFA\uD83C\uDDE6"; // two flags
    TokenScanner sc = over(family + "!");
    assertThat(SymbolScan.symbol(sc, sc.cpAt(0), 0)).isEqualTo(family.length());
    sc = over(flag);
    assertThat(SymbolScan.symbol(sc, sc.cpAt(0), 0)).isEqualTo(4);
    sc = over("\uD83D"); // a lone high surrogate
    assertThat(SymbolScan.symbol(sc, sc.cpAt(0), 0)).isEqualTo(1);
    assertThat(added(sc)).isEqualTo("\uD83D/SYMBOL/0");
    sc = over("\u00A7\u0301x"); // section sign with a combining accent: punctuation with its mark
    assertThat(SymbolScan.symbol(sc, sc.cpAt(0), 0)).isEqualTo(2);
    assertThat(sc.kind(0)).isEqualTo(TokenKind.PUNCT);
  }

  @Test
  void character_classes() {
    assertThat(CharClass.isSpace('\u200B')).isTrue();
    assertThat(CharClass.isSpace('\u00A0')).isTrue();
    assertThat(CharClass.isSpace('x')).isFalse();
    assertThat(CharClass.isWordCodePoint(0x00AD)).isTrue();
    assertThat(CharClass.isWordCodePoint('-')).isFalse();
    assertThat(CharClass.isAsciiAlphanumeric('7')).isTrue();
    assertThat(CharClass.isAsciiAlphanumeric('\u0430')).isFalse();
  }
}
