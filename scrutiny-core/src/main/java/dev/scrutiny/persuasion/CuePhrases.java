package dev.scrutiny.persuasion;

import dev.scrutiny.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue phrases of each technique that a reader recognises: the {@code lexicon.txt} phrases of the
 * technique's category ("regime" for name calling, "catastrophic" for loaded language, "everyone knows" for
 * appeal to popularity, "end of story" for conversation killer), with "either" counting for a false dilemma
 * only when an "or" follows in the same sentence, and with the function words of the intensifier list
 * ("all", "most", "ever", "never", "very") never a cue alone. Stateless and thread-safe.
 *
 * <p>The technique model's precision rule ({@link LinearModel#cueThreshold}) lets a technique fire at a lower
 * score where one of its cue phrases is present, which makes rarely predicted techniques reachable; the
 * highlight of a word-level technique is its cue phrase.
 */
final class CuePhrases {

  private CuePhrases() {}

  /** One cue: words {@code [from, to)} of the word list given, and the lexicon category that named it. */
  record Cue(int from, int to, String category) {}

  private static final Map<Technique, Set<String>> CATEGORIES = new EnumMap<>(Technique.class);

  static {
    CATEGORIES.put(Technique.LOADED_LANGUAGE, Set.of("loaded"));
    CATEGORIES.put(Technique.NAME_CALLING_LABELING, Set.of("label", "so_called"));
    CATEGORIES.put(Technique.EXAGGERATION_MINIMISATION, Set.of("intensifier", "minimise"));
    CATEGORIES.put(Technique.APPEAL_TO_FEAR_PREJUDICE, Set.of("fear"));
    CATEGORIES.put(Technique.FLAG_WAVING, Set.of("flag"));
    CATEGORIES.put(Technique.DOUBT, Set.of("doubt", "so_called"));
    CATEGORIES.put(Technique.APPEAL_TO_AUTHORITY, Set.of("authority"));
    CATEGORIES.put(Technique.CAUSAL_OVERSIMPLIFICATION, Set.of("causal"));
    CATEGORIES.put(Technique.CONSEQUENTIAL_OVERSIMPLIFICATION, Set.of("consequence"));
    CATEGORIES.put(Technique.GUILT_BY_ASSOCIATION, Set.of("association"));
    CATEGORIES.put(Technique.APPEAL_TO_HYPOCRISY, Set.of("hypocrisy"));
    CATEGORIES.put(Technique.APPEAL_TO_POPULARITY, Set.of("popularity"));
    CATEGORIES.put(Technique.FALSE_DILEMMA_NO_CHOICE, Set.of("dilemma"));
    CATEGORIES.put(Technique.CONVERSATION_KILLER, Set.of("killer"));
    CATEGORIES.put(Technique.RED_HERRING, Set.of("redherring"));
    CATEGORIES.put(Technique.STRAW_MAN, Set.of("strawman"));
    CATEGORIES.put(Technique.WHATABOUTISM, Set.of("whatabout"));
    CATEGORIES.put(Technique.SLOGANS, Set.of("slogan"));
    CATEGORIES.put(Technique.APPEAL_TO_TIME, Set.of("time"));
    CATEGORIES.put(Technique.APPEAL_TO_VALUES, Set.of("values"));
    CATEGORIES.put(Technique.OBFUSCATION_VAGUENESS_CONFUSION, Set.of("vague"));
  }

  /** Single words that are too common to be a cue by themselves, whatever lexicon category lists them. */
  static final Set<String> NEVER_ALONE = Set.of("all", "every", "most", "ever", "never", "always", "very", "nothing",
      "nobody", "everyone", "either", "period", "stop", "today", "poll", "polls", "widely", "the public", "attack",
      "lie", "plot", "best", "totally", "completely", "entirely", "truly", "alleged", "preach", "meanwhile",
      "at the same time", "the only", "elite", "liberal", "liberals", "socialist", "mob", "explosive", "terror");

  /**
   * Slogans that open with a call and name their object after it ("Glory to Ukraine", "Слава Україні", "We stand
   * with Kharkiv"): their cue takes the following words up to punctuation, at most {@link #SLOGAN_OBJECT} of them.
   */
  static final Set<String> SLOGAN_OPENERS = Set.of("glory to", "слава", "stand with");

  /** The most words a slogan opener's cue takes after it. */
  static final int SLOGAN_OBJECT = 4;

