package dev.scrutiny.ingest;

import dev.scrutiny.article.Published;

/** A publication date as a source states it, and where it was found. */
record StatedDate(String text, Published.Source source) {}
