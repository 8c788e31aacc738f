package dev.scrutiny.render;

import dev.scrutiny.places.Place;
import dev.scrutiny.places.PlaceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws a small static SVG map of an article's places: country outlines (Natural Earth, public domain,
 * shipped as {@code dev/scrutiny/render/countries.txt}) with a dot and a label per place.
 *
 * <pre>{@code
 * String svg = PlaceMap.svg(analysis.items(Place.LAYER));
 * }</pre>
 *
 * <p>Equirectangular projection with its standard parallel at the middle of the view, so distances look
 * right around the places. The view is the bounding box of the places (countries only count when the
 * article names nothing smaller, since a country's point is its capital), with a 25 % margin and at least
 * {@value #MIN_EXTENT_DEGREES} degrees of latitude. Every label and tooltip is XML-escaped: place names
 * come from untrusted text. The output is a standalone, well-formed SVG document with no external
 * references, so it needs no network at view time. Stateless and thread-safe; outlines load once.
 */
public final class PlaceMap {

  /** Default width in pixels. */
  public static final int DEFAULT_WIDTH = 480;
  /** Smallest latitude extent of the view, in degrees, so that one place still shows its surroundings. */
  public static final double MIN_EXTENT_DEGREES = 3.0;

  private PlaceMap() {}

  /** An SVG map {@value #DEFAULT_WIDTH} pixels wide. */
  public static String svg(List<Place> places) {
    return svg(places, DEFAULT_WIDTH);
  }

  /**
   * An SVG map {@code width} pixels wide; its height follows the view's shape, between half and the full
   * width.
   *
   * @throws IllegalArgumentException when width is outside [100, 4000]
   */
  public static String svg(List<Place> places, int width) {
    Objects.requireNonNull(places, "places");
    if (width < 100 || width > 4000) {
      throw new IllegalArgumentException("width must be in [100, 4000] pixels, got " + width);
    }
    if (places.isEmpty()) {
      int h = width / 4;
      return header(width, h) + "<text x=\"" + width / 2 + "\" y=\"" + h / 2
          + "\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#555\">"
          + "No places resolved</text></svg>\n";
    }
    View v = View.around(places, width);
    int w = v.w();
    int hh = v.h();
    StringBuilder sb = new StringBuilder(16_384);
    sb.append(header(w, hh));
    sb.append("<rect width=\"").append(w).append("\" height=\"").append(hh).append("\" fill=\"#dfe9f2\"/>\n");
    drawCountries(v, sb);
    drawPlaces(places, v, sb);
    sb.append("<text x=\"").append(w - 4).append("\" y=\"").append(hh - 4)
        .append("\" text-anchor=\"end\" font-family=\"sans-serif\" font-size=\"8\" fill=\"#777\">")
        .append("Natural Earth; GeoNames (CC BY 4.0)</text>\n</svg>\n");
    return sb.toString();
  }

  /** The outline of every country that meets the view, as one path each, named in its tooltip. */
  private static void drawCountries(View v, StringBuilder sb) {
    sb.append("<g fill=\"#f4f1ea\" stroke=\"#9a9a9a\" stroke-width=\"0.6\" stroke-linejoin=\"round\">\n");
    for (Outlines.Country c : Outlines.COUNTRIES) {
      StringBuilder d = new StringBuilder();
      for (float[] ring : c.rings()) {
        if (v.meets(ring)) {
          appendRing(v, ring, d);
        }
      }
      if (!d.isEmpty()) {
        sb.append("<path d=\"").append(d).append("\"><title>").append(escape(c.name())).append("</title></path>\n");
      }
    }
    sb.append("</g>\n");
  }

  /** One closed ring as path data, leaving out points less than a pixel from the last one drawn. */
  private static void appendRing(View v, float[] ring, StringBuilder d) {
    double px = Double.NaN;
    double py = Double.NaN;
    for (int i = 0; i < ring.length - 2; i += 2) { // the last point repeats the first
      double x = v.x(ring[i]);
      double y = v.y(ring[i + 1]);
      if (i > 0 && Math.abs(x - px) < 0.8 && Math.abs(y - py) < 0.8) {
        continue; // below a pixel at this zoom
      }
      d.append(i == 0 ? 'M' : 'L').append(fmt(x)).append(',').append(fmt(y));
      px = x;
      py = y;
    }
    d.append('Z');
  }

  /** A dot and a label per place in the view (hollow for countries, white for regions), labelled on the side with room. */
  private static void drawPlaces(List<Place> places, View v, StringBuilder sb) {
    sb.append("<g font-family=\"sans-serif\" font-size=\"11\">\n");
    for (Place p : places) {
      double x = v.x(p.longitude());
      double y = v.y(p.latitude());
      if (x < -1 || y < -1 || x > v.w() + 1 || y > v.h() + 1) {
        continue;
      }
      String fill = switch (p.kind()) {
        case COUNTRY -> "none";
        case REGION -> "#ffffff";
        default -> "#c0392b";
      };
      sb.append("<g><title>").append(escape(p.detail())).append("</title>");
      sb.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"")
          .append(p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.OTHER ? "3.5" : "5").append("\" fill=\"")
          .append(fill).append("\" stroke=\"#7b241c\" stroke-width=\"1.2\"/>");
      boolean left = x > v.w() * 0.75;
      sb.append("<text x=\"").append(fmt(left ? x - 7 : x + 7)).append("\" y=\"").append(fmt(y + 4))
          .append(left ? "\" text-anchor=\"end" : "")
          .append("\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" fill=\"#222\">")
          .append(escape(p.name())).append("</text></g>\n");
    }
    sb.append("</g>\n");
  }

  /**
   * Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry (controls,
   * lone surrogates).
   */
  public static String escape(String s) {
    // XML 1.0 forbids most control characters even escaped: drop them, then escape as for HTML
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
        sb.append(c);
      }
    }
    return Html.escape(sb.toString());
  }


  private static String header(int w, int h) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w
        + " " + h + "\" role=\"img\" aria-label=\"Map of the places in the article\">\n";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private record View(double top, double left, double latSpan, double lonSpan, int w, int h) {
    /**
     * The view of {@code places}: their bounding box (countries only when nothing smaller is named) with a
     * margin, at least {@value PlaceMap#MIN_EXTENT_DEGREES} degrees high, between half and the full width high.
     */
    static View around(List<Place> places, int width) {
      List<Place> framing = places.stream().filter(p -> p.kind() != PlaceKind.COUNTRY).toList();
      if (framing.isEmpty()) {
        framing = places;
      }
      double latMin = 90;
      double latMax = -90;
      double lonMin = 180;
      double lonMax = -180;
      for (Place p : framing) {
        latMin = Math.min(latMin, p.latitude());
        latMax = Math.max(latMax, p.latitude());
        lonMin = Math.min(lonMin, p.longitude());
        lonMax = Math.max(lonMax, p.longitude());
      }
      double midLat = (latMin + latMax) / 2;
      double midLon = (lonMin + lonMax) / 2;
      double k = Math.max(0.2, Math.cos(Math.toRadians(midLat)));
      double latSpan = Math.max((latMax - latMin) * 1.5, MIN_EXTENT_DEGREES);
      double lonSpan = Math.max((lonMax - lonMin) * 1.5, MIN_EXTENT_DEGREES / k);
      int w = width;
      double h = w * latSpan / (lonSpan * k);
      if (h > w) {
        h = w;
        lonSpan = latSpan * w / (h * k);
      } else if (h < w / 2.0) {
        h = w / 2.0;
        latSpan = lonSpan * k * h / w;
      }
      latSpan = Math.min(latSpan, 180);
      lonSpan = Math.min(lonSpan, 360);
      int hh = (int) Math.round(h);
      return new View(midLat + latSpan / 2, midLon - lonSpan / 2, latSpan, lonSpan, w, hh);
    }

    double x(double lon) {
      return (lon - left) / lonSpan * w;
    }

    double y(double lat) {
      return (top - lat) / latSpan * h;
    }

    boolean meets(float[] ring) {
      float minX = Float.MAX_VALUE;
      float maxX = -Float.MAX_VALUE;
      float minY = Float.MAX_VALUE;
      float maxY = -Float.MAX_VALUE;
      for (int i = 0; i < ring.length; i += 2) {
        minX = Math.min(minX, ring[i]);
        maxX = Math.max(maxX, ring[i]);
        minY = Math.min(minY, ring[i + 1]);
        maxY = Math.max(maxY, ring[i + 1]);
      }
      return maxX >= left && minX <= left + lonSpan && maxY >= top - latSpan && minY <= top;
    }
  }

  /** The shipped outlines, parsed once. */
  static final class Outlines {
    static final String RESOURCE = "/dev/scrutiny/render/countries.txt";
    static final List<Country> COUNTRIES = load();

    record Country(String name, List<float[]> rings) {}

    private static List<Country> load() {
      List<Country> out = new ArrayList<>();
      try (InputStream in = PlaceMap.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("resource " + RESOURCE + " is missing from the classpath");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String name = null;
        List<float[]> rings = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          if (line.startsWith("C\t")) {
            if (name != null) {
              out.add(new Country(name, List.copyOf(rings)));
            }
            name = line.substring(line.indexOf('\t', 2) + 1);
            rings = new ArrayList<>();
            continue;
          }
          String[] pts = line.split(" ");
          float[] ring = new float[pts.length * 2];
          for (int i = 0; i < pts.length; i++) {
            int comma = pts[i].indexOf(',');
            ring[2 * i] = Float.parseFloat(pts[i].substring(0, comma));
            ring[2 * i + 1] = Float.parseFloat(pts[i].substring(comma + 1));
          }
          rings.add(ring);
        }
        if (name != null) {
          out.add(new Country(name, List.copyOf(rings)));
        }
      } catch (IOException | RuntimeException e) {
        throw new UncheckedIOException("cannot read country outlines " + RESOURCE,
            e instanceof IOException io ? io : new IOException(e));
      }
      return List.copyOf(out);
    }
  }
}
