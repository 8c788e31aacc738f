package dev.scrutiny.stories;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One speaker's statement as each outlet reports it.
 *
 * @param story      the story id
 * @param speaker    the speaker key shared across outlets (transliteration key or normalised name)
 * @param name       the speaker's name as the first outlet writes it
 * @param versions   one version per article, earliest first
 * @param notReported articles of the story that do not report this statement at all
 */
public record AlignedStatement(String story, String speaker, String name, List<Version> versions,
                               List<String> notReported) {

  public AlignedStatement {
    versions = List.copyOf(versions);
    notReported = List.copyOf(notReported);
  }

  /**
   * How one article reports the statement.
   *
   * @param article  the article id
   * @param source   the outlet
   * @param start    start of the reported content (UTF-16 offset)
   * @param end      end of the reported content
   * @param text     the reported content
   * @param cue      the reporting verb's lemma ("said", "claimed", "admitted"), or null
   * @param stance   {@code neutral} or {@code loaded}: whether the cue itself takes a position
   * @param kind     {@code direct}, {@code indirect}, {@code according_to} or {@code mixed}
   * @param variant  whether the wording differs from the fullest version
   * @param omitted  parts of the fullest version this outlet leaves out
   */
  public record Version(String article, String source, int start, int end, String text, @Nullable String cue,
                        String stance, String kind, boolean variant, List<String> omitted) {

    public Version {
      omitted = List.copyOf(omitted);
    }
  }
}
