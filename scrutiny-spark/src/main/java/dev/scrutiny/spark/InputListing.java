package dev.scrutiny.spark;

import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.IngestPlan;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.ingest.Input;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * Lists the job's inputs on the driver, reading no article. Local paths are planned by scrutiny-core's
 * {@link ArticleReader#plan} (the same walk, order, skips and failures as {@code scrutiny analyze}); paths on other
 * file systems ({@code hdfs://}, {@code s3a://}…) are walked the same way through Hadoop. A {@code .parquet} file, or
 * a folder holding {@code .parquet} files (as Spark writes them), is one Parquet input.
 */
final class InputListing {

  /** Extensions read from remote folders (the core's reader decides for local ones). */
  static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl",
      ".ndjson", ".csv", ".warc", ".warc.gz");

  /** The files to read and what could not be read or was passed over. */
  record Listing(List<InputFile> files, List<BadRecord> notRead) {}

  private InputListing() {}

  static Listing list(List<String> arguments, IngestOptions options, Configuration hadoop) throws IOException {
    List<InputFile> files = new ArrayList<>();
    List<BadRecord> notRead = new ArrayList<>();
    for (String argument : arguments) {
      if (isParquet(argument, hadoop)) {
        files.add(new InputFile(argument, argument, InputFile.Kind.PARQUET, files.size()));
      } else if (ArticleFiles.isLocal(argument)) {
        String path = argument.startsWith("file:") ? java.net.URI.create(argument).getPath() : argument;
        IngestPlan plan = new ArticleReader(options).plan(List.of(path));
        for (IngestResult r : plan.notRead()) {
          notRead.add(bad(r));
        }
        for (Input in : plan.inputs()) {
          files.add(new InputFile(in.name(), in.path() == null ? in.name() : in.path().toString(),
              InputFile.Kind.ARTICLES, files.size()));
        }
      } else {
        walkRemote(new org.apache.hadoop.fs.Path(argument), true, hadoop, files, notRead);
      }
    }
    return new Listing(List.copyOf(files), List.copyOf(notRead));
  }

  private static BadRecord bad(IngestResult r) {
    return switch (r) {
      case IngestResult.Failed f -> BadRecord.failed(f.origin().toString(), f.reason());
      case IngestResult.Skipped s -> new BadRecord(s.origin().toString(), BadRecord.SKIPPED, s.reason());
      case IngestResult.Loaded l -> throw new IllegalStateException("a plan reads nothing: " + l.origin());
    };
  }

  private static boolean isParquet(String argument, Configuration hadoop) throws IOException {
    if (argument.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
      return true;
    }
    if (ArticleFiles.isLocal(argument)) {
      Path p = Path.of(argument.startsWith("file:") ? java.net.URI.create(argument).getPath() : argument);
      if (!Files.isDirectory(p)) {
        return false;
      }
      try (Stream<Path> children = Files.list(p)) {
        return children.anyMatch(c -> c.getFileName().toString().endsWith(".parquet"));
      }
    }
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(argument);
    FileSystem fs = p.getFileSystem(hadoop);
    return fs.getFileStatus(p).isDirectory()
        && Arrays.stream(fs.listStatus(p)).anyMatch(s -> s.getPath().getName().endsWith(".parquet"));
  }

  private static void walkRemote(org.apache.hadoop.fs.Path path, boolean named, Configuration hadoop,
                                 List<InputFile> files, List<BadRecord> notRead) throws IOException {
    FileSystem fs = path.getFileSystem(hadoop);
    if (!fs.exists(path)) {
      notRead.add(BadRecord.failed(path.toString(), "no such file or directory"));
      return;
    }
    FileStatus status = fs.getFileStatus(path);
    if (!status.isDirectory()) {
      String name = path.getName().toLowerCase(Locale.ROOT);
      if (named || ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith)) {
        files.add(new InputFile(path.toString(), path.toString(), InputFile.Kind.ARTICLES, files.size()));
      } else {
        notRead.add(new BadRecord(path.toString(), BadRecord.SKIPPED, "unsupported file type"));
      }
      return;
    }
    FileStatus[] children = fs.listStatus(path);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus child : children) {
      if (child.getPath().getName().startsWith(".")) {
        notRead.add(new BadRecord(child.getPath().toString(), BadRecord.SKIPPED, "hidden file or directory"));
      } else {
        walkRemote(child.getPath(), false, hadoop, files, notRead);
      }
    }
  }
}
