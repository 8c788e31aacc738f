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
      if (e.isPresent() && n == 1 && (forms.get(0).equals("state") || forms.get(0).equals("states"))
          && !(i + 1 < doc.words.size() && statesAsVerb(doc, i + 1))) {
        return null; // "the state attorney", "get states to adopt", "a former Confederate state with …": the noun
      }
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

  /**
   * Whether the word after "state" or "states" makes it the verb: "that", a colon, a quotation or the sentence's
   * end, or a comma with "that" a few words on ("This Executive Order states, in part, that …").
   */
  static boolean statesAsVerb(ClaimContext doc, int next) {
    Word w = doc.word(next);
    if (w.is(",")) {
      return doc.hasWord("that", next + 1, Math.min(doc.words.size(), next + 5));
    }
    return w.is("that") || w.is(":") || w.is(".") || Quotes.isOpening(doc.text, w.start());
  }
}
