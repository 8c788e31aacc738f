package dev.scrutiny.stories;

import java.util.Map;

/**
 * How one outlet writes, summed over its articles, comparable side by side with other outlets.
 *
 * @param source            the outlet
 * @param articles          articles read
 * @param words             words in them
 * @param techniquesPer1000 persuasion-technique spans per 1,000 words
 * @param loadedPer1000     loaded terms (lexicon markers) per 1,000 words
 * @param sideMarkers       loaded terms by the side they typically mark
 * @param toponyms          place mentions by naming convention ({@code ru-style}, {@code uk-style}, {@code neutral})
 * @param anonymousShare    anonymous attributions among all attributions
 * @param quotesPerSide     quotations by the side of the quoted speaker
 * @param authorVoiceShare  sentences asserted in the author's own voice
 * @param genres            articles per genre
 * @param cues              reporting verbs by lemma, most used first
 * @param loadedCueShare    share of attributions whose cue takes a position ("claimed", "admitted")
 */
public record OutletProfile(String source, int articles, int words, double techniquesPer1000, double loadedPer1000,
                            Map<String, Integer> sideMarkers, Map<String, Integer> toponyms, double anonymousShare,
                            Map<String, Integer> quotesPerSide, double authorVoiceShare, Map<String, Integer> genres,
                            Map<String, Integer> cues, double loadedCueShare) {}
