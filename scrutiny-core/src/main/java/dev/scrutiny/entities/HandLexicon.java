package dev.scrutiny.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The hand-written word lists as exact, case-sensitive name tables used after tagging: names the
 * statistical model missed (Podoliak, HIMARS, Sudzha) are added, weapons and other curated names
 * get their listed type, and MISC mentions made of demonyms become NORP. Immutable, thread-safe.
 */
final class HandLexicon {

  static final int MAX_TOKENS = 5;
  private final Map<String, EntityType> names = new HashMap<>();
  private final Set<String> demonyms = new HashSet<>();
  private final Set<String> firstWords = new HashSet<>();

  private HandLexicon() {
    add("persons.txt", EntityType.PERSON);
    add("organizations.txt", EntityType.ORGANIZATION);
    add("locations.txt", EntityType.LOCATION);
    add("misc.txt", EntityType.MISC);
    for (String d : list("norp.txt")) {
      for (String w : d.toLowerCase(Locale.ROOT).split("\\s+")) {
        demonyms.add(w);
      }
    }
    for (String d : List.of("north", "south", "east", "west", "eastern", "western", "northern", "southern")) {
      demonyms.add(d);
    }
  }

  private static final class Holder {
    static final HandLexicon INSTANCE = new HandLexicon();
  }

  static HandLexicon get() {
    return Holder.INSTANCE;
  }

  private void add(String file, EntityType type) {
    for (String name : list(file)) {
      String n = name.replaceAll("\\s+", " ");
      names.putIfAbsent(n, type);
      int space = n.indexOf(' ');
      firstWords.add(space < 0 ? n : n.substring(0, space));
    }
  }

  /**
   * The listed type of a name written exactly so (words joined by single spaces), or null; an
   * all-capital name (a headline) is also looked up in title case.
   */
  EntityType type(String name) {
    EntityType t = names.get(name);
    if (t == null && name.length() > 1 && NerFeatures.isAllCaps(name)) {
      t = names.get(titleCase(name));
    }
    return t;
  }

  static String titleCase(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return b.toString();
  }

  /** Whether some listed name starts with {@code word} (as written, or in title case when all capitals). */
  boolean startsName(String word) {
    return firstWords.contains(word) || word.length() > 1 && NerFeatures.isAllCaps(word)
        && firstWords.contains(titleCase(word));
  }

  /** Whether a MISC mention names a nationality or group: "Ukrainian", "North Korean", "pro-Russian". */
  boolean isNorp(List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    for (String w : words) {
      String l = w.toLowerCase(Locale.ROOT);
      if (l.startsWith("pro-") || l.startsWith("anti-")) {
        l = l.substring(l.indexOf('-') + 1);
      }
      for (String part : l.split("-")) {
        if (!demonyms.contains(part)) {
          if (words.size() == 1 && (part.endsWith("ian") || part.endsWith("ians") || part.endsWith("ese")
              || part.endsWith("ish"))) {
            continue;
          }
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Entries of one hand-written list under {@code dev/scrutiny/entities/lexicon/} (blank lines and
   * {@code #} comments skipped); the trainer reads the same lists into the model's gazetteer.
   */
  static List<String> list(String file) {
    String path = "/dev/scrutiny/entities/lexicon/" + file;
    try (InputStream in = HandLexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("word list " + path + " is missing from the build");
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
  }

  boolean isDemonym(String word) {
    return demonyms.contains(word.toLowerCase(Locale.ROOT));
  }
}
