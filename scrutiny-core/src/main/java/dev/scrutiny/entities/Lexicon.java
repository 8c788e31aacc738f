package dev.scrutiny.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word lists the NER features consult, stored inside the model file: a gazetteer of
 * (possibly multi-word) names with type bits, a case-ratio table (how often a word is capitalised
 * away from the start of a sentence in unlabelled news text), distributional word clusters and
 * vocabulary clusters (words of a pre-trained encoder's vocabulary grouped by their embeddings, which
 * know names the training text never shows). Immutable after {@link #freeze()}; lookups are by 64-bit
 * hashes of lower-cased tokens.
 */
final class Lexicon {

  static final int LOC = 1, FIRST_NAME = 2, PERSON = 4, ORG = 8, NORP = 16, MISC = 32, COUNTRY = 64,
      REGION = 128;
  static final String[] TYPE_NAMES = {"LOC", "FIRST", "PER", "ORG", "NORP", "MISC", "COUNTRY", "REGION"};
  static final int PREFIX = 1 << 30;
  static final int MAX_NAME_TOKENS = 6;
  private static final long SEQ_START = 0x51ed27a3L;

  private final List<String> names = new ArrayList<>();
  private final List<Integer> nameTypes = new ArrayList<>();
  private final List<String> caseWords = new ArrayList<>();
  private final List<Integer> caseBins = new ArrayList<>();
  private final List<String> clusterWords = new ArrayList<>();
  private final List<Integer> clusterIds = new ArrayList<>();
  private final List<String> vocabularyWords = new ArrayList<>();
  private final List<Integer> vocabularyIds = new ArrayList<>();
  private LongIntMap gazetteer = new LongIntMap(16);
  private LongIntMap caseRatio = new LongIntMap(16);
  private LongIntMap clusters = new LongIntMap(16);
  private LongIntMap vocabulary = new LongIntMap(16);
  /** Name count of a lexicon read from tables (which keep no word lists); -1 otherwise. */
  private int tableNames = -1;

  /**
   * Writes the frozen lookup tables (not the word lists) for {@link #readTables}: what the features
   * consult, with no strings to split, lower-case and hash at load time.
   */
  void writeTables(DataOutputStream out) throws IOException {
    out.writeInt(names.size());
    gazetteer.writeRaw(out);
    caseRatio.writeRaw(out);
    clusters.writeRaw(out);
    vocabulary.writeRaw(out);
  }

  /**
   * A lexicon made of tables written by {@link #writeTables}: it answers every lookup as the original
   * does, but holds no word lists, so it cannot be written as part of a model again.
   */
  static Lexicon readTables(java.nio.ByteBuffer in) {
    Lexicon l = new Lexicon();
    l.tableNames = in.getInt();
    l.gazetteer = LongIntMap.readRaw(in);
    l.caseRatio = LongIntMap.readRaw(in);
    l.clusters = LongIntMap.readRaw(in);
    l.vocabulary = LongIntMap.readRaw(in);
    return l;
  }

  /** Lower-cases a token for lexicon lookups, folding typographic apostrophes and quotes to ASCII. */
  static String lower(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.indexOf('\u2019') >= 0 || w.indexOf('\u2018') >= 0) {
      w = w.replace('\u2019', '\'').replace('\u2018', '\'');
    }
    return w;
  }

  static long seq(long prev, long tokenHash) {
    return FeatureHash.mix(prev * 0x9e3779b97f4a7c15L + tokenHash);
  }

  static long seqStart() {
    return SEQ_START;
  }

  void addName(String name, int types) {
    String n = name.strip();
    if (n.isEmpty() || n.split("\\s+").length > MAX_NAME_TOKENS) {
      return;
    }
    names.add(n);
    nameTypes.add(types);
  }

  void addCaseBin(String word, int bin) {
    caseWords.add(word);
    caseBins.add(bin);
  }

  void addCluster(String word, int cluster) {
    clusterWords.add(word);
    clusterIds.add(cluster);
  }

  /** Most fine vocabulary clusters (ids 0 to 1023) and coarse ones (0 to 63): both fit one 16-bit value. */
  static final int VOCABULARY_FINE = 1024, VOCABULARY_COARSE = 64;

  /**
   * Puts a lower-cased word of an encoder's vocabulary in fine cluster {@code fine} and coarse cluster {@code
   * coarse}. @throws IllegalArgumentException when an id is out of range
   */
  void addVocabularyCluster(String word, int fine, int coarse) {
    if (fine < 0 || fine >= VOCABULARY_FINE || coarse < 0 || coarse >= VOCABULARY_COARSE) {
      throw new IllegalArgumentException("vocabulary cluster of '" + word + "' out of range: fine " + fine
          + " (0-" + (VOCABULARY_FINE - 1) + "), coarse " + coarse + " (0-" + (VOCABULARY_COARSE - 1) + ")");
    }
    vocabularyWords.add(word);
    vocabularyIds.add(fine | coarse << 10);
  }

  Lexicon freeze() {
    gazetteer = new LongIntMap(names.size() * 2);
    for (int i = 0; i < names.size(); i++) {
      String[] toks = names.get(i).split("\\s+");
      long h = SEQ_START;
      for (int t = 0; t < toks.length; t++) {
        h = seq(h, FeatureHash.of(lower(toks[t])));
        gazetteer.or(h, t == toks.length - 1 ? nameTypes.get(i) : PREFIX);
      }
    }
    caseRatio = new LongIntMap(caseWords.size());
    for (int i = 0; i < caseWords.size(); i++) {
      caseRatio.put(FeatureHash.of(caseWords.get(i)), caseBins.get(i));
    }
    clusters = new LongIntMap(clusterWords.size());
    for (int i = 0; i < clusterWords.size(); i++) {
      clusters.put(FeatureHash.of(clusterWords.get(i)), clusterIds.get(i));
    }
    vocabulary = new LongIntMap(Math.max(16, vocabularyWords.size()));
    for (int i = 0; i < vocabularyWords.size(); i++) {
      vocabulary.put(FeatureHash.of(vocabularyWords.get(i)), vocabularyIds.get(i));
    }
    return this;
  }

  /** Type bits (plus {@link #PREFIX}) of a token sequence hash built with {@link #seq}; 0 when unknown. */
  int gazetteer(long seqHash) {
    return gazetteer.get(seqHash, 0);
  }

  /** Case-ratio bin 1–5 of a lower-cased word hash, 0 when unseen. */
  int caseBin(long lowerHash) {
    return caseRatio.get(lowerHash, 0);
  }

  /** Cluster id of a lower-cased word hash, -1 when unseen. */
  int cluster(long lowerHash) {
    return clusters.get(lowerHash, -1);
  }

  /**
   * Vocabulary cluster of a lower-cased word hash (fine id in the low 10 bits, coarse above), -1 when the
   * word is not a whole word of the encoder's vocabulary (or the model has no vocabulary clusters).
   */
  int vocabularyCluster(long lowerHash) {
    return vocabulary.get(lowerHash, -1);
  }

  /** Whether this lexicon has vocabulary clusters (models trained before them have none). */
  boolean hasVocabulary() {
    return vocabulary.size() > 0;
  }

  /** False for a lexicon read from lookup tables, which answers lookups but keeps no word lists. */
  boolean hasWordLists() {
    return tableNames < 0;
  }

  int nameCount() {
    return tableNames >= 0 ? tableNames : names.size();
  }

  void write(DataOutputStream out) throws IOException {
    if (tableNames >= 0) {
      throw new IllegalStateException("a lexicon read from lookup tables keeps no word lists and cannot be written");
    }
    out.writeInt(names.size());
    for (int i = 0; i < names.size(); i++) {
      out.writeUTF(names.get(i));
      out.writeShort(nameTypes.get(i));
    }
    out.writeInt(caseWords.size());
    for (int i = 0; i < caseWords.size(); i++) {
      out.writeUTF(caseWords.get(i));
      out.writeByte(caseBins.get(i));
    }
    out.writeInt(clusterWords.size());
    for (int i = 0; i < clusterWords.size(); i++) {
      out.writeUTF(clusterWords.get(i));
      out.writeShort(clusterIds.get(i));
    }
    if (!vocabularyWords.isEmpty()) {
      out.writeInt(vocabularyWords.size());
      for (int i = 0; i < vocabularyWords.size(); i++) {
        out.writeUTF(vocabularyWords.get(i));
        out.writeShort(vocabularyIds.get(i));
      }
    }
  }

  /**
   * Reads word lists written by {@link #write}; {@code withVocabulary}: the file has vocabulary clusters
   * after the word clusters (model files of format 2).
   */
  static Lexicon read(DataInputStream in, boolean withVocabulary) throws IOException {
    Lexicon l = new Lexicon();
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      l.addName(in.readUTF(), in.readUnsignedShort());
    }
    n = in.readInt();
    for (int i = 0; i < n; i++) {
      l.addCaseBin(in.readUTF(), in.readByte());
    }
    n = in.readInt();
    for (int i = 0; i < n; i++) {
      l.addCluster(in.readUTF(), in.readUnsignedShort());
    }
    if (withVocabulary) {
      n = in.readInt();
      for (int i = 0; i < n; i++) {
        String word = in.readUTF();
        int id = in.readUnsignedShort();
        l.addVocabularyCluster(word, id & 0x3ff, id >>> 10);
      }
    }
    return l.freeze();
  }
}
