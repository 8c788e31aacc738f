/**
 * Word tables per language, one folder each ({@code lang/en}, {@code lang/ru}), kept as tab-separated
 * resources next to the class that reads them and read once through {@link dev.scrutiny.ingest.TsvTable}:
 * number words, month names, abbreviations, sentence openers. Adding a language is adding a folder.
 */
@NullMarked
package dev.scrutiny.lang;

import org.jspecify.annotations.NullMarked;
