package dev.scrutiny.claims;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Layer;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import dev.scrutiny.text.Paragraph;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenAnalyzer;
import dev.scrutiny.time.TimeExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crude stand-ins for the sentence, entity and time layers, used ONLY by the evaluation path
 * ({@link PolnearEvaluator}) when the default pipeline does not produce those layers yet: sentences
 * split at end punctuation, PERSON and ORGANIZATION entities from capitalised word sequences (people
 * grouped by surname), and no times. The real analyzers replace them once merged; {@link
 * #complete(Analysis)} leaves every layer that is already present untouched.
 */
public final class FallbackLayers {

  /** Producer name recorded on fallback layers. */
  public static final String PRODUCER = "claims-fallback/0";

  private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"”’»)']*(?=\\s+[\"“‘«('‘]*[\\p{Lu}\\d])");
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj",
      "capt", "sgt", "sen", "rep", "gov", "prof", "st", "jr", "sr", "jan", "feb", "mar", "apr", "aug", "sep",
      "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m",
      "p.m", "d.c", "ft", "mt", "adm", "rev", "hon", "pres");
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}'’\\-.]*(?:\\s+(?:(?:of|the|for|and|de|von|al)\\s+)*\\p{Lu}[\\p{L}'’\\-.]*)*");
  private static final Set<String> NOT_NAMES = Set.of("the", "he", "she", "it", "they", "we", "i", "in", "on",
      "at", "but", "and", "a", "an", "this", "that", "there", "his", "her", "their", "our", "as", "after",
      "for", "if", "when", "while", "so", "yet", "what", "who", "mr", "mrs", "ms", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "some", "many", "according",
      "president", "senator", "gov", "sen", "rep", "dr", "gen", "however", "also", "one", "two", "you", "my",
      "its", "these", "those", "both", "all", "no", "not", "to", "of", "by", "with", "from", "then", "now");
  private static final Set<String> ORG_WORDS = Set.of("ministry", "staff", "army", "party", "committee",
      "agency", "department", "kremlin", "pentagon", "news", "times", "post", "reuters", "tass", "press",
      "council", "commission", "union", "office", "forces", "bank", "group", "house", "campaign", "university",
      "court", "congress", "senate", "institute", "foundation", "corporation", "inc", "company", "journal",
      "network", "fbi", "cia", "nato", "gop", "cnn", "bbc", "fox", "abc", "nbc", "cbs", "msnbc", "administration",
      "government", "service", "association", "center", "centre", "club", "republicans", "democrats", "media",
      "magazine", "tribune", "herald", "guardian", "telegraph", "independent", "novosti", "interfax", "command");
  private static final Set<String> TITLES = Set.of("president", "senator", "sen.", "gov.", "governor", "rep.",
      "mr.", "mrs.", "ms.", "dr.", "gen.", "general", "minister", "secretary", "chancellor", "judge", "mayor",
      "candidate", "former", "vice", "prime", "chief", "col.", "colonel", "lt.", "commander", "speaker");

  private FallbackLayers() {}

  /** {@code in} with any missing sentence, entity or time layer added from the crude fallbacks (tokens from the real tokenizer). */
  public static Analysis complete(Analysis in) {
    Analysis a = in;
    String text = a.text();
    if (a.layer(Sentence.LAYER).isEmpty()) {
      a = a.with(new Layer<>(Sentence.LAYER, PRODUCER, sentences(text), text.length()), 0);
    }
    if (a.layer(Token.LAYER).isEmpty()) {
      a = a.with(new Layer<>(Token.LAYER, PRODUCER, new TokenAnalyzer().analyze(a), text.length()), 0);
    }
    if (a.layer(Entity.LAYER).isEmpty()) {
      a = a.with(new Layer<>(Entity.LAYER, PRODUCER, entities(text), text.length()), 0);
    }
    if (a.layer(TimeExpression.LAYER).isEmpty()) {
      a = a.with(new Layer<>(TimeExpression.LAYER, PRODUCER, List.<TimeExpression>of(), text.length()), 0);
    }
    return a;
  }

  /** Sentences split at end punctuation followed by a capital, a digit or a quote, within paragraphs. */
  public static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    for (Paragraph p : ParagraphAnalyzer.split(text)) {
      int start = p.start();
      Matcher m = BOUNDARY.matcher(text).region(p.start(), p.end());
      while (m.find()) {
        if (text.charAt(m.start()) == '.' && isAbbreviation(text, m.start())) {
          continue;
        }
        addTrimmed(text, start, m.end(), out);
        start = m.end();
      }
      addTrimmed(text, start, p.end(), out);
    }
    // line breaks inside a paragraph (headlines, lists) also end sentences
    List<Sentence> split = new ArrayList<>();
    for (Sentence s : out) {
      int a = s.start();
      for (int i = s.start(); i < s.end(); i++) {
        if (text.charAt(i) == '\n') {
          addTrimmed(text, a, i, split);
          a = i + 1;
        }
      }
      addTrimmed(text, a, s.end(), split);
    }
    return split;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int i = dot;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
      i--;
    }
    String w = text.substring(i, dot).toLowerCase(Locale.ROOT);
    return w.length() == 1 || ABBREVIATIONS.contains(w);
  }

  private static void addTrimmed(String text, int start, int end, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end));
    }
  }

  /** PERSON and ORGANIZATION entities from capitalised sequences; people grouped by their last word. */
  public static List<Entity> entities(String text) {
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    Map<String, EntityType> types = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      String name = text.substring(s, e);
      while (name.endsWith(".") || name.endsWith("’") || name.endsWith("'")) {
        name = name.substring(0, name.length() - 1);
        e--;
      }
      if (name.endsWith("’s") || name.endsWith("'s")) {
        name = name.substring(0, name.length() - 2);
        e -= 2;
      }
      String[] parts = name.split("\\s+");
      boolean orgLike = false;
      for (String w : parts) {
        orgLike |= ORG_WORDS.contains(w.toLowerCase(Locale.ROOT));
      }
      int skip = 0;
      while (skip < parts.length && (NOT_NAMES.contains(parts[skip].toLowerCase(Locale.ROOT).replace(".", ""))
          || !orgLike && TITLES.contains(parts[skip].toLowerCase(Locale.ROOT)))) {
        s += parts[skip].length();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        skip++;
      }
      if (skip == parts.length || s >= e) {
        continue;
      }
      String kept = text.substring(s, e);
      String[] words = kept.split("\\s+");
      String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
      boolean org = false;
      for (String w : words) {
        org |= ORG_WORDS.contains(w.toLowerCase(Locale.ROOT));
      }
      if (!org && words.length == 1 && kept.length() <= 2) {
        continue;
      }
      String key = org ? kept.toLowerCase(Locale.ROOT) : lastWord;
      EntityType type = org ? EntityType.ORGANIZATION : EntityType.PERSON;
      mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(s, e, MentionKind.NAME));
      types.putIfAbsent(key, type);
      String prev = names.get(key);
      if (prev == null || kept.length() > prev.length()) {
        names.put(key, kept);
      }
    }
    List<Entity> out = new ArrayList<>();
    int id = 1;
    for (var entry : mentions.entrySet()) {
      String key = entry.getKey();
      out.add(new Entity("f" + id++, types.get(key), names.get(key), key, entry.getValue(), List.of()));
    }
    return out;
  }
}
