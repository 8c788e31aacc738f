package dev.scrutiny.markers;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.places.Place;
import dev.scrutiny.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marker counts over a corpus: term matches per side and the most frequent terms, a sanity check that a
 * lexicon separates sources (Kremlin releases should lean pro-Kremlin). Uses the sentence and place layers
 * when an analysis has them, else splits sentences at end punctuation and marks no toponyms.
 *
 * @param articles articles counted
 * @param words    word tokens in them
 * @param sides    term matches per side
 * @param terms    matches per term, most frequent first
 */
public record MarkerTally(int articles, long words, Map<Side, Integer> sides, List<MarkerSummary.TermCount> terms) {

  private static final Pattern SENTENCE = Pattern.compile("[^\\s][^.!?]*(?:[.!?]+|$)");

  public MarkerTally {
    sides = Map.copyOf(sides);
    terms = List.copyOf(terms);
  }

  /** Counts markers in {@code articles} with {@code analyzer}. */
  public static MarkerTally of(List<Article> articles, MarkerAnalyzer analyzer) {
    Map<Side, Integer> sides = new EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      sides.put(s, 0);
    }
    Map<String, MarkerSummary.TermCount> terms = new HashMap<>();
    long words = 0;
    for (Article article : articles) {
      String text = article.text();
      List<Sentence> sentences = new ArrayList<>();
      Matcher m = SENTENCE.matcher(text);
      while (m.find()) {
        int e = m.end();
        while (e > m.start() && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e > m.start()) {
          sentences.add(new Sentence(m.start(), e));
        }
      }
      Analysis a = Analysis.of(article).with(new Layer<>(Sentence.LAYER, "tally", sentences, text.length()), 0)
          .with(new Layer<>(Place.LAYER, "tally", List.of(), text.length()), 0);
      words += Lemmatizer.words(text).size();
      for (Marker marker : analyzer.analyze(a)) {
        if (marker instanceof MarkerSummary s) {
          s.sides().forEach((k, v) -> sides.merge(k, v, Integer::sum));
          for (MarkerSummary.TermCount t : s.terms()) {
            terms.merge(t.term(), t, (x, y) -> new MarkerSummary.TermCount(x.term(), x.category(), x.side(),
                x.count() + y.count()));
          }
        }
      }
    }
    List<MarkerSummary.TermCount> sorted = new ArrayList<>(terms.values());
    sorted.sort(Comparator.comparingInt(MarkerSummary.TermCount::count).reversed()
        .thenComparing(MarkerSummary.TermCount::term));
    return new MarkerTally(articles.size(), words, sides, sorted);
  }
}
