package dev.scrutiny.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file of the job, as listed on the driver and read on an executor.
 *
 * @param name  the path as the user gave it or as walked from a folder: what {@code scrutiny analyze} would name it
 *              in a failure, and whose file name gives the fallback article id
 * @param uri   where an executor reads it (a local path, or any Hadoop file system URI)
 * @param kind  how to read it
 * @param index the file's position in the listing: orders articles across files as the CLI's batch does
 */
record InputFile(String name, String uri, Kind kind, int index) implements Serializable {

  /** How a file is read. */
  enum Kind {
    /** Text, HTML, JSON lines (and whatever else scrutiny-core's ArticleReader reads by extension). */
    ARTICLES,
    /** Parquet with an {@code id, text, metadata} schema (see {@link ParquetArticles}). */
    PARQUET
  }

  InputFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(kind, "kind");
  }
}
