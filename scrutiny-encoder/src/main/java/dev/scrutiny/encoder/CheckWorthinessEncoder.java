package dev.scrutiny.encoder;

import dev.scrutiny.claims.CheckWorthiness;

/**
 * e5-small-v2 (12 layers, the width, vocabulary and quantised graph of all-MiniLM-L6-v2; MIT licence) fine-tuned on
 * CheckThat! 2024 check-worthiness (English training sentences) by {@code tools/finetune/checkworthy.py}. Its vectors
 * serve the check-worthiness model shipped beside it. It costs about twice as much a sentence as the six-layer
 * encoders and held up better on later debates than all-MiniLM-L6-v2 fine-tuned the same way ({@code docs/claims.md}).
 */
public final class CheckWorthinessEncoder extends FineTunedMiniLm {

  /** The id the check-worthiness model trained with its vectors stores. */
  public static final String ID = "e5-small-v2-q-checkworthy";

  public CheckWorthinessEncoder() {
    super(ID, CheckWorthiness.TASK);
  }
}
