package dev.scrutiny.persuasion;

/** The genre of a news article (SemEval-2023 Task 3 subtask 1). */
public enum Genre {
  OPINION("opinion"),
  REPORTING("reporting"),
  SATIRE("satire");

  private final String official;

  Genre(String official) {
    this.official = official;
  }

  /** The exact label string of the SemEval-2023 files: {@code opinion}, {@code reporting} or {@code satire}. */
  public String official() {
    return official;
  }

  /** The genre whose official label is {@code label}; throws naming the label otherwise. */
  public static Genre fromOfficial(String label) {
    for (Genre g : values()) {
      if (g.official.equals(label)) {
        return g;
      }
    }
    throw new IllegalArgumentException("unknown genre label '" + label + "', expected opinion, reporting or satire");
  }
}