  /** The cue phrases of {@code t} among {@code words}, left to right. */
  static List<Cue> find(List<Token> words, Technique t) {
    return find(words, Lexicon.standard().find(words), t);
  }

  static List<Cue> find(List<Token> words, List<Lexicon.Hit> hits, Technique t) {
    Set<String> categories = CATEGORIES.get(t);
    List<Cue> out = new ArrayList<>();
    if (categories == null) {
      return out;
    }
    for (Lexicon.Hit h : hits) {
      if (!categories.contains(h.category())) {
        continue;
      }
      String phrase = phrase(words, h.from(), h.to());
      if (t == Technique.FALSE_DILEMMA_NO_CHOICE && phrase.equals("either")) {
        int or = orAfter(words, h.from());
        if (or > 0) {
          out.add(new Cue(h.from(), or + 1, h.category()));
        }
        continue;
      }
      if (t == Technique.CONVERSATION_KILLER && phrase.equals("period") && h.to() < words.size()
          && (TextLayers.form(words.get(h.to())).equals(".") || TextLayers.form(words.get(h.to())).equals("!"))) {
        out.add(new Cue(h.from(), h.to(), h.category()));
        continue;
      }
      if (t == Technique.SLOGANS && SLOGAN_OPENERS.contains(phrase)) {
        out.add(new Cue(h.from(), sloganEnd(words, h.to()), h.category()));
      } else if (!NEVER_ALONE.contains(phrase)) {
        out.add(new Cue(h.from(), h.to(), h.category()));
      }
    }
    return out;
  }

  /** The end of a slogan whose opener ends at {@code from}: the words up to punctuation, at most {@link #SLOGAN_OBJECT}. */
  private static int sloganEnd(List<Token> words, int from) {
    int end = from;
    while (end < words.size() && end < from + SLOGAN_OBJECT) {
      String f = TextLayers.form(words.get(end));
      if (f.isEmpty() || !Character.isLetterOrDigit(f.codePointAt(0))) {
        break;
      }
      end++;
    }
    return end;
  }

  /** The index of the "or" that answers "either" at {@code at} within the same sentence, or -1. */
  private static int orAfter(List<Token> words, int at) {
    for (int i = at + 1; i < words.size() && i <= at + 25; i++) {
      String w = TextLayers.form(words.get(i));
      if (w.equals("or")) {
        return i > at + 1 ? i : -1;
      }
      if (w.equals(".") || w.equals("?") || w.equals("!") || w.equals(";")) {
        return -1;
      }
    }
    return -1;
  }

  /** The feature forms of words {@code [from, to)} joined by spaces. */
  static String phrase(List<Token> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(TextLayers.form(words.get(i)));
    }
    return sb.toString();
  }

  /** Which techniques have a cue phrase among {@code words}, as a flag per label of {@code labels}. */
  static boolean[] present(List<Token> words, String[] labels) {
    List<Lexicon.Hit> hits = Lexicon.standard().find(words);
    boolean[] out = new boolean[labels.length];
    for (int l = 0; l < labels.length; l++) {
      out[l] = !find(words, hits, Technique.fromOfficial(labels[l])).isEmpty();
    }
    return out;
  }

  /** A reader-facing name of a lexicon category: "loaded term", "label", "appeal to popularity". */
  static String describe(String category) {
    return switch (category) {
      case "loaded" -> "loaded term";
      case "label" -> "label";
      case "so_called" -> "distancing label";
      case "intensifier" -> "intensifier";
      case "minimise" -> "minimising word";
      case "fear" -> "fear word";
      case "flag" -> "flag-waving phrase";
      case "doubt" -> "doubt phrase";
      case "authority" -> "appeal to authority";
      case "causal" -> "causal phrase";
      case "consequence" -> "slippery-slope phrase";
      case "association" -> "guilt-by-association phrase";
      case "hypocrisy" -> "hypocrisy charge";
      case "popularity" -> "appeal to popularity";
      case "dilemma" -> "either-or choice";
      case "killer" -> "conversation killer";
      case "redherring" -> "change of subject";
      case "strawman" -> "restated opponent";
      case "whatabout" -> "whataboutism phrase";
      case "slogan" -> "slogan";
      case "time" -> "urgency phrase";
      case "values" -> "values phrase";
      case "vague" -> "vague phrase";
      default -> category.replace('_', ' ');
    };
  }
}
