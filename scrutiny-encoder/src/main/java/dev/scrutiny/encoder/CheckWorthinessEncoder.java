package dev.scrutiny.encoder;

import dev.scrutiny.claims.CheckWorthiness;

/**
 * all-MiniLM-L6-v2 fine-tuned on CheckThat! 2024 check-worthiness (English training sentences) by
 * {@code tools/finetune/checkworthy.py}. Its vectors serve the check-worthiness model shipped beside it.
 */
public final class CheckWorthinessEncoder extends FineTunedMiniLm {

  /** The id the check-worthiness model trained with its vectors stores. */
  public static final String ID = "all-minilm-l6-v2-q-checkworthy";

  public CheckWorthinessEncoder() {
    super(ID, CheckWorthiness.TASK);
  }
}
