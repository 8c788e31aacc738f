package dev.scrutiny.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the report goes, with every write checked. Standard output is never closed, and a write that
 * fails there (a full disk, a reader such as {@code head} that went away) throws instead of being
 * swallowed, so the batch stops and the exit code says so. A file is written next to its final name
 * and moved into place only when the report is complete, so a failed run never leaves half a report
 * (nor empties an existing one). A target that exists and is no regular file ({@code /dev/null}, a named pipe) is
 * written to directly: moving a file over it would replace the device itself.
 */
abstract class ReportOutput extends Writer {

  /** Stdout through picocli's writer, whose error flag is checked after every write. */
  static ReportOutput stdout(PrintWriter stdout) {
    return new ReportOutput() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        stdout.write(cbuf, off, len);
        check();
      }

      @Override
      public void flush() throws IOException {
        check();
      }

      @Override
      public void close() throws IOException {
        check(); // never close stdout
      }

      @Override
      void commit() throws IOException {
        check();
      }

      private void check() throws IOException {
        if (stdout.checkError()) {
          throw new IOException("cannot write the report to standard output (the disk is full or the reader closed"
              + " the pipe); stopped");
        }
      }
    };
  }

  /**
   * A file, written to a temporary sibling and moved over {@code out} by {@link #commit()}; a device or pipe at
   * {@code out} is written to directly.
   */
  static ReportOutput file(Path out) throws IOException {
    if (Files.exists(out) && !Files.isRegularFile(out) && !Files.isDirectory(out)) {
      return direct(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)));
    }
    Path absolute = out.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path tmp = Files.createTempFile(parent, "." + absolute.getFileName(), ".part");
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8));
    return new ToWriter(w) {
      private boolean committed;
      private boolean closed;

      @Override
      void commit() throws IOException {
        w.close();
        closed = true;
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
      }

      @Override
      public void close() throws IOException {
        if (!closed) {
          closed = true;
          try {
            w.close();
          } catch (IOException e) {
            // the report is abandoned anyway
          }
        }
        if (!committed) {
          Files.deleteIfExists(tmp);
        }
      }
    };
  }

  /** Writes straight to {@code w} (a device or pipe, which has no sibling to move into place). */
  private static ReportOutput direct(Writer w) {
    return new ToWriter(w) {
      @Override
      void commit() throws IOException {
        w.flush();
      }

      @Override
      public void close() throws IOException {
        w.close();
      }
    };
  }

  /** A report written through {@code w}; what commit and close do is the subclass's. */
  private abstract static class ToWriter extends ReportOutput {
    final Writer w;

    ToWriter(Writer w) {
      this.w = w;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      w.write(cbuf, off, len);
    }

    @Override
    public void flush() throws IOException {
      w.flush();
    }
  }

  /** Makes the complete report visible; before this, nothing at the final name has changed. */
  abstract void commit() throws IOException;
}
