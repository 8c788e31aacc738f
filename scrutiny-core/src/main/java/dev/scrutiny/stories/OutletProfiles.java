package dev.scrutiny.stories;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.claims.Claim;
import dev.scrutiny.claims.Stance;
import dev.scrutiny.markers.Marker;
import dev.scrutiny.markers.MarkerSummary;
import dev.scrutiny.persuasion.GenreLabel;
import dev.scrutiny.persuasion.TechniqueMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Sums the per-article layers of each outlet into an {@link OutletProfile}. Stateless. */
final class OutletProfiles {

  private OutletProfiles() {}

  static List<OutletProfile> of(List<Digest> digests) {
    Map<String, List<Digest>> bySource = new TreeMap<>();
    for (Digest d : digests) {
      bySource.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d);
    }
    List<OutletProfile> out = new ArrayList<>();
    bySource.forEach((source, list) -> out.add(profile(source, list)));
    return out;
  }

  private static OutletProfile profile(String source, List<Digest> list) {
    int words = 0;
    int techniques = 0;
    int loaded = 0;
    int attributions = 0;
    int anonymous = 0;
    int sentences = 0;
    int authorVoice = 0;
    int cueCount = 0;
    int loadedCues = 0;
    Map<String, Integer> sides = new TreeMap<>();
    Map<String, Integer> toponyms = new TreeMap<>();
    Map<String, Integer> quotes = new TreeMap<>();
    Map<String, Integer> genres = new TreeMap<>();
    Map<String, Integer> cues = new TreeMap<>();
    for (Digest d : list) {
      Analysis a = d.analysis();
      words += Words.all(a.text()).size();
      techniques += a.items(TechniqueMatch.LAYER).size();
      for (Marker m : a.items(Marker.LAYER)) {
        if (m instanceof MarkerSummary s) {
          s.terms().forEach(t -> sides.merge(lower(t.side()), t.count(), Integer::sum));
          loadedCount(s, sides);
          s.toponyms().forEach((c, n) -> toponyms.merge(c.toString(), n, Integer::sum));
          s.sourcing().quotesPerSide().forEach((side, n) -> quotes.merge(lower(side), n, Integer::sum));
          attributions += s.sourcing().attributions();
          anonymous += s.sourcing().anonymousAttributions();
          sentences += s.sourcing().sentences();
          authorVoice += s.sourcing().authorVoice();
          loaded += s.terms().stream().mapToInt(MarkerSummary.TermCount::count).sum();
        }
      }
      for (GenreLabel g : a.items(GenreLabel.LAYER)) {
        genres.merge(g.label(), 1, Integer::sum);
      }
      for (Claim c : a.items(Claim.LAYER)) {
        if (c.cue() != null) {
          cues.merge(c.cue().lemma(), 1, Integer::sum);
          cueCount++;
          if (c.cue().stance() == Stance.LOADED) {
            loadedCues++;
          }
        }
      }
    }
    return new OutletProfile(source, list.size(), words, per1000(techniques, words), per1000(loaded, words), sides,
        toponyms, share(anonymous, attributions), quotes, share(authorVoice, sentences), genres, byCount(cues),
        share(loadedCues, cueCount));
  }

  private static void loadedCount(MarkerSummary s, Map<String, Integer> sides) {
    // sides with no term still appear, so every profile has the same shape
    s.sides().keySet().forEach(side -> sides.putIfAbsent(lower(side), 0));
  }

  private static Map<String, Integer> byCount(Map<String, Integer> m) {
    Map<String, Integer> out = new LinkedHashMap<>();
    m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static double per1000(int n, int words) {
    return words == 0 ? 0 : Math.round(n * 1_000_000.0 / words) / 1000.0;
  }

  private static double share(int n, int of) {
    return of == 0 ? 0 : Math.round(n * 1000.0 / of) / 1000.0;
  }
}
