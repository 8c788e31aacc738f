package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a claim's sentence says about the statement besides its words: when it was made and how firmly. */
final class StatementFacts {

  private StatementFacts() {}

  private static final Pattern ADVERB_HEDGES = Pattern.compile("(?i)\\b(reportedly|allegedly|purportedly|"
      + "supposedly|apparently|reputedly|ostensibly|unconfirmed|unverified|rumou?red|possibly|perhaps|"
      + "probably|likely|(?:is|are|was|were) (?:said|believed|thought|reported|alleged|understood) to|"
      + "appears? to|seems? to|it is believed|may have|might have|could have)\\b");
  private static final Pattern MODAL_HEDGES = Pattern.compile("(?i)\\b(may|might|could|would)\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** The first ISO date (day, month or year) of the sentence outside the content, or null. */
  static @Nullable String dateOf(ClaimContext doc, @Nullable Sentence s, List<Span> parts) {
    if (s == null) {
      return null;
    }
    for (TimeExpression t : doc.times) {
      if (t.type() != TimeType.DATE || t.start() < s.start() || t.end() > s.end()
          || !ISO_DATE.matcher(t.value()).matches()) {
        continue;
      }
      if (parts.stream().noneMatch(p -> p.overlaps(t.span()))) {
        return t.value();
      }
    }
    return null;
  }

  /**
   * The hedge of a statement: an adverb or construction in its sentence ("reportedly", "is believed to";
   * inside a quotation only when it belongs to the content), else a modal in reported content, or null.
   */
  static @Nullable String hedgeOf(ClaimContext doc, @Nullable Sentence s, List<Span> parts, ClaimKind kind) {
    if (s != null) {
      Matcher m = ADVERB_HEDGES.matcher(doc.text).region(s.start(), s.end());
      while (m.find()) {
        if (kind == ClaimKind.DIRECT || doc.speechQuoteAround(m.start()) == null
            || parts.stream().anyMatch(p -> p.start() <= m.start() && m.end() <= p.end())) {
          return m.group(1).toLowerCase(Locale.ROOT);
        }
      }
    }
    if (kind != ClaimKind.DIRECT) {
      for (Span p : parts) {
        Matcher m = MODAL_HEDGES.matcher(doc.text).region(p.start(), p.end());
        if (m.find() && !m.group(1).equalsIgnoreCase("would")) {
          return m.group(1).toLowerCase(Locale.ROOT);
        }
      }
    }
    return null;
  }

  /** A probability rounded to three decimals, as claims carry it. */
  static double round(double p) {
    return Math.round(p * 1000) / 1000.0;
  }
}
