package dev.scrutiny.cli;

import dev.scrutiny.places.GazetteerBuilder;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny train gazetteer}: builds the place-name index from a GeoNames dump and the curated
 * additions. Deterministic: the same inputs give the same file.
 *
 * <pre>{@code
 * scrutiny train gazetteer --geonames ../shared/data/geonames \
 *     --out scrutiny-core/src/main/resources/dev/scrutiny/places/gazetteer.bin
 * }</pre>
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Build the gazetteer index (GeoNames cities500 + admin1 + countryInfo + curated additions).")
public final class TrainGazetteerCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--geonames", required = true,
      description = "Directory with cities500.txt, admin1CodesASCII.txt and countryInfo.txt.")
  Path geonames;

  @Option(names = "--out", required = true, description = "Index file to write (gazetteer.bin).")
  Path out;

  @Option(names = "--additions", description = "Curated additions TSV (default: the shipped additions.tsv).")
  Path additions;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(geonames)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--geonames must be a directory, got " + geonames);
    }
    if (additions != null && !Files.isRegularFile(additions)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--additions must be a file, got " + additions);
    }
    long t0 = System.nanoTime();
    GazetteerBuilder.Result result;
    try (var reader = additions == null ? GazetteerBuilder.additions() : Files.newBufferedReader(additions)) {
      result = GazetteerBuilder.fromGeoNames(geonames, reader);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      result.write(o);
    }
    spec.commandLine().getOut().printf(Locale.ROOT, "entries %d, names %d, size %.2f MB, built in %.1f s -> %s%n",
        result.entries(), result.names(), result.sizeBytes() / 1e6, (System.nanoTime() - t0) / 1e9, out);
    return 0;
  }
}
