package dev.scrutiny.markers;

import dev.scrutiny.article.Span;
import dev.scrutiny.claims.Claim;
import dev.scrutiny.claims.ClaimKind;
import dev.scrutiny.claims.SpeakerSide;
import dev.scrutiny.claims.SpeakerType;
import dev.scrutiny.text.Sentence;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Computes a {@link SourcingProfile} from the claims layer (speakers, their types and sides, quotes, hedges). Stateless. */
final class Sourcing {

  private Sourcing() {}

  static SourcingProfile profile(String text, List<Sentence> sentences, List<Claim> claims) {
    List<Claim> attributed = claims.stream().filter(Claim::attributed).toList();
    int attributions = 0;
    int anonymous = 0;
    int authorVoice = 0;
    for (Sentence s : sentences) {
      List<Claim> here = attributed.stream().filter(c -> touches(c, s.span())).toList();
      if (!here.isEmpty()) {
        attributions++;
        if (here.stream().anyMatch(c -> c.speakerType() == SpeakerType.ANONYMOUS)) {
          anonymous++;
        }
      } else if (claims.stream().noneMatch(c -> c.hedged() && touches(c, s.span()))
          && !text.substring(s.start(), s.end()).strip().endsWith("?")) {
        authorVoice++;
      }
    }
    Map<SpeakerSide, Integer> perSide = new EnumMap<>(SpeakerSide.class);
    for (SpeakerSide side : SpeakerSide.values()) {
      perSide.put(side, 0);
    }
    int quotes = 0;
    for (Claim c : attributed) {
      if (c.kind() == ClaimKind.DIRECT || c.kind() == ClaimKind.MIXED) {
        quotes++;
        perSide.merge(c.side(), 1, Integer::sum);
      }
    }
    int hedges = (int) claims.stream().filter(Claim::hedged).count();
    int n = sentences.size();
    return new SourcingProfile(n, attributions, anonymous, attributions == 0 ? 0 : (double) anonymous / attributions,
        hedges, quotes, perSide, authorVoice, n == 0 ? 0 : (double) authorVoice / n);
  }

  private static boolean touches(Claim c, Span sentence) {
    for (Span s : c.spans()) {
      if (s.overlaps(sentence)) {
        return true;
      }
    }
    return false;
  }
}
