package dev.scrutiny.persuasion;

import dev.scrutiny.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a reader is shown of a technique found in a sentence: the passage to highlight when the technique's
 * cue is a content word or phrase of the model ("the occupiers"), never a lone function word or discourse
 * adverb ("a", "who", "overall", "indeed", "never"), and the evidence in the text's own words
 * ({@code lexicon: loaded term "regime"}, {@code word "shameless"}, {@code question mark}) instead of internal
 * feature names. Stateless.
 */
final class Highlights {

  private Highlights() {}

  private static final Set<String> STOP = Set.of("the", "and", "a", "an", "of", "to", "in", "on", "for", "is", "are",
      "was", "were", "be", "it", "its", "that", "this", "with", "as", "at", "by", "or", "but", "from", "their", "they",
      "he", "she", "his", "her", "we", "i", "you", "not", "have", "has", "had", "will", "would", "who", "which",
      "there", "these", "those", "them", "him", "our", "us", "my", "me", "your", "been", "being", "do", "does", "did",
      "can", "could", "should", "may", "might", "must", "shall", "what", "when", "where", "why", "how", "than", "then",
      "if", "into", "about", "after", "before", "over", "under", "up", "down", "out", "off", "no", "nor", "so", "such",
      "said", "says", "say", "told", "also", "one", "two", "other", "some", "any", "each", "own", "same", "while",
      "during", "against", "between", "through", "because", "until", "since", "both", "few", "more", "many", "much",
      // Russian function words
      "и", "в", "во", "не", "на", "под", "что", "с", "со", "как", "а", "но", "по", "к", "из", "у", "за", "от", "о",
      "об", "это", "все", "всё", "он", "она", "они", "мы", "вы", "я", "его", "её", "их", "же", "бы", "ли", "то", "так",
      "для", "до", "при", "уже", "ещё", "только", "было", "был", "были", "быть", "есть", "который", "которые",
      "этот", "эти", "также", "тоже", "когда", "где", "если", "заявил", "сказал");

