package dev.scrutiny.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Weaker publication-date clues for pages without date metadata: a date in the URL path
 * ({@code /2025/04/26/}, {@code /2025-04-26-}, {@code /20250426/}) and a date written in a dateline
 * element near the headline ({@code <span class="date">Published 26 April 2025</span>}). Bounded:
 * at most {@value #MAX_CANDIDATES} elements are looked at.
 */
final class DateClues {

  private static final int MAX_CANDIDATES = 20;
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})([/-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?:[/_.-]|$)|/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");
  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  private static final Pattern TEXT_DATE = Pattern.compile(
      "\\b((?:19|20)\\d{2}-\\d{2}-\\d{2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
          + "|\\d{1,2} " + MONTH + ",? (?:19|20)\\d{2}|" + MONTH + " \\d{1,2}, (?:19|20)\\d{2})\\b");

  private DateClues() {}

  /** The date in a URL path as {@code yyyy-mm-dd}, or null. */
  static @Nullable String inUrl(@Nullable String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null
        ? String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))
        : m.group(5) + "-" + m.group(6) + "-" + m.group(7);
  }

  /** A date written in a dateline-like element (class or id naming a date), or null. */
  static @Nullable String nearHeadline(Document doc) {
    int seen = 0;
    for (Element e : doc.select("[class*=date], [class*=time], [class*=publish], [id*=date], .dateline")) {
      if (++seen > MAX_CANDIDATES) {
        break;
      }
      String own = e.ownText();
      if (own.length() > 200) {
        continue;
      }
      Matcher m = TEXT_DATE.matcher(own);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }
}
