package dev.scrutiny.claims;

import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One statement of an article and who stands behind it: a quote, reported speech, an "according to"
 * attribution, or (kind {@link ClaimKind#ASSERTION}, speaker type {@link SpeakerType#AUTHOR}) a
 * checkable assertion in the author's own voice. Offsets are 0-based, end-exclusive UTF-16 offsets
 * into the article text. Immutable; serialises to a flat JSON object (nulls omitted).
 *
 * @param content          the statement from its first to its last character (a split quote covers
 *                         both parts and the cue between)
 * @param contentParts     the statement's pieces without interrupting cue text, in order; one piece
 *                         unless the quote is split
 * @param speaker          where the speaker is named or referred to ("Gerasimov", "he", "the Russian
 *                         president"), or null for assertions and unnamed agentless reports
 * @param speakerEntityId  id of the resolved entity in the {@code entities} layer, or null
 * @param speakerName      canonical speaker name ("Valery Gerasimov"), the speaker text when no entity
 *                         resolves, or {@code author}
 * @param speakerType      what kind of speaker
 * @param side             whose side the speaker speaks for, from their name, roles and words
 *                         ({@link SpeakerSides}); {@link SpeakerSide#OTHER} for assertions
 * @param cue              the reporting cue, or null for assertions
 * @param kind             how the statement is attributed
 * @param date             ISO date (or month, year) the sentence gives for the statement, or null
 * @param hedged           whether the statement is hedged ("reportedly", "allegedly", "may")
 * @param hedge            the hedge word or phrase, or null
 * @param stance           the cue's stance ({@link Stance#NEUTRAL} for assertions)
 * @param checkworthiness  probability in [0,1] that a fact-checker would want to check the content
 * @param rule             id of the extraction rule that found the statement ("quote-cue",
 *                         "cue-forward", "according-to", "assertion", …; see docs/schema.md)
 */
public record Claim(
    Span content,
    List<Span> contentParts,
    @Nullable Span speaker,
    @Nullable String speakerEntityId,
    String speakerName,
    SpeakerType speakerType,
    SpeakerSide side,
    @Nullable Cue cue,
    ClaimKind kind,
    @Nullable String date,
    boolean hedged,
    @Nullable String hedge,
    Stance stance,
    double checkworthiness,
    String rule) implements Annotation, Labelled {

  /** The {@code claims} layer, sorted by content start. */
  public static final LayerKey<Claim> LAYER = LayerKey.of("claims", Claim.class, LayerKey.Order.SORTED);

  /** The speaker name of assertions. */
  public static final String AUTHOR = "author";

  public Claim {
    Objects.requireNonNull(content, "content");
    contentParts = List.copyOf(contentParts);
    Objects.requireNonNull(speakerName, "speakerName");
    Objects.requireNonNull(speakerType, "speakerType");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stance, "stance");
    if (contentParts.isEmpty()) {
      throw new IllegalArgumentException("claim needs at least one content part, got none for " + content);
    }
    for (Span p : contentParts) {
      if (!content.contains(p)) {
        throw new IllegalArgumentException("content part " + p + " lies outside content " + content);
      }
    }
    if (!(checkworthiness >= 0 && checkworthiness <= 1)) {
      throw new IllegalArgumentException("checkworthiness must lie in [0,1], got " + checkworthiness);
    }
    if ((kind == ClaimKind.ASSERTION) != (speakerType == SpeakerType.AUTHOR)) {
      throw new IllegalArgumentException("kind ASSERTION goes with speaker type AUTHOR, got kind=" + kind
          + ", speakerType=" + speakerType);
    }
  }

  /** This claim with its speaker on {@code newSide}. */
  public Claim withSide(SpeakerSide newSide) {
    return new Claim(content, contentParts, speaker, speakerEntityId, speakerName, speakerType, newSide, cue, kind,
        date, hedged, hedge, stance, checkworthiness, rule);
  }

  /** Whether the statement is attributed to someone other than the author. */
  public boolean attributed() {
    return kind != ClaimKind.ASSERTION;
  }

  /** Content parts, then speaker and cue, in document order. */
  @Override
  public List<Span> spans() {
    List<Span> s = new ArrayList<>(contentParts);
    if (speaker != null) {
      s.add(speaker);
    }
    if (cue != null) {
      s.add(cue.span());
    }
    s.sort(null);
    return List.copyOf(s);
  }

  @Override
  public String label() {
    return speakerName;
  }

  @Override
  public String detail() {
    StringBuilder b = new StringBuilder(kind.name().toLowerCase(Locale.ROOT)).append(" · ")
        .append(speakerType.name().toLowerCase(Locale.ROOT));
    if (cue != null) {
      b.append(" · ").append(cue.lemma());
      if (stance == Stance.LOADED) {
        b.append(" (loaded)");
      }
    }
    if (date != null) {
      b.append(" · ").append(date);
    }
    if (hedge != null) {
      b.append(" · hedged: ").append(hedge);
    }
    b.append(String.format(Locale.ROOT, " · check-worthiness %.2f", checkworthiness));
    return b.toString();
  }
}
