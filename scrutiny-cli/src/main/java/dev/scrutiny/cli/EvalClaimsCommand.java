package dev.scrutiny.cli;

import dev.scrutiny.claims.PolnearEvaluator;
import dev.scrutiny.claims.PolnearReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny eval claims}: scores attributed statements against a PolNeAR-style folder; prints
 * precision, recall and error classes, and as its last line {@code F1 0.xxxx}.
 *
 * <pre>{@code
 * scrutiny eval claims --gold ../shared/data/polnear/dev
 * }</pre>
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Score attributed statements against PolNeAR-style gold (text/, attributions/); last line: F1.")
final class EvalClaimsCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, description = "Folder with text/ and attributions/ (brat standoff)")
  Path gold;

  @Option(names = "--limit", defaultValue = "0", description = "Score only the first N documents (0: all)")
  int limit;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(gold.resolve("text")) || !Files.isDirectory(gold.resolve("attributions"))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--gold: expected a folder with text/ and attributions/, got " + gold);
    }
    List<PolnearReader.Document> docs = PolnearReader.read(gold);
    if (limit > 0 && docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    PrintWriter err = spec.commandLine().getErr();
    PolnearEvaluator.Result r = PolnearEvaluator.evaluate(docs, article -> {
      var a = PolnearEvaluator.analyseFully(article);
      a.diagnostics().forEach(d -> err.println(article.id() + ": " + d));
      return a;
    });
    PrintWriter o = spec.commandLine().getOut();
    o.println(r.report());
    o.flush();
    return 0;
  }
}
