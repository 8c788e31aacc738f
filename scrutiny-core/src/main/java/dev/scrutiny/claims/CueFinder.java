package dev.scrutiny.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Finds reporting cues of a {@link ReportingLexicon} among the words of a {@link ClaimContext}. Immutable. */
final class CueFinder {

  private final ReportingLexicon lexicon;

  CueFinder(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the single word {@code lower} is a form of a cue. */
  boolean isCue(String lower) {
    return lexicon.lookup(lower).isPresent();
  }

  /** The longest cue starting at word {@code i} and ending before word {@code end}, or null. */
  @Nullable CueMatch at(ClaimContext doc, int i, int end) {
    int longest = Math.min(lexicon.longestForm(), end - i);
    for (int n = longest; n >= 1; n--) {
      List<String> forms = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        forms.add(doc.word(i + k).lower());
      }
      Optional<ReportingLexicon.Entry> e = lexicon.lookup(forms);
      if (e.isPresent()) {
        return new CueMatch(i, i + n - 1, e.get());
      }
    }
    return null;
  }

  /** The first cue among words {@code from..to-1}; participles ("saying") only if {@code allowGerund}. */
  @Nullable CueMatch first(ClaimContext doc, int from, int to, boolean allowGerund) {
    for (int i = from; i < to; i++) {
      CueMatch m = at(doc, i, to);
      if (m != null && (allowGerund || !m.gerund(doc))) {
        return m;
      }
    }
    return null;
  }

  /** The last cue among words {@code from..to-1} that is no participle. */
  @Nullable CueMatch last(ClaimContext doc, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      CueMatch m = at(doc, i, to);
      if (m != null && !m.gerund(doc)) {
        return m;
      }
    }
    return null;
  }
}
