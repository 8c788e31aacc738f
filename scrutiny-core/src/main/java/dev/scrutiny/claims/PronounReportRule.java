package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A possessive pronoun and a report noun: "his claim that …", "their warning that …"; the pronoun is the
 * speaker, resolved like "he". Rule id {@value #RULE}.
 */
final class PronounReportRule implements SentenceRule {

  static final String RULE = "pronoun-report";

  private static final Pattern PRONOUN_REPORT = Pattern.compile("\\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (claims?|"
      + "assertion|statement|argument|insistence|belief|view|suggestion|promise|pledge|warning|prediction|"
      + "assessment|report|allegation|accusation|contention|admission|denial|complaint) (that)\\b");
  /** Report nouns that colour the statement, as a loaded verb would. */
  static final Set<String> LOADED_NOUNS = Set.of("claim", "claims", "admission", "version");

  @Override
  public void apply(ClaimContext doc, Sentence s) {
    Matcher pm = PRONOUN_REPORT.matcher(doc.text).region(s.start(), s.end());
    while (pm.find()) {
      Span speaker = new Span(pm.start(1), pm.end(1));
      Span cue = new Span(pm.start(2), pm.end(3));
      Span content = doc.trim(new Span(cue.end(), contentEnd(doc, cue.end(), s.end())));
      if (content.length() >= 8 && !doc.overlapsDraftCue(cue) && doc.speechQuoteAround(cue.start()) == null) {
        String noun = pm.group(2);
        Stance stance = LOADED_NOUNS.contains(noun) || noun.equals("insistence") ? Stance.LOADED : Stance.NEUTRAL;
        doc.drafts.add(new Draft(List.of(content), speaker, cue, noun.replaceAll("s$", ""), stance,
            ClaimKind.INDIRECT, RULE));
      }
    }
  }

  /** The sentence's end without closing punctuation and quotation marks. */
  static int contentEnd(ClaimContext doc, int from, int end) {
    while (end > from && ".!?”\"".indexOf(doc.text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }
}
