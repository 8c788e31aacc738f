package dev.scrutiny.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TEMPORARY: the old word regex, to check the rule split changes nothing. */
final class Words {
  private Words() {}

  private static final Pattern WORD = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|St|Jr|Sr)\\.(?=\\s)"
          + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}'’\\-]*|\\d[\\d,.:]*\\d|\\d|\\S");

  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      words.add(new Word(m.start(), m.end(), w, w.toLowerCase(Locale.ROOT).replace('’', '\'')));
    }
    return words;
  }
}
