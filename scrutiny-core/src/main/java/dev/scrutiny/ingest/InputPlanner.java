package dev.scrutiny.ingest;

import static dev.scrutiny.ingest.InputStreams.fileName;
import static dev.scrutiny.ingest.InputStreams.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Lists the inputs that command-line arguments name, reading no file (see {@link ArticleReader#plan(List)}):
 * standard input once, named files whatever their extension, directories walked in sorted order with
 * hidden entries, links leaving the folder and unsupported extensions skipped, each with its reason.
 */
final class InputPlanner {

  private final List<Input> inputs = new ArrayList<>();
  private final List<IngestResult> notRead = new ArrayList<>();
  private boolean stdinSeen;

  private InputPlanner() {}

  static IngestPlan plan(List<String> arguments) {
    InputPlanner planner = new InputPlanner();
    for (String argument : arguments) {
      planner.add(Objects.requireNonNull(argument, "argument"));
    }
    return new IngestPlan(planner.inputs, planner.notRead);
  }

  private void add(String argument) {
    if (argument.equals(Input.STDIN)) {
      if (stdinSeen) {
        notRead.add(new IngestResult.Failed(Origin.of(Input.STDIN), "standard input named more than once"));
      } else {
        inputs.add(Input.stdin());
        stdinSeen = true;
      }
      return;
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      notRead.add(new IngestResult.Failed(Origin.of(argument), "not a valid path: " + e.getReason()));
      return;
    }
    if (Files.isDirectory(path)) {
      walk(path, realPath(path));
    } else if (Files.exists(path) && !Files.isRegularFile(path)) {
      notRead.add(new IngestResult.Failed(Origin.of(argument),
          "not a regular file (a pipe, device or socket); not read, so it cannot block the batch"));
    } else if (Files.exists(path)) {
      inputs.add(new Input(argument, path, InputFormat.ofFileName(fileName(path))));
    } else {
      notRead.add(new IngestResult.Failed(Origin.of(argument), "no such file or directory"));
    }
  }

  private static @Nullable Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** Whether {@code child}, a symbolic link, points outside the walked folder {@code root}. */
  private static boolean leavesTree(Path child, @Nullable Path root) {
    Path target = realPath(child);
    return root == null || target == null || !target.startsWith(root);
  }

  private void walk(Path dir, @Nullable Path root) {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted((a, b) -> fileName(a).compareTo(fileName(b))).toList();
    } catch (IOException | UncheckedIOException e) {
      notRead.add(new IngestResult.Failed(Origin.of(dir.toString()), "cannot list the directory: " + message(e)));
      return;
    }
    for (Path child : children) {
      String name = fileName(child);
      Origin origin = Origin.of(child.toString());
      boolean directory = Files.isDirectory(child);
      if (name.startsWith(".")) {
        notRead.add(new IngestResult.Skipped(origin, directory ? "hidden directory, not walked" : "hidden file"));
      } else if (directory && Files.isSymbolicLink(child)) {
        notRead.add(new IngestResult.Skipped(origin, "symbolic link to a directory, not followed"));
      } else if (directory) {
        walk(child, root);
      } else if (Files.isSymbolicLink(child) && leavesTree(child, root)) {
        notRead.add(new IngestResult.Skipped(origin, "symbolic link to a file outside the folder, not followed"));
      } else if (!Files.isRegularFile(child)) {
        notRead.add(new IngestResult.Skipped(origin, "not a regular file"));
      } else if (InputFormat.ofFileName(name) == InputFormat.SNIFF) {
        notRead.add(new IngestResult.Skipped(origin,
            "unsupported file type (expected .txt, .html, .htm, .jsonl or .csv; name the file to read it anyway)"));
      } else {
        inputs.add(Input.of(child));
      }
    }
  }
}
