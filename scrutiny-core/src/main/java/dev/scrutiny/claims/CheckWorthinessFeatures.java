package dev.scrutiny.claims;

import dev.scrutiny.lang.en.English;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hashed features {@link CheckWorthiness} scores, read from a sentence's shared tokens: each word
 * and number (numbers as {@code <year>} or {@code <numN>} by their digit count) and each bigram, plus
 * counts of numbers, capitalised words and length, and flags for superlatives, causal words, years,
 * month names and a number next to a name. A clitic is read with its word ({@code don't}), a percentage
 * as a number and {@code %}, and punctuation other than {@code ? ! % $ € £} is left out. Repeats are
 * kept (they are counts).
 */
final class CheckWorthinessFeatures {

  /** Marks read as words besides words and numbers: other punctuation is left out. */
  private static final Set<String> MARKS = Set.of("%", "$", "€", "£", "?", "!");
  private static final Set<String> SUPERLATIVE = Set.of("most", "least", "biggest", "largest", "highest",
      "lowest", "worst", "best", "first", "last", "only", "record", "never", "ever", "fastest", "deadliest",
      "greatest", "smallest", "longest", "heaviest", "strongest", "unprecedented");
  private static final Set<String> CAUSAL = Set.of("because", "caused", "causes", "due", "result", "led",
      "leads", "since", "therefore", "thanks", "increase", "increased", "decrease", "decreased", "cut",
      "rose", "fell", "doubled", "tripled", "percent", "million", "billion", "trillion", "thousand");

  /** A year, alone or opening an ISO date ({@code 2023}, {@code 2023-04-05}). */
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d(-\\d\\d(-\\d\\d)?)?");

  private final List<String> feats = new ArrayList<>();
  private int numbers;
  private int caps;
  private int words;
  private boolean superlative;
  private boolean causal;
  private boolean year;
  private boolean month;

  private CheckWorthinessFeatures() {}

  /** Hashed feature indices in {@code [0, 2^bits)} of the words among {@code tokens}. */
  static int[] of(List<Token> tokens, int bits) {
    CheckWorthinessFeatures f = new CheckWorthinessFeatures();
    String prev = "<s>";
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isWord() || t.kind() == TokenKind.NUMBER || MARKS.contains(t.norm())) {
        String norm = f.read(t);
        for (; i + 1 < tokens.size() && clitic(t, tokens.get(i + 1)); i++) {
          norm += tokens.get(i + 1).norm(); // "Russia's", "don't": a clitic is read with its word
        }
        prev = f.add(prev, norm);
        if (t.kind() == TokenKind.NUMBER && t.norm().endsWith("%")) {
          prev = f.add(prev, "%"); // "12%" reads as "12 %", the way "12 per cent" reads as two words
        }
      }
    }
    f.feats.add("b=" + prev + "_</s>");
    f.addSentenceFeatures();
    int[] out = new int[f.feats.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = index(f.feats.get(i), bits);
    }
    return out;
  }

  /** The hashed index of one feature ({@code w=ceasefire}, {@code b=<s>_russia}, {@code month}). */
  static int index(String feature, int bits) {
    return mix(feature.hashCode()) & ((1 << bits) - 1);
  }

  /** Whether {@code next} is a clitic ({@code 's}, {@code n't}) written against the word {@code t}. */
  private static boolean clitic(Token t, Token next) {
    return t.isWord() && next.isWord() && next.start() == t.end()
        && (next.norm().startsWith("'") || next.norm().equals("n't"));
  }

  /** Adds the word and bigram features of {@code norm} after {@code prev}; returns {@code norm}. */
  private String add(String prev, String norm) {
    words++;
    feats.add("w=" + norm);
    feats.add("b=" + prev + "_" + norm);
    return norm;
  }

  /** Counts and flags one word; returns the form its word and bigram features use. */
  private String read(Token t) {
    String norm = t.norm();
    boolean capitalised = words > 0 && Character.isUpperCase(t.text().charAt(0));
    if (t.kind() == TokenKind.NUMBER) {
      numbers++;
      if (YEAR.matcher(norm).matches()) {
        year = true;
        return "<year>";
      }
      return "<num" + Math.min(norm.replaceAll("[^0-9]", "").length(), 4) + ">";
    }
    if (capitalised && !norm.equals("i")) {
      caps++;
    }
    superlative |= SUPERLATIVE.contains(norm) || norm.endsWith("est") && norm.length() > 6;
    causal |= CAUSAL.contains(norm);
    month |= capitalised && English.monthName(norm) > 0;
    return norm;
  }

  private void addSentenceFeatures() {
    feats.add("numbers=" + Math.min(numbers, 3));
    feats.add("caps=" + Math.min(caps, 4));
    feats.add("len=" + Math.min(words / 5, 8));
    addIf(superlative, "superlative");
    addIf(causal, "causal");
    addIf(year, "year");
    addIf(month, "month");
    addIf(numbers > 0 && caps > 0, "number+name");
  }

  private void addIf(boolean on, String feature) {
    if (on) {
      feats.add(feature);
    }
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
