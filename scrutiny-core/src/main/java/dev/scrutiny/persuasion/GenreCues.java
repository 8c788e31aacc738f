package dev.scrutiny.persuasion;

import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Genre cues that describe how an article is written rather than what it is about, added to {@link GenreStyle}'s
 * rates for a model without word features: the writer's own voice outside quotation marks (first and second
 * person, questions, evaluative and intensifying words where they are not someone else's words), the share of
 * words that are quoted, named sources ("said Smith", "according to"), wire shapes (a capitalised dateline, an
 * agency in brackets before a dash), one-sentence paragraphs, links and handles, and ages set off by commas after
 * a name ("Jane Doe, 42,"), a habit of satire's invented witnesses. Every value lies in [0, 1]. Stateless and
 * thread-safe.
 */
final class GenreCues {

  private GenreCues() {}

  private static final Set<String> EVALUATIVE = Set.of(("absurd awful terrible horrible disgusting shameful pathetic "
      + "outrageous ridiculous insane crazy brilliant wonderful amazing incredible disastrous appalling foolish "
      + "dishonest despicable idiotic laughable hypocritical cowardly heroic glorious evil vile sick disgraceful "
      + "stupid dumb shocking tragic absurdity nonsense").split(" "));
  private static final Set<String> INTENSIFIERS = Set.of(("very extremely utterly totally absolutely really truly "
      + "completely entirely deeply incredibly simply literally").split(" "));
  private static final Set<String> FIRST = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours");
  private static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself", "yourselves");
  private static final Set<String> SAY = Set.of("said", "says", "told", "stated", "added", "announced", "explained",
      "according", "confirmed", "noted", "insisted", "warned", "spokesman", "spokeswoman", "spokesperson");

  /** A capitalised dateline: "KYIV, Ukraine —", "WASHINGTON (AP) —", "MOSCOW, March 3 (Reuters) -". */
  private static final Pattern CAPS_DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu} .'’-]{2,30}(,[\\p{L}\\d .]{1,30})?\\s*(\\([^)]{1,30}\\))?\\s*[-—–:]");
  /** An agency or outlet in brackets before a dash, anywhere in the first paragraph: "(Reuters) -". */
  private static final Pattern WIRE = Pattern.compile("\\(\\p{Lu}[\\p{L}.& ]{1,20}\\)\\s*[-—–]");
  private static final Pattern LINK = Pattern.compile("https?://|www\\.|pic\\.twitter|(^|\\s)@\\w{2,}");
  private static final Pattern AGE = Pattern.compile("\\p{Lu}\\p{L}+, \\d{2},");

  /** Adds the cues ({@code d <name>}) of the whole article in {@code doc} (title line first) to {@code out}. */
  static void add(TextLayers doc, Map<String, Double> out) {
    String text = doc.text();
    int nl = text.indexOf('\n');
    List<ArticleLine> paragraphs = nl < 0 ? List.of()
        : ArticleLine.split(text).stream().filter(l -> l.start() > nl).toList();
    Voice v = new Voice();
    int single = 0, links = 0;
    for (ArticleLine p : paragraphs) {
      List<Sentence> sentences = doc.sentences(p.start(), p.end());
      single += sentences.size() <= 1 ? 1 : 0;
      String line = text.substring(p.start(), p.end());
      links += LINK.matcher(line).find() ? 1 : 0;
      v.ages += countMatches(AGE, line);
      v.open = false;
      for (Sentence s : sentences) {
        v.sentence(text, doc.tokens(Math.max(s.start(), p.start()), Math.min(s.end(), p.end())));
      }
    }
    int np = Math.max(1, paragraphs.size());
    String first = paragraphs.isEmpty() ? "" : text.substring(paragraphs.get(0).start(), paragraphs.get(0).end());
    v.put(out);
    put(out, "one-sentence-paragraphs", single / (double) np);
    put(out, "link-paragraphs", links / (double) np);
    put(out, "caps-dateline", CAPS_DATELINE.matcher(first).find() ? 1 : 0);
    put(out, "wire-credit", WIRE.matcher(first).find() ? 1 : 0);
  }

  private static int countMatches(Pattern p, String s) {
    int n = 0;
    var m = p.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Counts of the writer's own voice (outside quotation marks) and of quoted and attributed speech. */
  private static final class Voice {
    boolean open;
    int sentences, words, quotedWords, ownFirst, ownSecond, ownQuestions, ownEvaluative, ownIntensifiers;
    int namedSources, ages;

    void sentence(String text, List<Token> tokens) {
      sentences++;
      boolean first = false, second = false, question = false, evaluative = false, intensifier = false;
      boolean say = false, name = false;
      for (int i = 0; i < tokens.size(); i++) {
        Token w = tokens.get(i);
        String t = TextLayers.form(w);
        if (w.kind() == TokenKind.PUNCT) {
          question |= !open && t.indexOf('?') >= 0;
          open = quoteState(t, open);
        } else if (w.isWord() && Character.isLetter(text.charAt(w.start()))) {
          words++;
          quotedWords += open ? 1 : 0;
          say |= SAY.contains(t);
          name |= i > 0 && Character.isUpperCase(text.charAt(w.start())) && !t.equals("i");
          if (!open) {
            first |= FIRST.contains(t);
            second |= SECOND.contains(t);
            evaluative |= EVALUATIVE.contains(t);
            intensifier |= INTENSIFIERS.contains(t);
          }
        }
      }
      ownFirst += first ? 1 : 0;
      ownSecond += second ? 1 : 0;
      ownQuestions += question ? 1 : 0;
      ownEvaluative += evaluative ? 1 : 0;
      ownIntensifiers += intensifier ? 1 : 0;
      namedSources += say && name ? 1 : 0;
    }

    /** Whether a quotation is open after punctuation {@code t}: straight marks toggle, curly and angle ones open or close. */
    private static boolean quoteState(String t, boolean open) {
      boolean state = open;
      for (int k = 0; k < t.length(); k++) {
        switch (t.charAt(k)) {
          case '"' -> state = !state;
          case '“', '«', '„' -> state = true;
          case '”', '»' -> state = false;
          default -> { }
        }
      }
      return state;
    }

    void put(Map<String, Double> out) {
      double n = Math.max(1, sentences);
      GenreCues.put(out, "own-first-person-sentences", ownFirst / n);
      GenreCues.put(out, "own-second-person-sentences", ownSecond / n);
      GenreCues.put(out, "own-questions", ownQuestions / n);
      GenreCues.put(out, "own-evaluative-sentences", 4 * ownEvaluative / n);
      GenreCues.put(out, "own-intensifier-sentences", 4 * ownIntensifiers / n);
      GenreCues.put(out, "quoted-words", quotedWords / (double) Math.max(1, words));
      GenreCues.put(out, "named-source-sentences", namedSources / n);
      GenreCues.put(out, "ages", Math.min(ages, 3) / 3.0);
    }
  }

  private static void put(Map<String, Double> out, String name, double value) {
    out.put("d " + name, Math.max(0, Math.min(1, value)));
  }
}
