/** Time expressions detected and normalised (TimeML TIMEX3) against the publication date. */
@NullMarked
package dev.scrutiny.time;

import org.jspecify.annotations.NullMarked;
