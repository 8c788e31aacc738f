package dev.scrutiny.persuasion;

/** The 14 framing dimensions of SemEval-2023 Task 3 subtask 2 (after the Media Frames Corpus). */
public enum Frame {
  ECONOMIC("Economic"),
  CAPACITY_AND_RESOURCES("Capacity_and_resources"),
  MORALITY("Morality"),
  FAIRNESS_AND_EQUALITY("Fairness_and_equality"),
  LEGALITY_CONSTITUTIONALITY_AND_JURISPRUDENCE("Legality_Constitutionality_and_jurisprudence"),
  POLICY_PRESCRIPTION_AND_EVALUATION("Policy_prescription_and_evaluation"),
  CRIME_AND_PUNISHMENT("Crime_and_punishment"),
  SECURITY_AND_DEFENSE("Security_and_defense"),
  HEALTH_AND_SAFETY("Health_and_safety"),
  QUALITY_OF_LIFE("Quality_of_life"),
  CULTURAL_IDENTITY("Cultural_identity"),
  PUBLIC_OPINION("Public_opinion"),
  POLITICAL("Political"),
  EXTERNAL_REGULATION_AND_REPUTATION("External_regulation_and_reputation");

  private final String official;

  Frame(String official) {
    this.official = official;
  }

  /** The exact label string of the SemEval-2023 files, such as {@code Security_and_defense}. */
  public String official() {
    return official;
  }

  /** The frame whose official label is {@code label}; throws naming the label otherwise. */
  public static Frame fromOfficial(String label) {
    for (Frame f : values()) {
      if (f.official.equals(label)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown frame label '" + label + "', expected one of SemEval-2023 "
        + "subtask 2 labels such as " + SECURITY_AND_DEFENSE.official);
  }
}
