package dev.scrutiny.claims;

import dev.scrutiny.ingest.TsvTable;
import java.io.Reader;
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

  private static final List<String> HEADER = List.of("lemma", "stance", "forms", "strict");

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
   * Reads a lexicon (columns {@code lemma}, {@code stance}, {@code forms}, {@code strict}; see the shipped
   * resource's comments); {@code name} names it in errors.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public static ReportingLexicon read(String name, Reader in) {
    Map<String, Entry> byForm = new HashMap<>();
    for (TsvTable.Row r : TsvTable.read(name, in, HEADER)) {
      String lemma = r.required(0).toLowerCase(Locale.ROOT);
      Stance stance;
      try {
        stance = Stance.valueOf(r.required(1));
      } catch (IllegalArgumentException e) {
        throw r.error("expected stance NEUTRAL or LOADED, got '" + r.cell(1) + "'");
      }
      if (!r.cell(3).isEmpty() && !r.cell(3).equals("strict")) {
        throw r.error("column 'strict' must be 'strict' or empty, got '" + r.cell(3) + "'");
      }
      Entry entry = new Entry(lemma, stance, !r.cell(3).isEmpty());
      Set<String> forms = new LinkedHashSet<>();
      if (!r.cell(2).isEmpty()) {
        for (String f : r.cell(2).split(",")) {
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
    static final ReportingLexicon STANDARD = ClaimTables.load(RESOURCE, "reporting cue lexicon", ReportingLexicon::read);
  }
}
