/** English word tables: number words, months, abbreviations and sentence openers. */
@NullMarked
package dev.scrutiny.lang.en;

import org.jspecify.annotations.NullMarked;
