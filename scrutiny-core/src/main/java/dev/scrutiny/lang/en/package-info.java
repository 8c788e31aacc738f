/** English word tables: number words, months, weekdays, abbreviations and sentence openers. */
@NullMarked
package dev.scrutiny.lang.en;

import org.jspecify.annotations.NullMarked;
