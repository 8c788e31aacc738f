package dev.scrutiny.cli;

import dev.scrutiny.text.eval.GoldSegmentation;
import dev.scrutiny.text.eval.NewsTextGenerator;
import dev.scrutiny.text.eval.OpenNlpSegmenter;
import dev.scrutiny.text.eval.SegmentationEval;
import dev.scrutiny.text.eval.SegmenterBench;
import dev.scrutiny.text.eval.TextSegmenter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scrutiny bench text}: one-thread throughput of sentence splitting plus tokenization, and
 * accuracy on the bundled EWT-style gold, optionally side by side with OpenNLP's UD English models.
 *
 * <pre>{@code
 * scrutiny bench text                          # generated news text, seed 42
 * scrutiny bench text --seconds 20 article.txt # your own files
 * scrutiny bench text --opennlp-sentence-model opennlp-models-sentdetect-en-1.3.0.jar \
 *     --opennlp-token-model opennlp-models-tokenizer-en-1.3.0.jar
 * }</pre>
 */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    description = "Sentences+tokens per second on one thread, and segmentation accuracy on the bundled "
        + "EWT-style gold (and OpenNLP's, given its models).")
public final class BenchTextCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "UTF-8 text files to run on instead of generated text.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the text generator (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--chars", defaultValue = "2000000", description = "Characters of text to generate (default ${DEFAULT-VALUE}).")
  int chars;

  @Option(names = "--warmup", defaultValue = "10", description = "Warm-up seconds (default ${DEFAULT-VALUE}).")
  double warmup;

  @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds (default ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--opennlp-sentence-model", paramLabel = "BIN|JAR",
      description = "OpenNLP sentence model (.bin, or the opennlp-models-sentdetect-en jar) to compare with.")
  Path sentenceModel;

  @Option(names = "--opennlp-token-model", paramLabel = "BIN|JAR",
      description = "OpenNLP tokenizer model (.bin, or the opennlp-models-tokenizer-en jar) to compare with.")
  Path tokenModel;

  @Option(names = "--sentence-lines", paramLabel = "FILE",
      description = "Extra sentence-boundary check: a file with one gold sentence per line (or per TSV row, see --column), joined 5 to a paragraph.")
  Path sentenceLines;

  @Option(names = "--column", defaultValue = "0", description = "1-based TSV column holding the sentence in --sentence-lines (0: whole line; a header row is skipped).")
  int column;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (chars < 1 || seconds <= 0 || warmup < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "need --chars >= 1, --seconds > 0 and --warmup >= 0, got " + chars + ", " + seconds + ", " + warmup);
    }
    if ((sentenceModel == null) != (tokenModel == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give both --opennlp-sentence-model and --opennlp-token-model, or neither");
    }
    List<String> texts = new ArrayList<>();
    if (files.isEmpty()) {
      texts = new NewsTextGenerator(seed).articles(chars);
      out.printf("text: %d generated articles, seed %d%n", texts.size(), seed);
    } else {
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          throw new CommandLine.ParameterException(spec.commandLine(), "not a readable file: " + f);
        }
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      out.printf("text: %d files%n", texts.size());
    }
    Optional<OpenNlpSegmenter> opennlp = sentenceModel != null
        ? Optional.of(OpenNlpSegmenter.load(sentenceModel, tokenModel))
        : OpenNlpSegmenter.fromClasspath();

    out.println();
    out.println("Accuracy on the bundled EWT-style gold (" + GoldSegmentation.BUNDLED + "):");
    List<GoldSegmentation> gold = GoldSegmentation.bundled();
    out.print(SegmentationEval.evaluate(gold, TextSegmenter.scrutiny()).format());
    opennlp.ifPresent(o -> out.print(SegmentationEval.evaluate(gold, o).format()));
    if (sentenceLines != null) {
      List<GoldSegmentation> lines = GoldSegmentation.fromSentences(readSentences(sentenceLines), 5);
      out.println("Sentence boundaries, " + sentenceLines + " (" + lines.size() + " paragraphs of 5):");
      out.print(SegmentationEval.evaluate(lines, TextSegmenter.scrutiny()).format());
      opennlp.ifPresent(o -> out.print(SegmentationEval.evaluate(lines, o).format()));
    }
    if (opennlp.isEmpty()) {
      out.println("(OpenNLP not compared: pass --opennlp-sentence-model and --opennlp-token-model)");
    }
    out.println();
    out.printf("Throughput on one thread (%.1f s warm-up, %.1f s measured each):%n", warmup, seconds);
    out.flush();
    SegmenterBench.Result ours = SegmenterBench.runPipelinePath(texts, warmup, seconds);
    out.println(ours.format());
    out.flush();
    out.println(SegmenterBench.runOnePass(texts, warmup, seconds).format());
    out.flush();
    if (opennlp.isPresent()) {
      out.println(SegmenterBench.run(opennlp.get(), texts, warmup, seconds).format());
    }
    out.printf("sentences+tokens: %,.0f tokens/s%n", ours.tokensPerSecond());
    return 0;
  }

  private List<String> readSentences(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "not a readable file: " + file);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (column <= 0) {
      return lines;
    }
    List<String> out = new ArrayList<>();
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] cells = line.split("\t", -1);
      if (cells.length < column) {
        continue;
      }
      String cell = cells[column - 1];
      if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
        cell = cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
      }
      out.add(cell);
    }
    return out;
  }
}
