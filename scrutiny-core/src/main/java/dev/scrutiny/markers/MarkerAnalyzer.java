package dev.scrutiny.markers;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.claims.Claim;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.places.Convention;
import dev.scrutiny.places.Conventions;
import dev.scrutiny.places.Gazetteer;
import dev.scrutiny.places.GazetteerEntry;
import dev.scrutiny.places.Place;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Produces the {@code markers} layer: a {@link TermMarker} for every {@link Lexicon} match (by lemma,
 * case-insensitive, longest match first, matches never overlap), a {@link ToponymMarker} for every place
 * mention written in a Russian- or Ukrainian-style convention, then one {@link MarkerSummary}.
 *
 * <p>Requires sentences, places and claims (the sourcing profile is built from the claims layer).
 * Immutable and thread-safe: the lexicon is compiled once.
 *
 * <pre>{@code
 * MarkerAnalyzer markers = new MarkerAnalyzer(Lexicon.defaults().with(Lexicon.load(Path.of("terms.tsv"))));
 * }</pre>
 */
public final class MarkerAnalyzer implements Analyzer<Marker> {

  private record Form(List<String> lemmas, Lexicon.Entry entry) {}

  private final Map<String, List<Form>> byFirstLemma;

  /** Marks the terms of {@link Lexicon#defaults()}. */
  public MarkerAnalyzer() {
    this(Lexicon.defaults());
  }

  public MarkerAnalyzer(Lexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    Map<String, List<Form>> m = new HashMap<>();
    for (Lexicon.Entry e : lexicon.entries()) {
      for (List<String> lemmas : e.lemmaForms()) {
        m.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(new Form(lemmas, e));
      }
    }
    m.values().forEach(l -> l.sort(Comparator.comparingInt((Form f) -> f.lemmas().size()).reversed()));
    this.byFirstLemma = Map.copyOf(m);
  }

  @Override
  public LayerKey<Marker> produces() {
    return Marker.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Sentence.LAYER, Place.LAYER, Claim.LAYER);
  }

  @Override
  public String name() {
    return "markers/1";
  }

  @Override
  public List<Marker> analyze(Analysis in) {
    String text = in.text();
    List<Marker> spanned = new ArrayList<>(terms(text));
    Map<Convention, Integer> conventions = new EnumMap<>(Convention.class);
    for (Convention c : Convention.values()) {
      conventions.put(c, 0);
    }
    for (Place p : in.items(Place.LAYER)) {
      // each mention counts with the variant it uses: one article may write both Kiev and Kyiv
      GazetteerEntry entry = Gazetteer.shared().byId(p.gazetteerId()).orElse(null);
      for (Mention m : p.mentions()) {
        Convention c = entry == null ? p.convention() : Conventions.shared().conventionAt(text, m.start(), m.end(), entry);
        conventions.merge(c, 1, Integer::sum);
        if (c != Convention.NEUTRAL) {
          spanned.add(new ToponymMarker(m.start(), m.end(), text.substring(m.start(), m.end()), p.name(), c));
        }
      }
    }
    spanned.sort(Comparator.comparingInt((Marker m) -> ((dev.scrutiny.article.Spanned) m).start())
        .thenComparingInt(m -> ((dev.scrutiny.article.Spanned) m).end()));
    Map<String, MarkerSummary.TermCount> counts = new LinkedHashMap<>();
    Map<Side, Integer> sides = new EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      sides.put(s, 0);
    }
    for (Marker m : spanned) {
      if (m instanceof TermMarker t) {
        counts.merge(t.term(), new MarkerSummary.TermCount(t.term(), t.category(), t.side(), 1),
            (a, b) -> new MarkerSummary.TermCount(a.term(), a.category(), a.side(), a.count() + 1));
        sides.merge(t.side(), 1, Integer::sum);
      }
    }
    List<MarkerSummary.TermCount> terms = new ArrayList<>(counts.values());
    terms.sort(Comparator.comparingInt(MarkerSummary.TermCount::count).reversed());
    List<Marker> out = new ArrayList<>(spanned);
    out.add(new MarkerSummary(terms, sides, conventions, Sourcing.profile(text, in.items(Sentence.LAYER), in.items(Claim.LAYER))));
    return out;
  }

  /** Lexicon matches in {@code text}, left to right, longest first, never overlapping. */
  public List<TermMarker> terms(String text) {
    List<Lemmatizer.Word> words = Lemmatizer.words(text);
    List<TermMarker> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Form hit = null;
      for (Form f : byFirstLemma.getOrDefault(words.get(i).lemma(), List.of())) {
        if (matches(words, i, f.lemmas(), text)) {
          hit = f;
          break;
        }
      }
      if (hit == null) {
        i++;
        continue;
      }
      int start = words.get(i).start();
      int end = words.get(i + hit.lemmas().size() - 1).end();
      Lexicon.Entry e = hit.entry();
      out.add(new TermMarker(start, end, text.substring(start, end), e.term(), String.join(" ", hit.lemmas()),
          e.category(), e.side(), e.note()));
      i += hit.lemmas().size();
    }
    return out;
  }

  private static boolean matches(List<Lemmatizer.Word> words, int i, List<String> lemmas, String text) {
    if (i + lemmas.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < lemmas.size(); k++) {
      if (!words.get(i + k).lemma().equals(lemmas.get(k))) {
        return false;
      }
      if (k > 0) {
        String gap = text.substring(words.get(i + k - 1).end(), words.get(i + k).start());
        if (!gap.isBlank() && !gap.equals("-")) {
          return false;  // a phrase does not run across punctuation
        }
      }
    }
    return true;
  }
}
