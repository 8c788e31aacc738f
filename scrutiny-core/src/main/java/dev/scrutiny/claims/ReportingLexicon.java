package dev.scrutiny.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The reporting cues Scrutiny knows (said, claimed, made clear, expressed hope…), each with its lemma,
 * stance and inflected forms, read from {@code reporting-cues.tsv} next to this class. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ReportingLexicon lex = ReportingLexicon.standard();
 * lex.lookup(List.of("made", "clear")).get().lemma();   // "make clear"
 * }</pre>
 */
public final class ReportingLexicon {

  /** Resource name of the shipped lexicon, relative to this class. */
  public static final String RESOURCE = "reporting-cues.tsv";

  /**
   * One cue of the lexicon.
   *
   * @param lemma  base form, such as {@code say} or {@code point out}
   * @param stance neutral or loaded
   * @param strict whether the cue attributes only with an explicit complement ("that", a colon, a
   *               quotation) or in the inverted order ("…, the ministry said")
   */
  public record Entry(String lemma, Stance stance, boolean strict) {
    public Entry {
      Objects.requireNonNull(lemma, "lemma");
      Objects.requireNonNull(stance, "stance");
    }
  }

  private final Map<String, Entry> byForm;
  private final int longest;

  private ReportingLexicon(Map<String, Entry> byForm) {
    this.byForm = Map.copyOf(byForm);
    this.longest = byForm.keySet().stream().mapToInt(f -> f.split(" ").length).max().orElse(1);
  }

  /** The lexicon shipped in the build, loaded once. */
  public static ReportingLexicon standard() {
    return Holder.STANDARD;
  }

  /**
   * Parses lexicon lines (see the resource's header for the format).
   *
   * @throws IllegalArgumentException naming the line when a line is malformed
   */
  public static ReportingLexicon parse(List<String> lines) {
    Map<String, Entry> byForm = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2 || cols[0].isBlank()) {
        throw new IllegalArgumentException("reporting cue line " + (i + 1) + ": expected lemma<TAB>stance"
            + "[<TAB>forms[<TAB>strict]], got '" + line + "'");
      }
      String lemma = cols[0].trim().toLowerCase(Locale.ROOT);
      Stance stance;
      try {
        stance = Stance.valueOf(cols[1].trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("reporting cue line " + (i + 1) + ": expected stance NEUTRAL or "
            + "LOADED, got '" + cols[1] + "'");
      }
      boolean strict = cols.length > 3 && cols[3].trim().equals("strict");
      Entry entry = new Entry(lemma, stance, strict);
      Set<String> forms = new LinkedHashSet<>();
      if (cols.length > 2 && !cols[2].isBlank()) {
        for (String f : cols[2].split(",")) {
          forms.add(f.trim().toLowerCase(Locale.ROOT));
        }
      } else {
        forms.addAll(inflect(lemma));
      }
      for (String f : forms) {
        byForm.putIfAbsent(f, entry);
      }
    }
    return new ReportingLexicon(byForm);
  }

  /** Regular inflections of a verb or of a phrase's first word: base, -s, -ed, -ing. */
  static List<String> inflect(String lemma) {
    int sp = lemma.indexOf(' ');
    String head = sp < 0 ? lemma : lemma.substring(0, sp);
    String rest = sp < 0 ? "" : lemma.substring(sp);
    List<String> out = new ArrayList<>();
    out.add(head);
    String third;
    if (head.matches(".*(s|sh|ch|x|z|o)")) {
      third = head + "es";
    } else if (head.matches(".*[^aeiou]y")) {
      third = head.substring(0, head.length() - 1) + "ies";
    } else {
      third = head + "s";
    }
    out.add(third);
    String stem = head.endsWith("e") ? head.substring(0, head.length() - 1) : head;
    if (head.matches(".*[^aeiou]y")) {
      out.add(head.substring(0, head.length() - 1) + "ied");
    } else {
      out.add(stem + "ed");
    }
    out.add((head.endsWith("ee") ? head : stem) + "ing");
    return out.stream().map(f -> f + rest).toList();
  }

  /** The entry whose form is exactly these lower- or mixed-case words, if any. */
  public Optional<Entry> lookup(List<String> words) {
    return Optional.ofNullable(byForm.get(String.join(" ", words).toLowerCase(Locale.ROOT)));
  }

  /** The entry for one form ("said", "made clear"), if any. */
  public Optional<Entry> lookup(String form) {
    return Optional.ofNullable(byForm.get(form.toLowerCase(Locale.ROOT)));
  }

  /** The longest form, in words. */
  public int longestForm() {
    return longest;
  }

  /** The number of distinct lemmas. */
  public int lemmaCount() {
    return (int) byForm.values().stream().map(Entry::lemma).distinct().count();
  }

  private static final class Holder {
    static final ReportingLexicon STANDARD = load();

    private static ReportingLexicon load() {
      try (InputStream in = ReportingLexicon.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("reporting cue lexicon " + RESOURCE + " is missing"));
        }
        return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read reporting cue lexicon " + RESOURCE, e);
      }
    }
  }
}
