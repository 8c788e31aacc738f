package dev.scrutiny.checks;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.places.Place;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.time.TimeExpression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Produces the {@code checks} layer: temporal, arithmetic, precision, enumeration, cross-claim and
 * geographic consistency checks over one article (see {@link CheckKind}), against the publication date
 * and a {@link ReferenceFacts} table.
 *
 * <p>Requires sentences, tokens, times and places. {@link #run(Analysis)} also works on an analysis
 * lacking some of them: it segments the text with the shared {@link Segmenter} when no sentence or token
 * layer is present, and skips the check families whose layers are absent (dates and durations come from
 * the time layer only), naming them. Immutable and thread-safe.
 *
 * <pre>{@code
 * CheckAnalyzer checks = new CheckAnalyzer(ReferenceFacts.defaults().with(ReferenceFacts.load(myFacts)));
 * CheckAnalyzer.Run run = checks.run(Analysis.of(article));
 * run.checks().forEach(c -> System.out.println(c.severity() + " " + c.message()));
 * }</pre>
 */
public final class CheckAnalyzer implements Analyzer<Check> {

  private static final List<Checker> CHECKERS = List.of(new TemporalChecker(), new ArithmeticChecker(),
      new EnumerationChecker(), new CrossClaimChecker(), new GeographicChecker());

  private final ReferenceFacts facts;

  /** Checks against the bundled {@link ReferenceFacts#defaults()}. */
  public CheckAnalyzer() {
    this(ReferenceFacts.defaults());
  }

  public CheckAnalyzer(ReferenceFacts facts) {
    this.facts = Objects.requireNonNull(facts, "facts");
  }

  /**
   * The outcome of {@link #run}: the checks found, sorted, and which check families ran or were skipped.
   *
   * @param checks  the checks, in document order
   * @param ran     names of the check families that ran ("temporal", "geographic", …)
   * @param skipped one line per family or input that was skipped or substituted, with the reason
   */
  public record Run(List<Check> checks, List<String> ran, List<String> skipped) {
    public Run {
      checks = List.copyOf(checks);
      ran = List.copyOf(ran);
      skipped = List.copyOf(skipped);
    }
  }

  /** Names of every check family, in the order they run. */
  public static List<String> families() {
    return CHECKERS.stream().map(Checker::name).toList();
  }

  @Override
  public LayerKey<Check> produces() {
    return Check.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Sentence.LAYER, Token.LAYER, TimeExpression.LAYER, Place.LAYER);
  }

  @Override
  public String name() {
    return "checks/1";
  }

  @Override
  public List<Check> analyze(Analysis in) {
    return run(in).checks();
  }

  /** Runs every check family whose layers are present; never throws for a bad article. */
  public Run run(Analysis in) {
    List<String> skipped = new ArrayList<>();
    List<Sentence> sentences;
    List<Token> tokens;
    if (in.layer(Sentence.LAYER).isPresent() && in.layer(Token.LAYER).isPresent()) {
      sentences = in.items(Sentence.LAYER);
      tokens = in.items(Token.LAYER);
    } else {
      Segmenter.Segmentation seg = Segmenter.segment(in.text());
      sentences = in.layer(Sentence.LAYER).isPresent() ? in.items(Sentence.LAYER) : seg.sentences();
      tokens = seg.tokens();
      skipped.add("sentences/tokens: layer absent, segmented here with the shared segmenter");
    }
    if (in.article().published() == null) {
      skipped.add("publication date absent: checks against it skipped");
    }
    CheckContext context = new CheckContext(in, sentences, tokens, facts);
    List<Check> out = new ArrayList<>();
    List<String> ran = new ArrayList<>();
    for (Checker checker : CHECKERS) {
      List<String> missing = checker.requires().stream().filter(k -> in.layer(k).isEmpty()).map(LayerKey::name).toList();
      if (!missing.isEmpty()) {
        skipped.add(checker.name() + ": skipped, layer " + String.join(", ", missing) + " absent");
        continue;
      }
      ran.add(checker.name());
      out.addAll(checker.check(context));
    }
    out.sort(Comparator.comparing(Check::span).thenComparing(Check::kind));
    return new Run(out, ran, skipped);
  }
}
