package dev.scrutiny.stories;

import dev.scrutiny.claims.Claim;
import dev.scrutiny.claims.SpeakerType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Aligns the statements of one story across its articles: claims are grouped by speaker key, and within
 * a speaker by content overlap, one claim per article per statement. A statement reported by one article
 * only is not an alignment and is left out. Stateless.
 */
final class StatementAligner {

  /** Share of the smaller content's words that must recur for two reports to be one statement. */
  static final double SAME_STATEMENT = 0.3;
  private static final Pattern CLAUSES = Pattern.compile("\\s*(?:[,;:]|\\band\\b|\\bbut\\b)\\s*");

  private record Report(Digest digest, Claim claim, Set<String> words, String text) {}

  private StatementAligner() {}

  static List<AlignedStatement> align(String story, List<Digest> members) {
    Map<String, List<List<Report>>> bySpeaker = new LinkedHashMap<>();
    for (Digest d : members) {
      for (Claim c : d.analysis().items(Claim.LAYER)) {
        if (!c.attributed() || c.speakerType() == SpeakerType.ANONYMOUS) {
          continue;
        }
        String text = d.article().text(c.content());
        Report r = new Report(d, c, new HashSet<>(Words.content(text)), text);
        if (r.words().size() < 2) {
          continue;
        }
        place(bySpeaker.computeIfAbsent(Speakers.key(c, d.analysis()), k -> new ArrayList<>()), r);
      }
    }
    List<AlignedStatement> out = new ArrayList<>();
    for (Map.Entry<String, List<List<Report>>> e : bySpeaker.entrySet()) {
      for (List<Report> group : e.getValue()) {
        if (group.size() >= 2) {
          out.add(statement(story, e.getKey(), group, members));
        }
      }
    }
    return out;
  }

  private static void place(List<List<Report>> groups, Report r) {
    List<Report> best = null;
    double bestOverlap = SAME_STATEMENT;
    for (List<Report> g : groups) {
      if (g.stream().anyMatch(x -> x.digest().equals(r.digest()))) {
        continue;
      }
      double o = overlap(g.get(0).words(), r.words());
      if (o >= bestOverlap) {
        bestOverlap = o;
        best = g;
      }
    }
    if (best == null) {
      best = new ArrayList<>();
      groups.add(best);
    }
    best.add(r);
  }

  private static AlignedStatement statement(String story, String speaker, List<Report> group, List<Digest> members) {
    Report fullest = group.get(0);
    for (Report r : group) {
      if (r.words().size() > fullest.words().size()) {
        fullest = r;
      }
    }
    String reference = normal(fullest.text());
    List<AlignedStatement.Version> versions = new ArrayList<>();
    Set<String> reporting = new HashSet<>();
    for (Report r : group) {
      reporting.add(r.digest().id());
      Claim c = r.claim();
      versions.add(new AlignedStatement.Version(r.digest().id(), r.digest().source(), c.content().start(),
          c.content().end(), r.text(), c.cue() == null ? null : c.cue().lemma(),
          c.stance().name().toLowerCase(Locale.ROOT), c.kind().name().toLowerCase(Locale.ROOT),
          !normal(r.text()).equals(reference), r == fullest ? List.of() : omitted(fullest.text(), r.words())));
    }
    List<String> notReported = new ArrayList<>();
    for (Digest d : members) {
      if (!reporting.contains(d.id())) {
        notReported.add(d.id());
      }
    }
    return new AlignedStatement(story, speaker, fullest.claim().speakerName(), versions, notReported);
  }

  /** Clauses of the fullest version of which less than 40% of the content words recur in {@code words}. */
  private static List<String> omitted(String fullest, Set<String> words) {
    List<String> out = new ArrayList<>();
    for (String clause : CLAUSES.split(fullest)) {
      List<String> cw = Words.content(clause);
      if (cw.size() < 2) {
        continue;
      }
      long kept = cw.stream().filter(words::contains).count();
      if (kept < 0.4 * cw.size()) {
        out.add(clause.strip());
      }
    }
    return out;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    return shared / (double) Math.min(a.size(), b.size());
  }

  private static String normal(String s) {
    return String.join(" ", Words.all(s));
  }
}
