package dev.scrutiny.stories;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.Published;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import dev.scrutiny.places.Convention;
import dev.scrutiny.places.Place;
import dev.scrutiny.places.PlaceKind;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.time.Anchor;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Generates analysed articles for benchmarks: events (a place, a day, a person, a casualty figure) each told
 * by one to eight outlets in their own words, some copied verbatim or with words swapped, with the
 * sentence, entity, place and time layers the comparison reads. Seeded, so runs are repeatable; the text
 * is filler vocabulary around the facts, not news.
 */
public final class SyntheticCorpus {

  private static final String[] VERBS = {"struck", "hit", "attacked", "shelled", "targeted"};
  private final SplittableRandom random;
  private final String[] vocabulary;
  private final String[] places;
  private final String[] people;
  private final String[] outlets;
  private final LocalDate start = LocalDate.of(2025, 1, 1);
  private int eventNo;
  private int articleNo;
  private final java.util.Map<String, Integer> events = new java.util.HashMap<>();

  public SyntheticCorpus(long seed) {
    random = new SplittableRandom(seed);
    Random r = new Random(seed);
    vocabulary = words(r, 6000, 4, 9);
    places = capitalised(words(r, 2000, 5, 10));
    people = capitalised(words(r, 5000, 5, 9));
    outlets = capitalised(words(r, 40, 5, 8));
  }

  /** The event an article was generated for (the answer key for story grouping). */
  public int eventOf(String articleId) {
    return events.get(articleId);
  }

  /** The next {@code n} articles, grouped by event, roughly in publication order. */
  public List<Analysis> articles(int n) {
    List<Analysis> out = new ArrayList<>(n);
    while (out.size() < n) {
      out.addAll(event(Math.min(n - out.size(), 1 + random.nextInt(8))));
    }
    return out;
  }

  private List<Analysis> event(int size) {
    int e = eventNo++;
    LocalDate day = start.plusDays(e / 60 % 365);
    String place = places[random.nextInt(places.length)];
    String person = people[random.nextInt(people.length)];
    int killed = 1 + random.nextInt(30);
    List<String> eventWords = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      eventWords.add(vocabulary[random.nextInt(vocabulary.length)]);
    }
    List<Analysis> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int figure = random.nextInt(10) == 0 ? killed + 1 + random.nextInt(5) : killed;
      String text = i > 0 && random.nextInt(8) == 0 ? copy(out.get(random.nextInt(out.size())).text())
          : text(day, place, person, figure, eventWords);
      Analysis a = analysis(text, day.plusDays(random.nextInt(2)), place, person, day);
      events.put(a.article().id(), e);
      out.add(a);
    }
    return out;
  }

  private String text(LocalDate day, String place, String person, int killed, List<String> eventWords) {
    StringBuilder b = new StringBuilder(1200);
    b.append("Drones ").append(VERBS[random.nextInt(VERBS.length)]).append(' ').append(place).append(" on ")
        .append(day).append(", killing ").append(killed).append(" people, ").append(person).append(" said. ");
    for (int s = 0; s < 8; s++) {
      for (int w = 0; w < 14; w++) {
        String word = random.nextInt(3) == 0 ? eventWords.get(random.nextInt(eventWords.size()))
            : vocabulary[random.nextInt(vocabulary.length)];
        b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
      }
      b.setCharAt(b.length() - 1, '.');
      b.append(' ');
    }
    return b.toString().strip();
  }

  /** A copy with one word in twelve swapped, like a content farm's rewrite. */
  private String copy(String text) {
    String[] words = text.split(" ");
    for (int i = 12; i < words.length; i++) {
      if (random.nextInt(12) == 0 && !words[i].endsWith(".")) {
        words[i] = vocabulary[random.nextInt(vocabulary.length)];
      }
    }
    return String.join(" ", words);
  }

  private Analysis analysis(String text, LocalDate published, String place, String person, LocalDate day) {
    String id = "a" + articleNo++;
    Article a = Article.builder(id, text).title(text.substring(0, Math.min(60, text.indexOf('.'))))
        .source(outlets[random.nextInt(outlets.length)]).published(Published.of(published)).language("en").build();
    int n = text.length();
    List<Sentence> sentences = new ArrayList<>();
    int s = 0;
    for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 2)) {
      sentences.add(new Sentence(s, i + 1));
      s = i + 2;
    }
    sentences.add(new Sentence(s, n));
    int p = text.indexOf(place);
    int q = text.indexOf(person);
    int d = text.indexOf(day.toString());
    List<Place> placeLayer = p < 0 ? List.of() : List.of(new Place("p1", place, place,
        List.of(new Mention(p, p + place.length(), MentionKind.NAME)), "UA", null, 48, 35, PlaceKind.CITY,
        Convention.NEUTRAL, 1 + Math.floorMod(place.hashCode(), 1_000_000), null));
    List<Entity> entities = q < 0 ? List.of() : List.of(new Entity("e1", EntityType.PERSON, person,
        person.toLowerCase(java.util.Locale.ROOT), List.of(new Mention(q, q + person.length(), MentionKind.NAME)), List.of()));
    List<TimeExpression> times = d < 0 ? List.of() : List.of(new TimeExpression(d, d + 10, day.toString(),
        TimeType.DATE, day.toString(), Anchor.ABSOLUTE));
    return Analysis.of(a)
        .with(new Layer<>(Sentence.LAYER, "synthetic", sentences, n), 0)
        .with(new Layer<>(Entity.LAYER, "synthetic", entities, n), 0)
        .with(new Layer<>(Place.LAYER, "synthetic", placeLayer, n), 0)
        .with(new Layer<>(TimeExpression.LAYER, "synthetic", times, n), 0);
  }

  private static String[] words(Random r, int count, int min, int max) {
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      int len = min + r.nextInt(max - min + 1);
      StringBuilder b = new StringBuilder(len);
      for (int j = 0; j < len; j++) {
        b.append((char) ('a' + r.nextInt(26)));
      }
      out[i] = b.toString();
    }
    return out;
  }

  private static String[] capitalised(String[] words) {
    for (int i = 0; i < words.length; i++) {
      words[i] = Character.toUpperCase(words[i].charAt(0)) + words[i].substring(1);
    }
    return words;
  }
}
