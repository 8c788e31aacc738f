package dev.scrutiny.persuasion;

import dev.scrutiny.ingest.TsvTable;
import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hand-written cue lexicon ({@code lexicon.txt}): phrases grouped in categories such as
 * {@code label}, {@code loaded} or {@code doubt}, matched on the feature forms ({@link TextLayers#form}) of token sequences. Immutable.
 */
final class Lexicon {

  /** One phrase found in a word list: words {@code [from, to)} match a phrase of {@code category}. */
  record Hit(int from, int to, String category) {}

  private record Phrase(String[] words, String category) {}

  private final Map<String, List<Phrase>> byFirstWord;

  private Lexicon(Map<String, List<Phrase>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  static Lexicon standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Lexicon STANDARD = load();
  }

  private static Lexicon load() {
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource dev/scrutiny/persuasion/lexicon.txt missing from the build");
      }
      Map<String, List<Phrase>> map = new HashMap<>();
      for (TsvTable.Row r : TsvTable.read("dev/scrutiny/persuasion/lexicon.txt",
          new InputStreamReader(in, StandardCharsets.UTF_8), List.of("category", "phrase"))) {
        String category = r.required(0);
        List<String> words = new ArrayList<>();
        String phrase = r.required(1).toLowerCase(Locale.ROOT);
        for (Token w : Segmenter.tokens(phrase)) {
          words.add(TextLayers.form(w));
        }
        if (!words.isEmpty()) {
          map.computeIfAbsent(words.get(0), k -> new ArrayList<>())
              .add(new Phrase(words.toArray(String[]::new), category));
        }
      }
      return new Lexicon(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev/scrutiny/persuasion/lexicon.txt", e);
    }
  }

  /** Every phrase occurrence in {@code tokens}, left to right (overlaps allowed). */
  List<Hit> find(List<Token> tokens) {
    List<String> words = tokens.stream().map(TextLayers::form).toList();
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      List<Phrase> candidates = byFirstWord.get(words.get(i));
      if (candidates == null) {
        continue;
      }
      for (Phrase p : candidates) {
        int n = p.words.length;
        if (i + n > words.size()) {
          continue;
        }
        boolean ok = true;
        for (int k = 1; k < n && ok; k++) {
          ok = words.get(i + k).equals(p.words[k]);
        }
        if (ok) {
          hits.add(new Hit(i, i + n, p.category));
        }
      }
    }
    return hits;
  }
}
