package dev.scrutiny.checks;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Three key aspects" followed by a different number of items: a list after a colon, or sentences opening
 * with "First", "Second", … ("Finally" counting as one more).
 */
final class EnumerationChecker implements Checker {

  private static final Pattern ANNOUNCE = Pattern.compile(
      "\\b(two|three|four|five|six|seven|eight|nine|ten)\\s+(?:[\\p{L}-]+\\s+){0,2}?(aspects|points|reasons|things|"
          + "priorities|goals|tasks|questions|steps|factors|elements|areas|conditions|demands|principles|issues|"
          + "directions|components|pillars|objectives|lessons|ways|proposals|messages|challenges|stages|measures)\\b"
          + "(?!\\s+(?:of|that|which|who|in|for)\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern OPENER = Pattern.compile(
      "^(?:[\"“]?)(?:And\\s+|But\\s+)?(?:the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
          + "finally|lastly|last)(?:ly)?\\b[,:]?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s");
  /** A short "to …" complement that ends the announcing sentence or leads to its colon: "three keys to victory:". */
  private static final Pattern TO_COMPLEMENT = Pattern.compile("^to\\s+(?:[\\p{L}\\p{M}'’-]+\\s*){1,5}(?=[.!:]|$)",
      Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "enumeration";
  }

  @Override
  public List<Check> check(CheckContext c) {
    List<Check> out = new ArrayList<>();
    for (int i = 0; i < c.sentences.size(); i++) {
      Sentence s = c.sentences.get(i);
      String st = c.sentence(s);
      Matcher m = ANNOUNCE.matcher(st);
      while (m.find()) {
        int n = Texts.cardinal(m.group(1));
        int found;
        String how;
        String afterColon = st.substring(m.end()).stripLeading();
        Matcher to = TO_COMPLEMENT.matcher(afterColon);
        if (to.find()) {
          afterColon = afterColon.substring(to.end()).stripLeading(); // "three key aspects to its strategy. First, …"
        }
        int inline = inlineOrdinals(afterColon);
        if (inline >= 2 && (afterColon.startsWith(":") || afterColon.startsWith(",") || afterColon.startsWith("—"))) {
          found = inline;  // "three demands: first …, second …" counts its ordinals, not its commas
          if (found < n) {
            found = openers(c, i + 1, found + 1, found);  // "… second …. Third, …" goes on in the next sentences
          }
          how = "the items numbered after it are " + found;
        } else if (afterColon.startsWith(":")) {
          found = listItems(afterColon.substring(1));
          how = "the list after the colon has " + found;
          if (found == 1 && i + 1 < c.sentences.size()) {
            found = openers(c, i + 1);  // "two things: First, …" continues in the next sentences
            how = "the items that follow number " + found;
          }
        } else if (afterColon.isEmpty() || afterColon.matches("^[.!]$")) {
          found = openers(c, i + 1);
          how = "the items that follow number " + found;
        } else {
          continue;
        }
        if (found >= 2 && found != n) {
          int a = s.start() + m.start();
          int b = s.start() + m.end();
          out.add(new Check(a, b, CheckKind.ENUMERATION, Severity.WARNING,
              "'" + m.group() + "' announces " + n + ", but " + how + ".",
              new Evidence(List.of(), new Span(a, b), m.group(), found + " items")));
        }
      }
    }
    return out;
  }

  private static final Pattern INLINE_ORDINAL = Pattern.compile(
      "(?:^|[,;:—]\\s*)(?:and\\s+|or\\s+)?(?:the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
          + "finally|lastly)(?:ly)?\\b(?!\\s+(?:of|time|place|day|week|month|year|half|quarter)\\b)",
      Pattern.CASE_INSENSITIVE);

  /**
   * Items of a list whose items open with "first", "second", … ("finally" counting as one more) after the
   * announcement; 0 unless they start at one and run in order.
   */
  static int inlineOrdinals(String rest) {
    Matcher m = INLINE_ORDINAL.matcher(rest.strip().replaceAll("^[:,—]\\s*", ""));
    int expect = 1;
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      if (w.equals("finally") || w.equals("lastly")) {
        return expect == 1 ? 0 : expect;
      }
      int o = Texts.ordinal(w);
      if (o == expect) {
        expect++;
      } else if (expect == 1) {
        return 0;
      }
    }
    return expect - 1;
  }

  /** Items of "a, b and c" or "a; b; c", or 0. */
  static int listItems(String list) {
    String l = list.strip().replaceAll("[.!]+$", "");
    if (l.isEmpty()) {
      return 0;
    }
    if (l.contains(";")) {
      List<String> items = java.util.Arrays.stream(l.split(";")).filter(x -> !x.isBlank()).toList();
      return items.stream().anyMatch(x -> x.strip().split("\\s+").length > 12) ? 0 : items.size();
    }
    String[] commas = l.split(",");
    if (commas.length == 0 || l.matches("^\\d.*")) {
      return 0;  // "three stages: 344 at … and 156 at …" breaks down a figure, it does not list the stages
    }
    for (String item : l.split(",|\\s(?:and|or)\\s")) {
      if (item.strip().split("\\s+").length > 6) {
        return 0;  // clauses, not list items: commas inside them make any count unreliable
      }
    }
    int count = commas.length;
    String last = commas[commas.length - 1].strip();
    if (commas.length > 1 && last.matches("(?i)^(and|or)\\b.*")) {
      return count;
    }
    if (last.matches("(?i).*\\s(and|or)\\s.*")) {
      count++;
    }
    return count;
  }

  /** Consecutive sentences from {@code from} opening with First, Second, …, or 1., 2., …; 0 if none. */
  private static int openers(CheckContext c, int from) {
    return openers(c, from, 1, 0);
  }

  /** As {@link #openers(CheckContext, int)}, continuing a count of {@code count} items whose next is {@code expect}. */
  private static int openers(CheckContext c, int from, int expect, int count) {
    int given = count;
    int lastHit = from - 1;
    for (int i = from; i < c.sentences.size() && i - lastHit <= (count == given ? 3 : 8); i++) {
      String st = c.sentence(c.sentences.get(i));
      Matcher m = OPENER.matcher(st);
      Matcher num = NUMBERED.matcher(st);
      if (m.find()) {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.equals("finally") || w.equals("lastly") || w.equals("last")) {
          return count == 0 ? 0 : count + 1;  // a continued count also takes "Finally" as its last item
        }
        int o = Texts.ordinal(w);
        if (o == expect) {
          count++;
          expect++;
          lastHit = i;
        } else if (o > expect) {
          return count;
        }
      } else if (num.find() && Integer.parseInt(num.group(1)) == expect) {
        count++;
        expect++;
        lastHit = i;
      }
    }
    return count;
  }
}
