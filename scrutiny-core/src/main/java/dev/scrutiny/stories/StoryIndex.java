package dev.scrutiny.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Groups articles into stories one at a time: a new article joins the best-matching existing story or
 * starts one, without re-clustering what came before.
 *
 * <p>Candidates come from blocking: each story is indexed under its people, places and most telling words,
 * each tied to the event day; an article looks only at stories sharing such a key within
 * {@link StorySettings#windowDays()} days. Its score against a candidate combines the TF-IDF cosine with the
 * story's summed text, the overlap of people and of places, and the distance in days. Two events at the
 * same place on the same day stay apart when their texts do not agree ({@link StorySettings#minText()}).
 *
 * <p>Not thread-safe: one writer at a time.
 */
public final class StoryIndex {

  /** Where an article went. */
  public record Assignment(String articleId, String storyId, boolean created, double score) {}

  private static final int KEY_TERMS = 6;

  private final StorySettings settings;
  private final Map<String, Integer> df;
  private int docs;
  /** Whether {@link #df} and {@link #corpusDocs} were given (a corpus-wide table) rather than counted. */
  private final boolean fixedFrequencies;
  /** The number of documents {@link #df} counts over: the IDF's N. */
  private int corpusDocs;
  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<String, List<Cluster>> blocks = new HashMap<>();
  private final Map<String, Cluster> byArticle = new HashMap<>();

  public StoryIndex() {
    this(StorySettings.defaults());
  }

  public StoryIndex(StorySettings settings) {
    this.settings = settings;
    this.df = new HashMap<>();
    this.fixedFrequencies = false;
  }

  /**
   * An index whose term weights come from corpus-wide document frequencies given up front instead of
   * being counted as articles arrive. Its blocking keys ({@link #blockingKeys}) then do not depend on the
   * order of addition, which is what lets a corpus be cut into independent blocks and each block be
   * clustered on its own (the Spark job does this): every story an article could join shares one of its
   * keys within {@link StorySettings#windowDays()} days.
   *
   * @param documentFrequencies for each content term, the number of articles of the corpus that use it; read,
   *                            not copied, so it must not change while the index is in use
   * @param documents           the number of articles in the corpus
   */
  public StoryIndex(StorySettings settings, Map<String, Integer> documentFrequencies, int documents) {
    if (documents < 0) {
      throw new IllegalArgumentException("documents must not be negative, got " + documents);
    }
    this.settings = settings;
    this.fixedFrequencies = true;
    this.df = Collections.unmodifiableMap(documentFrequencies); // read, never copied: one table serves many indexes
    this.corpusDocs = documents;
  }

  /**
   * The keys an article is indexed and looked up under, each meant with its event day: its people
   * ({@code e:}), its places ({@code p:}) and its most telling words ({@code t:}) by the current weights.
   */
  public List<String> blockingKeys(Digest d) {
    return keys(d, vector(d.terms()));
  }

  /** Adds one article; an id seen before is refused with an {@link IllegalArgumentException}. */
  public Assignment add(Digest d) {
    if (byArticle.containsKey(d.id())) {
      throw new IllegalArgumentException("article '" + d.id() + "' is already in the index");
    }
    docs++;
    if (!fixedFrequencies) {
      corpusDocs++;
      for (String t : d.terms().keySet()) {
        df.merge(t, 1, Integer::sum);
      }
    }
    Map<String, Double> vector = vector(d.terms());
    Cluster best = null;
    double bestScore = -1;
    for (Cluster c : candidates(d, vector)) {
      double s = score(d, vector, c);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    boolean created = best == null || bestScore < settings.threshold();
    Cluster target = created ? new Cluster("s" + (clusters.size() + 1)) : best;
    if (created) {
      clusters.add(target);
    }
    target.add(d);
    byArticle.put(d.id(), target);
    for (String key : keys(d, vector)) {
      List<Cluster> list = blocks.computeIfAbsent(key + "@" + day(d.eventDate()), k -> new ArrayList<>(2));
      if (!list.contains(target)) {
        list.add(target);
      }
    }
    return new Assignment(d.id(), target.id, created, created ? 0 : bestScore);
  }

  /** The stories so far, in order of creation. */
  public List<Story> stories() {
    List<Story> out = new ArrayList<>(clusters.size());
    for (Cluster c : clusters) {
      out.add(c.story());
    }
    return out;
  }

  /** The articles of one story, in the order they joined. */
  public List<Digest> members(String storyId) {
    for (Cluster c : clusters) {
      if (c.id.equals(storyId)) {
        return List.copyOf(c.members);
      }
    }
    throw new IllegalArgumentException("no story '" + storyId + "'");
  }

  /** The story an article belongs to, or null when it was never added. */
  public @Nullable String storyOf(String articleId) {
    Cluster c = byArticle.get(articleId);
    return c == null ? null : c.id;
  }

  public int size() {
    return docs;
  }

  private Set<Cluster> candidates(Digest d, Map<String, Double> vector) {
    Set<Cluster> out = new LinkedHashSet<>();
    List<String> keys = keys(d, vector);
    LocalDate e = d.eventDate();
    for (int delta = -settings.windowDays(); delta <= settings.windowDays(); delta++) {
      String suffix = "@" + (e == null ? day(null) : day(e.plusDays(delta)));
      for (String k : keys) {
        List<Cluster> list = blocks.get(k + suffix);
        if (list != null) {
          out.addAll(list);
        }
      }
      if (e == null) {
        break;
      }
    }
    return out;
  }

  private List<String> keys(Digest d, Map<String, Double> vector) {
    List<String> keys = new ArrayList<>();
    for (String w : d.who()) {
      keys.add("e:" + w);
    }
    for (String p : d.where()) {
      keys.add("p:" + p);
    }
    vector.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(KEY_TERMS)
        .forEach(en -> keys.add("t:" + en.getKey()));
    return keys;
  }

  private static String day(@Nullable LocalDate d) {
    return d == null ? "?" : d.toString();
  }

  private double score(Digest d, Map<String, Double> vector, Cluster c) {
    double text = cosine(vector, c);
    if (text < settings.minText()) {
      return 0;
    }
    double who = overlap(d.who(), c.who);
    double where = 0;
    if (!d.where().isEmpty() && !c.where.isEmpty()) {
      where = overlap(d.where(), c.where) > 0 ? 1 : -1; // both say where, and not the same place: another incident
    }
    double when = 0.5;
    if (d.eventDate() != null && c.lastEvent != null) {
      long gap = 0;
      if (d.eventDate().isBefore(c.firstEvent)) {
        gap = ChronoUnit.DAYS.between(d.eventDate(), c.firstEvent);
      } else if (d.eventDate().isAfter(c.lastEvent)) {
        gap = ChronoUnit.DAYS.between(c.lastEvent, d.eventDate());
      }
      when = 1 - gap / 2.0;
    }
    return settings.textWeight() * text + settings.whoWeight() * who + settings.whereWeight() * where
        + settings.whenWeight() * when;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String s : a) {
      if (b.contains(s)) {
        shared++;
      }
    }
    return shared / (double) Math.min(a.size(), b.size());
  }

  private double idf(String term) {
    return Math.log((corpusDocs + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1;
  }

  private Map<String, Double> vector(Map<String, Integer> terms) {
    Map<String, Double> v = new HashMap<>(terms.size() * 2);
    for (Map.Entry<String, Integer> e : terms.entrySet()) {
      v.put(e.getKey(), (1 + Math.log(e.getValue())) * idf(e.getKey()));
    }
    return v;
  }

  private double cosine(Map<String, Double> v, Cluster c) {
    double dot = 0;
    double nv = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      nv += e.getValue() * e.getValue();
      Integer n = c.terms.get(e.getKey());
      if (n != null) {
        dot += e.getValue() * (1 + Math.log(n)) * idf(e.getKey());
      }
    }
    double nc = 0;
    for (Map.Entry<String, Integer> e : c.terms.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
      nc += w * w;
    }
    return nv == 0 || nc == 0 ? 0 : dot / Math.sqrt(nv * nc);
  }

  /** A story being built: members and their pooled features. */
  private static final class Cluster {
    final String id;
    final List<Digest> members = new ArrayList<>();
    final Map<String, Integer> terms = new HashMap<>();
    final Set<String> who = new HashSet<>();
    final Set<String> where = new HashSet<>();
    @Nullable LocalDate firstEvent;
    @Nullable LocalDate lastEvent;

    Cluster(String id) {
      this.id = id;
    }

    void add(Digest d) {
      members.add(d);
      // summed counts, damped by the log in the cosine: a long story does not drown a short article
      for (Map.Entry<String, Integer> e : d.terms().entrySet()) {
        terms.merge(e.getKey(), e.getValue(), Integer::sum);
      }
      who.addAll(d.who());
      where.addAll(d.where());
      LocalDate e = d.eventDate();
      if (e != null) {
        firstEvent = firstEvent == null || e.isBefore(firstEvent) ? e : firstEvent;
        lastEvent = lastEvent == null || e.isAfter(lastEvent) ? e : lastEvent;
      }
    }

    Story story() {
      Digest titled = members.stream().filter(m -> m.article().title() != null)
          .min(Comparator.comparing(Cluster::dateOf, Comparator.nullsLast(Comparator.naturalOrder())))
          .orElse(null);
      LocalDate first = null;
      LocalDate last = null;
      List<String> ids = new ArrayList<>(members.size());
      for (Digest m : members) {
        ids.add(m.id());
        LocalDate d = dateOf(m);
        if (d != null) {
          first = first == null || d.isBefore(first) ? d : first;
          last = last == null || d.isAfter(last) ? d : last;
        }
      }
      return new Story(id, ids, titled == null ? null : titled.article().title(), first, last);
    }

    static @Nullable LocalDate dateOf(Digest d) {
      return d.published() != null ? d.published() : d.eventDate();
    }
  }
}
