package dev.scrutiny.cli;

import dev.scrutiny.persuasion.PersuasionModels;
import dev.scrutiny.persuasion.SemevalCorpus;
import dev.scrutiny.persuasion.SemevalFormat;
import dev.scrutiny.persuasion.SemevalScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny eval semeval}: writes SemEval-2023 Task 3 predictions in the official format for every
 * {@code article<ID>.txt} of a directory and, given gold labels, prints per-label figures and the official
 * measure as the last line ({@code macro-F1} for subtask 1, {@code micro-F1} for subtasks 2 and 3).
 *
 * <pre>{@code
 * scrutiny eval semeval --subtask 3 --lang en --articles dir --out pred.txt --gold gold.txt
 * }</pre>
 */
@Command(name = "semeval", mixinStandardHelpOptions = true,
    description = "Predict SemEval-2023 Task 3 labels in the official format; with --gold, print the official measure last.")
public final class EvalSemevalCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--subtask", required = true, description = "1 genre, 2 frames, 3 techniques.")
  int subtask;

  @Option(names = "--lang", defaultValue = "en", description = "Language of the models (default ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--articles", required = true, description = "Directory of article<ID>.txt files.")
  Path articles;

  @Option(names = "--out", required = true, description = "Prediction file to write.")
  Path out;

  @Option(names = "--gold", description = "Gold labels in the official format.")
  Path gold;

  @Option(names = "--model", description = "Directory of st{1,2,3}-<lang>.bin from `train semeval --out` "
      + "(default: the models in the build).")
  Path model;

  @Option(names = "--encoder", description = "Score the technique and frame models that read the installed sentence "
      + "encoders' vectors, as analyze --encoder does (English techniques: MiniLM fine-tuned for them when installed; "
      + "those in the build, or those --model names).")
  boolean encoder;

  @Option(names = "--no-encoder", description = "Score the English techniques with their text features only (by "
      + "default the encoder fine-tuned for them, where installed, scores the lines those find something in, as "
      + "analyze does).")
  boolean noEncoder;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    if (subtask < 1 || subtask > 3) {
      err.println("--subtask: expected 1, 2 or 3, got " + subtask);
      return 2;
    }
    if (!Files.isDirectory(articles)) {
      err.println("--articles: expected a directory of article<ID>.txt files, got " + articles);
      return 2;
    }
    if (gold != null && !Files.isRegularFile(gold)) {
      err.println("--gold: expected a label file, got " + gold);
      return 2;
    }
    EncoderOption.checkExclusive(spec, encoder, noEncoder);
    PersuasionModels models;
    try {
      // by default, as analyze: English techniques read the encoder fine-tuned for them where installed, frames none
      dev.scrutiny.text.SentenceEncoder e = encoder && subtask != 1 ? EncoderOption.installed(spec)
          : !noEncoder && !encoder && subtask == 3 && model == null ? dev.scrutiny.text.SentenceEncoder
              .installedFor(PersuasionModels.TECHNIQUES_TASK).orElse(null) : null;
      models = model != null ? PersuasionModels.load(model, lang, e)
          : e != null ? PersuasionModels.forLanguage(lang, e) : PersuasionModels.forLanguage(lang);
    } catch (IllegalArgumentException e) {
      err.println("--model: " + e.getMessage());
      return 2;
    }
    try {
      return evaluate(models, o);
    } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
      err.println("eval semeval failed: " + e.getMessage());
      return 1;
    }
  }

  private int evaluate(PersuasionModels models, PrintWriter o) throws IOException {
    List<SemevalCorpus.Doc> docs = SemevalCorpus.articles(articles, lang);
    StringBuilder sb = new StringBuilder();
    for (SemevalCorpus.Doc d : docs) {
      sb.append(SemevalFormat.rows(subtask, d, models));
    }
    Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    String tuned = subtask != 3 || models.techniqueEncoderId() == null ? ""
        : models.techniqueEncodeFrom() > 0 ? String.format(Locale.ROOT, " (techniques: %s on the lines from %.2f)",
            models.techniqueEncoderId(), models.techniqueEncodeFrom())
        : " (techniques: " + models.techniqueEncoderId() + " on every line)";
    o.printf(Locale.ROOT, "wrote %s: %d articles, subtask %d, %s models%s%n", out, docs.size(), subtask,
        models.language(), tuned);
    if (gold != null) {
      Map<String, List<String>> g = SemevalCorpus.readLabels(gold, subtask);
      Map<String, List<String>> p = SemevalCorpus.readLabels(out, subtask);
      List<SemevalScorer.LabelScore> scores = SemevalFormat.perLabel(subtask, g, p);
      for (SemevalScorer.LabelScore s : scores) {
        o.printf(Locale.ROOT, "%-45s P %.3f R %.3f F1 %.3f support %d%n", s.label(), s.precision(), s.recall(),
            s.f1(), s.support());
      }
      o.printf(Locale.ROOT, "%s %.4f%n", subtask == 1 ? "macro-F1" : "micro-F1", SemevalFormat.score(subtask, g, p));
    }
    o.flush();
    return 0;
  }
}
