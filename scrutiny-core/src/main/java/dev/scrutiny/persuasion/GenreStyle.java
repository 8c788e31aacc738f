package dev.scrutiny.persuasion;

import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dense, per-sentence style rates of a whole article (title line first, as in the SemEval files): how
 * much of it is attributed speech, quotation, first- and second-person address, questions, numbers and
 * dates, hedging, plus dateline and title shape. The word lists cover the six SemEval languages (en, ru, fr,
 * de, it, pl) so that other languages' articles can teach these weights too. Reporting, opinion and satire differ in these more than
 * in topic words, and a few dense values are not drowned by the hashed n-gram block the way bucketed
 * counts were. Every value lies in [0, 1]. Stateless and thread-safe.
 */
final class GenreStyle {

  private GenreStyle() {}

  private static final Set<String> SAY = words("said says told according stated added announced reported confirmed spokesman spokeswoman spokesperson claimed noted explained insisted warned statement tweeted wrote declared asked replied сказал сказала заявил заявила заявили сообщил сообщила сообщили отметил отметила словам сообщает пояснил подчеркнул déclaré selon affirmé annoncé indiqué précisé expliqué ajouté sagte sagten erklärte laut teilte berichtete betonte detto dichiarato secondo affermato spiegato annunciato riferito sottolineato powiedział powiedziała według stwierdził oświadczył poinformował przekazał dodał zaznaczył");
  private static final Set<String> FIRST = words("i me my mine myself i'm i've i'd i'll я мне меня мой моя моё мои мной je moi mon mes ich mich mir mein meine meiner meinen io mio mia miei mie ja mnie mój moja moje mojego");
  private static final Set<String> WE = words("we our us ours we're we've ourselves мы нас нам наш наша наше наши nous notre nos wir uns unser unsere noi nostro nostra nostri nas nasz nasza nasze");
  private static final Set<String> YOU = words("you your yours you're you've yourself вы вас вам ваш ты тебя тебе твой vous votre vos tu toi tes du dich dir dein euch voi tuo tua vostro ty ciebie wy wasz twój");
  private static final Set<String> HEDGE = words("may might could reportedly allegedly possibly perhaps apparently likely unclear возможно может вероятно якобы peut-être pourrait probablement prétendument vielleicht könnte möglicherweise angeblich wahrscheinlich forse potrebbe probabilmente presumibilmente może prawdopodobnie rzekomo podobno");
  private static final Set<String> STANCE = Set.of("should", "must", "need", "ought", "obviously", "clearly",
      "truth", "lie", "lies", "evil", "disgrace", "shameful", "ridiculous", "idiot", "idiots", "stupid");
  private static final Set<String> DATES = words("monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december yesterday today tonight понедельник вторник среду четверг пятницу субботу воскресенье января февраля марта апреля мая июня июля августа сентября октября ноября декабря вчера сегодня lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre hier montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember gestern heute lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre dicembre ieri oggi poniedziałek wtorek środę czwartek piątek sobotę niedzielę stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia wczoraj dzisiaj");
  private static final Set<String> AGENCY = words("reuters ap afp agency associated press bloomberg tass xinhua ria интерфакс тасс рбк ansa dpa pap");
  private static Set<String> words(String spaced) {
    return Set.of(spaced.split(" "));
  }

  private static final Pattern DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{L} .'’]{1,40}(,[\\p{L} .]{1,30})?\\s*(\\([^)]{1,30}\\))?\\s*[-—–:]\\s");

  /** Named dense features ({@code d <name>}) of the whole article in {@code doc} (title line first). */
  static Map<String, Double> of(TextLayers doc) {
    String text = doc.text();
    int nl = text.indexOf('\n');
    int titleEnd = nl < 0 ? text.length() : nl;
    List<ArticleLine> paragraphs = nl < 0 ? List.of()
        : ArticleLine.split(text).stream().filter(l -> l.start() > nl).toList();
    List<Sentence> sentences = nl < 0 ? List.of() : doc.sentences(nl + 1, text.length());
    Counts c = new Counts();
    for (Sentence s : sentences) {
      c.sentence(text, doc.tokens(s.start(), s.end()));
    }
    Map<String, Double> out = new LinkedHashMap<>();
    c.put(out, Math.max(1, sentences.size()));
    put(out, "paragraph-length", sentences.size() / (double) Math.max(1, paragraphs.size()) / 6.0);
    int quotedParagraphs = 0;
    for (ArticleLine p : paragraphs) {
      if ("\"“„«'".indexOf(text.charAt(p.start())) >= 0) {
        quotedParagraphs++;
      }
    }
    put(out, "quote-led-paragraphs", quotedParagraphs / (double) Math.max(1, paragraphs.size()));
    String firstLine = paragraphs.isEmpty() ? "" : text.substring(paragraphs.get(0).start(), paragraphs.get(0).end());
    put(out, "dateline", DATELINE.matcher(firstLine).find() ? 1 : 0);
    title(out, text, doc.tokens(0, titleEnd), text.substring(0, titleEnd));
    return out;
  }

