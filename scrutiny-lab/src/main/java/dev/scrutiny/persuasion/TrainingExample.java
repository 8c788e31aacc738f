package dev.scrutiny.persuasion;

import org.jspecify.annotations.Nullable;

/**
 * One training item of the SemEval trainer: an article (subtasks 1, 2) or a line (subtask 3), with the weight of
 * its loss, the labels it teaches ({@code taught} null: all) and, for lines, which techniques have a cue phrase
 * in it ({@link CuePhrases}).
 *
 * @param doc  the article id (examples of one article share a fold)
 * @param key  the id scored: the article id, or article id, tab, line number
 */
record TrainingExample(String doc, String key, FeatureVector x, boolean[] gold, boolean @Nullable [] taught,
    double weight, boolean @Nullable [] cues) {}
