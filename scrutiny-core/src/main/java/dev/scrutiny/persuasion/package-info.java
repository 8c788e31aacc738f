/**
 * How an article persuades: persuasion techniques per paragraph ({@link dev.scrutiny.persuasion.TechniqueMatch}),
 * frames ({@link dev.scrutiny.persuasion.FrameLabel}) and genre ({@link dev.scrutiny.persuasion.GenreLabel}),
 * following SemEval-2023 Task 3, with linear models trained here over hashed n-grams and hand-written lexicons.
 * Every detection carries the cue features that fired so a reader can see why.
 */
@NullMarked
package dev.scrutiny.persuasion;

import org.jspecify.annotations.NullMarked;
