package dev.scrutiny.places;

import java.util.Locale;
import java.util.Optional;

/**
 * Great-circle geometry on a spherical Earth (mean radius 6,371.0088 km): distances, initial bearings and
 * compass points. Accurate to about 0.5 % against the ellipsoid, which is enough to check "50 km north
 * of Donetsk". Stateless and thread-safe.
 *
 * <pre>{@code
 * double km = Geo.distanceKm(50.45, 30.52, 49.99, 36.23);   // Kyiv to Kharkiv, about 410 km
 * String dir = Geo.compassPoint(Geo.bearing(48.02, 37.80, 48.28, 37.18)); // "WNW"
 * }</pre>
 */
public final class Geo {

  /** Mean Earth radius in kilometres (IUGG). */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private static final String[] POINTS_16 = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW",
      "WSW", "W", "WNW", "NW", "NNW"};
  private static final String[] WORDS_16 = {"north", "north-northeast", "northeast", "east-northeast", "east",
      "east-southeast", "southeast", "south-southeast", "south", "south-southwest", "southwest",
      "west-southwest", "west", "west-northwest", "northwest", "north-northwest"};
  private static final String[] POINTS_8 = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};

  private Geo() {}

  /** Haversine distance in kilometres between two WGS84 points given in degrees. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    check(lat1, lon1);
    check(lat2, lon2);
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Distance in kilometres between two gazetteer entries. */
  public static double distanceKm(GazetteerEntry a, GazetteerEntry b) {
    return distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
  }

  /**
   * Initial great-circle bearing from point 1 towards point 2, in degrees clockwise from true north,
   * in {@code [0, 360)}. Returns 0 for identical points.
   */
  public static double bearing(double lat1, double lon1, double lat2, double lon2) {
    check(lat1, lon1);
    check(lat2, lon2);
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dl = Math.toRadians(lon2 - lon1);
    double y = Math.sin(dl) * Math.cos(p2);
    double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
    double deg = Math.toDegrees(Math.atan2(y, x));
    return (deg + 360) % 360;
  }

  /** Initial bearing from {@code from} towards {@code to}, in degrees. */
  public static double bearing(GazetteerEntry from, GazetteerEntry to) {
    return bearing(from.latitude(), from.longitude(), to.latitude(), to.longitude());
  }

  /** The nearest of the 16 compass points ("N", "NNE", … "NNW") for a bearing in degrees. */
  public static String compassPoint(double bearingDegrees) {
    return POINTS_16[sector(bearingDegrees, 16)];
  }

  /** The nearest of the 8 principal compass points ("N", "NE", … "NW") for a bearing in degrees. */
  public static String compassPoint8(double bearingDegrees) {
    return POINTS_8[sector(bearingDegrees, 8)];
  }

  /** The nearest of the 16 compass points in words: 303.4 → "west-northwest". */
  public static String compassWord(double bearingDegrees) {
    return WORDS_16[sector(bearingDegrees, 16)];
  }

  /** Smallest absolute difference between two bearings, in {@code [0, 180]}. */
  public static double angleBetween(double a, double b) {
    double d = Math.abs(a - b) % 360;
    return d > 180 ? 360 - d : d;
  }

  /**
   * The bearing of a compass direction as articles write it: "north-west", "northwest", "NW",
   * "north west", "northwestern" (case-insensitive); empty when it is none of the 16 points.
   */
  public static Optional<Double> compassBearing(String direction) {
    String d = direction.toLowerCase(Locale.ROOT).strip().replaceAll("(ern|erly)$", "").replaceAll("[\\s_]+", "-");
    if (d.matches("[nsew]{1,3}")) {
      for (int k = 0; k < POINTS_16.length; k++) {
        if (POINTS_16[k].equalsIgnoreCase(d)) {
          return Optional.of(k * 22.5);
        }
      }
      return Optional.empty();
    }
    String joined = d.replace("-", "");
    for (int k = 0; k < WORDS_16.length; k++) {
      if (WORDS_16[k].replace("-", "").equals(joined)) {
        return Optional.of(k * 22.5);
      }
    }
    return Optional.empty();
  }

  private static int sector(double bearingDegrees, int n) {
    if (!Double.isFinite(bearingDegrees)) {
      throw new IllegalArgumentException("bearing must be finite, got " + bearingDegrees);
    }
    double b = ((bearingDegrees % 360) + 360) % 360;
    return (int) Math.round(b / (360.0 / n)) % n;
  }

  private static void check(double lat, double lon) {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("expected latitude in [-90,90] and longitude in [-180,180], got "
          + lat + ", " + lon);
    }
  }
}
