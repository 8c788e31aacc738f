package dev.scrutiny.persuasion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal word tokenizer for features and cue spans: letters (with inner apostrophes and hyphens),
 * digit runs, and single punctuation marks; whitespace is dropped. Offsets index the text given.
 */
final class Words {

  /** One token: {@code lower} is its lower-cased form. */
  record Word(int start, int end, String lower, boolean letters, boolean allCaps) {}

  private Words() {}

  static List<Word> of(String text, int from, int to) {
    List<Word> out = new ArrayList<>((to - from) / 5 + 4);
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetter(c)) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
        String s = text.substring(start, i);
        boolean caps = s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
        out.add(new Word(start, i, s.toLowerCase(Locale.ROOT).replace('’', '\''), true, caps));
      } else if (Character.isDigit(c)) {
        i++;
        while (i < to && (Character.isDigit(text.charAt(i))
            || ((text.charAt(i) == ',' || text.charAt(i) == '.') && i + 1 < to && Character.isDigit(text.charAt(i + 1))))) {
          i++;
        }
        out.add(new Word(start, i, "0", false, false));
      } else {
        i++;
        out.add(new Word(start, i, String.valueOf(c), false, false));
      }
    }
    return out;
  }
}
