package dev.scrutiny.persuasion;

/**
 * The 23 persuasion techniques of SemEval-2023 Task 3 subtask 3, each with its official label string
 * and a short plain-language definition for readers.
 */
public enum Technique {
  APPEAL_TO_AUTHORITY("Appeal_to_Authority",
      "Treats a claim as true because an authority or expert said it, rather than on its merits."),
  APPEAL_TO_POPULARITY("Appeal_to_Popularity",
      "Suggests a claim is right because many or most people believe or do it."),
  APPEAL_TO_VALUES("Appeal_to_Values",
      "Ties a position to values the audience holds dear (freedom, tradition, faith, justice)."),
  APPEAL_TO_FEAR_PREJUDICE("Appeal_to_Fear-Prejudice",
      "Pushes for an idea by stoking fear of an alternative or prejudice against a group."),
  FLAG_WAVING("Flag_Waving",
      "Appeals to patriotism or group pride: support this because 'we' as a nation or group must."),
  CAUSAL_OVERSIMPLIFICATION("Causal_Oversimplification",
      "Blames a complex outcome on one single cause."),
  FALSE_DILEMMA_NO_CHOICE("False_Dilemma-No_Choice",
      "Presents only two options (or one) when more exist."),
  CONSEQUENTIAL_OVERSIMPLIFICATION("Consequential_Oversimplification",
      "Claims one step will inevitably lead to a chain of (usually bad) consequences: the slippery slope."),
  STRAW_MAN("Straw_Man",
      "Attacks a distorted version of the opponent's position instead of the real one."),
  RED_HERRING("Red_Herring",
      "Diverts attention to an irrelevant topic to avoid the issue at hand."),
  WHATABOUTISM("Whataboutism",
      "Deflects criticism by pointing at the critic's own supposed wrongdoing ('what about ...?')."),
  SLOGANS("Slogans",
      "A brief, punchy phrase meant to stick, often with labelling or a call to action."),
  APPEAL_TO_TIME("Appeal_to_Time",
      "Insists that now is the moment to act, or that it is too late or too early."),
  CONVERSATION_KILLER("Conversation_Killer",
      "A phrase that shuts down debate ('end of story', 'it is what it is')."),
  LOADED_LANGUAGE("Loaded_Language",
      "Words or phrases with strong emotional charge used to sway the reader."),
  REPETITION("Repetition",
      "Repeats the same word, phrase or idea so that it sticks."),
  EXAGGERATION_MINIMISATION("Exaggeration-Minimisation",
      "Makes something look much bigger, better or worse than it is, or downplays it."),
  OBFUSCATION_VAGUENESS_CONFUSION("Obfuscation-Vagueness-Confusion",
      "Uses deliberately unclear wording so the audience can read into it what it likes."),
  NAME_CALLING_LABELING("Name_Calling-Labeling",
      "Attaches an insulting or admiring label to a person or group instead of arguing."),
  DOUBT("Doubt",
      "Questions the credibility of someone or something without real evidence."),
  GUILT_BY_ASSOCIATION("Guilt_by_Association",
      "Discredits someone by linking them to a group or person the audience despises."),
  APPEAL_TO_HYPOCRISY("Appeal_to_Hypocrisy",
      "Attacks an opponent as a hypocrite instead of answering the argument (tu quoque)."),
  QUESTIONING_THE_REPUTATION("Questioning_the_Reputation",
      "Attacks someone's character or reputation rather than what they said.");

  private final String official;
  private final String definition;

  Technique(String official, String definition) {
    this.official = official;
    this.definition = definition;
  }

  /** The exact label string of the SemEval-2023 files, such as {@code Name_Calling-Labeling}. */
  public String official() {
    return official;
  }

  /** A one-sentence plain-language definition for readers. */
  public String definition() {
    return definition;
  }

  /** The technique whose official label is {@code label}; throws naming the label otherwise. */
  public static Technique fromOfficial(String label) {
    for (Technique t : values()) {
      if (t.official.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown technique label '" + label + "', expected one of SemEval-2023 "
        + "subtask 3 labels such as " + LOADED_LANGUAGE.official);
  }
}
