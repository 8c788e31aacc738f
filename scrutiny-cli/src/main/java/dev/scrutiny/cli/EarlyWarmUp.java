package dev.scrutiny.cli;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.render.JsonRenderer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Starts loading the default pipeline's models before the command line is parsed, when the arguments ask for a
 * plain {@code analyze}: picocli's set-up of the command (reflection over its options, a tenth of a second or more
 * at start) then runs beside the loading instead of before it. {@link AnalyzeCommand} takes the started warm-up
 * over; a run that turns out to need another pipeline (or a usage error) leaves it unused on a daemon thread.
 *
 * <p>The process runs one command, so the started warm-up is kept in a static field, handed over once.
 */
final class EarlyWarmUp {

  /** Options that make another pipeline than the default one: no early warm-up with them. */
  private static final String[] OWN_PIPELINE = {"--facts", "--lexicon", "--encoder", "--no-encoder"};

  private static final AtomicReference<@Nullable Started> STARTED = new AtomicReference<>();

  private EarlyWarmUp() {}

  /** A warm-up started early, and whether its analysis should go on to warm the JSON writer (told later). */
  private record Started(CompletableFuture<Void> loaded, CompletableFuture<Boolean> warmJson) {}

  /** Starts the warm-up when {@code args} are an {@code analyze} run with the default pipeline; else nothing. */
  static void startFor(String[] args) {
    if (wantsDefaultPipeline(args)) {
      STARTED.set(start());
    }
  }

  /** A warm-up of the default pipeline that builds the JSON writer's serializers too once it is told to. */
  private static Started start() {
    CompletableFuture<Boolean> warmJson = new CompletableFuture<>();
    CompletableFuture<Void> loaded = Scrutiny.warmUpInBackground(warm -> {
      if (warmJson.join()) {
        JsonRenderer.defaults().toJson(warm);
      }
    });
    return new Started(loaded, warmJson);
  }

  /** Whether {@code args} name the analyze command without help and without options for a pipeline of its own. */
  static boolean wantsDefaultPipeline(String[] args) {
    if (args.length < 2 || !args[0].equals("analyze")) {
      return false;
    }
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help")) {
        return false;
      }
      for (String own : OWN_PIPELINE) {
        if (a.equals(own) || a.startsWith(own + "=")) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The warm-up started for this run, taken once, or a new one when none was started (a run not through
   * {@code main}, or one taken before); {@code json} says whether the run writes JSON, so that the warm-up goes on
   * to build the JSON writer's serializers.
   */
  static CompletableFuture<Void> takeOrStart(boolean json) {
    Started s = STARTED.getAndSet(null);
    if (s == null) {
      s = start();
    }
    s.warmJson().complete(json);
    return s.loaded();
  }

  /** Whether a warm-up started for this run waits to be taken. */
  static boolean started() {
    return STARTED.get() != null;
  }
}