  /** Discourse adverbs and connectives: they organise a text and persuade nobody when highlighted alone. */
  private static final Set<String> DISCOURSE = Set.of("overall", "indeed", "finally", "never", "always", "ever",
      "however", "still", "even", "just", "only", "already", "yet", "now", "thus", "therefore", "moreover",
      "furthermore", "meanwhile", "actually", "really", "simply", "clearly", "certainly", "perhaps", "maybe",
      "again", "very", "too", "well", "instead", "though", "although", "whether", "today", "yesterday", "tomorrow",
      "last", "next", "first", "second", "new", "according", "including", "like", "around", "all", "most", "every",
      "nothing", "anything", "something", "everything", "here", "of course", "course", "let", "get", "got", "make",
      "made", "know", "think", "see", "people", "time", "year", "years", "day", "week", "way", "thing", "things");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "their", "our");

  /** Whether a word is one a reader could see as carrying the technique: a lower-case content word. */
  static boolean content(String text, Token w) {
    return w.isWord() && TextLayers.form(w).length() >= 3 && !STOP.contains(TextLayers.form(w)) && !DISCOURSE.contains(TextLayers.form(w))
        && !CuePhrases.NEVER_ALONE.contains(TextLayers.form(w)) && !Character.isUpperCase(text.charAt(w.start()));
  }

  /**
   * The first occurrence among {@code words} of the strongest word or phrase feature made of content words
   * (a phrase may open with a determiner: "the regime", "this propaganda"; "cameras in" is no cue), or null when
   * the model's cues hold none.
   */
  static int @Nullable [] contentSpan(String text, List<Token> words, List<String> features) {
    List<int[]> all = contentSpans(text, words, features);
    return all.isEmpty() ? null : all.get(0);
  }

  /** As {@link #contentSpan}, every such span, strongest feature first. */
  static List<int[]> contentSpans(String text, List<Token> words, List<String> features) {
    List<int[]> found = new ArrayList<>();
    for (String f : features) {
      char kind = f.charAt(0);
      if (kind != 'w' && kind != 'b') {
        continue;
      }
      List<String> want = new ArrayList<>();
      for (String p : f.substring(2).split(" ")) {
        if (!p.equals("<s>")) {
          want.add(p);
        }
      }
      for (int i = 0; i + want.size() <= words.size(); i++) {
        boolean ok = true;
        for (int k = 0; k < want.size() && ok; k++) {
          ok = TextLayers.form(words.get(i + k)).equals(want.get(k));
        }
        if (!ok) {
          continue;
        }
        boolean anyContent = false;
        boolean allWords = true;
        boolean dangling = false; // "cameras in", "will call": a function word that is not a leading determiner
        for (int k = 0; k < want.size(); k++) {
          Token w = words.get(i + k);
          anyContent |= content(text, w);
          allWords &= w.isWord();
          dangling |= !content(text, w) && !(k == 0 && want.size() > 1 && DETERMINERS.contains(TextLayers.form(w)));
        }
        if (anyContent && allWords && !dangling) {
          found.add(new int[] {words.get(i).start(), words.get(i + want.size() - 1).end()});
        }
        break; // the first occurrence decides: this feature's words are a cue there or not at all
      }
    }
    return found;
  }

  /**
   * Reader-facing evidence, strongest first: the technique's cue phrases as written
   * ({@code lexicon: loaded term "regime"}), then the model's cue features that are words of the sentence
   * (content words and phrases with one, in the text's spelling) or named marks (question mark, exclamation
   * mark, quotation marks, words in capitals). Character n-grams count as the content word that holds them.
   */
  static List<String> evidence(String text, List<Token> words, List<Lexicon.Hit> hits, List<CuePhrases.Cue> cues,
      List<String> features, int max) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (CuePhrases.Cue c : cues) {
      out.add("lexicon: " + CuePhrases.describe(c.category()) + " \"" + span(text, words, c.from(), c.to()) + "\"");
    }
    for (String f : features) {
      if (out.size() >= max) {
        break;
      }
      String shown = evidenceOf(text, words, hits, f);
      if (shown != null) {
        out.add(shown);
      }
    }
    return out.stream().limit(max).toList();
  }

  /**
   * {@code evidence} led by the item naming the highlighted words (a lexicon entry quoting them, else
   * {@code word "…"} or {@code phrase "…"}), at most {@code max}.
   */
  static List<String> leading(String shown, List<String> evidence, int max) {
    String quoted = "\"" + shown + "\"";
    String lead = evidence.stream().filter(e -> e.endsWith(quoted)).findFirst()
        .orElse((shown.chars().anyMatch(Character::isWhitespace) ? "phrase " : "word ") + quoted);
    List<String> out = new ArrayList<>();
    out.add(lead);
    evidence.stream().filter(e -> !e.equals(lead)).forEach(out::add);
    return out.stream().limit(max).toList();
  }

  /** What a reader is shown for one model feature among {@code words}, or null when it names nothing to point at. */
  private static @Nullable String evidenceOf(String text, List<Token> words, List<Lexicon.Hit> hits, String f) {
    String body = f.substring(2);
    switch (f.charAt(0)) {
      case 'x' -> {
        for (Lexicon.Hit h : hits) {
          String phrase = CuePhrases.phrase(words, h.from(), h.to());
          if (h.category().equals(body) && !CuePhrases.NEVER_ALONE.contains(phrase) && !STOP.contains(phrase)) {
            return "lexicon: " + CuePhrases.describe(body) + " \"" + span(text, words, h.from(), h.to()) + "\"";
          }
        }
        return null;
      }
      case 'w', 'b' -> {
        int[] at = contentSpan(text, words, List.of(f));
        if (at == null) {
          return null;
        }
        String shown = text.substring(at[0], at[1]);
        return (shown.chars().anyMatch(Character::isWhitespace) ? "phrase" : "word") + " \"" + shown + "\"";
      }
      case 'c' -> {
        for (Token w : words) {
          String padded = " " + TextLayers.form(w) + " ";
          if (content(text, w) && TextLayers.form(w).length() > body.strip().length() && padded.contains(body)) {
            return "word \"" + text.substring(w.start(), w.end()) + "\"";
          }
        }
        return null;
      }
      case 's' -> {
        return switch (body) {
          case "question" -> "question mark";
          case "exclamation" -> "exclamation mark";
          case "quotation" -> "quotation marks";
          case "capitals" -> "words in capitals";
          default -> null;
        };
      }
      default -> {
        return null; // length, repetition counts and position are not something a reader can point at
      }
    }
  }

  private static String span(String text, List<Token> words, int from, int to) {
    return text.substring(words.get(from).start(), words.get(to - 1).end());
  }
}
