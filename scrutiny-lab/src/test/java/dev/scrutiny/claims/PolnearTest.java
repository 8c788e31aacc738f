package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.article.Span;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearTest {

  // an emoji (two UTF-16 units, one code point) before the annotations checks the offset conversion
  static final String TEXT = "🔥 Kyiv said the bridge was hit. Officials, he said, remain calm.";

  static int cp(String s) {
    return TEXT.codePointCount(0, TEXT.indexOf(s));
  }

  static String ann() {
    int src = cp("Kyiv");
    int cue = cp("said the");
    int con = cp("the bridge");
    int con2a = cp("Officials");
    int con2b = cp("remain");
    int he = cp("he said");
    return String.join("\n",
        "T1\tSource " + src + " " + (src + 4) + "\tKyiv",
        "T2\tCue " + cue + " " + (cue + 4) + "\tsaid",
        "T3\tContent " + con + " " + (con + "the bridge was hit".length()) + "\tthe bridge was hit",
        "T4\tAttribution " + cue + " " + (cue + 4) + "\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tSource " + he + " " + (he + 2) + "\the",
        "T6\tCue " + (he + 3) + " " + (he + 7) + "\tsaid",
        "T7\tContent " + con2a + " " + (con2a + 9) + ";" + con2b + " " + (con2b + "remain calm".length()) + "\tOfficials remain calm",
        "T8\tAttribution " + (he + 3) + " " + (he + 7) + "\tsaid",
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
        "T9\tCue 0 1\tx",
        "T10\tContent 2 6\tKyiv",
        "E3\tAttribution-no-source:T9 Content:T10 Cue:T9",
        "#1\tAnnotatorNotes T1\ta note",
        "a stray continuation line");
  }

  @Test
  void reader_converts_code_points_and_keeps_discontinuous_contents(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/doc1.txt"), TEXT);
    Files.writeString(dir.resolve("attributions/doc1_a1.ann"), ann());
    Files.writeString(dir.resolve("attributions/doc1_b2.ann"), "");
    Files.writeString(dir.resolve("text/unannotated.txt"), "No file.");
    List<PolnearReader.Document> docs = PolnearReader.read(dir);
    assertThat(docs).hasSize(1);
    PolnearReader.Document d = docs.get(0);
    assertThat(d.attributions()).hasSize(3);
    PolnearReader.Attribution first = d.attributions().get(0);
    assertThat(text(first.source())).isEqualTo("Kyiv");
    assertThat(text(first.content())).isEqualTo("the bridge was hit");
    PolnearReader.Attribution second = d.attributions().get(1);
    assertThat(second.content()).hasSize(2);
    assertThat(text(second.content())).isEqualTo("Officials|remain calm");
    assertThat(d.attributions().get(2).hasSource()).isFalse();
  }

  @Test
  void reader_rejects_a_folder_without_the_expected_layout(@TempDir Path dir) {
    assertThatThrownBy(() -> PolnearReader.read(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text/ and attributions/");
  }

  static String text(List<Span> spans) {
    return String.join("|", spans.stream().map(s -> TEXT.substring(s.start(), s.end())).toList());
  }

  static Span span(String s) {
    int i = TEXT.indexOf(s);
    return new Span(i, i + s.length());
  }

  static Claim claim(List<Span> content, Span speaker, String entityId) {
    return new Claim(new Span(content.get(0).start(), content.get(content.size() - 1).end()), content, speaker,
        entityId, "x", SpeakerType.PERSON, SpeakerSide.OTHER, new Cue("say", span("said"), Stance.NEUTRAL),
        ClaimKind.INDIRECT, null, false, null, Stance.NEUTRAL, 0.5, "cue-forward");
  }

  static PolnearReader.Document doc() {
    return new PolnearReader.Document("d", TEXT, null, PolnearReader.parse(TEXT, List.of(ann().split("\n"))));
  }

  @Test
  void content_overlapping_half_the_shorter_span_with_the_right_speaker_is_correct() {
    // "bridge was hit" (14 chars) lies inside the gold "the bridge was hit": overlap = the shorter span
    PolnearEvaluator.Result r = PolnearEvaluator.score(doc(),
        List.of(claim(List.of(span("bridge was hit")), span("Kyiv"), null)), List.of());
    assertThat(r.correct()).isEqualTo(1);
    assertThat(r.gold()).isEqualTo(2);
    assertThat(r.precision()).isEqualTo(1.0);
    assertThat(r.recall()).isEqualTo(0.5);
  }

  @Test
  void too_little_overlap_with_the_right_speaker_is_a_content_mismatch() {
    // "hit. Of" overlaps the first gold content by 3 of its 7 characters, the second by 2
    PolnearEvaluator.Result r = PolnearEvaluator.score(doc(),
        List.of(claim(List.of(span("hit. Of")), span("Kyiv"), null)), List.of());
    assertThat(r.correct()).isZero();
    assertThat(r.contentMismatch()).isEqualTo(1);
    assertThat(r.missed()).as("both gold contents are touched, so neither is missed outright").isZero();
  }

  @Test
  void right_content_with_another_speaker_is_a_wrong_speaker_unless_the_entity_resolves() {
    Claim c = claim(List.of(span("Officials"), span("remain calm")), span("Kyiv"), "e1");
    PolnearEvaluator.Result wrong = PolnearEvaluator.score(doc(), List.of(c), List.of());
    assertThat(wrong.wrongSpeaker()).as(wrong.toString()).isEqualTo(1);
    Entity e = new Entity("e1", EntityType.PERSON, "Kyiv", "kyiv",
        List.of(new Mention(span("he said").start(), span("he said").start() + 2, MentionKind.PRONOUN)), List.of());
    PolnearEvaluator.Result resolved = PolnearEvaluator.score(doc(), List.of(c), List.of(e));
    assertThat(resolved.correct()).isEqualTo(1);
  }

  @Test
  void each_gold_attribution_matches_one_claim_and_assertions_are_ignored() {
    Claim a = claim(List.of(span("the bridge was hit")), span("Kyiv"), null);
    Claim b = claim(List.of(span("bridge was hit")), span("Kyiv"), null);
    Claim assertion = new Claim(span("Kyiv said"), List.of(span("Kyiv said")), null, null, Claim.AUTHOR,
        SpeakerType.AUTHOR, SpeakerSide.OTHER, null, ClaimKind.ASSERTION, null, false, null, Stance.NEUTRAL, 0.9,
        "assertion");
    PolnearEvaluator.Result r = PolnearEvaluator.score(doc(), List.of(a, b, assertion), List.of());
    assertThat(r.predicted()).isEqualTo(2);
    assertThat(r.correct()).isEqualTo(1);
    assertThat(r.wrongSpeaker() + r.spurious() + r.contentMismatch()).isEqualTo(1);
  }

  @Test
  void scored_claims_are_counted_per_rule() {
    Claim right = claim(List.of(span("bridge was hit")), span("Kyiv"), null);
    Claim wrong = claim(List.of(span("bridge was hit")), span("said"), null);
    PolnearEvaluator.Result r = PolnearEvaluator.score(doc(), List.of(right, wrong), List.of());
    assertThat(r.byRule()).containsOnlyKeys("cue-forward");
    PolnearEvaluator.RuleCounts counts = r.byRule().get("cue-forward");
    assertThat(counts.predicted()).isEqualTo(2);
    assertThat(counts.correct()).isEqualTo(1);
    assertThat(counts.wrongSpeaker()).isEqualTo(1);
    assertThat(r.report()).contains("rule cue-forward").contains("P 0.5000");
  }

  @Test
  void report_ends_with_the_f1_line() {
    PolnearEvaluator.Result r = PolnearEvaluator.score(doc(),
        List.of(claim(List.of(span("bridge was hit")), span("Kyiv"), null)), List.of());
    String[] lines = r.report().split("\n");
    assertThat(lines[lines.length - 1]).isEqualTo("F1 0.6667");
  }
}
