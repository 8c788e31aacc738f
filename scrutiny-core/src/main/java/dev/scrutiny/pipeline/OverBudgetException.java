package dev.scrutiny.pipeline;

/** An article cost more than its {@link Budget} (time, cancellation or memory); the message says which. */
public final class OverBudgetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OverBudgetException(String message) {
    super(message, null, false, false);
  }
}
