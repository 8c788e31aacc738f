package dev.scrutiny.text.eval;

/**
 * Counts for precision, recall and F1 of exact matches.
 *
 * @param matched   predicted items that are also in the gold
 * @param predicted predicted items
 * @param gold      gold items
 */
public record Score(int matched, int predicted, int gold) {

  public Score {
    if (matched < 0 || matched > predicted || matched > gold) {
      throw new IllegalArgumentException("need 0 <= matched <= predicted and gold, got matched=" + matched
          + ", predicted=" + predicted + ", gold=" + gold);
    }
  }

  public double precision() {
    return predicted == 0 ? 1.0 : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 1.0 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Score plus(Score o) {
    return new Score(matched + o.matched, predicted + o.predicted, gold + o.gold);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (%d/%d/%d)", precision(), recall(), f1(),
        matched, predicted, gold);
  }
}
