package dev.scrutiny.checks;

import dev.scrutiny.places.Geo;
import dev.scrutiny.places.Regions;

import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Span;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.places.Place;
import dev.scrutiny.places.PlaceKind;
import dev.scrutiny.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * "Pokrovsk, about 50 km northwest of Donetsk" against the places' coordinates (distance within 25% or
 * 15 km, bearing within 30°), and "Sudzha in the Belgorod region" against the place's first-level region.
 */
final class GeographicChecker implements Checker {

  static final double DISTANCE_SHARE = 0.25;
  static final double DISTANCE_KM = 15;
  static final double BEARING_DEGREES = 30;

  private static final String DIR = "((?:north|south)(?:[- ]?(?:east|west))?|east|west|N|S|E|W|NE|NW|SE|SW)(?:ern)?";
  private static final Pattern DISTANCE = Pattern.compile(
      "\\b(?:(about|some|around|roughly|approximately|nearly|almost|just|only|less than|more than|over|under|within)\\s+)?"
          + "(\\d+(?:[.,]\\d+)?)\\s*-?\\s*(km|kilomet(?:re|er)s?|miles?|mi)\\b(?:\\s*\\([^)]{0,20}\\))?\\s*(?:to the\\s+|to\\s+)?"
          + "(?:" + DIR + "\\s+)?(?:of|from)\\s+(?:the\\s+(?:city|town|village)\\s+of\\s+)?",
      Pattern.CASE_INSENSITIVE);
  /** "Lviv, Odesa, Kharkiv region": a list, where a comma separates places instead of naming a region. */
  private static final Pattern LIST_BEFORE = Pattern.compile("(?:,|\\band|\\bor|–|—|-)\\s*(?:the\\s+|our\\s+)?$");
  private static final Pattern LIST_AFTER = Pattern.compile("^\\s*(?:,\\s*(?:and\\s+|or\\s+)?[A-Z]|and\\b|or\\b|–|—|-\\s|are\\b)");
  /** What may stand between a town and its distance: "Pokrovsk, which lies about 50 km …", not a clause. */
  private static final Pattern APPOSITION = Pattern.compile(
      "(?i)[\\s,(–—-]*(?:(?:which|that|is|was|lies|lay|located|situated|a|the|town|city|village|settlement|just|only|"
          + "some|about|roughly|around|approximately|nearly|almost|less|more|than|over|under|within|itself)[\\s,]+)*");
  private record At(Place place, Mention mention) {}

