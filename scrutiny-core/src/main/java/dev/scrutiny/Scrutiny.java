package dev.scrutiny;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.checks.CheckAnalyzer;
import dev.scrutiny.checks.ReferenceFacts;
import dev.scrutiny.claims.ClaimAnalyzer;
import dev.scrutiny.entities.EntityAnalyzer;
import dev.scrutiny.markers.Lexicon;
import dev.scrutiny.markers.MarkerAnalyzer;
import dev.scrutiny.persuasion.FrameAnalyzer;
import dev.scrutiny.persuasion.GenreAnalyzer;
import dev.scrutiny.persuasion.PersuasionAnalyzer;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.places.PlaceAnalyzer;
import dev.scrutiny.text.BoundedSentences;
import dev.scrutiny.text.LanguageIdentifier;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.SentenceAnalyzer;
import dev.scrutiny.text.TokenAnalyzer;
import dev.scrutiny.time.TimeAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The front door: analyse an article with the default pipeline.
 *
 * <pre>{@code
 * Article article = Article.builder("a1", "Kyiv, 6 August. The offensive began, officials said.").build();
 * Analysis analysis = Scrutiny.analyze(article);
 * }</pre>
 *
 * The default pipeline is built once, on first use, and shared; it is thread-safe.
 */
public final class Scrutiny {

  private Scrutiny() {}

  /**
   * Analyses one article with {@link #defaultPipeline()}. An article without a language gets the one
   * {@link LanguageIdentifier} finds in its title and text (or stays without one when unsure).
   */
  public static Analysis analyze(Article article) {
    return analyze(Holder.DEFAULT, article);
  }

  /**
   * Analyses one article with {@code pipeline}, first identifying its language when the source did not
   * declare one (language-specific analyzers are then skipped for other languages).
   */
  public static Analysis analyze(Pipeline pipeline, Article article) {
    return pipeline.run(withLanguage(article));
  }

  /**
   * {@link #analyze(Pipeline, Article)} within {@code budget}.
   *
   * @throws dev.scrutiny.pipeline.OverBudgetException when the article runs over it
   */
  public static Analysis analyze(Pipeline pipeline, Article article, dev.scrutiny.pipeline.Budget budget) {
    budget.check("language identification");
    return pipeline.run(dev.scrutiny.article.Analysis.of(withLanguage(article)), budget);
  }

  /**
   * {@code article} with the language {@link LanguageIdentifier} finds in its title and text when the source
   * declared none (or without one when unsure); an article with a language comes back as it is. The analyze
   * methods do this themselves; a caller that times the analysis separately (a budget per article) calls it
   * first, so that loading the language model, once, is not counted against the article that happens to need it.
   */
  public static Article withLanguage(Article article) {
    if (article.language() != null) {
      return article;
    }
    String sample = article.title() == null ? article.text() : article.title() + "\n" + article.text();
    return article.withLanguage(LanguageIdentifier.languageOf(sample));
  }

  /** The shared default pipeline: every analyzer that ships, in dependency order. */
  public static Pipeline defaultPipeline() {
    return Holder.DEFAULT;
  }

  /**
   * Starts building the default pipeline and loading its models on a background daemon thread, and returns at
   * once: a command that will analyse soon calls this first, so the models load on a second core while it parses
   * options, reads input and identifies the first article's language. Results are unaffected; a failure here is
   * left for the real analysis to report.
   *
   * @return completes once the default pipeline has analysed a warm-up article (every model it uses loaded), or
   *     has failed to; it never completes exceptionally
   */
  public static CompletableFuture<Void> warmUpInBackground() {
    return warmUpInBackground(warm -> { });
  }

