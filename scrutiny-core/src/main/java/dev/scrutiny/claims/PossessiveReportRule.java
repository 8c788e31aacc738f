package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A possessor and a report noun: "the ministry's report confirming that …", "Moscow's claims that …";
 * the possessor speaks. Rule id {@value #RULE}.
 */
final class PossessiveReportRule implements SentenceRule {

  static final String RULE = "possessive-report";

  private static final Pattern POSSESSIVE_REPORT = Pattern.compile("['’]s (report|statement|claims?|"
      + "assessment|announcement|remarks|comments|admission|data|figures|estimates?|update|summary|"
      + "findings|account|version|analysis) (confirming|that|saying|claiming|stating|showing|suggesting|"
      + "indicating|asserting|alleging|denying|admitting|noting)\\b");

  private final SpeakerPhrases phrases;

  PossessiveReportRule(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public void apply(ClaimContext doc, Sentence s) {
    String sentence = doc.text.substring(s.start(), s.end());
    Matcher m = POSSESSIVE_REPORT.matcher(sentence);
    while (m.find()) {
      int possessiveEnd = s.start() + m.start(); // end of the possessor before 's
      int w = doc.wordAt(possessiveEnd) - 1;
      if (w < 0) {
        continue;
      }
      // the possessor's token carries the 's; find the phrase ending with it
      Span np = phrases.before(doc, w + 1, doc.wordAt(s.start()));
      if (np == null) {
        continue;
      }
      Span speaker = new Span(np.start(), possessiveEnd);
      if (speaker.isEmpty()) {
        continue;
      }
      Span cue = new Span(s.start() + m.start(1), s.start() + m.end(2));
      int contentStart = s.start() + m.end() + (sentence.startsWith(" that ", m.end()) ? " that".length() : 0);
      Span content = doc.trim(new Span(contentStart, PronounReportRule.contentEnd(doc, contentStart, s.end())));
      if (content.length() < 8 || doc.overlapsDraftCue(cue)) {
        continue;
      }
      String noun = m.group(1);
      doc.drafts.add(new Draft(List.of(content), speaker, cue, noun.replaceAll("s$", ""),
          PronounReportRule.LOADED_NOUNS.contains(noun) ? Stance.LOADED : Stance.NEUTRAL, ClaimKind.INDIRECT, RULE));
    }
  }
}
