package dev.scrutiny.corpus;

import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What made an analysis: the Scrutiny version and the models (each analyzer's name and version, such
 * as {@code entities/1}, joined by spaces). Stored with every analysis so that
 * {@code scrutiny reanalyze} can find those made by older models.
 *
 * @param scrutinyVersion the Scrutiny release, or {@code dev}
 * @param models          the analyzers' names and versions, in pipeline order, space-separated
 */
public record Provenance(String scrutinyVersion, String models) {

  private static final String VERSION = readVersion();

  public Provenance {
    Objects.requireNonNull(scrutinyVersion, "scrutinyVersion");
    Objects.requireNonNull(models, "models");
  }

  /** This build's version and the analyzers of {@code pipeline}. */
  public static Provenance current(Pipeline pipeline) {
    return new Provenance(VERSION,
        pipeline.analyzers().stream().map(Analyzer::name).collect(Collectors.joining(" ")));
  }

  /** This build's Scrutiny version. */
  public static String version() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in = Provenance.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }
}