  /**
   * Whether a token counts as a word in the rates: a word token that starts with a letter, so that a clitic the
   * tokeniser splits off ({@code 's}, {@code n't}) does not count as a second word.
   */
  private static boolean isWord(String text, Token w) {
    return w.isWord() && Character.isLetter(text.charAt(w.start()));
  }

  /** The title's length, share of capitalised words and punctuation. */
  private static void title(Map<String, Double> out, String text, List<Token> titleWords, String title) {
    int tw = 0, capital = 0;
    for (Token w : titleWords) {
      if (isWord(text, w)) {
        tw++;
        if (Character.isUpperCase(text.charAt(w.start()))) {
          capital++;
        }
      }
    }
    put(out, "title-length", tw / 20.0);
    put(out, "title-capitalised", capital / (double) Math.max(1, tw));
    put(out, "title-question", title.indexOf('?') >= 0 ? 1 : 0);
    put(out, "title-exclamation", title.indexOf('!') >= 0 ? 1 : 0);
    put(out, "title-quote", title.matches(".*[\"“”'‘’«»].*") ? 1 : 0);
    put(out, "title-colon", title.indexOf(':') >= 0 ? 1 : 0);
  }

  /** Counts of the body: sentences with each kind of word or mark, and words of each kind. */
  private static final class Counts {
    int say, quote, question, exclaim, hedge, stance, firstS, youS;
    int words, first, we, you, numbers, dates, agency;

    void sentence(String text, List<Token> tokens) {
      boolean hasSay = false, hasQuote = false, hasHedge = false, hasStance = false, hasFirst = false, hasYou = false;
      for (Token w : tokens) {
        String t = TextLayers.form(w);
        if (isWord(text, w)) {
          words++;
          hasSay |= SAY.contains(t);
          hasHedge |= HEDGE.contains(t);
          hasStance |= STANCE.contains(t);
          int person = person(t, text.charAt(w.start()));
          hasFirst |= person == 1;
          hasYou |= person == 2;
          dates += DATES.contains(t) ? 1 : 0;
          agency += AGENCY.contains(t) ? 1 : 0;
        } else if (w.kind() == TokenKind.NUMBER) {
          numbers++;
        } else {
          hasQuote |= t.chars().anyMatch(ch -> "\"“”«»„".indexOf(ch) >= 0);
          question += t.chars().filter(ch -> ch == '?').count();
          exclaim += t.chars().filter(ch -> ch == '!').count();
        }
      }
      say += hasSay ? 1 : 0;
      quote += hasQuote ? 1 : 0;
      hedge += hasHedge ? 1 : 0;
      stance += hasStance ? 1 : 0;
      firstS += hasFirst ? 1 : 0;
      youS += hasYou ? 1 : 0;
    }

    /** 1 for a first-person word (not a lower-case Italian "i"), 2 for second person, 3 for "we", else 0. */
    private int person(String t, char firstChar) {
      if (FIRST.contains(t) && !(t.equals("i") && firstChar == 'i')) {
        first++;
        return 1;
      } else if (WE.contains(t)) {
        we++;
        return 3;
      } else if (YOU.contains(t)) {
        you++;
        return 2;
      }
      return 0;
    }

    void put(Map<String, Double> out, int n) {
      int wn = Math.max(1, words);
      GenreStyle.put(out, "say-sentences", say / (double) n);
      GenreStyle.put(out, "quoted-sentences", quote / (double) n);
      GenreStyle.put(out, "hedged-sentences", hedge / (double) n);
      GenreStyle.put(out, "stance-sentences", stance / (double) n);
      GenreStyle.put(out, "first-person-sentences", firstS / (double) n);
      GenreStyle.put(out, "second-person-sentences", youS / (double) n);
      GenreStyle.put(out, "questions", question / (double) n);
      GenreStyle.put(out, "exclamations", exclaim / (double) n);
      GenreStyle.put(out, "first-person", 20.0 * first / wn);
      GenreStyle.put(out, "we", 20.0 * we / wn);
      GenreStyle.put(out, "you", 20.0 * you / wn);
      GenreStyle.put(out, "numbers", 10.0 * numbers / wn);
      GenreStyle.put(out, "dates", 20.0 * dates / wn);
      GenreStyle.put(out, "agency", Math.min(agency, 3) / 3.0);
      GenreStyle.put(out, "sentence-length", words / (double) n / 40.0);
      GenreStyle.put(out, "article-length", Math.log1p(words) / 8.0);
    }
  }

  private static void put(Map<String, Double> out, String name, double value) {
    out.put("d " + name, Math.max(0, Math.min(1, value)));
  }
}
