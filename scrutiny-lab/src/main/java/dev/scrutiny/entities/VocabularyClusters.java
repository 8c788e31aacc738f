package dev.scrutiny.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words of a pre-trained encoder's vocabulary with a fine and a coarse cluster each, learned from the encoder's
 * word embeddings by {@code tools/finetune/word_clusters.py}: outside knowledge of names for the NER model
 * (all-MiniLM-L6-v2 puts "siemens" beside "bosch" and "philips", "ajax" beside "everton"), where CoNLL-2003
 * and the unlabelled text here never show them. The table ships with the trainer ({@link #bundled()}); the
 * model file keeps the words and their clusters, so the analyzer needs neither the table nor the encoder.
 *
 * <p>File format: one line per word, {@code word TAB fine TAB coarse}, words lower-cased, fine ids below
 * {@value Lexicon#VOCABULARY_FINE}, coarse ids below {@value Lexicon#VOCABULARY_COARSE}.
 */
public final class VocabularyClusters {

  static final String RESOURCE = "/dev/scrutiny/entities/minilm-word-clusters.tsv";

  private final String source;
  private final List<String> words;
  private final int[] fine;
  private final int[] coarse;

  private VocabularyClusters(String source, List<String> words, int[] fine, int[] coarse) {
    this.source = source;
    this.words = words;
    this.fine = fine;
    this.coarse = coarse;
  }

  /** The table shipped with the trainer: all-MiniLM-L6-v2's 22,501 alphabetic whole words, 256 and 32 clusters. */
  public static VocabularyClusters bundled() {
    try (InputStream in = VocabularyClusters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a table. @throws UncheckedIOException when the file cannot be read
   *
   * @throws IllegalArgumentException naming the file and line when a line is malformed
   */
  public static VocabularyClusters read(Path file) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary clusters " + file, e);
    }
  }

  static VocabularyClusters parse(String source, String text) {
    List<String> words = new ArrayList<>();
    List<int[]> ids = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] c = line.split("\t");
      String where = source + " line " + (n + 1);
      if (c.length != 3 || c[0].isEmpty() || !c[0].equals(c[0].toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(where + ": expected 'word<TAB>fine<TAB>coarse' with a lower-case word, got '"
            + line + "'");
      }
      int f;
      int g;
      try {
        f = Integer.parseInt(c[1]);
        g = Integer.parseInt(c[2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": cluster ids must be whole numbers, got '" + line + "'", e);
      }
      if (f < 0 || f >= Lexicon.VOCABULARY_FINE || g < 0 || g >= Lexicon.VOCABULARY_COARSE) {
        throw new IllegalArgumentException(where + ": fine cluster must be in 0.." + (Lexicon.VOCABULARY_FINE - 1)
            + " and coarse in 0.." + (Lexicon.VOCABULARY_COARSE - 1) + ", got " + f + " and " + g);
      }
      words.add(c[0]);
      ids.add(new int[] {f, g});
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException(source + ": no words");
    }
    int[] fine = new int[ids.size()];
    int[] coarse = new int[ids.size()];
    for (int i = 0; i < fine.length; i++) {
      fine[i] = ids.get(i)[0];
      coarse[i] = ids.get(i)[1];
    }
    return new VocabularyClusters(source, List.copyOf(words), fine, coarse);
  }

  /** Number of words. */
  public int size() {
    return words.size();
  }

  /** Where the table was read from. */
  public String source() {
    return source;
  }

  void addTo(Lexicon lexicon) {
    for (int i = 0; i < words.size(); i++) {
      lexicon.addVocabularyCluster(words.get(i), fine[i], coarse[i]);
    }
  }
}
