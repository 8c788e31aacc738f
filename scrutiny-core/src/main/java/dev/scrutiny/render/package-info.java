/**
 * Renderers that turn analysis layers into presentation artefacts, such as the static SVG place map;
 * they read layers and never change them.
 */
@NullMarked
package dev.scrutiny.render;

import org.jspecify.annotations.NullMarked;
