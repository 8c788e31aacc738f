package dev.scrutiny.claims;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.ingest.TsvTable;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.time.TimeExpression;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What allowing any subject for a reporting cue does to one PolNeAR document: the attribution rules run
 * twice over the same tokens, entities and times, once with no cue taking any subject and once with every
 * cue of the reporting lexicon doing so; the statements only the second run finds are scored, each on its
 * own, against the gold attributions and tallied by their cue's lemma. Deterministic; holds no per-document
 * state.
 *
 * <pre>{@code
 * SpeechCueTally tally = new SpeechCueTally();
 * SpeechCueTally.Document d = tally.of(PolnearReader.read(dir).get(0));
 * }</pre>
 */
final class SpeechCueTally {

  /** Scored statements: right and wrong (statements matching only source-less gold are left out). */
  record Counts(int correct, int wrong) {

    static final Counts ZERO = new Counts(0, 0);

    Counts plus(Counts o) {
      return new Counts(correct + o.correct, wrong + o.wrong);
    }

    int scored() {
      return correct + wrong;
    }

    double precision() {
      return scored() == 0 ? 0 : correct / (double) scored();
    }
  }

  /**
   * One document's tally.
   *
   * @param gold  gold attributions with a source
   * @param base  the scored statements of the run in which no cue takes any subject
   * @param added the scored statements only the run with any subject for every cue finds, by cue lemma
   */
  record Document(int gold, Counts base, Map<String, Counts> added) {
    Document {
      added = Map.copyOf(added);
    }
  }

  /** The tally's key for an added statement without a cue (a quotation led by its speaker's name). */
  static final String NO_CUE = "(no cue)";

  private final Pipeline layers;
  private final ClaimExtractor none;
  private final ClaimExtractor every;

  /** Tallies with the default pipeline's layers, the shipped lexicons and the reporting lexicon's every lemma. */
  SpeechCueTally() {
    this.layers = Pipeline.of(beforeClaims(Scrutiny.defaultPipeline()));
    this.none = extractor(Set.of());
    this.every = extractor(reportingLemmas());
  }

  /** Analyses {@code doc} and tallies the statements that any subject adds. */
  Document of(PolnearReader.Document doc) {
    Article article = Article.builder(doc.id(), doc.text()).published(doc.published()).language("en").build();
    Analysis a = layers.run(article);
    List<Claim> without = extract(none, a);
    List<Claim> with = extract(every, a);
    List<Entity> entities = a.items(Entity.LAYER);
    Counts base = Counts.ZERO;
    for (PolnearEvaluator.Verdict v : PolnearEvaluator.judgeAll(doc, without, entities, new boolean[doc.attributions().size()])) {
      base = base.plus(counts(v));
    }
    Set<Claim> before = new HashSet<>(without);
    Map<String, Counts> added = new TreeMap<>();
    for (Claim c : with) {
      if (!before.contains(c)) {
        // judged on its own: right when some gold attribution's content and source it matches
        PolnearEvaluator.Verdict v = PolnearEvaluator.judgeAll(doc, List.of(c), entities,
            new boolean[doc.attributions().size()]).get(0);
        added.merge(c.cue() == null ? NO_CUE : c.cue().lemma(), counts(v), Counts::plus);
      }
    }
    int gold = (int) doc.attributions().stream().filter(PolnearReader.Attribution::hasSource).count();
    return new Document(gold, base, added);
  }

  private static Counts counts(PolnearEvaluator.Verdict v) {
    return switch (v) {
      case CORRECT -> new Counts(1, 0);
      case UNSCORED -> Counts.ZERO;
      default -> new Counts(0, 1);
    };
  }

  private static List<Claim> extract(ClaimExtractor extractor, Analysis a) {
    return extractor.extract(a.text(), a.items(Token.LAYER), a.items(Sentence.LAYER), a.items(Entity.LAYER),
        a.items(TimeExpression.LAYER)).stream().filter(Claim::attributed).toList();
  }

  private static ClaimExtractor extractor(Set<String> speech) {
    return new ClaimExtractor(ReportingLexicon.standard(), SpeakerTypes.standard(), SpeakerSides.standard(),
        CheckWorthiness.standard(), new SpeechCues(speech));
  }

  /** The analyzers of {@code pipeline} before its claim analyzer: those that make the layers it reads. */
  static List<Analyzer<?>> beforeClaims(Pipeline pipeline) {
    List<Analyzer<?>> out = new ArrayList<>();
    for (Analyzer<?> a : pipeline.analyzers()) {
      if (a instanceof ClaimAnalyzer) {
        return out;
      }
      out.add(a);
    }
    throw new IllegalStateException("the pipeline has no claim analyzer");
  }

  /** Every lemma of the shipped reporting lexicon ({@link ReportingLexicon#RESOURCE}). */
  static Set<String> reportingLemmas() {
    try (InputStream in = ReportingLexicon.class.getResourceAsStream(ReportingLexicon.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ReportingLexicon.RESOURCE);
      }
      Set<String> out = new HashSet<>();
      List<TsvTable.Row> rows = TsvTable.read(ReportingLexicon.RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8),
          List.of("lemma", "stance", "forms", "strict"));
      for (TsvTable.Row r : rows) {
        out.add(r.required(0).toLowerCase(Locale.ROOT));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
