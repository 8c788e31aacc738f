package dev.scrutiny.stories;

import dev.scrutiny.stories.Finding.Kind;
import dev.scrutiny.stories.Finding.Relation;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares the articles of one story pairwise: figures for the same quantity, the status of the same
 * place, and who carried out the attack. A disagreement is a contradiction, unless both figures come from
 * the same outlet or the same speaker at different times, which makes the later one an update. Equal
 * figures from different outlets that do not copy each other are agreements. Stateless.
 */
final class ConflictFinder {

  /** What the finder needs to know about one article. */
  record Account(Digest digest, List<Figure> figures, List<Assertions.Status> statuses,
                 Assertions.@Nullable Actor actor) {

    static Account of(Digest d) {
      return new Account(d, FigureExtractor.figures(d.analysis()), Assertions.statuses(d.analysis()),
          Assertions.actor(d.analysis()));
    }
  }

  private ConflictFinder() {}

  /**
   * Every finding between pairs of {@code accounts}; {@code copies} holds "a|b" keys of article pairs that
   * copy each other (never counted as independent agreement).
   */
  static List<Finding> compare(String story, List<Account> accounts, Set<String> copies) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      for (int j = i + 1; j < accounts.size(); j++) {
        Account x = accounts.get(i);
        Account y = accounts.get(j);
        if (earlier(y.digest(), x.digest())) {
          Account t = x;
          x = y;
          y = t;
        }
        boolean copied = copies.contains(x.digest().id() + "|" + y.digest().id())
            || copies.contains(y.digest().id() + "|" + x.digest().id());
        figures(story, x, y, copied, out);
        statuses(story, x, y, out);
        actors(story, x, y, out);
      }
    }
    return out;
  }

  private static void figures(String story, Account x, Account y, boolean copied, List<Finding> out) {
    Map<String, List<Figure>> byQuantity = new HashMap<>();
    for (Figure f : y.figures()) {
      byQuantity.computeIfAbsent(f.quantity(), k -> new ArrayList<>()).add(f);
    }
    Set<String> done = new java.util.HashSet<>();
    for (Figure fx : x.figures()) {
      List<Figure> others = byQuantity.get(fx.quantity());
      if (others == null || !done.add(fx.quantity())) {
        continue;
      }
      List<Figure> mine = x.figures().stream().filter(f -> f.quantity().equals(fx.quantity())).toList();
      Figure agreeX = null;
      Figure agreeY = null;
      for (Figure a : mine) {
        for (Figure b : others) {
          if (a.compatible(b) && agreeX == null) {
            agreeX = a;
            agreeY = b;
          }
        }
      }
      if (agreeX != null) {
        if (!copied && !sameSource(x, y) && agreeX.value() == agreeY.value()) {
          out.add(finding(story, Relation.AGREEMENT, Kind.FIGURE, fx.quantity(), x, agreeX, y, agreeY,
              String.format(Locale.ROOT, "%s and %s independently give the same figure: %s %s.",
                  x.digest().source(), y.digest().source(), number(agreeX), fx.quantity())));
        }
        continue;
      }
      Figure a = mine.get(mine.size() - 1);
      Figure b = others.get(others.size() - 1);
      boolean sameSpeaker = a.speaker() != null && a.speaker().equals(b.speaker());
      if ((sameSource(x, y) || sameSpeaker) && strictlyEarlier(x.digest(), y.digest())) {
        String who = sameSpeaker ? a.speaker() : x.digest().source();
        out.add(finding(story, Relation.UPDATE, Kind.FIGURE, fx.quantity(), x, a, y, b, String.format(Locale.ROOT,
            "An update, not a contradiction: the same source (%s) gave %s %s on %s and %s on %s.", who, number(a),
            fx.quantity(), when(x.digest()), number(b), when(y.digest()))));
      } else {
        out.add(finding(story, Relation.CONTRADICTION, Kind.FIGURE, fx.quantity(), x, a, y, b, String.format(
            Locale.ROOT, "The figures for %s differ: %s (%s) gives %s%s, %s (%s) gives %s%s.", fx.quantity(),
            x.digest().source(), when(x.digest()), number(a), citing(a), y.digest().source(), when(y.digest()),
            number(b), citing(b))));
      }
    }
  }

  private static void statuses(String story, Account x, Account y, List<Finding> out) {
    Map<String, List<Assertions.Status>> mine = byPlace(x.statuses());
    Map<String, List<Assertions.Status>> theirs = byPlace(y.statuses());
    for (Map.Entry<String, List<Assertions.Status>> e : mine.entrySet()) {
      List<Assertions.Status> other = theirs.get(e.getKey());
      // an article that reports both versions ("Russia said it captured X; Kyiv denied it") conflicts with neither
      if (other == null || !oneVoice(e.getValue()) || !oneVoice(other)
          || e.getValue().get(0).taken() == other.get(0).taken()) {
        continue;
      }
      Assertions.Status a = e.getValue().get(0);
      Assertions.Status b = other.get(0);
      Relation r = sameSource(x, y) && strictlyEarlier(x.digest(), y.digest()) ? Relation.UPDATE
          : Relation.CONTRADICTION;
      String explanation = String.format(Locale.ROOT, "%s: %s (%s) says %s was %s (\"%s\"); %s (%s) says %s (\"%s\").",
          r == Relation.UPDATE ? "The same outlet changed its account" : "The status of " + a.placeName() + " differs",
          x.digest().source(), when(x.digest()), a.placeName(), a.taken() ? "taken" : "not taken", a.cue(),
          y.digest().source(), when(y.digest()), b.taken() ? "it was taken" : "it was not taken", b.cue());
      out.add(new Finding(story, r, Kind.STATUS, a.placeName(), Passage.of(x.digest(), a.start(), a.end()),
          Passage.of(y.digest(), b.start(), b.end()), explanation));
    }
  }

  private static Map<String, List<Assertions.Status>> byPlace(List<Assertions.Status> statuses) {
    Map<String, List<Assertions.Status>> m = new java.util.LinkedHashMap<>();
    for (Assertions.Status s : statuses) {
      m.computeIfAbsent(s.placeKey(), k -> new ArrayList<>()).add(s);
    }
    return m;
  }

  private static boolean oneVoice(List<Assertions.Status> statuses) {
    return statuses.stream().allMatch(s -> s.taken() == statuses.get(0).taken());
  }

  private static void actors(String story, Account x, Account y, List<Finding> out) {
    Assertions.Actor a = x.actor();
    Assertions.Actor b = y.actor();
    if (a == null || b == null || a.side().equals(b.side())) {
      return;
    }
    out.add(new Finding(story, Relation.CONTRADICTION, Kind.ATTRIBUTION, "who carried out the attack",
        Passage.of(x.digest(), a.start(), a.end()), Passage.of(y.digest(), b.start(), b.end()),
        String.format(Locale.ROOT, "Conflicting attribution: %s (%s) blames %s forces (\"%s\"); %s (%s) blames %s forces (\"%s\").",
            x.digest().source(), when(x.digest()), a.side(), a.phrase(), y.digest().source(), when(y.digest()),
            b.side(), b.phrase())));
  }

  private static Finding finding(String story, Relation r, Kind k, String subject, Account x, Figure a, Account y,
                                 Figure b, String explanation) {
    return new Finding(story, r, k, subject, Passage.of(x.digest(), a.sentenceStart(), a.sentenceEnd()),
        Passage.of(y.digest(), b.sentenceStart(), b.sentenceEnd()), explanation);
  }

  private static boolean sameSource(Account x, Account y) {
    return !x.digest().source().equals("unknown") && x.digest().source().equalsIgnoreCase(y.digest().source());
  }

  private static String number(Figure f) {
    String v = f.value() == Math.rint(f.value()) ? String.format(Locale.ROOT, "%,d", (long) f.value())
        : String.valueOf(f.value());
    return switch (f.bound()) {
      case EXACT -> v;
      case AT_LEAST -> "at least " + v;
      case AT_MOST -> "at most " + v;
      case ABOUT -> "about " + v;
    };
  }

  private static String citing(Figure f) {
    return f.speaker() == null ? "" : ", citing " + f.speaker();
  }

  private static String when(Digest d) {
    return d.publishedAt() != null ? d.publishedAt().toString().replace('T', ' ')
        : d.published() != null ? d.published().toString() : "undated";
  }

  private static boolean earlier(Digest a, Digest b) {
    return compareTime(a, b) < 0;
  }

  private static boolean strictlyEarlier(Digest a, Digest b) {
    return compareTime(a, b) < 0;
  }

  private static int compareTime(Digest a, Digest b) {
    LocalDateTime ta = a.publishedAt() != null ? a.publishedAt()
        : a.published() != null ? a.published().atStartOfDay() : null;
    LocalDateTime tb = b.publishedAt() != null ? b.publishedAt()
        : b.published() != null ? b.published().atStartOfDay() : null;
    if (ta == null || tb == null) {
      return 0;
    }
    return ta.compareTo(tb);
  }
}
