package dev.scrutiny.encoder;

import dev.scrutiny.persuasion.PersuasionModels;

/**
 * all-MiniLM-L6-v2 fine-tuned on the SemEval-2023 Task 3 English technique lines (subtask 3) by
 * {@code tools/finetune/techniques.py}. The technique model shipped beside it mixes the classifier trained with
 * it into its own probabilities.
 */
public final class TechniqueEncoder extends FineTunedMiniLm {

  /** The id the technique model's classifier stores. */
  public static final String ID = "all-minilm-l6-v2-q-techniques";

  public TechniqueEncoder() {
    super(ID, PersuasionModels.TECHNIQUES_TASK);
  }
}
