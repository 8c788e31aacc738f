package dev.scrutiny.entities;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the named entities of an article and groups their mentions: requires {@link Token#LAYER} and
 * {@link Sentence#LAYER}, produces {@link Entity#LAYER}.
 *
 * <p>Recognition uses the bundled {@link NerModel} (CoNLL-2003 types), completed by the curated word
 * lists (weapons such as ATACMS become MISC, nationalities and groups such as "North Korean" NORP).
 * {@link EntityResolver} then groups mentions within the article ("Vladimir Putin", "Putin",
 * "the Russian president", an unambiguous "he"), keys them by {@link Transliteration#key} and records
 * stated titles and roles. Tokens such as {@code Russia's} are split before tagging as CoNLL does.
 *
 * <p>Thread-safe and stateless; the model is loaded once, on the first article.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer(),
 *     new EntityAnalyzer()));
 * List<Entity> entities = p.run(article).items(Entity.LAYER);
 * }</pre>
 */
public final class EntityAnalyzer implements Analyzer<Entity> {

  /** Longer sentences are tagged in pieces of this many tokens (run-on text, lists, tables). */
  static final int MAX_SENTENCE_TOKENS = 200;

  /**
   * Closed-class words that are never a name alone: pronouns, determiners, conjunctions, interjections and the
   * like. The model, trained on newswire, sometimes tags them in transcripts ("This did not work.", "Sergei
   * Chemezov: Yes, we showed it."). Written in capitals they stay names (US, IT, WHO).
   */
  private static final Set<String> NEVER_A_NAME_ALONE = Set.of("this", "that", "these", "those", "it", "its",
      "you", "your", "yours", "we", "our", "ours", "us", "they", "their", "them", "he", "him", "his", "she", "her",
      "i", "me", "my", "who", "whom", "whose", "what", "which", "where", "when", "why", "how", "yes", "no", "not",
      "let", "there", "here", "if", "but", "and", "or", "so", "the", "a", "an", "thank", "thanks", "please",
      "okay", "ok", "hello", "oh", "then", "now", "all", "both", "each", "every", "some", "any", "such");

  /**
   * Institutions named by their common noun alone ("the Government", "the Ministry", "the Rada"): an
   * organisation when the model tags one alone as a person or a place, as it does in official transcripts.
   */
  private static final Set<String> INSTITUTIONS = Set.of("government", "ministry", "parliament", "cabinet",
      "council", "senate", "congress", "duma", "rada", "committee", "court", "administration", "commission",
      "agency", "presidency", "secretariat", "assembly", "office");

  @Override
  public LayerKey<Entity> produces() {
    return Entity.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Token.LAYER, Sentence.LAYER);
  }

  /** The model is trained on English news (CoNLL-2003). */
  @Override
  public Set<String> languages() {
    return Set.of("en");
  }

  @Override
  public String name() {
    return "entities/1";
  }

  @Override
  public List<Entity> analyze(Analysis in) {
    ArticleTokens doc = tokens(in.text(), in.items(Token.LAYER), in.items(Sentence.LAYER));
    List<Found> found = recognise(NerModel.bundled(), doc);
    return new EntityResolver(doc).resolve(found);
  }

  /** NER tokens of an article: possessives split, numbered by sentence (stray tokens get their own). */
  static ArticleTokens tokens(String text, List<Token> tokens, List<Sentence> sentences) {
    int cap = tokens.size() + 16;
    int[] start = new int[cap];
    int[] end = new int[cap];
    int[] sentence = new int[cap];
    int n = 0;
    int s = 0;
    int sentenceNo = 0;
    int inSentence = 0;
    boolean lastInside = false;
    for (Token t : tokens) {
      if (t.end() <= t.start() || t.end() > text.length()) {
        continue; // an empty or out-of-range token carries no word
      }
      while (s < sentences.size() && sentences.get(s).end() <= t.start()) {
        s++;
        sentenceNo++;
        inSentence = 0;
      }
      boolean inside = s < sentences.size() && sentences.get(s).start() <= t.start();
      if (inside != lastInside) {
        sentenceNo++;
        inSentence = 0;
      }
      lastInside = inside;
      if (inSentence >= MAX_SENTENCE_TOKENS) {
        sentenceNo++;
        inSentence = 0;
      }
      if (n + 2 > start.length) {
        start = Arrays.copyOf(start, start.length * 2);
        end = Arrays.copyOf(end, end.length * 2);
        sentence = Arrays.copyOf(sentence, sentence.length * 2);
      }
      int a = t.start();
      int b = t.end();
      boolean possessive = b - a > 2 && (text.charAt(b - 1) == 's' || text.charAt(b - 1) == 'S')
          && (text.charAt(b - 2) == '\'' || text.charAt(b - 2) == '\u2019');
      if (possessive) {
        start[n] = a;
        end[n] = b - 2;
        sentence[n++] = sentenceNo;
        a = b - 2;
        inSentence++;
      }
      start[n] = a;
      end[n] = b;
      sentence[n++] = sentenceNo;
      inSentence++;
    }
    return new ArticleTokens(text, start, end, sentence, n);
  }

  /** Tags the article and applies the curated word lists. */
  static List<Found> recognise(NerModel model, ArticleTokens doc) {
    List<Integer> offsets = new ArrayList<>();
    List<String[]> sentences = sentenceWords(doc, offsets);
    List<List<Chunk>> chunks = model.chunks(sentences);
    HandLexicon lexicon = HandLexicon.get();
    List<Found> found = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      int base = offsets.get(s);
      String[] words = sentences.get(s);
      boolean[] taken = new boolean[words.length];
      List<Found> here = new ArrayList<>();
      for (Chunk c : chunks.get(s)) {
        if (neverANameAlone(words, c)) {
          continue;
        }
        EntityType type = type(c, words, lexicon);
        int person = type == EntityType.PERSON ? -1 : personAtEnd(words, c);
        if (person > 0) {
          // "Envoy to the Far Eastern Federal District Yury Trutnev": the office, then its holder
          here.add(new Found(base + c.start(), base + person, type));
          here.add(new Found(base + person, base + c.end(), EntityType.PERSON));
        } else {
          here.add(new Found(base + c.start(), base + c.end(), type));
        }
        Arrays.fill(taken, c.start(), c.end(), true);
      }
      listedMissed(words, taken, base, lexicon, here);
      here.sort((x, y) -> Integer.compare(x.first(), y.first()));
      found.addAll(here);
    }
    return found;
  }

  /**
   * Where a person's name starts at the end of a chunk of three words or more that is no person: a given name on the
   * lists of given names and a capitalised surname closing an organisation or place ("… Federal District Yury Trutnev",
   * "… Education Policy Inna Bilenkina", the way official lists put a title before the name); -1 otherwise.
   */
  static int personAtEnd(String[] words, Chunk c) {
    int given = c.end() - 2;
    if (given - c.start() < 1) {
      return -1;
    }
    String first = words[given];
    String last = words[given + 1];
    boolean name = first.length() > 1 && Character.isUpperCase(first.charAt(0))
        && Gender.ofGivenName(first.toLowerCase(Locale.ROOT)) != Gender.UNKNOWN
        && last.length() > 1 && Character.isUpperCase(last.charAt(0)) && last.chars().allMatch(Character::isLetter)
        && !EntityResolver.ORG_SUFFIXES.contains(last.toLowerCase(Locale.ROOT))
        && !NAMED_AFTER_SOMEONE.contains(last.toLowerCase(Locale.ROOT));
    String before = words[given - 1].toLowerCase(Locale.ROOT);
    return name && !NOT_BEFORE_A_HOLDER.contains(before) ? given : -1;
  }

  /** Words before a given name that make it part of the name ("Order of Alexander Nevsky", "St George Hall"). */
  private static final Set<String> NOT_BEFORE_A_HOLDER = Set.of("of", "and", "the", "st", "st.", "saint", "san", "santa");
  /** Last words of places and things named after a person ("… Yury Gagarin Square", "George Hall"). */
  private static final Set<String> NAMED_AFTER_SOMEONE = Set.of("hall", "square", "street", "avenue", "bridge",
      "park", "palace", "cathedral", "church", "school", "university", "museum", "theatre", "theater", "centre",
      "center", "prize", "award", "airport", "station", "stadium", "library", "institute", "hospital", "order");

  /** Whether {@code c} is one institution noun ({@link #INSTITUTIONS}) written with a capital. */
  static boolean institutionAlone(String[] words, Chunk c) {
    return c.end() - c.start() == 1 && INSTITUTIONS.contains(words[c.start()].toLowerCase(Locale.ROOT));
  }

  /** Whether {@code c} is one closed-class word not written in capitals ("Yes", "This", but not "US"). */
  static boolean neverANameAlone(String[] words, Chunk c) {
    if (c.end() - c.start() != 1) {
      return false;
    }
    String w = words[c.start()];
    return !(w.length() > 1 && NerFeatures.isAllCaps(w)) && NEVER_A_NAME_ALONE.contains(w.toLowerCase(Locale.ROOT));
  }

  /** The words of each sentence of {@code doc}; the index of each sentence's first token goes to {@code offsets}. */
  private static List<String[]> sentenceWords(ArticleTokens doc, List<Integer> offsets) {
    List<String[]> sentences = new ArrayList<>();
    int i = 0;
    while (i < doc.size) {
      int j = i;
      while (j < doc.size && doc.sentence[j] == doc.sentence[i]) {
        j++;
      }
      String[] words = new String[j - i];
      for (int k = i; k < j; k++) {
        words[k - i] = doc.word(k);
      }
      sentences.add(words);
      offsets.add(i);
      i = j;
    }
    return sentences;
  }

  /** The entity type of a model chunk, where a name on the curated lists overrides the model. */
  private static EntityType type(Chunk c, String[] words, HandLexicon lexicon) {
    List<String> w = Arrays.asList(words).subList(c.start(), c.end());
    EntityType listed = lexicon.type(String.join(" ", w));
    EntityType type = switch (c.type()) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      default -> lexicon.isNorp(w) ? EntityType.NORP : EntityType.MISC;
    };
    boolean headline = NerFeatures.isAllCaps(String.join(" ", w));
    // a hand-listed place is never a person: the model guesses unseen village names from context alone
    if (listed == EntityType.MISC || listed == EntityType.PERSON && c.end() - c.start() > 1
        || listed == EntityType.LOCATION && type == EntityType.PERSON || listed != null && headline) {
      return listed;
    }
    if (institutionAlone(words, c) && (type == EntityType.PERSON || type == EntityType.LOCATION)) {
      return EntityType.ORGANIZATION;
    }
    return type == EntityType.MISC && listed != null ? listed : type;
  }

  /** Adds to {@code here} the names from the curated lists that the model missed (written exactly as listed). */
  private static void listedMissed(String[] words, boolean[] taken, int base, HandLexicon lexicon, List<Found> here) {
    for (int a = 0; a < words.length; a++) {
      if (taken[a] || words[a].isEmpty() || !Character.isUpperCase(words[a].charAt(0))
          || !lexicon.startsName(words[a])) {
        continue;
      }
      for (int b = Math.min(words.length, a + HandLexicon.MAX_TOKENS); b > a; b--) {
        boolean free = true;
        for (int k = a; k < b; k++) {
          free &= !taken[k];
        }
        EntityType listed = free ? lexicon.type(String.join(" ", Arrays.asList(words).subList(a, b))) : null;
        if (listed != null) {
          here.add(new Found(base + a, base + b, listed));
          Arrays.fill(taken, a, b, true);
          break;
        }
      }
    }
  }
}
