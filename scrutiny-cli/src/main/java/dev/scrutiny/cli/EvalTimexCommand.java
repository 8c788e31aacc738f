package dev.scrutiny.cli;

import dev.scrutiny.time.TimeMlDocument;
import dev.scrutiny.time.TimeMlReader;
import dev.scrutiny.time.TimexEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny eval timex --gold DIR}: scores the time tagger on TimeML files the TempEval-3 way.
 *
 * <pre>{@code
 * scrutiny eval timex --gold data/tempeval3/TBAQ-cleaned/TimeBank
 * }</pre>
 *
 * Before the last line, one line per rule: its expressions and its errors. The last line reads
 * {@code strictF1=… relaxedF1=… typeAcc=… valueF1=…}.
 */
@Command(name = "timex", mixinStandardHelpOptions = true,
    description = "Score time expressions against a folder of TimeML (.tml) files, TempEval-3 style.")
final class EvalTimexCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, description = "Folder of .tml files, read recursively.")
  Path gold;

  @Option(names = "--errors", description = "Write missed, spurious and wrongly normalised expressions here.")
  Path errors;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(gold)) {
      err.println("--gold must be a folder of .tml files: " + gold);
      return 2;
    }
    List<TimeMlDocument> docs = TimeMlReader.readAll(gold);
    if (docs.isEmpty()) {
      err.println("no .tml files under " + gold);
      return 2;
    }
    List<String> lines = new ArrayList<>();
    TimexEvaluation.Scores s = TimexEvaluation.evaluate(docs, lines::add);
    if (errors != null) {
      try {
        Files.write(errors, lines);
      } catch (IOException e) {
        err.println("cannot write " + errors + ": " + e.getMessage());
        return 1;
      }
    }
    out.println("documents=" + docs.size());
    s.report().forEach(out::println);
    s.ruleReport().forEach(out::println);
    out.println(s.headline());
    out.flush();
    return 0;
  }
}
