package dev.scrutiny.markers;

import java.util.Map;

/**
 * Who an article lets speak and how firmly it asserts, computed from the text alone (quotation marks,
 * attribution verbs, hedge words, anonymous-source phrases). Counts are per article.
 *
 * @param sentences             sentences in the article
 * @param attributions          sentences attributing content to a source ("said", "according to", …)
 * @param anonymousAttributions of those, sentences whose source is unnamed ("sources said", "an official who
 *                              spoke on condition of anonymity")
 * @param anonymousShare        {@code anonymousAttributions / attributions}, 0 when there are none
 * @param hedges                hedge words and phrases ("reportedly", "allegedly", "could not be verified")
 * @param quotes                quotations (text in matching quotation marks, at least three words)
 * @param quotesPerSide         quotations by the side of the sentence's speaker cues
 * @param authorVoice           sentences asserting in the author's own voice: no quote, attribution or hedge
 * @param authorVoiceShare      {@code authorVoice / sentences}, 0 for an empty article
 */
public record SourcingProfile(int sentences, int attributions, int anonymousAttributions, double anonymousShare,
                              int hedges, int quotes, Map<SourceSide, Integer> quotesPerSide, int authorVoice,
                              double authorVoiceShare) {

  public SourcingProfile {
    quotesPerSide = EnumMaps.copyOf(SourceSide.class, quotesPerSide);
  }
}
