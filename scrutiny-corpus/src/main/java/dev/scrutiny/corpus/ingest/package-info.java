/** What {@code scrutiny add} reads: files, directories, archives, compressed files and URLs, planned first. */
@NullMarked
package dev.scrutiny.corpus.ingest;

import org.jspecify.annotations.NullMarked;
