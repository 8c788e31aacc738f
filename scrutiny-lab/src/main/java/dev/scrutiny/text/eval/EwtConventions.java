package dev.scrutiny.text.eval;

import dev.scrutiny.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-cuts Scrutiny's tokens the way UD English EWT does where the two differ by design, to tell
 * convention from error in {@link SegmentationEval}: a hyphen between letters becomes its own token
 * ({@code long-term} → {@code long - term}), and a number gives up its percent sign or glued unit
 * ({@code 17.1%} → {@code 17.1 %}, {@code 50km} → {@code 50 km}; ordinals and decades such as
 * {@code 3rd}, {@code 1990s} stay whole).
 */
public final class EwtConventions {

  private EwtConventions() {}

  /** The EWT-style cut of {@code tokens} over {@code text}. */
  public static List<Span> adapt(String text, List<Span> tokens) {
    List<Span> out = new ArrayList<>(tokens.size());
    for (Span t : tokens) {
      int s = t.start();
      int e = t.end();
      char first = text.charAt(s);
      if (Character.isDigit(first) || ((first == '-' || first == '+') && e - s > 1)) {
        int d = s + 1;
        while (d < e && (Character.isDigit(text.charAt(d)) || ".,:".indexOf(text.charAt(d)) >= 0)) {
          d++;
        }
        String rest = text.substring(d, e);
        if (d < e && (rest.equals("%") || (isLetters(rest) && !isOrdinalOrDecade(rest)))) {
          out.add(new Span(s, d));
          out.add(new Span(d, e));
          continue;
        }
        out.add(t);
        continue;
      }
      if (Character.isLetter(first) && isLettersAndHyphens(text, s, e)) {
        int from = s;
        for (int i = s + 1; i < e - 1; i++) {
          if (text.charAt(i) == '-' && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
            out.add(new Span(from, i));
            out.add(new Span(i, i + 1));
            from = i + 1;
          }
        }
        out.add(new Span(from, e));
        continue;
      }
      out.add(t);
    }
    return out;
  }

  private static boolean isLettersAndHyphens(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean isOrdinalOrDecade(String s) {
    return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th") || s.equals("s");
  }
}
