package dev.scrutiny.cli;

import dev.scrutiny.claims.PolnearReader;
import dev.scrutiny.claims.SpeechCueTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny train speechcues}: induces the table of reporting cues whose subject may be any noun phrase
 * from PolNeAR train, printing the cross-validated figure of each threshold.
 *
 * <pre>{@code
 * scrutiny train speechcues --data ../shared/data/polnear
 * }</pre>
 */
@Command(name = "speechcues", mixinStandardHelpOptions = true,
    description = "Induce the speech-cue table (cues taking any subject) from PolNeAR train; threshold by 5-fold CV.")
final class TrainSpeechcuesCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, description = "PolNeAR folder whose train/ has text/ and attributions/")
  Path data;

  @Option(names = "--out", description = "Table to write (default: scrutiny-core/src/main/resources/dev/scrutiny/"
      + "lang/en/speech-cues.tsv)")
  Path out;

  @Override
  public Integer call() throws IOException {
    Path train = data.resolve("train");
    if (!Files.isDirectory(train.resolve("text")) || !Files.isDirectory(train.resolve("attributions"))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--data: expected a PolNeAR folder whose train/ has text/ and attributions/, got " + data);
    }
    PrintWriter o = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    SpeechCueTrainer.Trained t = SpeechCueTrainer.train(PolnearReader.read(train), spec.commandLine().getErr());
    for (SpeechCueTrainer.CvPoint p : t.cv()) {
      o.printf("5-fold CV, threshold %.2f: F1 %.4f, added statements %d at P %.4f%n", p.threshold(), p.f1(),
          p.addedScored(), p.addedPrecision());
    }
    Path target = out != null ? out : Path.of("scrutiny-core/src/main/resources/dev/scrutiny/lang/en/speech-cues.tsv");
    SpeechCueTrainer.write(t.table(), target);
    o.printf("threshold %.2f, %d cues, written to %s in %.1f s%n", t.threshold(), t.rows().size(), target,
        (System.nanoTime() - t0) / 1e9);
    o.flush();
    return 0;
  }
}
