/**
 * Renderers turn analyses into output formats: JSON and JSON Lines (the documented schema), a
 * self-contained HTML report and a short text summary. Renderers read layers generically, so a new
 * analyzer's layer appears in every format without changes here; a few layers get extra panels
 * (a static SVG map of places, a timeline). Renderers read layers and never change them.
 */
@NullMarked
package dev.scrutiny.render;

import org.jspecify.annotations.NullMarked;
