package dev.scrutiny.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link Lexicon} a {@link NerTrainer} trains with: the hand-written name lists shipped as
 * resources, GeoNames countries, first-level regions and places of {@value #MIN_CITY_POPULATION}
 * inhabitants or more, the case ratio of each word (how often it is capitalised away from a sentence
 * start) and the {@link WordClusters}, both counted over the CoNLL training words and the unlabelled text.
 */
final class NerLexiconBuilder {

  private static final int MIN_CITY_POPULATION = 15_000;

  private final Path geonamesDir;
  private final List<Path> unlabelled;
  private final long seed;
  private final @Nullable VocabularyClusters vocabulary;

  /**
   * @param geonamesDir directory with the GeoNames files
   * @param unlabelled  files or directories of unlabelled English text (may be empty)
   * @param seed        seed of the word clustering
   * @param vocabulary  an encoder's vocabulary clusters, or null for none
   */
  NerLexiconBuilder(Path geonamesDir, List<Path> unlabelled, long seed, @Nullable VocabularyClusters vocabulary) {
    this.geonamesDir = geonamesDir;
    this.unlabelled = unlabelled;
    this.seed = seed;
    this.vocabulary = vocabulary;
  }

  /** The frozen lexicon for training on {@code train}. @throws UncheckedIOException when an input cannot be read */
  Lexicon build(List<ConllDocument> train) {
    Lexicon lex = new Lexicon();
    addHandLists(lex);
    addGeoNames(lex);
    addCaseBinsAndClusters(lex, train);
    if (vocabulary != null) {
      vocabulary.addTo(lex);
    }
    return lex.freeze();
  }

  /** The hand-written lists shipped as resources: {@code file → type bits}. */
  static final Map<String, Integer> HAND_LISTS = Map.of(
      "first-names.txt", Lexicon.FIRST_NAME,
      "persons.txt", Lexicon.PERSON,
      "organizations.txt", Lexicon.ORG,
      "norp.txt", Lexicon.NORP,
      "misc.txt", Lexicon.MISC,
      "locations.txt", Lexicon.LOC);

  private static void addHandLists(Lexicon lex) {
    for (String file : new TreeMap<>(HAND_LISTS).keySet()) {
      for (String name : HandLexicon.list(file)) {
        lex.addName(name, HAND_LISTS.get(file));
      }
    }
  }

  private void addGeoNames(Lexicon lex) {
    try {
      for (String line : Files.readAllLines(geonamesDir.resolve("countryInfo.txt"), StandardCharsets.UTF_8)) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length > 5) {
          lex.addName(c[4], Lexicon.COUNTRY | Lexicon.LOC);
          lex.addName(c[5], Lexicon.LOC);
        }
      }
      for (String line : Files.readAllLines(geonamesDir.resolve("admin1CodesASCII.txt"), StandardCharsets.UTF_8)) {
        String[] c = line.split("\t");
        if (c.length > 2) {
          addAscii(lex, c[2], Lexicon.REGION | Lexicon.LOC);
        }
      }
      try (BufferedReader r = Files.newBufferedReader(geonamesDir.resolve("cities500.txt"), StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          String[] c = line.split("\t");
          if (c.length < 15 || parseLong(c[14]) < MIN_CITY_POPULATION) {
            continue;
          }
          addAscii(lex, c[2], Lexicon.LOC);
          for (String alt : c[3].split(",")) {
            addAscii(lex, alt, Lexicon.LOC);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GeoNames files in " + geonamesDir, e);
    }
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void addAscii(Lexicon lex, String name, int type) {
    String n = name.strip();
    if (n.length() < 3 || n.length() > 40 || !Character.isUpperCase(n.charAt(0))) {
      return;
    }
    for (int i = 0; i < n.length(); i++) {
      char ch = n.charAt(i);
      if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == ' ' || ch == '-' || ch == '\'' || ch == '.')) {
        return;
      }
    }
    lex.addName(n, type);
  }

  private void addCaseBinsAndClusters(Lexicon lex, List<ConllDocument> train) {
    Map<String, int[]> counts = new HashMap<>();
    WordClusters clusters = new WordClusters();
    for (ConllDocument doc : train) {
      List<String> all = new ArrayList<>();
      for (ConllSentence s : doc.sentences()) {
        all.addAll(s.words());
        for (int i = 1; i < s.words().size(); i++) {
          count(counts, s.words().get(i));
        }
      }
      clusters.add(all);
    }
    for (Path p : unlabelled) {
      try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
        for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".ann")).sorted()
            .toList()) {
          String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
          countText(counts, text);
          clusters.add(words(text));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read unlabelled text " + p, e);
      }
    }
    clusters.build(lex, seed);
    TreeMap<String, int[]> sorted = new TreeMap<>(counts);
    for (Map.Entry<String, int[]> e : sorted.entrySet()) {
      int cap = e.getValue()[0];
      int low = e.getValue()[1];
      if (cap + low < 3) {
        continue;
      }
      double ratio = cap / (double) (cap + low);
      int bin = ratio < 0.05 ? 1 : ratio < 0.4 ? 2 : ratio < 0.7 ? 3 : ratio < 0.95 ? 4 : 5;
      lex.addCaseBin(e.getKey(), bin);
    }
  }

  private static void count(Map<String, int[]> counts, String word) {
    if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || NerFeatures.isAllCaps(word) && word.length() > 1) {
      return;
    }
    int[] c = counts.computeIfAbsent(Lexicon.lower(word), k -> new int[2]);
    c[Character.isUpperCase(word.charAt(0)) ? 0 : 1]++;
  }

  /** Words and punctuation marks of raw text, roughly as CoNLL splits them. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char ch = text.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || (text.charAt(j) == '-' || text.charAt(j) == '.')
            && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1)))) {
          j++;
        }
        out.add(text.substring(i, j));
        i = j;
      } else {
        if (!Character.isWhitespace(ch)) {
          out.add(String.valueOf(ch));
        }
        i++;
      }
    }
    return out;
  }

  /** Counts words of raw text that do not start a sentence or a line. */
  private static void countText(Map<String, int[]> counts, String text) {
    int i = 0;
    int n = text.length();
    boolean sentenceStart = true;
    while (i < n) {
      char ch = text.charAt(i);
      if (Character.isLetter(ch)) {
        int j = i;
        while (j < n && (Character.isLetter(text.charAt(j))
            || (text.charAt(j) == '\'' || text.charAt(j) == '-') && j + 1 < n && Character.isLetter(text.charAt(j + 1)))) {
          j++;
        }
        if (!sentenceStart) {
          count(counts, text.substring(i, j));
        }
        sentenceStart = false;
        i = j;
      } else {
        if (ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == '"' || ch == ':' || ch == ',' && i + 1 < n && text.charAt(i + 1) == '"') {
          sentenceStart = true;
        } else if (!Character.isWhitespace(ch) && ch != ',' && ch != ';' && ch != ')') {
          sentenceStart = ch == '(' || ch == '\u201c' || ch == '-' || ch == '\u2014';
        }
        i++;
      }
    }
  }
}