  @Override
  public String name() {
    return "geographic";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Place.LAYER);
  }

  @Override
  public List<Check> check(CheckContext c) {
    List<At> mentions = new ArrayList<>();
    for (Place p : c.places) {
      for (Mention m : p.mentions()) {
        mentions.add(new At(p, m));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.mention().start(), b.mention().start()));
    List<Check> out = new ArrayList<>();
    for (Sentence s : c.sentences) {
      distances(c, s, mentions, out);
    }
    for (At at : mentions) {
      region(c, at, out);
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  private void distances(CheckContext c, Sentence s, List<At> mentions, List<Check> out) {
    Matcher m = DISTANCE.matcher(c.text).region(s.start(), s.end());
    while (m.find()) {
      At to = null;
      At from = null;
      for (At at : mentions) {
        int ms = at.mention().start();
        if (ms >= m.end() && ms <= m.end() + 2 && to == null) {
          to = at;
        }
        if (at.mention().end() <= m.start() && ms >= s.start() && pointLike(at.place())) {
          from = at;  // the nearest town before the distance phrase
        }
      }
      if (to == null || from == null || from.place().equals(to.place()) || !pointLike(to.place())
          || !APPOSITION.matcher(c.text(from.mention().end(), m.start())).matches()) {
        continue;
      }
      double claimed = figure(m.group(2));
      if (m.group(3).toLowerCase(Locale.ROOT).startsWith("mi")) {
        claimed *= 1.609344;
      }
      Place a = to.place();
      Place b = from.place();
      double actual = Geo.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
      double bearing = Geo.bearing(a.latitude(), a.longitude(), b.latitude(), b.longitude());
      double tol = Math.max(claimed * DISTANCE_SHARE, DISTANCE_KM);
      String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      double off = switch (q) {
        case "more than", "over" -> Math.max(0, claimed - actual);
        case "less than", "under", "within", "nearly", "almost" -> Math.max(0, actual - claimed);
        default -> Math.abs(actual - claimed);
      };
      List<String> problems = new ArrayList<>();
      boolean severe = false;
      if (off > tol) {
        problems.add(String.format(Locale.ROOT, "%s is %.0f km from %s, not %s", b.name(), actual, a.name(),
            m.group(2) + " " + m.group(3)));
        severe = off > 2 * tol;
      }
      severe |= wrongBearing(m.group(4), a, b, actual, bearing, problems);
      if (!problems.isEmpty()) {
        String computed = String.format(Locale.ROOT, "%.0f km at %.0f° (%s) from %s to %s", actual, bearing,
            Geo.compassWord(bearing), a.name(), b.name());
        int start = from.mention().start();
        int end = to.mention().end();
        out.add(new Check(start, end, CheckKind.GEOGRAPHIC, severe ? Severity.ERROR : Severity.WARNING,
            "By the gazetteer's coordinates " + String.join(", and ", problems) + ".",
            new Evidence(List.of(), new Span(to.mention().start(), to.mention().end()),
                c.text(to.mention().start(), to.mention().end()), computed)));
      }
    }
  }

  /**
   * Adds a problem when the compass direction written ({@code direction}, may be null) is more than
   * {@value #BEARING_DEGREES}° off the bearing from {@code a} to {@code b}; true when it is more than 90° off.
   */
  private static boolean wrongBearing(@Nullable String direction, Place a, Place b, double actual, double bearing,
                                      List<String> problems) {
    Optional<Double> dir = direction == null ? Optional.empty() : Geo.compassBearing(direction);
    if (dir.isEmpty() || actual < 5) {
      return false;
    }
    double angle = Geo.angleBetween(dir.get(), bearing);
    if (angle <= BEARING_DEGREES) {
      return false;
    }
    problems.add(String.format(Locale.ROOT, "%s lies %s (%.0f°) of %s, not %s", b.name(),
        Geo.compassWord(bearing), bearing, a.name(), direction));
    return angle > 90;
  }

  private static boolean pointLike(Place p) {
    return p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.OTHER;
  }

  private void region(CheckContext c, At at, List<Check> out) {
    Place p = at.place();
    if (!pointLike(p) || p.admin1() == null) {
      return;
    }
    Regions.Stated stated = Regions.statedAfter(c.text, at.mention().end()).orElse(null);
    if (stated == null) {
      return;
    }
    String named = stated.name();
    if (Regions.sameRegion(named, p.admin1())) {
      return;
    }
    boolean comma = c.text.charAt(at.mention().end()) == ',';
    String before = c.text.substring(Math.max(0, at.mention().start() - 12), at.mention().start());
    String after = c.text.substring(stated.end(), Math.min(c.text.length(), stated.end() + 12));
    if (comma && (LIST_BEFORE.matcher(before).find() || LIST_AFTER.matcher(after).find())) {
      return;
    }
    int end = stated.end();
    out.add(new Check(at.mention().start(), end, CheckKind.GEOGRAPHIC, Severity.WARNING,
        "The gazetteer places " + p.name() + " in " + p.admin1() + (p.country() == null ? "" : " (" + p.country() + ")")
            + ", not in the " + named + " " + stated.word().toLowerCase(Locale.ROOT)
            + " (unless another place of that name is meant).",
        new Evidence(List.of(), null, null, p.name() + ": " + p.admin1() + ", " + p.country() + String.format(Locale.ROOT,
            " (%.4f, %.4f)", p.latitude(), p.longitude()))));
  }


  /** A distance as written: {@code 1,200} is twelve hundred (a comma before three digits groups thousands), {@code 2,5} two and a half. */
  static double figure(String written) {
    return written.matches("\\d{1,3},\\d{3}")
        ? Double.parseDouble(written.replace(",", ""))
        : Double.parseDouble(written.replace(',', '.'));
  }
}
