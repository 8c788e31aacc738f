/**
 * Renderers turn analyses into output formats: JSON and JSON Lines (the documented schema), a
 * self-contained HTML report and a short text summary. Renderers read layers generically, so a new
 * analyzer's layer appears in every format without changes here.
 */
@NullMarked
package dev.scrutiny.render;

import org.jspecify.annotations.NullMarked;
