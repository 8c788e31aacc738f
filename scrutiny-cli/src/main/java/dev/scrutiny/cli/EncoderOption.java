package dev.scrutiny.cli;

import dev.scrutiny.text.SentenceEncoder;
import picocli.CommandLine;

/**
 * The {@code --encoder} option of the commands that build a pipeline or score a model: the installed sentence
 * encoder (scrutiny-encoder's MiniLM).
 */
final class EncoderOption {

  /** The description the commands give the option. */
  static final String DESCRIPTION = "Read the installed sentence encoders everywhere: frames through MiniLM "
      + "fine-tuned for techniques, check-worthiness for every statement (by default techniques read their encoder "
      + "for the lines their text features find something in, check-worthiness for the statements its words leave "
      + "unsure, frames none); slower, see docs/persuasion.md.";

  /** The description the commands give {@code --no-encoder}. */
  static final String NO_ENCODER_DESCRIPTION = "Read no sentence encoder at all: check-worthiness and English "
      + "techniques from their text features only (by default the encoders fine-tuned for them score the statements "
      + "those leave unsure and the lines they find something in). Starts faster; less accurate on new text "
      + "(docs/claims.md, docs/persuasion.md).";

  private EncoderOption() {}

  /** A usage error when both {@code --encoder} and {@code --no-encoder} were given. */
  static void checkExclusive(CommandLine.Model.CommandSpec spec, boolean encoder, boolean noEncoder) {
    if (encoder && noEncoder) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--encoder and --no-encoder exclude each other");
    }
  }

  /**
   * The default pipeline, or with {@code encoder} one whose check-worthiness, technique and frame analyzers use the
   * models trained with the installed encoder's vectors (each paragraph encoded once).
   */
  static dev.scrutiny.pipeline.Pipeline pipeline(CommandLine.Model.CommandSpec spec, boolean encoder) {
    return !encoder ? dev.scrutiny.Scrutiny.defaultPipeline() : dev.scrutiny.pipeline.Pipeline.of(
        dev.scrutiny.Scrutiny.analyzers(dev.scrutiny.checks.ReferenceFacts.defaults(),
            dev.scrutiny.markers.Lexicon.defaults(), dev.scrutiny.text.CachingEncoder.of(installed(spec))));
  }

  /** The installed encoder of {@code id}, or a usage error naming {@code option} and the id when none is. */
  static SentenceEncoder installed(CommandLine.Model.CommandSpec spec, String option, String id) {
    return SentenceEncoder.installed(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        option + ": no sentence encoder '" + id + "' installed"));
  }

  /** The installed encoder, or a usage error naming the option when none is installed. */
  static SentenceEncoder installed(CommandLine.Model.CommandSpec spec) {
    return SentenceEncoder.installed().orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "--encoder: no sentence encoder installed (scrutiny-encoder is not on the class path)"));
  }
}
