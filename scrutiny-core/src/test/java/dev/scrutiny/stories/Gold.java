package dev.scrutiny.stories;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A hand-written answer key for a multi-outlet set, and the pairwise scores against it. */
record Gold(List<List<String>> stories, Set<String> duplicates, Set<String> contradictions, Set<String> updates) {

  static Gold load(String name) {
    try (InputStream in = Gold.class.getResourceAsStream("/stories/" + name)) {
      List<List<String>> stories = new ArrayList<>();
      Set<String> dups = new HashSet<>();
      Set<String> contra = new HashSet<>();
      Set<String> updates = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        switch (f[0]) {
          case "story" -> stories.add(List.of(f[2].split(",")));
          case "duplicate" -> dups.add(pair(f[1], f[2]) + "|" + f[3] + "|" + f[4]);
          case "contradiction" -> contra.add(pair(f[1], f[2]) + "|" + f[3]);
          case "update" -> updates.add(pair(f[1], f[2]) + "|" + f[3]);
          default -> throw new IllegalArgumentException("unknown gold line: " + line);
        }
      }
      return new Gold(stories, dups, contra, updates);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  /** Precision, recall and F1 of a found set against an expected set. */
  record Score(int found, int expected, int correct) {
    double precision() {
      return found == 0 ? 1 : correct / (double) found;
    }

    double recall() {
      return expected == 0 ? 1 : correct / (double) expected;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (found %d, expected %d, correct %d)",
          precision(), recall(), f1(), found, expected, correct);
    }
  }

  static Score score(Set<String> found, Set<String> expected) {
    int correct = 0;
    for (String f : found) {
      if (expected.contains(f)) {
        correct++;
      }
    }
    return new Score(found.size(), expected.size(), correct);
  }

  /** Same-story article pairs of a clustering. */
  static Set<String> pairs(List<List<String>> clusters) {
    Set<String> out = new HashSet<>();
    for (List<String> c : clusters) {
      for (int i = 0; i < c.size(); i++) {
        for (int j = i + 1; j < c.size(); j++) {
          out.add(pair(c.get(i), c.get(j)));
        }
      }
    }
    return out;
  }
}
