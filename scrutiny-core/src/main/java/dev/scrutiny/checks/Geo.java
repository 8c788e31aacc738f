package dev.scrutiny.checks;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Great-circle geometry on a spherical Earth (mean radius 6,371.0088 km): haversine distance, initial
 * bearing and compass directions. Accurate to about 0.5% for distances, which is far inside any tolerance
 * a news article's "about 50 km" deserves. Stateless.
 */
public final class Geo {

  /** Mean Earth radius in kilometres (IUGG). */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private static final Map<String, Double> COMPASS = Map.ofEntries(
      Map.entry("north", 0.0), Map.entry("north-northeast", 22.5), Map.entry("northeast", 45.0),
      Map.entry("east-northeast", 67.5), Map.entry("east", 90.0), Map.entry("east-southeast", 112.5),
      Map.entry("southeast", 135.0), Map.entry("south-southeast", 157.5), Map.entry("south", 180.0),
      Map.entry("south-southwest", 202.5), Map.entry("southwest", 225.0), Map.entry("west-southwest", 247.5),
      Map.entry("west", 270.0), Map.entry("west-northwest", 292.5), Map.entry("northwest", 315.0),
      Map.entry("north-northwest", 337.5));

  private static final String[] POINTS = {"north", "north-northeast", "northeast", "east-northeast", "east",
      "east-southeast", "southeast", "south-southeast", "south", "south-southwest", "southwest",
      "west-southwest", "west", "west-northwest", "northwest", "north-northwest"};

  private Geo() {}

  /** Great-circle distance in kilometres between two WGS84 points given in degrees. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** Initial bearing from point 1 to point 2, in degrees clockwise from true north, in {@code [0, 360)}. */
  public static double bearing(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dl = Math.toRadians(lon2 - lon1);
    double y = Math.sin(dl) * Math.cos(p2);
    double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
    double deg = Math.toDegrees(Math.atan2(y, x));
    return (deg + 360) % 360;
  }

  /** Smallest absolute difference between two bearings, in {@code [0, 180]}. */
  public static double angleBetween(double a, double b) {
    double d = Math.abs(a - b) % 360;
    return d > 180 ? 360 - d : d;
  }

  /**
   * The bearing of a compass direction written in words: "north-west", "northwest", "NW", "north west",
   * "northwestern" (case-insensitive); empty when it is none of the 16 points.
   */
  public static Optional<Double> compassBearing(String direction) {
    String d = direction.toLowerCase(Locale.ROOT).strip().replaceAll("(ern|erly)$", "").replaceAll("[\\s_]+", "-");
    if (d.matches("[nsew]{1,3}")) {
      d = abbreviation(d);
    }
    String joined = d.replace("-", "");
    for (String p : POINTS) {
      if (p.equals(d) || p.replace("-", "").equals(joined)) {
        return Optional.of(COMPASS.get(p));
      }
    }
    return Optional.empty();
  }

  private static String abbreviation(String d) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    if (d.length() == 3) {
      sb.append(word(d.charAt(0))).append('-');
      i = 1;
    }
    for (; i < d.length(); i++) {
      sb.append(word(d.charAt(i)));
    }
    return sb.toString();
  }

  private static String word(char c) {
    return switch (c) {
      case 'n' -> "north";
      case 's' -> "south";
      case 'e' -> "east";
      default -> "west";
    };
  }

  /** The nearest of the 16 compass points for a bearing in degrees: 303.4 → "west-northwest". */
  public static String compassPoint(double bearing) {
    int i = (int) Math.round(((bearing % 360) + 360) % 360 / 22.5) % 16;
    return POINTS[i];
  }
}
