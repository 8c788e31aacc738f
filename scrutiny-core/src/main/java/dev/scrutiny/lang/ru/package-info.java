/** Russian (and, where they coincide, Ukrainian) word tables: abbreviations and sentence openers. */
@NullMarked
package dev.scrutiny.lang.ru;

import org.jspecify.annotations.NullMarked;
