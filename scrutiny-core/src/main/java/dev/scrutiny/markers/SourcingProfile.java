package dev.scrutiny.markers;

import dev.scrutiny.claims.SpeakerSide;
import java.util.Map;

/**
 * Who an article lets speak and how firmly it asserts, computed from the {@code claims} layer (each
 * statement's speaker, speaker type and side, its kind and its hedge). Counts are per article.
 *
 * @param sentences             sentences in the article
 * @param attributions          sentences holding part of an attributed statement (its content, speaker or cue)
 * @param anonymousAttributions of those, sentences with a statement by an anonymous speaker ("sources said",
 *                              "an official who spoke on condition of anonymity", "observers")
 * @param anonymousShare        {@code anonymousAttributions / attributions}, 0 when there are none
 * @param hedges                hedged statements, attributed or the author's ("reportedly", "allegedly", "may")
 * @param quotes                quoted statements (kind DIRECT or MIXED; a quotation split by its cue counts once)
 * @param quotesPerSide         quoted statements by their speaker's side
 * @param authorVoice           sentences in the author's own voice: no attributed or hedged statement, no question
 * @param authorVoiceShare      {@code authorVoice / sentences}, 0 for an empty article
 */
public record SourcingProfile(int sentences, int attributions, int anonymousAttributions, double anonymousShare,
                              int hedges, int quotes, Map<SpeakerSide, Integer> quotesPerSide, int authorVoice,
                              double authorVoiceShare) {

  public SourcingProfile {
    quotesPerSide = EnumMaps.copyOf(SpeakerSide.class, quotesPerSide);
  }
}
