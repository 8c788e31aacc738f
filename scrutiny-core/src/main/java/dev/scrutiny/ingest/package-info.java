/**
 * Reading articles from files, directories and standard input: plain text (SemEval title convention),
 * HTML (jsoup and a linear-time body extractor, with meta, JSON-LD and {@code <time>} metadata), JSON lines
 * and CSV, in UTF-8, UTF-16 or legacy Cyrillic encodings. A JSON line and a CSV record become an article
 * through one mapping ({@code ArticleRecords}): the same cleaning, checks, ids and metadata rules. Start at {@link dev.scrutiny.ingest.ArticleReader}:
 * {@code plan} lists the inputs without reading them, {@code results} reads them lazily, one at a time.
 * A bad input never stops a batch; it becomes an {@link dev.scrutiny.ingest.IngestResult.Failed}.
 */
@NullMarked
package dev.scrutiny.ingest;

import org.jspecify.annotations.NullMarked;
