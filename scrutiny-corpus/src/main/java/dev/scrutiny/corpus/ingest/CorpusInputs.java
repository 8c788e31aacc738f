package dev.scrutiny.corpus.ingest;

import dev.scrutiny.corpus.web.WebArticles;
import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestPlan;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.ingest.Input;
import dev.scrutiny.ingest.Origin;
import dev.scrutiny.ingest.WarcArticles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@code scrutiny add} reads, planned before anything is read: what {@link ArticleReader}
 * reads (files, directories, standard input), plus WARC and WARC.gz archives ({@link WarcArticles}),
 * gzip-compressed files ({@link GzipInput}) and http(s) URLs of articles or feeds ({@link WebArticles}).
 * Archives and {@code .gz} files are also picked up while walking directories.
 */
public final class CorpusInputs {

  /**
   * One input: its name and how to read it (lazily; close the stream).
   *
   * @param name the path or URL as given or walked
   */
  public record Source(String name, Supplier<Stream<IngestResult>> results) {}

  /**
   * What a batch will read.
   *
   * @param sources the inputs, in order: files and directories first, then URLs
   * @param notRead named paths that do not exist, files passed over in directories
   */
  public record Plan(List<Source> sources, List<IngestResult> notRead) {}

  private final ArticleReader reader;
  private final @Nullable WebArticles web;

  /** Inputs read by {@code reader}; URLs fetched by {@code web}, or refused when it is null. */
  public CorpusInputs(ArticleReader reader, @Nullable WebArticles web) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.web = web;
  }

  public Plan plan(List<String> arguments) {
    List<String> paths = new ArrayList<>();
    List<Source> urls = new ArrayList<>();
    for (String a : arguments) {
      if (WebArticles.isUrl(a)) {
        urls.add(new Source(a, () -> web == null
            ? Stream.of(new IngestResult.Failed(Origin.of(a), "fetching from the web is not enabled here"))
            : web.read(a)));
      } else if (a.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
        urls.add(new Source(a, () -> Stream.of(new IngestResult.Failed(Origin.of(a),
            "only http and https URLs are fetched"))));
      } else {
        paths.add(a);
      }
    }
    IngestPlan plan = reader.plan(paths);
    List<Source> sources = new ArrayList<>();
    for (Input input : plan.inputs()) {
      Source special = input.path() == null ? null : special(input.name(), input.path());
      sources.add(special != null ? special : new Source(input.name(), () -> reader.read(input)));
    }
    List<IngestResult> notRead = new ArrayList<>();
    for (IngestResult r : plan.notRead()) {
      String name = r.origin().input();
      Source special = r instanceof IngestResult.Skipped ? special(name, Path.of(name)) : null;
      if (special != null) {
        sources.add(special);
      } else {
        notRead.add(r);
      }
    }
    sources.addAll(urls);
    return new Plan(sources, notRead);
  }

  private @Nullable Source special(String name, Path path) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (WarcArticles.isWarc(lower)) {
      return new Source(name, () -> WarcArticles.read(path, reader));
    }
    if (lower.endsWith(".gz")) {
      return new Source(name, () -> GzipInput.read(name, path, reader));
    }
    return null;
  }
}
