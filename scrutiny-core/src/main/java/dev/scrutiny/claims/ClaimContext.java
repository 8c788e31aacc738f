package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.entities.Gender;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.time.TimeExpression;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one article that the claim rules consult (text, tokens, words, sentences, entities, times,
 * quotations) and the drafts found so far, which later rules read: a quotation already attributed is
 * not attributed again. One per article and extraction; not thread-safe.
 */
final class ClaimContext {

  final String text;
  final List<Token> tokens;
  final List<Word> words;
  final List<Sentence> sentences;
  final List<Entity> entities;
  final List<TimeExpression> times;
  final List<Quote> quotes;
  final List<Draft> drafts = new ArrayList<>();
  private final Map<Entity, Gender> genders = new IdentityHashMap<>();

  ClaimContext(String text, List<Token> tokens, List<Sentence> sentences, List<Entity> entities,
               List<TimeExpression> times) {
    this.text = text;
    this.tokens = tokens;
    this.words = Words.of(text, tokens);
    this.sentences = sentences;
    this.entities = entities;
    this.times = times;
    this.quotes = Quotes.find(text);
  }

  /** The last draft found whose cue lies in words {@code lo..cueFirst-1} and that {@code accept} takes, or null. */
  @Nullable Draft lastDraftWithCueIn(int lo, int cueFirst, java.util.function.Predicate<Draft> accept) {
    int from = word(lo).start();
    int to = word(cueFirst).start();
    for (int j = drafts.size() - 1; j >= 0; j--) {
      Draft d = drafts.get(j);
      if (d.cue().start() >= from && d.cue().end() <= to && accept.test(d)) {
        return d;
      }
    }
    return null;
  }

  /** Whether word {@code word} (lower-cased) stands among words {@code from..to-1}. */
  boolean hasWord(String word, int from, int to) {
    for (int j = from; j < to; j++) {
      if (words.get(j).is(word)) {
        return true;
      }
    }
    return false;
  }

  /** The mention of a person or organisation that ends at offset {@code end}, the longest; else null. */
  @Nullable Span nameEndingAt(int end) {
    Span best = null;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.span().end() == end && (best == null || m.span().start() < best.start())) {
          best = m.span();
        }
      }
    }
    return best;
  }

  /** Whether {@code span} covers a mention of a person or organisation. */
  boolean namesPersonOrOrganisation(Span span) {
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (span.contains(m.span())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The gender the article gives {@code e}, read once per entity ({@link Gender#of(Entity, CharSequence)}). */
  Gender genderOf(Entity e) {
    return genders.computeIfAbsent(e, x -> Gender.of(x, text));
  }

  Word word(int i) {
    return words.get(i);
  }

  /** Index of the first word starting at or after {@code offset}. */
  int wordAt(int offset) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The tokens inside the parts, in order: what check-worthiness reads of a statement. */
  List<Token> tokensIn(List<Span> parts) {
    List<Token> out = new ArrayList<>();
    for (Span p : parts) {
      out.addAll(Token.within(tokens, p.start(), p.end()));
    }
    return out;
  }

  /** From the start of word {@code from} to the end of word {@code to} (inclusive). */
  Span span(int from, int to) {
    return new Span(words.get(from).start(), words.get(to).end());
  }

  /** The text of {@code s}. */
  String text(Span s) {
    return text.substring(s.start(), s.end());
  }

  /** The quotation of speech that {@code offset} lies inside, or null. */
  @Nullable Quote speechQuoteAround(int offset) {
    for (Quote q : quotes) {
      if (q.open() < offset && offset < q.close() && isSpeech(q)) {
        return q;
      }
    }
    return null;
  }

  /**
   * Whether a quotation gives speech: four words or more, or a phrase ending with punctuation; not a title
   * of a few capitalised words after a possessive or a preposition (on Fox News’s “Sunday Morning Futures,”).
   */
  boolean isSpeech(Quote q) {
    String inner = text.substring(q.open() + 1, q.close()).strip();
    int n = inner.isEmpty() ? 0 : inner.split("\\s+").length;
    return (n >= 4 || n >= 1 && inner.matches("(?s).*[.!?,]$")) && !title(q, inner, n);
  }

  private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
      "(\\p{Lu}[\\p{L}’'-]*[\\s,]*)+");
  private static final java.util.regex.Pattern BEFORE_TITLE = java.util.regex.Pattern.compile(
      "(?s).*(\\b(on|in|at|of|to|for)|[’']s)\\s*$");

  private boolean title(Quote q, String inner, int words) {
    return words < 4 && TITLE.matcher(inner).matches()
        && BEFORE_TITLE.matcher(text.substring(Math.max(0, q.open() - 20), q.open())).matches();
  }

  @Nullable Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** Index of the first sentence ending after {@code offset}. */
  int indexOfSentence(int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).end() > offset) {
        return i;
      }
    }
    return sentences.size();
  }

  /** Whether a draft's content already overlaps {@code inner}. */
  boolean covered(Span inner) {
    for (Draft d : drafts) {
      for (Span p : d.parts()) {
        if (p.overlaps(inner)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a draft's cue overlaps {@code cue}. */
  boolean overlapsDraftCue(Span cue) {
    for (Draft d : drafts) {
      if (d.cue().overlaps(cue)) {
        return true;
      }
    }
    return false;
  }

  /** {@link ClaimKind#MIXED} when {@code content} holds or opens a quotation, else {@code base}. */
  ClaimKind kindOf(Span content, ClaimKind base) {
    for (Quote q : quotes) {
      if (content.contains(new Span(q.open(), Math.min(q.close() + 1, text.length())))
          || content.overlaps(q.inner()) && q.open() >= content.start()) {
        return ClaimKind.MIXED;
      }
    }
    return base;
  }

  boolean hasParagraphBreak(int from, int to) {
    return text.substring(from, Math.max(from, to)).contains("\n");
  }

  int lineStart(int offset) {
    int i = text.lastIndexOf('\n', offset);
    return i < 0 ? 0 : i + 1;
  }

  /** {@code s} without surrounding white space and trailing commas. */
  Span trim(Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == ',')) {
      b--;
    }
    return new Span(a, b);
  }

  /** Whether no comma lies among words {@code from..to-1}. */
  boolean noComma(int from, int to) {
    for (int j = from; j < to; j++) {
      if (words.get(j).is(",")) {
        return false;
      }
    }
    return true;
  }

  /** Whether most words of words {@code from..to-1} are capitalised, as in headlines. */
  boolean titleCase(int from, int to) {
    int n = 0;
    int caps = 0;
    for (int j = from; j < to; j++) {
      Word w = words.get(j);
      if (w.isWord() && w.text().length() > 3) {
        n++;
        caps += w.capitalised() ? 1 : 0;
      }
    }
    return n > 0 && caps * 10 >= n * 7;
  }
}
