package dev.scrutiny.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Distributional word clusters learned from unlabelled text, for NER features: each frequent word is
 * described by its left and right neighbours (counts over the most frequent words, square-rooted,
 * normalised and randomly projected), then grouped by seeded k-means into {@value #FINE} fine clusters,
 * whose centroids are grouped again into {@value #COARSE} coarse ones. A cheap stand-in for Brown
 * clusters. The id of a word is {@code fine | coarse << 10} (16 bits). Deterministic for a given seed and
 * input.
 */
final class WordClusters {

  static final int FINE = 1000;
  static final int COARSE = 64;
  private static final int CONTEXTS = 400;
  private static final int DIM = 64;
  /** Columns of a co-occurrence row: left and right context words, plus "none" on either side. */
  private static final int WIDTH = 2 * CONTEXTS + 2;
  private static final int MAX_VOCAB = 60_000;
  private static final int MIN_COUNT = 3;

  private final Map<String, Integer> counts = new HashMap<>();
  private final List<int[]> documents = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();

  /** Adds the words of one text, lower-cased with digits folded to 0. */
  void add(List<String> tokens) {
    int[] doc = new int[tokens.size()];
    for (int i = 0; i < doc.length; i++) {
      String w = NerFeatures.digitsToZero(Lexicon.lower(tokens.get(i)));
      Integer id = ids.get(w);
      if (id == null) {
        id = words.size();
        ids.put(w, id);
        words.add(w);
      }
      doc[i] = id;
      counts.merge(w, 1, Integer::sum);
    }
    documents.add(doc);
  }

  /** Clusters the words seen so far and adds them to {@code lexicon}. */
  void build(Lexicon lexicon, long seed) {
    List<String> byFreq = new ArrayList<>(counts.keySet());
    byFreq.sort(Comparator.comparingInt((String w) -> -counts.get(w)).thenComparing(w -> w));
    int[] contextOf = new int[words.size()];
    Arrays.fill(contextOf, -1);
    for (int i = 0; i < Math.min(CONTEXTS, byFreq.size()); i++) {
      contextOf[ids.get(byFreq.get(i))] = i;
    }
    int[] vocabOf = new int[words.size()];
    Arrays.fill(vocabOf, -1);
    List<String> vocab = new ArrayList<>();
    for (String w : byFreq) {
      if (vocab.size() >= MAX_VOCAB || counts.get(w) < MIN_COUNT) {
        break;
      }
      vocabOf[ids.get(w)] = vocab.size();
      vocab.add(w);
    }
    int v = vocab.size();
    if (v < FINE) {
      return;
    }
    Random random = new Random(seed);
    float[] x = project(cooccurrences(contextOf, vocabOf, v), v, random);
    int[] fine = kmeans(x, v, FINE, random, 12);
    float[] centroids = centroids(x, v, fine, FINE);
    int[] coarse = kmeans(centroids, FINE, COARSE, random, 20);
    for (int r = 0; r < v; r++) {
      lexicon.addCluster(vocab.get(r), fine[r] | coarse[fine[r]] << 10);
    }
  }

  /**
   * Per vocabulary word, counts of its left neighbours (columns by context word) and right neighbours (the
   * next {@value #CONTEXTS} columns), with the last two columns for a left or right neighbour that is missing
   * or not among the context words.
   */
  private float[] cooccurrences(int[] contextOf, int[] vocabOf, int v) {
    float[] co = new float[v * WIDTH];
    for (int[] doc : documents) {
      for (int i = 0; i < doc.length; i++) {
        int row = vocabOf[doc[i]];
        if (row < 0) {
          continue;
        }
        int left = i > 0 ? contextOf[doc[i - 1]] : -1;
        int right = i + 1 < doc.length ? contextOf[doc[i + 1]] : -1;
        co[row * WIDTH + (left < 0 ? 2 * CONTEXTS : left)]++;
        co[row * WIDTH + CONTEXTS + (right < 0 ? 2 * CONTEXTS + 1 - CONTEXTS : right)]++;
      }
    }
    return co;
  }

  /** Square-rooted counts randomly projected to {@value #DIM} dimensions, each row normalised to length 1. */
  private static float[] project(float[] co, int v, Random random) {
    float[] projection = new float[WIDTH * DIM];
    for (int i = 0; i < projection.length; i++) {
      projection[i] = (float) random.nextGaussian();
    }
    float[] x = new float[v * DIM];
    for (int r = 0; r < v; r++) {
      for (int c = 0; c < WIDTH; c++) {
        float val = co[r * WIDTH + c];
        if (val == 0) {
          continue;
        }
        float s = (float) Math.sqrt(val);
        for (int d = 0; d < DIM; d++) {
          x[r * DIM + d] += s * projection[c * DIM + d];
        }
      }
      normalise(x, r * DIM);
    }
    return x;
  }

  private static void normalise(float[] x, int off) {
    double n = 0;
    for (int d = 0; d < DIM; d++) {
      n += x[off + d] * x[off + d];
    }
    float inv = n == 0 ? 0 : (float) (1 / Math.sqrt(n));
    for (int d = 0; d < DIM; d++) {
      x[off + d] *= inv;
    }
  }

  private static float[] centroids(float[] x, int n, int[] assign, int k) {
    float[] c = new float[k * DIM];
    for (int r = 0; r < n; r++) {
      for (int d = 0; d < DIM; d++) {
        c[assign[r] * DIM + d] += x[r * DIM + d];
      }
    }
    for (int j = 0; j < k; j++) {
      normalise(c, j * DIM);
    }
    return c;
  }

  /** Spherical k-means (cosine), seeded by distinct random rows. */
  private static int[] kmeans(float[] x, int n, int k, Random random, int iterations) {
    float[] c = new float[k * DIM];
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
      System.arraycopy(x, perm[i] * DIM, c, i * DIM, DIM);
    }
    int[] assign = new int[n];
    for (int it = 0; it < iterations; it++) {
      for (int r = 0; r < n; r++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int j = 0; j < k; j++) {
          float s = 0;
          for (int d = 0; d < DIM; d++) {
            s += x[r * DIM + d] * c[j * DIM + d];
          }
          if (s > best) {
            best = s;
            arg = j;
          }
        }
        assign[r] = arg;
      }
      float[] next = centroids(x, n, assign, k);
      for (int j = 0; j < k; j++) {
        boolean empty = true;
        for (int d = 0; d < DIM && empty; d++) {
          empty = next[j * DIM + d] == 0;
        }
        if (!empty) {
          System.arraycopy(next, j * DIM, c, j * DIM, DIM);
        }
      }
    }
    return assign;
  }
}