  /**
   * As {@link #warmUpInBackground()}, then hands the warm-up article's analysis to {@code then} on the same
   * thread, for a caller to warm what it does with analyses (a renderer, say). The returned future completes
   * before {@code then} runs.
   */
  public static CompletableFuture<Void> warmUpInBackground(java.util.function.Consumer<Analysis> then) {
    CompletableFuture<Void> analysed = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      Analysis warm = null;
      try {
        warm = Holder.DEFAULT.run(Article.builder("warm-up", WARM_UP_TEXT).language("en").build());
      } catch (RuntimeException | LinkageError e) {
        // the first real analysis meets the same problem and reports it
      } finally {
        analysed.complete(null);
      }
      try {
        if (warm != null) {
          then.accept(warm);
        }
      } catch (RuntimeException | LinkageError e) {
        // as above
      }
    }, "scrutiny-warm-up");
    t.setDaemon(true);
    t.start();
    // the English persuasion models and span words (a third of the loading) on a thread of their own: the warm-up
    // thread reaches them only after the place index and the NER model, while the first thread is often idle by then
    Thread p = new Thread(() -> {
      try {
        dev.scrutiny.persuasion.PersuasionModels.forLanguage("en");
        dev.scrutiny.persuasion.SpanWords.forLanguage("en");
      } catch (RuntimeException | LinkageError e) {
        // as above
      }
    }, "scrutiny-warm-up-persuasion");
    p.setDaemon(true);
    p.start();
    // the check-worthiness encoder's network, where one is installed: the warm-up article may fall outside the band
    // of statements it encodes, and the first article that needs it should not wait for it
    checkWorthinessEncoder().ifPresent(e -> {
      Thread n = new Thread(() -> {
        try {
          e.encode(List.of(WARM_UP_TEXT));
        } catch (RuntimeException | LinkageError ex) {
          // as above
        }
      }, "scrutiny-warm-up-encoder");
      n.setDaemon(true);
      n.start();
    });
    return analysed;
  }

  private static final String WARM_UP_TEXT = "Officials in Kyiv said on Monday that 12 drones were shot down.";

  /**
   * Fresh instances of every analyzer that ships, in dependency order; add one line per new analyzer. Where the
   * encoder fine-tuned for check-worthiness is installed ({@code scrutiny-encoder} on the class path, as in the
   * command line, the server and the Spark job), check-worthiness uses the model shipped with it, which encodes only
   * the statements its hashed words leave unsure ({@link #checkWorthinessEncoder()}); likewise English techniques
   * use the model shipped with the encoder fine-tuned for them, which encodes only the lines its text features give
   * some technique a probability of at least 0.2 ({@link dev.scrutiny.persuasion.PersuasionModels#techniqueEncodeFrom()}).
   * The core alone scores text features only.
   */
  public static List<Analyzer<?>> defaultAnalyzers() {
    return analyzers(ReferenceFacts.defaults(), Lexicon.defaults());
  }

  /**
   * Every analyzer that ships, with the consistency checks using {@code facts} and the markers using
   * {@code lexicon} (for users who add their own reference facts or loaded terms); check-worthiness as in
   * {@link #defaultAnalyzers()}.
   */
  public static List<Analyzer<?>> analyzers(ReferenceFacts facts, Lexicon lexicon) {
    return analyzers(facts, lexicon, null);
  }

  /**
   * As {@link #analyzers(ReferenceFacts, Lexicon)} with no sentence encoder at all, even where one is installed:
   * check-worthiness from hashed words only (a faster start, lower accuracy on new sentences).
   */
  public static List<Analyzer<?>> analyzersWithoutEncoder(ReferenceFacts facts, Lexicon lexicon) {
    return analyzers(facts, lexicon, null, false);
  }

  /**
   * As {@link #analyzers(ReferenceFacts, Lexicon)}; with {@code encoder} (a frozen sentence encoder such as the one
   * {@code scrutiny-encoder} installs, see {@link dev.scrutiny.text.SentenceEncoder#installed()}) check-worthiness,
   * techniques and frames use the models trained with its vectors, each paragraph or statement encoded once.
   * Check-worthiness uses the encoder fine-tuned for it instead when one is installed
   * ({@link dev.scrutiny.text.SentenceEncoder#installedFor} {@link dev.scrutiny.claims.CheckWorthiness#TASK}, as {@code scrutiny-encoder}
   * ships), with the model trained with that encoder's vectors; techniques and frames likewise read the encoder
   * fine-tuned for techniques ({@link dev.scrutiny.persuasion.PersuasionModels#TECHNIQUES_TASK}), one cached
   * instance shared by both, so each line is encoded once. A null {@code encoder} gives the default analyzers.
   */
  public static List<Analyzer<?>> analyzers(ReferenceFacts facts, Lexicon lexicon,
      dev.scrutiny.text.@Nullable SentenceEncoder encoder) {
    return analyzers(facts, lexicon, encoder, true);
  }

  /**
   * The encoder fine-tuned for check-worthiness, cached, where one is installed: the default analyzers' claims
   * read it (through the model shipped with it).
   */
  public static java.util.Optional<dev.scrutiny.text.SentenceEncoder> checkWorthinessEncoder() {
    return dev.scrutiny.text.SentenceEncoder.installedFor(dev.scrutiny.claims.CheckWorthiness.TASK)
        .map(dev.scrutiny.text.CachingEncoder::of);
  }

  private static List<Analyzer<?>> analyzers(ReferenceFacts facts, Lexicon lexicon,
      dev.scrutiny.text.@Nullable SentenceEncoder encoder, boolean checkWorthinessEncoder) {
    dev.scrutiny.text.SentenceEncoder shared = encoder == null ? null : dev.scrutiny.text.CachingEncoder.of(encoder);
    List<Analyzer<?>> a = new ArrayList<>();
    a.add(new ParagraphAnalyzer());
    a.addAll(List.of(new BoundedSentences(new SentenceAnalyzer()), new TokenAnalyzer()));
    a.add(new EntityAnalyzer());
    a.add(new PlaceAnalyzer());
    a.add(new TimeAnalyzer());
    dev.scrutiny.text.@Nullable SentenceEncoder claims = checkWorthinessEncoder || shared != null
        ? checkWorthinessEncoder().orElse(shared) : null;
    // with an encoder given, every statement is encoded; by default only those the hashed words leave unsure
    a.add(claims == null ? new ClaimAnalyzer() : shared != null
        ? new ClaimAnalyzer(dev.scrutiny.claims.CheckWorthiness.forEncoder(claims).encodingAll())
        : new ClaimAnalyzer(claims));
    // techniques read the encoder fine-tuned for them where it is installed (by default only the lines their text
    // features find something in: the model's gate); with an encoder given, frames read it too, each line encoded once
    dev.scrutiny.text.@Nullable SentenceEncoder tuned = checkWorthinessEncoder || shared != null
        ? dev.scrutiny.text.SentenceEncoder.installedFor(dev.scrutiny.persuasion.PersuasionModels.TECHNIQUES_TASK)
            .map(dev.scrutiny.text.CachingEncoder::of).orElse(null)
        : null;
    dev.scrutiny.text.@Nullable SentenceEncoder persuasion = tuned != null ? tuned : shared;
    PersuasionAnalyzer techniques = persuasion == null ? new PersuasionAnalyzer()
        : new PersuasionAnalyzer(persuasion, PersuasionAnalyzer.Mode.PRECISION);
    a.add(techniques);
    a.add(shared == null ? new FrameAnalyzer() : new FrameAnalyzer(java.util.Objects.requireNonNull(persuasion)));
    a.add(new GenreAnalyzer(techniques)); // reads the line probabilities the technique analyzer computed
    a.add(new CheckAnalyzer(facts));
    a.add(new MarkerAnalyzer(lexicon));
    return a;
  }

  private static final class Holder {
    static final Pipeline DEFAULT = Pipeline.of(defaultAnalyzers());
  }
}
