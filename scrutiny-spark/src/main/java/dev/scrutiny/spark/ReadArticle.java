package dev.scrutiny.spark;

import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.Published;
import dev.scrutiny.ingest.IngestResult;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article as read by scrutiny-core's ingest, in a form Spark can ship between stages (the core's records are not
 * {@link Serializable}). Round-trips {@link IngestResult.Loaded} exactly: same article, same warnings in order.
 *
 * @param fileIndex the input file's position in the listing
 * @param line      the JSON line (1-based), or the article's position within a non-line input
 * @param input     where it was read from, as {@code scrutiny analyze} names it
 * @param givenId   whether the id came from the source (a JSON line's {@code id}) rather than the file name
 */
record ReadArticle(String id, @Nullable String title, String text, @Nullable String url, @Nullable String source,
                   @Nullable String author, @Nullable LocalDate date, @Nullable LocalDateTime dateTime,
                   @Nullable ZoneOffset offset, Published.@Nullable Source publishedSource, @Nullable String language, List<Warning> warnings,
                   int fileIndex, int line, String input, boolean givenId) implements Serializable {

  /** One ingest warning ({@link Diagnostic}). */
  record Warning(String stage, int offset, String message) implements Serializable {}

  static ReadArticle of(IngestResult.Loaded loaded, int fileIndex, int position, String input, boolean givenId) {
    Article a = loaded.article();
    Published p = a.published();
    List<Warning> warnings = new ArrayList<>();
    for (Diagnostic d : loaded.warnings()) {
      warnings.add(new Warning(d.stage(), d.offset(), d.message()));
    }
    int line = loaded.origin().line() > 0 ? loaded.origin().line() : position;
    return new ReadArticle(a.id(), a.title(), a.text(), a.url(), a.source(), a.author(),
        p == null ? null : p.date(), p == null ? null : p.dateTime(), p == null ? null : p.offset(),
        p == null ? null : p.source(), a.language(), List.copyOf(warnings), fileIndex, line, input, givenId);
  }

  Article article() {
    Published p = date == null ? null : new Published(date, dateTime, offset, publishedSource);
    return new Article(id, title, text, url, source, author, p, language);
  }

  List<Diagnostic> diagnostics() {
    return warnings.stream().map(w -> new Diagnostic(w.stage(), w.offset(), w.message())).toList();
  }

  /** The same article under another id, {@code warning} (if any) first among its warnings, as the reader puts it. */
  ReadArticle renamed(String newId, @Nullable Diagnostic warning) {
    List<Warning> w = new ArrayList<>();
    if (warning != null) {
      w.add(new Warning(warning.stage(), warning.offset(), warning.message()));
    }
    w.addAll(warnings);
    return new ReadArticle(newId, title, text, url, source, author, date, dateTime, offset, publishedSource, language, List.copyOf(w),
        fileIndex, line, input, givenId);
  }
}
