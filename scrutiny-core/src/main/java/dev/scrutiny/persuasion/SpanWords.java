package dev.scrutiny.persuasion;

import dev.scrutiny.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * How often a word lies inside the passages annotators marked as a technique: for each word-level technique
 * (loaded language, name calling, exaggeration, slogans, flag-waving, repetition) and word, the word's
 * occurrences inside such spans of the SemEval-2023 training articles against all its occurrences there
 * ({@code scrutiny train span-words} counts them). {@link PersuasionAnalyzer}, under its precision rule, shows a
 * highlight the model's words chose only when it is {@linkplain #believable believable}: one of its words
 * reaches the table's threshold ("suicidal" lies inside loaded-language spans often, "country" and "tourist"
 * almost never, however strongly the paragraph's model leans on them). The technique's own cue phrases of the
 * lexicon are not judged.
 *
 * <p>The rate is {@code inside / (all + 2)}, so that a word seen once is not certain. The threshold ships in the
 * table, chosen by cross-validation (the smallest whose word-level highlights overlap an annotated span at least
 * half the time).
 * Immutable and thread-safe; {@link #forLanguage} loads each shipped table once.
 */
public final class SpanWords {

  /** The techniques highlighted word by word, which a table judges. */
  public static final Set<Technique> TECHNIQUES = java.util.Collections.unmodifiableSet(EnumSet.of(
      Technique.LOADED_LANGUAGE, Technique.NAME_CALLING_LABELING, Technique.EXAGGERATION_MINIMISATION,
      Technique.SLOGANS, Technique.FLAG_WAVING, Technique.REPETITION));

  /** Resource of the shipped table for a language: {@code span-words-<lang>.tsv} beside the models. */
  static final String RESOURCE = "/dev/scrutiny/persuasion/span-words-%s.tsv";

  private static final Map<String, SpanWords> SHIPPED = new ConcurrentHashMap<>();
  private static final SpanWords NONE = new SpanWords(new EnumMap<>(Technique.class), 0);

  private final Map<Technique, Map<String, int[]>> counts;
  private final double threshold;

  private SpanWords(Map<Technique, Map<String, int[]>> counts, double threshold) {
    this.counts = counts;
    this.threshold = threshold;
  }

  /**
   * The shipped table for {@code language}, or one that finds every highlight believable where none ships (a
   * language without span annotations keeps the model's own choice).
   *
   * @throws UncheckedIOException when a shipped table cannot be read
   */
  public static SpanWords forLanguage(@Nullable String language) {
    String lang = language == null ? "en" : language;
    return SHIPPED.computeIfAbsent(lang, l -> {
      try (InputStream in = SpanWords.class.getResourceAsStream(String.format(Locale.ROOT, RESOURCE, l))) {
        return in == null ? NONE : read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the span words of language " + l, e);
      }
    });
  }

  /** A table from counts: per technique, word (a token's {@code norm}) to {inside, all}. */
  public static SpanWords of(Map<Technique, Map<String, int[]>> counts, double threshold) {
    Map<Technique, Map<String, int[]>> copy = new EnumMap<>(Technique.class);
    counts.forEach((t, m) -> copy.put(t, Map.copyOf(m)));
    return new SpanWords(copy, threshold);
  }

  /** The same counts with another threshold (for choosing one). */
  public SpanWords withThreshold(double t) {
    return new SpanWords(counts, t);
  }

  /** The threshold a highlight's best word must reach. */
  public double threshold() {
    return threshold;
  }

  /** Whether this table judges {@code t} at all (techniques without counts keep every highlight). */
  boolean covers(Technique t) {
    return counts.containsKey(t);
  }

  /** How often {@code word} (a token's norm) lies inside spans of {@code t}: inside / (all + 2); 0 when unseen. */
  public double rate(Technique t, String word) {
    int[] c = counts.getOrDefault(t, Map.of()).get(word);
    return c == null ? 0 : c[0] / (c[1] + 2.0);
  }

  /** Whether a highlight of {@code t} over {@code words} is believable: one of them reaches the threshold. */
  public boolean believable(Technique t, List<Token> words) {
    if (!covers(t)) {
      return true;
    }
    for (Token w : words) {
      if (w.isWord() && rate(t, w.norm()) >= threshold) {
        return true;
      }
    }
    return false;
  }

  /** Reads a table written by {@link #write}. @throws IOException naming the line that is not one */
  public static SpanWords read(Reader reader) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    Map<Technique, Map<String, int[]>> counts = new EnumMap<>(Technique.class);
    double threshold = 0;
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.startsWith("# threshold ")) {
        threshold = Double.parseDouble(line.substring("# threshold ".length()).strip());
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] p = line.split("\t");
      try {
        counts.computeIfAbsent(Technique.fromOfficial(p[0]), k -> new HashMap<>())
            .put(p[1], new int[] {Integer.parseInt(p[2]), Integer.parseInt(p[3])});
      } catch (RuntimeException e) {
        throw new IOException("span words line " + n + ": expected technique, word, inside, all; got '" + line + "'",
            e);
      }
    }
    return of(counts, threshold);
  }

  /** Writes the table: a comment line per note, the threshold, then one line per technique and word, sorted. */
  public void write(Writer out, List<String> notes) throws IOException {
    for (String note : notes) {
      out.write("# " + note + "\n");
    }
    out.write(String.format(Locale.ROOT, "# threshold %s%n", threshold));
    for (Map.Entry<Technique, Map<String, int[]>> e : counts.entrySet()) {
      for (String w : e.getValue().keySet().stream().sorted().toList()) {
        int[] c = e.getValue().get(w);
        out.write(e.getKey().official() + "\t" + w + "\t" + c[0] + "\t" + c[1] + "\n");
      }
    }
  }
}
