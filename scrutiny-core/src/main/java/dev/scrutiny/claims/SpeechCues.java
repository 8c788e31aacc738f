package dev.scrutiny.claims;

import dev.scrutiny.ingest.TsvTable;
import dev.scrutiny.lang.WordTables;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reporting cues whose subject may be any noun phrase, not only one whose head names a speaker: "The
 * magazine said …", "The incumbent argued …". Read from the English word table {@code speech-cues.tsv}
 * (induced from the PolNeAR train split; its comments say how). Immutable and thread-safe.
 *
 * <pre>{@code
 * SpeechCues.standard().contains("say");   // true
 * }</pre>
 */
final class SpeechCues {

  private static final List<String> HEADER = List.of("lemma", "correct", "wrong", "precision");

  private final Set<String> lemmas;

  SpeechCues(Set<String> lemmas) {
    this.lemmas = Set.copyOf(lemmas);
  }

  /** The shipped table, loaded once. */
  static SpeechCues standard() {
    return Holder.STANDARD;
  }

  /** Whether any noun phrase may be the subject of the cue {@code lemma} (a lemma of the reporting lexicon). */
  boolean contains(String lemma) {
    return lemmas.contains(lemma);
  }

  private static SpeechCues load() {
    Set<String> lemmas = new HashSet<>();
    for (TsvTable.Row r : WordTables.rows("en", "speech-cues.tsv", HEADER)) {
      lemmas.add(r.required(0));
    }
    return new SpeechCues(lemmas);
  }

  private static final class Holder {
    static final SpeechCues STANDARD = load();
  }
}
